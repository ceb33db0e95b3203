import { Alert, Breadcrumb, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { CheckRegionRow, CheckSummary } from '../../../../contracts/checks.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { checksApi, checksKey } from '../checks.api.ts';
import { useChecksMessages } from '../checks.messages.ts';
import { checksRegionOf, findingsLink, overviewLink } from '../checks.view.ts';

// A count above zero is a list of households to look at, so it links there and stands out.
const countLink = (count: number, to: string) =>
  count > 0 ? (
    <Link to={to}>
      <Typography.Text type="danger">{count}</Typography.Text>
    </Link>
  ) : (
    0
  );

/** /checks: every logic check run live over a region, with its count per child region, drillable. */
export function ChecksPage() {
  const t = useChecksMessages();
  const text = useText();
  const [params, setParams] = useSearchParams();
  const divisionCode = checksRegionOf(params);
  const overview = useQuery({ queryKey: [checksKey, 'overview', divisionCode ?? null], queryFn: () => checksApi.overview(divisionCode), placeholderData: (previous) => previous });

  if (overview.isError && !overview.data) return <LoadFailedResult error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;

  const checkColumns: TableColumnsType<CheckSummary> = [
    { key: 'label', title: t('check'), render: (_: unknown, c) => text(c.label), width: 260 },
    { key: 'explanation', title: t('explanation'), render: (_: unknown, c) => <Typography.Text type="secondary">{text(c.explanation)}</Typography.Text> },
    { key: 'total', title: t('count'), align: 'right', width: 100, render: (_: unknown, c) => countLink(c.total, findingsLink(c.code, data?.divisionCode)) },
  ];

  const regionColumns: TableColumnsType<CheckRegionRow> = [
    {
      key: 'name',
      title: t('regionColumn'),
      fixed: 'left',
      render: (_: unknown, row) => (row.drillable ? <Link to={overviewLink(row.divisionCode)}>{row.name}</Link> : row.name),
    },
    ...(data?.checks ?? []).map((c) => ({
      key: c.code,
      title: text(c.label),
      align: 'right' as const,
      render: (_: unknown, row: CheckRegionRow) => countLink(row.counts[c.code] ?? 0, findingsLink(c.code, row.divisionCode)),
    })),
    { key: 'total', title: t('total'), align: 'right', render: (_: unknown, row) => <Typography.Text strong>{row.total}</Typography.Text> },
  ];

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DivisionTreeSelect
          value={divisionCode ?? null}
          placeholder={t('region')}
          onChange={(value) => setParams(typeof value === 'string' ? { divisionCode: value } : {})}
          style={{ width: 280, maxWidth: '100%' }}
        />
      </Flex>
      {data && data.path.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={data.path.map((place, index) => ({
            key: place.code,
            title: index === data.path.length - 1 ? place.name : <Link to={overviewLink(place.code)}>{place.name}</Link>,
          }))}
        />
      ) : null}
      {data ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('runOn', { day: data.runOn, total: data.total })} /> : null}
      <Card title={t('checksTable')} size="small" style={{ marginBottom: 16 }}>
        <Table<CheckSummary> rowKey="code" columns={checkColumns} dataSource={data?.checks ?? []} loading={overview.isFetching} pagination={false} size="middle" />
      </Card>
      <Card title={t('regionsTable')} size="small">
        <Table<CheckRegionRow>
          rowKey={(row) => `${row.own ? 'own:' : ''}${row.divisionCode}`}
          columns={regionColumns}
          dataSource={data?.rows ?? []}
          loading={overview.isFetching}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('emptyRegions') }}
        />
      </Card>
    </>
  );
}
