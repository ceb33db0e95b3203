import { useState } from 'react';
import { Button, Card, Col, DatePicker, Flex, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { GiftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { materialKindLabels, materialKinds, teamLevelKinds, type MaterialItem, type MaterialKindCode, type MaterialSummary } from '../../../../contracts/trainings.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { listEmptyText, SelectFilter } from '../../../components/list-filters.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { trainingsApi, trainingsKey } from '../trainings.api.ts';
import { useTrainingMessages } from '../trainings.messages.ts';
import { KindText } from '../labels.tsx';
import { IssueModal } from '../issue-modal.tsx';

type Filter = 'divisionCode' | 'kind' | 'from' | 'to';
const tableOptions = {
  queryKey: trainingsKey,
  url: trainingsApi.materialsUrl,
  filters: ['divisionCode', 'kind', 'from', 'to'] as const,
  defaultSort: 'issuedOn',
  defaultOrder: 'desc' as const,
};

/** Pieces of each kind beside what a full issue would be: a plate per team in post, the rest per member. */
function SummaryCards({ summary }: { summary: MaterialSummary | undefined }) {
  const t = useTrainingMessages();
  const text = useText();
  const expected = (kind: MaterialKindCode) =>
    teamLevelKinds.includes(kind) ? t('materials.ofTeams', { count: summary?.activeTeams ?? 0 }) : t('materials.ofMembers', { count: summary?.activeMembers ?? 0 });
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {materialKinds.map((kind) => (
        <Col key={kind} xs={12} md={6}>
          <Card size="small" loading={!summary}>
            <Statistic title={text(materialKindLabels[kind])} value={summary?.totals[kind] ?? 0} />
            <Typography.Text type="secondary">{expected(kind)}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** /trainings/materials: the ledger of plates, cards, diaries and handbooks issued in the region. */
export function MaterialsPage() {
  const t = useTrainingMessages();
  const text = useText();
  const { can } = useSession();
  const [issuing, setIssuing] = useState(false);
  const table = useTableQuery<MaterialItem, Filter>(tableOptions);
  const region = table.state.filters.divisionCode;
  const summary = useQuery({ queryKey: [trainingsKey, 'summary', region ?? null], queryFn: () => trainingsApi.summary(region) });
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<MaterialItem> = [
    { key: 'issuedOn', dataIndex: 'issuedOn', title: t('materials.issuedOn'), sorter: true, sortOrder: table.sortOrderOf('issuedOn'), width: 120 },
    { key: 'kind', title: t('materials.kindLabel'), render: (_: unknown, m) => <KindText kind={m.kind} /> },
    { key: 'team', dataIndex: 'teamName', title: t('materials.team') },
    { key: 'receiver', title: t('materials.receiver'), render: (_: unknown, m) => m.cadreName ?? t('materials.teamItself') },
    { key: 'quantity', dataIndex: 'quantity', title: t('materials.quantity'), align: 'right' },
    { key: 'note', dataIndex: 'note', title: t('materials.note'), responsive: ['md'] },
  ];
  const { from, to } = table.state.filters;

  return (
    <>
      <PageHeader
        title={t('materials.title')}
        subtitle={t('materials.subtitle')}
        extra={
          <>
            <ExportButton download={() => trainingsApi.exportMaterials(table.listFilters)} />
            {can('trainings.manage') ? (
              <Button type="primary" icon={<GiftOutlined />} onClick={() => setIssuing(true)}>
                {t('materials.issue')}
              </Button>
            ) : null}
          </>
        }
      />
      <SummaryCards summary={summary.data} />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={region ?? null}
          placeholder={t('list.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <SelectFilter table={table} name="kind" placeholder={t('materials.kind')} label={t('materials.kindLabel')} width={150}
          options={materialKinds.map((value) => ({ value, label: text(materialKindLabels[value]) }))} />
        <DatePicker.RangePicker
          aria-label={t('materials.issuedOn')}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            table.setFilters({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
          }
        />
      </Flex>
      <Table<MaterialItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('materials.empty')) }}
      />
      <IssueModal open={issuing} onClose={() => setIssuing(false)} />
    </>
  );
}
