import { useState } from 'react';
import { Button, Card, Descriptions, Flex, InputNumber, Modal, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { satisfactions } from '../../../../contracts/evaluation-codes.ts';
import type { CadreLedger, CommitmentView, WorkLine } from '../../../../contracts/ledgers.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { ledgerApi, ledgerKey } from '../ledgers.api.ts';
import { useLedgerMessages } from '../ledgers.messages.ts';
import { CommitmentForm } from '../components/commitment-form.tsx';
import { CommitmentTable } from '../components/commitment-table.tsx';
import { SettleForm } from '../components/settle-form.tsx';

function WorkTable({ lines }: { lines: WorkLine[] }) {
  const t = useLedgerMessages();
  const columns: TableColumnsType<WorkLine> = [
    { key: 'label', title: t('ledger.item'), render: (_: unknown, w) => <Link to={w.href}>{w.label}</Link>, fixed: 'left' },
    ...Array.from({ length: 12 }, (_, i) => ({ key: `m${i}`, title: t('ledger.month', { month: i + 1 }), align: 'right' as const, render: (_: unknown, w: WorkLine) => w.months[i] })),
    { key: 'total', title: t('ledger.total'), dataIndex: 'total', align: 'right' },
  ];
  return <Table<WorkLine> rowKey="key" dataSource={lines} columns={columns} pagination={false} size="small" scroll={{ x: 'max-content' }} />;
}

function MassSection({ mass }: { mass: CadreLedger['mass'] }) {
  const t = useLedgerMessages();
  const text = useText();
  if (!mass) return <Typography.Text type="secondary">{t('ledger.noTeam')}</Typography.Text>;
  if (!mass.sufficient || !mass.counts) return <Typography.Text type="secondary">{t('ledger.massInsufficient', { total: mass.total })}</Typography.Text>;
  const counts = mass.counts;
  return (
    <Descriptions size="small" column={4} items={[
      { key: 'total', label: t('ledger.massTotal', { total: mass.total }), children: null },
      ...satisfactions.codes.map((s) => ({ key: s, label: text(satisfactions.labels[s]), children: counts[s] })),
    ]} />
  );
}

/** /ledgers/:cadreId?year=: the first secretary's ledger of a year, as counties print it. */
export function LedgerPage() {
  const t = useLedgerMessages();
  const navigate = useNavigate();
  const { cadreId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const [editing, setEditing] = useState<CommitmentView | 'new' | null>(null);
  const [settling, setSettling] = useState<CommitmentView | null>(null);
  const query = useQuery({ queryKey: [ledgerKey, cadreId, year], queryFn: () => ledgerApi.ledger(cadreId, year) });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const ledger = query.data;
  const c = ledger.commitmentCounts;
  const village = ledger.village?.name ?? '';

  return (
    <>
      <PageHeader
        title={t('ledger.title', { village, year: ledger.year })}
        back={<Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate('/ledgers')} aria-label={t('ledger.back')} />}
        extra={
          <>
            <InputNumber addonBefore={t('list.year')} min={2000} max={2100} value={year} onChange={(value) => value && setParams({ year: String(value) })} />
            {ledger.abilities.export ? <ExportButton download={() => ledgerApi.exportLedger(cadreId, year)} /> : null}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 4 }} items={[
          { key: 'name', label: t('ledger.name'), children: ledger.cadre.name },
          { key: 'unit', label: t('ledger.unit'), children: ledger.cadre.unitName },
          { key: 'village', label: t('ledger.village'), children: village },
          { key: 'term', label: t('ledger.term'), children: ledger.team ? `${ledger.team.termStart} — ${ledger.team.termEnd ?? t('ledger.termNow')}` : t('ledger.noTeam') },
        ]} />
      </Card>
      <Card size="small" title={t('ledger.work')} style={{ marginBottom: 16 }}>
        <WorkTable lines={ledger.work} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('ledger.inspections', ledger.inspections)}</Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title={t('ledger.commitments')}
        style={{ marginBottom: 16 }}
        extra={ledger.abilities.addCommitment ? <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="commitment-new">{t('ledger.addCommitment')}</Button> : null}
      >
        <Flex vertical gap={8}>
          <Typography.Text>{t('ledger.counts', c)}</Typography.Text>
          <CommitmentTable items={ledger.commitments} mayEdit={ledger.abilities.addCommitment} maySettle={ledger.abilities.settle} onEdit={setEditing} onSettle={setSettling} />
        </Flex>
      </Card>
      <Card size="small" title={t('ledger.mass')}>
        <MassSection mass={ledger.mass} />
      </Card>
      <Modal title={t('ledger.addCommitment')} open={editing !== null} footer={null} onCancel={() => setEditing(null)} destroyOnHidden width={560}>
        <CommitmentForm cadreId={cadreId} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      </Modal>
      <Modal title={t('settle.title')} open={settling !== null} footer={null} onCancel={() => setSettling(null)} destroyOnHidden width={520}>
        {settling ? <SettleForm commitment={settling} onDone={() => setSettling(null)} /> : null}
      </Modal>
    </>
  );
}
