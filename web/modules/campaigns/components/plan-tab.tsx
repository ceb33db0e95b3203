import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Popconfirm, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { campaignLines, type CampaignLine, type CampaignView, type TargetRow } from '../../../../contracts/campaigns.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';

type Values = { unitId: string; note?: string; targets: Partial<Record<CampaignLine, number | null>> };

/** One unit's five targets; a line left empty has none. */
function TargetsForm({ campaign, row, onDone }: { campaign: CampaignView; row: TargetRow | null; onDone: () => void }) {
  const t = useCampaignMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => {
      const targets = Object.fromEntries(Object.entries(values.targets ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Partial<Record<CampaignLine, number>>;
      return campaignApi.putTargets(campaign.id, values.unitId, { targets, note: values.note });
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [campaignKey] });
      void message.success(t('form.saved'));
      onDone();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const searchUnits = async (q: string) => (await campaignApi.searchUnits(q)).items.map((u) => ({ value: u.id, label: u.name }));
  return (
    <Form<Values> form={form} layout="vertical" initialValues={row ? { unitId: row.unitId, note: row.note ?? undefined, targets: row.targets } : { targets: {} }} onFinish={(v) => save.mutate(v)}>
      <Form.Item name="unitId" label={t('plan.unit')} rules={[{ required: true, message: '请选择单位' }]}>
        <RemoteSelect queryKey={[campaignKey, 'units']} search={searchUnits} known={row ? { value: row.unitId, label: row.unitName } : null} disabled={!!row} placeholder={t('plan.pickUnit')} />
      </Form.Item>
      {campaign.lines.map((line) => (
        <Form.Item key={line} name={['targets', line]} label={text(campaignLines.labels[line])}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      ))}
      <Form.Item name="note" label={t('plan.note')}>
        <Input maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="targets-submit">
        {t('form.submit')}
      </Button>
    </Form>
  );
}

/** 任务分配方案: what each unit is to achieve on each line; the committee edits it. */
export function PlanTab({ campaign }: { campaign: CampaignView }) {
  const t = useCampaignMessages();
  const text = useText();
  const { can } = useSession();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<TargetRow | 'new' | null>(null);
  const query = { ...(q ? { q } : {}) };
  const targets = useQuery({ queryKey: [campaignKey, 'targets', campaign.id, q], queryFn: () => campaignApi.targets(campaign.id, query) });
  const remove = useMutation({
    mutationFn: (unitId: string) => campaignApi.removeTargets(campaign.id, unitId),
    onSuccess: () => client.invalidateQueries({ queryKey: [campaignKey] }),
    onError: (error) => notify(error),
  });
  const manage = campaign.abilities.manage;
  const columns: TableColumnsType<TargetRow> = [
    {
      key: 'unit',
      title: t('plan.unit'),
      dataIndex: 'unitName',
      // The unit's chain: 党组 → 机关党委 → 机关支部 → 党员, with what each did.
      render: (name: string, r) => (
        <Link to={`/campaigns/${campaign.id}/chain/${r.unitId}`} title={t('plan.chain')}>
          {name}
        </Link>
      ),
    },
    ...campaign.lines.map((line) => ({ key: line, title: text(campaignLines.labels[line]), align: 'right' as const, render: (_: unknown, r: TargetRow) => r.targets[line] ?? '—' })),
    { key: 'note', title: t('plan.note'), dataIndex: 'note' },
    ...(manage
      ? [
          {
            key: 'actions',
            title: t('column.actions'),
            render: (_: unknown, r: TargetRow) => (
              <Flex gap={4}>
                <Button type="link" size="small" onClick={() => setEditing(r)}>
                  {t('plan.edit')}
                </Button>
                <Popconfirm title={t('plan.removeConfirm')} onConfirm={() => remove.mutate(r.unitId)}>
                  <Button type="link" size="small" danger>
                    {t('plan.remove')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('plan.q')} style={{ width: 260 }} onSearch={(value) => setQ(value.trim())} />
        {can('campaigns.export') ? <ExportButton download={() => campaignApi.exportTargets(campaign.id, query)} /> : null}
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="plan-add">
            {t('plan.add')}
          </Button>
        ) : null}
      </Flex>
      <Table<TargetRow> rowKey="unitId" dataSource={targets.data?.items} loading={targets.isPending} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: t('plan.empty') }} />
      <Modal title={editing === 'new' ? t('plan.add') : t('plan.edit')} open={editing !== null} footer={null} onCancel={() => setEditing(null)} destroyOnHidden>
        {editing ? <TargetsForm campaign={campaign} row={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}
