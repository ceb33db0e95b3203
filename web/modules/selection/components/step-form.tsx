import { Card, DatePicker, Form, Input, Typography, type FormInstance } from 'antd';
import { vettingAspects, vettingLabels } from '../../../../contracts/selection.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSelectionMessages } from '../selection.messages.ts';
import type { StepValues } from './step-fields.ts';

/** The fields a step needs beyond its reason: the 入口关 remarks when deciding, the date when posting or releasing. */
export function StepForm({ form, needs }: { form: FormInstance<StepValues>; needs: { vetting: boolean; date: boolean } }) {
  const t = useSelectionMessages();
  const text = useText();
  if (!needs.vetting && !needs.date) return null;
  return (
    <Card title={t('step.title')} size="small" style={{ marginBottom: 16 }}>
      <Form<StepValues> form={form} layout="vertical" style={{ maxWidth: 640 }}>
        {needs.vetting ? (
          <>
            <Typography.Paragraph type="secondary">{t('step.vettingHint')}</Typography.Paragraph>
            {vettingAspects.map((aspect) => (
              <Form.Item key={aspect} name={['vetting', aspect]} label={text(vettingLabels[aspect])}>
                <Input.TextArea rows={1} maxLength={500} data-testid={`vetting-${aspect}`} />
              </Form.Item>
            ))}
          </>
        ) : null}
        {needs.date ? (
          <Form.Item name="effectiveDate" label={t('step.effectiveDate')}>
            <DatePicker style={{ width: '100%' }} data-testid="step-effective-date" />
          </Form.Item>
        ) : null}
      </Form>
    </Card>
  );
}
