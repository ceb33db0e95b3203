import { useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Flex, Modal, Popconfirm, Skeleton, Statistic, Table, Tag, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PairingView } from '../../../../contracts/enterprises.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { SensitiveText } from '../../../components/sensitive-text.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';
import { ContributionForm } from '../components/contribution-form.tsx';
import { ContributionsTable } from '../components/contributions-table.tsx';
import { EndPairingForm, PairingForm } from '../components/pairing-forms.tsx';

type Dialog = { kind: 'pair' } | { kind: 'contribute' } | { kind: 'end'; pairing: PairingView } | null;

/** /enterprises/:id: the enterprise, the villages it is paired with, what it gave and the totals. */
export function EnterpriseDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useEnterpriseMessages();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery({ queryKey: [enterpriseKey, 'detail', id], queryFn: () => enterpriseApi.get(id!), enabled: Boolean(id) });
  const refresh = () => client.invalidateQueries({ queryKey: [enterpriseKey] });
  const remove = useMutation({
    mutationFn: () => enterpriseApi.remove(id!),
    onSuccess: async () => {
      void message.success(t('detail.deleted'));
      await refresh();
      navigate('/enterprises', { replace: true });
    },
    onError: notify,
  });
  const removePairing = useMutation({ mutationFn: (pairingId: string) => enterpriseApi.removePairing(id!, pairingId), onSuccess: refresh, onError: notify });
  const removeContribution = useMutation({ mutationFn: (contributionId: string) => enterpriseApi.removeContribution(id!, contributionId), onSuccess: refresh, onError: notify });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('list.title')} onClick={() => navigate('/enterprises')} />;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return (<><PageHeader title={t('detail.title')} back={back} /><Skeleton active /></>);
  const e = query.data;
  const close = () => setDialog(null);

  const pairingColumns: TableColumnsType<PairingView> = [
    { key: 'village', title: t('pairing.village'), render: (_: unknown, p) => p.villageName ?? p.divisionCode },
    { key: 'since', title: t('pairing.since'), dataIndex: 'since' },
    { key: 'until', title: t('pairing.until'), render: (_: unknown, p) => p.until ?? <Tag color="green">{t('pairing.current')}</Tag> },
    { key: 'agreement', title: t('pairing.agreement'), dataIndex: 'agreement', responsive: ['md'] },
    { key: 'count', title: t('detail.contributions'), render: (_: unknown, p) => t('pairing.count', { count: p.contributions }) },
    ...(e.abilities.pair
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, p: PairingView) => (
              <Flex gap={4}>
                {p.until ? null : (
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'end', pairing: p })}>
                    {t('pairing.end')}
                  </Button>
                )}
                {p.contributions === 0 ? (
                  <Popconfirm title={t('pairing.removeConfirm')} onConfirm={() => removePairing.mutate(p.id)}>
                    <Button type="link" size="small" danger>
                      {t('pairing.remove')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={e.name}
        subtitle={e.divisionName ?? e.divisionCode}
        back={back}
        extra={
          e.abilities.update ? (
            <Flex gap={8}>
              <Button onClick={() => navigate(`/enterprises/${e.id}/edit`)} data-testid="enterprise-edit">
                {t('detail.edit')}
              </Button>
              <Popconfirm title={t('detail.deleteConfirm')} onConfirm={() => remove.mutate()}>
                <Button danger loading={remove.isPending}>
                  {t('detail.delete')}
                </Button>
              </Popconfirm>
            </Flex>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('column.creditCode')}>{e.creditCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.industry')}>{e.industry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.partyOrg')}>{e.partyOrgName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.contact')}>{e.contactName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.phone')}>
            {e.contactPhone ? <SensitiveText masked={e.contactPhone} {...(e.abilities.unmask ? { unmaskUrl: enterpriseApi.unmaskUrl(e.id) } : {})} /> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('column.note')}>{e.note ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('detail.totals')} style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap>
          <Statistic title={t('detail.money')} value={e.totals.money} />
          <Statistic title={t('detail.goods')} value={e.totals.goods} />
          <Statistic title={t('detail.purchases')} value={e.totals.purchases} />
          <Statistic title={t('detail.jobs')} value={e.totals.jobs} />
        </Flex>
      </Card>
      <Card
        title={t('detail.pairings')}
        style={{ marginBottom: 16 }}
        extra={
          e.abilities.pair ? (
            <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'pair' })} data-testid="pairing-add">
              {t('pairing.add')}
            </Button>
          ) : null
        }
      >
        <Table<PairingView> rowKey="id" size="small" dataSource={e.pairings} columns={pairingColumns} pagination={false} locale={{ emptyText: <Empty description={t('detail.noPairings')} /> }} />
      </Card>
      <Card
        title={t('detail.contributions')}
        extra={
          e.abilities.contribute ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'contribute' })} data-testid="contribution-add">
              {t('contribution.add')}
            </Button>
          ) : null
        }
      >
        <ContributionsTable items={e.contributions} {...(e.abilities.contribute ? { onRemove: (c: { id: string }) => removeContribution.mutate(c.id) } : {})} />
      </Card>
      <Modal title={t('pairing.add')} open={dialog?.kind === 'pair'} footer={null} onCancel={close} destroyOnHidden>
        <PairingForm enterpriseId={e.id} onDone={close} />
      </Modal>
      <Modal title={t('contribution.add')} open={dialog?.kind === 'contribute'} footer={null} onCancel={close} destroyOnHidden>
        <ContributionForm enterpriseId={e.id} pairings={e.pairings} onDone={close} />
      </Modal>
      <Modal
        title={dialog?.kind === 'end' ? t('pairing.endTitle', { village: dialog.pairing.villageName ?? dialog.pairing.divisionCode }) : ''}
        open={dialog?.kind === 'end'}
        footer={null}
        onCancel={close}
        destroyOnHidden
      >
        {dialog?.kind === 'end' ? <EndPairingForm enterpriseId={e.id} pairing={dialog.pairing} onDone={close} /> : null}
      </Modal>
    </>
  );
}
