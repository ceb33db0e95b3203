import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { indicators, indicatorStatuses } from '../../../../contracts/household-codes.ts';
import { indicatorBody, type HouseholdView, type IndicatorView } from '../../../../contracts/households.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';

type IndicatorFormValues = { status?: IndicatorView['status']; evidence?: string | null; verifier?: string | null; verifiedOn?: string | null };
const rules = zodRules(indicatorBody);
const statusColor = { met: 'green', unmet: 'red', pending: 'default' } as const;
const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** 两不愁三保障 + 饮水: six rows, each verified on its own; one never verified reads 待核. */
export function IndicatorsPanel({ household }: { household: HouseholdView }) {
  const t = useHouseholdMessages();
  const text = useText();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<IndicatorFormValues>();
  const [editing, setEditing] = useState<IndicatorView | null>(null);

  const save = useMutation({
    mutationFn: (values: IndicatorFormValues) =>
      householdsApi.putIndicator(household.id, editing!.indicator, {
        status: values.status ?? 'pending',
        evidence: blank(values.evidence),
        evidenceFileId: editing?.evidenceFileId ?? null,
        verifier: blank(values.verifier),
        verifiedOn: blank(values.verifiedOn),
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [householdsKey] });
      void message.success(t('indicator.saved'));
      setEditing(null);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const edit = (row: IndicatorView) => {
    form.resetFields();
    form.setFieldsValue({ status: row.status, evidence: row.evidence, verifier: row.verifier, verifiedOn: row.verifiedOn });
    setEditing(row);
  };

  const columns: TableColumnsType<IndicatorView> = [
    { key: 'indicator', title: t('indicator.name'), render: (_: unknown, i) => text(indicators.labels[i.indicator]) },
    {
      key: 'status',
      title: t('indicator.status'),
      render: (_: unknown, i) => <Tag color={statusColor[i.status]}>{text(indicatorStatuses.labels[i.status])}</Tag>,
    },
    { key: 'evidence', title: t('indicator.evidence'), render: (_: unknown, i) => i.evidence ?? (i.recorded ? '—' : t('indicator.notRecorded')) },
    { key: 'verifier', title: t('indicator.verifier'), render: (_: unknown, i) => i.verifier ?? '—' },
    { key: 'verifiedOn', title: t('indicator.verifiedOn'), render: (_: unknown, i) => i.verifiedOn ?? '—' },
  ];
  if (household.abilities.write) {
    columns.push({ key: 'actions', title: t('column.actions'), render: (_: unknown, i) => <Button type="link" size="small" onClick={() => edit(i)}>{t('action.edit')}</Button> });
  }

  return (
    <>
      <Table<IndicatorView> rowKey="indicator" columns={columns} dataSource={household.indicators} pagination={false} size="middle" scroll={{ x: 'max-content' }} />
      <Modal
        title={editing ? t('indicator.editTitle', { name: text(indicators.labels[editing.indicator]) }) : ''}
        open={editing !== null}
        okText={t('action.save')}
        cancelText={t('action.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form<IndicatorFormValues> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
          <Form.Item name="status" label={t('indicator.status')} rules={rules('status')}>
            <Select options={indicatorStatuses.codes.map((c) => ({ value: c, label: text(indicatorStatuses.labels[c]) }))} />
          </Form.Item>
          <Form.Item name="evidence" label={t('indicator.evidence')} rules={rules('evidence')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="verifier" label={t('indicator.verifier')} rules={rules('verifier')}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="verifiedOn" label={t('indicator.verifiedOn')} rules={rules('verifiedOn')}>
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
