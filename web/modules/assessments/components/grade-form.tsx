import { App, Button, Flex, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gradeBody, grades, type Grade, type GradeView } from '../../../../contracts/assessments.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { assessmentApi, assessmentKey } from '../assessments.api.ts';
import { useAssessmentMessages } from '../assessments.messages.ts';

const rules = zodRules(gradeBody);
type Values = { grade?: Grade; reason?: string };

/** A change of grade, with the reason the county records; the server refuses what breaks the quota or the team's cap. */
export function GradeForm({ grade, onDone }: { grade: GradeView; onDone: () => void }) {
  const t = useAssessmentMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => assessmentApi.changeGrade(grade.assessmentId, grade.id, { grade: values.grade!, reason: values.reason ?? '' }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [assessmentKey] });
      void message.success(t('form.saved'));
      onDone();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ grade: grade.grade, reason: grade.reason ?? undefined }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="grade" label={t('grade.decided')} rules={rules('grade', '请选择等次')}>
        <Select options={grades.codes.map((g) => ({ value: g, label: text(grades.labels[g]) }))} data-testid="grade-select" />
      </Form.Item>
      <Form.Item name="reason" label={t('grade.reason')} rules={rules('reason')}>
        <Input.TextArea rows={3} maxLength={500} data-testid="grade-reason" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="grade-submit">
          {t('form.save')}
        </Button>
        <Button onClick={onDone}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
