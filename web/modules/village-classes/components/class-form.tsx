import { App, Button, Flex, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { villageClassBody, villageClassCodes, type VillageClassView } from '../../../../contracts/village-classes.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { classApi, classKey } from '../village-classes.api.ts';
import { useClassMessages } from '../village-classes.messages.ts';
import { bodyOf, formValuesOf, yearOptions, type ClassFormValues } from '../village-classes.view.ts';
import { UnitMultiSelect } from './unit-multi-select.tsx';

const rules = zodRules(villageClassBody);

type ClassFormProps = {
  /** Correcting a class: the village and the year stay. Absent, the form classes a village for a year. */
  existing?: VillageClassView;
  /** The village already chosen (from its page), with its name to show. */
  divisionCode?: string;
  villageName?: string;
  year: number;
  onSaved: (saved: VillageClassView) => void;
  onCancel: () => void;
};

/** 村年度分类: the main factor, lesser ones, why, what support, and which units answer for it. */
export function ClassForm({ existing, divisionCode, villageName, year, onSaved, onCancel }: ClassFormProps) {
  const t = useClassMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClassFormValues>();
  const classOptions = villageClassCodes.codes.map((code) => ({ value: code, label: text(villageClassCodes.labels[code]) }));

  const save = useMutation({
    mutationFn: (values: ClassFormValues) => {
      const body = bodyOf({ ...values, divisionCode: existing?.divisionCode ?? divisionCode ?? values.divisionCode, year: existing?.year ?? values.year });
      const { divisionCode: _code, year: _year, ...change } = body;
      return existing ? classApi.update(existing.id, change) : classApi.create(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [classKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <Form<ClassFormValues> form={form} layout="vertical" initialValues={formValuesOf(existing, year, divisionCode)} onFinish={(values) => save.mutate(values)}>
      <Flex gap={12}>
        {existing || divisionCode ? (
          <Form.Item label={t('form.village')} style={{ flex: 1 }}>
            <Input value={existing?.villageName ?? villageName ?? existing?.divisionCode ?? divisionCode} disabled />
          </Form.Item>
        ) : (
          <Form.Item name="divisionCode" label={t('form.village')} rules={rules('divisionCode', '请选择一个村')} style={{ flex: 1 }}>
            <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} allowClear={false} />
          </Form.Item>
        )}
        <Form.Item name="year" label={t('form.year')} rules={rules('year', '请选择年度')} style={{ width: 120 }}>
          <Select disabled={Boolean(existing)} options={yearOptions(year).map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="classCode" label={t('form.class')} rules={rules('classCode', '请选择村分类')}>
        <Select options={classOptions} data-testid="class-code" />
      </Form.Item>
      <Form.Item name="otherFactors" label={t('form.otherFactors')} rules={rules('otherFactors')}>
        <Select mode="multiple" options={classOptions} />
      </Form.Item>
      <Form.Item name="reason" label={t('form.reason')} rules={rules('reason')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="class-reason" />
      </Form.Item>
      <Form.Item name="supportPlan" label={t('form.supportPlan')} rules={rules('supportPlan')}>
        <Input.TextArea rows={4} maxLength={2000} data-testid="class-plan" />
      </Form.Item>
      <Form.Item name="backingUnitIds" label={t('form.units')} rules={rules('backingUnitIds')}>
        <UnitMultiSelect known={existing?.backingUnits} placeholder={t('form.unitsPlaceholder')} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="class-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
