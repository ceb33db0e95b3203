import { useState } from 'react';
import { App, Button, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { frequencyPeriods, orgLifeKinds, type FrequencyItem, type FrequencyPeriod } from '../../../../contracts/org-life.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { orgLifeApi, orgLifeKey } from '../org-life.api.ts';
import { useOrgLifeMessages } from '../org-life.messages.ts';

type Values = { items: { kind: FrequencyItem['kind']; period: FrequencyPeriod; times: number }[] };

/** How often the branch must hold each kind of meeting; the configurer changes it. */
export function FrequenciesDialog({ partyOrgId }: { partyOrgId: string }) {
  const t = useOrgLifeMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const current = useQuery({ queryKey: [orgLifeKey, 'frequencies', partyOrgId], queryFn: () => orgLifeApi.frequencies(partyOrgId), enabled: open });
  const save = useMutation({
    mutationFn: (values: Values) => orgLifeApi.putFrequencies(partyOrgId, { items: values.items }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [orgLifeKey] });
      void message.success(t('freq.saved'));
      setOpen(false);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="frequencies-open">
        {t('freq.open')}
      </Button>
      <Modal open={open} title={t('freq.title')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
        {current.data ? (
          <Form<Values> form={form} initialValues={{ items: current.data.items }} onFinish={(values) => save.mutate(values)}>
            <Form.List name="items">
              {(fields) =>
                fields.map((field, index) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'kind']} hidden>
                      <input />
                    </Form.Item>
                    <Typography.Text style={{ width: 120, display: 'inline-block' }}>{text(orgLifeKinds.labels[current.data.items[index]!.kind])}</Typography.Text>
                    <Form.Item name={[field.name, 'period']} aria-label={t('freq.period')}>
                      <Select style={{ width: 110 }} options={frequencyPeriods.codes.map((p) => ({ value: p, label: text(frequencyPeriods.labels[p]) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'times']} aria-label={t('freq.times')}>
                      <InputNumber min={0} max={31} precision={0} />
                    </Form.Item>
                  </Space>
                ))
              }
            </Form.List>
          </Form>
        ) : null}
      </Modal>
    </>
  );
}
