import { App, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pairingBody, type PairingBody, type PairingView } from '../../../../contracts/enterprises.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(pairingBody);
const future = (day: Dayjs) => day.isAfter(dayjs(), 'day');

export type PairingValues = { divisionCode?: string | null; since?: Dayjs | null; agreement?: string };

export function toPairingBody(values: PairingValues): PairingBody {
  const agreement = values.agreement?.trim();
  return { divisionCode: values.divisionCode ?? '', since: values.since?.format(DATE) ?? '', ...(agreement ? { agreement } : {}) };
}

function useSaved(form: Parameters<typeof applyFieldErrors>[0], done: () => void) {
  const t = useEnterpriseMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  return {
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [enterpriseKey] });
      void message.success(t('pairing.saved'));
      done();
    },
    onError: (error: unknown) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  };
}

/** 登记结对: the enterprise and a village of the account's area, from a day, often under a 党组织结对共建 agreement. */
export function PairingForm({ enterpriseId, onDone }: { enterpriseId: string; onDone: () => void }) {
  const t = useEnterpriseMessages();
  const [form] = Form.useForm<PairingValues>();
  const save = useMutation({ mutationFn: (values: PairingValues) => enterpriseApi.pair(enterpriseId, toPairingBody(values)), ...useSaved(form, onDone) });
  return (
    <Form<PairingValues> form={form} layout="vertical" initialValues={{ since: dayjs() }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="divisionCode" label={t('pairing.village')} rules={rules('divisionCode', '请选择结对村')}>
        <DivisionTreeSelect level="village" placeholder={t('pairing.villagePlaceholder')} />
      </Form.Item>
      <Form.Item name="since" label={t('pairing.since')} rules={[{ required: true, message: '请选择结对日期' }]}>
        <DatePicker format={DATE} disabledDate={future} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="agreement" label={t('pairing.agreement')} extra={t('pairing.agreementHint')} rules={rules('agreement')}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="pairing-submit">
        {t('form.submit')}
      </Button>
    </Form>
  );
}

/** 结束结对: the contributions stay; the day cannot fall before the last of them (the server says so on the field). */
export function EndPairingForm({ enterpriseId, pairing, onDone }: { enterpriseId: string; pairing: PairingView; onDone: () => void }) {
  const t = useEnterpriseMessages();
  const [form] = Form.useForm<{ until?: Dayjs | null }>();
  const save = useMutation({
    mutationFn: (values: { until?: Dayjs | null }) => enterpriseApi.endPairing(enterpriseId, pairing.id, { until: values.until?.format(DATE) ?? '' }),
    ...useSaved(form, onDone),
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ until: dayjs() }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="until" label={t('pairing.until')} rules={[{ required: true, message: '请选择结束日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => future(day) || day.isBefore(dayjs(pairing.since), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="pairing-end-submit">
        {t('form.submit')}
      </Button>
    </Form>
  );
}
