import { Breadcrumb, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { donorKinds, type DonationFigures, type DonationSummaryRow, type DonorKind } from '../../../../contracts/donations.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { donationApi, donationKey } from '../donations.api.ts';
import { useDonationMessages } from '../donations.messages.ts';
import { listLinkOf, moneyText, recentYears, summaryQueryOf, withRegion, withYear } from '../donations.view.ts';

type Figure = { key: keyof DonationFigures; title: string; value: (f: DonationFigures) => string | number };
type KindRow = DonationFigures & { donorKind: DonorKind };

/** /donations/summary: the gifts of a region by its next level, drillable down to the villages, and by kind of donor. */
export function DonationSummaryPage() {
  const t = useDonationMessages();
  const text = useText();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const query = summaryQueryOf(params);
  const summary = useQuery({ queryKey: [donationKey, 'summary', query], queryFn: () => donationApi.summary(query), placeholderData: (previous) => previous });
  if (summary.isError && !summary.data) return <LoadFailedResult error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;

  const figures: Figure[] = [
    { key: 'money', title: t('summary.money'), value: (f) => moneyText(f.money) },
    { key: 'goods', title: t('summary.goods'), value: (f) => moneyText(f.goods) },
    { key: 'total', title: t('summary.total'), value: (f) => moneyText(f.total) },
    { key: 'count', title: t('summary.count'), value: (f) => f.count },
    { key: 'donors', title: t('summary.donors'), value: (f) => f.donors },
  ];
  const figureColumns = figures.map((c) => ({ key: c.key, title: c.title, align: 'right' as const, render: (_: unknown, row: DonationFigures) => c.value(row) }));
  const totalRow = (label: string, total: DonationFigures) => (
    <Table.Summary fixed>
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>
          <Typography.Text strong>{label}</Typography.Text>
        </Table.Summary.Cell>
        {figures.map((c, index) => (
          <Table.Summary.Cell key={c.key} index={index + 1} align="right">
            <Typography.Text strong>{c.value(total)}</Typography.Text>
          </Table.Summary.Cell>
        ))}
      </Table.Summary.Row>
    </Table.Summary>
  );

  const regionColumns: TableColumnsType<DonationSummaryRow> = [
    {
      key: 'name',
      title: t('summary.regionColumn'),
      fixed: 'left',
      render: (_: unknown, row) =>
        row.drillable ? <Link to={`?${withRegion(query, row.divisionCode).toString()}`}>{row.name}</Link> : <Link to={listLinkOf(row.divisionCode, data?.year ?? null)}>{row.name}</Link>,
    },
    ...figureColumns,
  ];
  const kindColumns: TableColumnsType<KindRow> = [{ key: 'donorKind', title: t('summary.kindColumn'), render: (_: unknown, row) => text(donorKinds.labels[row.donorKind]) }, ...figureColumns];
  const yearOptions = [
    { value: 0, label: t('summary.allYears') },
    ...recentYears(dayjs().format('YYYY-MM-DD'), 10).map((year) => ({ value: year, label: t('summary.yearOption', { year }) })),
  ];

  return (
    <>
      <PageHeader
        title={t('summary.title')}
        subtitle={t('summary.subtitle')}
        extra={
          <>
            {data ? (
              <Link to={listLinkOf(data.divisionCode, data.year)}>{t('summary.list')}</Link>
            ) : null}
            {can('donations.export') ? <ExportButton download={() => donationApi.exportSummary(query)} /> : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('summary.year')}
          value={query.year ?? 0}
          options={yearOptions}
          onChange={(value: number) => setParams(withYear(query, value || null))}
          style={{ width: 140 }}
        />
        <DivisionTreeSelect
          value={query.divisionCode ?? null}
          placeholder={t('summary.region')}
          onChange={(value) => setParams(withRegion(query, typeof value === 'string' ? value : null))}
          style={{ width: 280, maxWidth: '100%' }}
        />
      </Flex>
      {data && data.path.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={data.path.map((place, index) => ({
            key: place.code,
            title: index === data.path.length - 1 ? place.name : <Link to={`?${withRegion(query, place.code).toString()}`}>{place.name}</Link>,
          }))}
        />
      ) : null}
      <Table<DonationSummaryRow>
        rowKey={(row) => `${row.own ? 'own:' : ''}${row.divisionCode}`}
        columns={regionColumns}
        dataSource={data?.rows ?? []}
        loading={summary.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('summary.empty') }}
        summary={() => (data ? totalRow(t('summary.totalRow'), data.total) : null)}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('summary.byKind')}
      </Typography.Title>
      <Table<KindRow>
        rowKey="donorKind"
        columns={kindColumns}
        dataSource={data?.byKind ?? []}
        loading={summary.isFetching}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        summary={() => (data ? totalRow(t('summary.totalRow'), data.total) : null)}
      />
    </>
  );
}
