import { Button, DatePicker, Flex, Progress, Segmented, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { campaignLines, figureKeys, figureLabels, groupingLabels, statisticsGroupings, type CampaignFigures, type StatisticsRow } from '../../../../../contracts/campaign-analysis.ts';
import { ExportButton } from '../../../../components/export-button.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../../components/result-pages.tsx';
import { useText } from '../../../../platform/i18n.tsx';
import { useSession } from '../../../../platform/session.tsx';
import { analysisApi, analysisKey } from '../analysis.api.ts';
import { useAnalysisMessages } from '../analysis.messages.ts';
import { FiguresBlock, figureText } from '../components/figures-block.tsx';
import { drillOf, searchOf, statisticsParamsOf, type StatisticsParams } from '../statistics-query.ts';

/** /campaigns/:id/statistics: the report's figures for the chosen range, and a table to drill into. */
export function CampaignStatisticsPage() {
  const t = useAnalysisMessages();
  const text = useText();
  const { can } = useSession();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = statisticsParamsOf(params);
  const statistics = useQuery({ queryKey: [analysisKey, 'statistics', id, query], queryFn: () => analysisApi.statistics(id, query), placeholderData: (previous) => previous });
  if (statistics.isError && !statistics.data) return <LoadFailedResult error={statistics.error} onRetry={() => void statistics.refetch()} />;
  const data = statistics.data;
  const label = params.get('label');
  const go = (next: StatisticsParams) => setParams(searchOf(next, label));
  const most = Math.max(1, ...(data?.rows ?? []).map((r) => r.figures.problemsSolved));

  const columns: TableColumnsType<StatisticsRow> = [
    {
      key: 'label',
      title: text(groupingLabels[query.groupBy]),
      fixed: 'left',
      render: (_: unknown, row) => {
        const next = drillOf(query, row);
        return next ? <Link to={`?${searchOf(next, row.label).toString()}`}>{row.label}</Link> : row.label;
      },
    },
    ...figureKeys.map((key) => ({ key, title: text(figureLabels[key]), align: 'right' as const, render: (_: unknown, row: StatisticsRow) => figureText(row.figures, key) })),
    {
      key: 'share',
      title: `${t('statistics.share')}（${text(figureLabels.problemsSolved)}）`,
      width: 160,
      render: (_: unknown, row) => <Progress percent={Math.round((row.figures.problemsSolved / most) * 100)} size="small" showInfo={false} />,
    },
  ];
  const totalRow = (totals: CampaignFigures) => (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>{t('statistics.totalRow')}</Table.Summary.Cell>
      {figureKeys.map((key, index) => (
        <Table.Summary.Cell key={key} index={index + 1} align="right">
          {figureText(totals, key)}
        </Table.Summary.Cell>
      ))}
      <Table.Summary.Cell index={figureKeys.length + 1} />
    </Table.Summary.Row>
  );

  return (
    <>
      <PageHeader
        title={t('statistics.title')}
        subtitle={t('statistics.subtitle')}
        extra={
          <>
            <Link to={`/campaigns/${id}`}>{t('nav.back')}</Link>
            <Link to={`/campaigns/${id}/assessment`}>{t('nav.assessment')}</Link>
            {can('campaigns.export') ? <ExportButton download={() => analysisApi.exportStatistics(id, query)} /> : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented
          aria-label={t('statistics.groupBy')}
          value={query.groupBy}
          options={statisticsGroupings.map((g) => ({ value: g, label: text(groupingLabels[g]) }))}
          onChange={(value) => go({ ...query, groupBy: value })}
        />
        <Select
          allowClear
          placeholder={t('statistics.line')}
          value={query.line ?? null}
          options={campaignLines.codes.map((line) => ({ value: line, label: text(campaignLines.labels[line]) }))}
          onChange={(value) => go({ ...query, line: value ?? undefined })}
          style={{ width: 260 }}
        />
        <DatePicker.RangePicker
          aria-label={t('statistics.period')}
          value={[query.dateFrom ? dayjs(query.dateFrom) : null, query.dateTo ? dayjs(query.dateTo) : null]}
          onChange={(range) => go({ ...query, dateFrom: range?.[0]?.format('YYYY-MM-DD'), dateTo: range?.[1]?.format('YYYY-MM-DD') })}
          allowEmpty={[true, true]}
        />
        {query.unitId ? <Tag closable onClose={() => go({ ...query, unitId: undefined, branchId: undefined, groupBy: query.groupBy === 'branch' ? 'unit' : query.groupBy })}>{t('statistics.drillUnit', { name: label ?? query.unitId })}</Tag> : null}
        {query.divisionCode ? <Tag closable onClose={() => go({ ...query, divisionCode: undefined })}>{t('statistics.drillRegion', { name: label ?? query.divisionCode })}</Tag> : null}
        {query.unitId || query.divisionCode ? <Button size="small" onClick={() => go({ groupBy: 'unit' })}>{t('statistics.clear')}</Button> : null}
      </Flex>
      {data ? <FiguresBlock figures={data.totals} title={t('statistics.figures')} /> : null}
      <Table<StatisticsRow>
        rowKey="key"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={statistics.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('statistics.empty') }}
        summary={() => (data && data.rows.length > 0 ? <Table.Summary fixed>{totalRow(data.totals)}</Table.Summary> : null)}
      />
    </>
  );
}
