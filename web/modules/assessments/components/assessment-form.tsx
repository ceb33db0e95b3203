import { App, Button, Flex, Form, InputNumber } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentBody, type AssessmentDetail } from '../../../../contracts/assessments.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { assessmentApi, assessmentKey } from '../assessments.api.ts';
import { useAssessmentMessages } from '../assessments.messages.ts';

const rules = zodRules(assessmentBody);
type Values = { divisionCode?: string; year?: number; excellentQuota?: number };

/** 生成年度考核: the county, the year, and the share that may be 优秀. */
export function AssessmentForm({ onSaved, onCancel }: { onSaved: (saved: AssessmentDetail) => void; onCancel: () => void }) {
  const t = useAssessmentMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => assessmentApi.create({ divisionCode: values.divisionCode ?? '', year: values.year ?? 0, excellentQuota: values.excellentQuota ?? 0.25 }),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [assessmentKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() - 1, excellentQuota: 0.25 }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="divisionCode" label={t('form.county')} rules={rules('divisionCode', '请选择一个县（市、区）')}>
        <DivisionTreeSelect level="county" />
      </Form.Item>
      <Form.Item name="year" label={t('form.year')} rules={rules('year')}>
        <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="excellentQuota" label={t('form.quota')} extra={t('form.quotaHint')} rules={rules('excellentQuota')}>
        <InputNumber min={0} max={1} step={0.05} style={{ width: '100%' }} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="assessment-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
