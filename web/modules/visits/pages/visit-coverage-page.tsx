import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { householdStatuses } from '../../../../contracts/household-codes.ts';
import type { CoverageHousehold, CoverageVillage } from '../../../../contracts/visits.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { listEmptyText } from '../../../components/list-filters.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { visitsApi, visitsKey } from '../visits.api.ts';
import { useVisitMessages } from '../visits.messages.ts';
import { dayOfQuarter, percent, quarterOfDay } from '../components/quarters.ts';

const pageSize = 20;

/** The households of one village (or the whole area) in the quarter, those nobody visited first. */
function CoverageHouseholds({ quarter, divisionCode, title }: { quarter: string; divisionCode: string | undefined; title: string }) {
  const t = useVisitMessages();
  const text = useText();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: [visitsKey, 'coverage-households', quarter, divisionCode, page],
    queryFn: () => visitsApi.coverageHouseholds({ quarter, divisionCode, page, pageSize }),
  });
  const columns: TableColumnsType<CoverageHousehold> = [
    { key: 'householder', title: t('column.household'), render: (_: unknown, h) => <Link to={`/households/${h.householdId}?tab=visits`}>{h.householderName}</Link> },
    { key: 'code', dataIndex: 'code', title: t('coverage.code'), responsive: ['lg'] },
    { key: 'village', title: t('column.village'), responsive: ['md'], render: (_: unknown, h) => h.villageName ?? h.divisionCode },
    { key: 'status', title: t('coverage.status'), render: (_: unknown, h) => text(householdStatuses.labels[h.status]) },
    { key: 'visits', title: t('coverage.visits'), render: (_: unknown, h) => (h.visits > 0 ? h.visits : <Tag color="red">{t('coverage.notVisited')}</Tag>) },
    { key: 'last', title: t('coverage.lastVisit'), render: (_: unknown, h) => h.lastVisitedOn ?? '—' },
  ];
  if (list.isError && !list.data) return <LoadFailedResult error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Card title={title} size="small">
      <Table<CoverageHousehold>
        rowKey="householdId"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        columns={columns}
        size="small"
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        locale={{ emptyText: listEmptyText(list.isPending, t('coverage.empty')) }}
      />
    </Card>
  );
}

/** /visits/coverage: per village, how many of the households that count had a visit this quarter. */
export function VisitCoveragePage() {
  const t = useVisitMessages();
  const [params, setParams] = useSearchParams();
  const quarter = params.get('quarter') ?? quarterOfDay(dayjs());
  const divisionCode = params.get('divisionCode') ?? undefined;
  const village = params.get('village') ?? undefined;
  const report = useQuery({ queryKey: [visitsKey, 'coverage', quarter, divisionCode], queryFn: () => visitsApi.coverage({ quarter, divisionCode }) });

  function change(next: Record<string, string | undefined>) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  }

  if (report.isError && !report.data) return <LoadFailedResult error={report.error} onRetry={() => void report.refetch()} />;

  const villageName = report.data?.items.find((v) => v.divisionCode === village)?.villageName ?? village;
  const columns: TableColumnsType<CoverageVillage> = [
    { key: 'village', title: t('coverage.village'), render: (_: unknown, v) => v.villageName ?? v.divisionCode },
    { key: 'households', dataIndex: 'households', title: t('coverage.households') },
    { key: 'visited', dataIndex: 'visited', title: t('coverage.visited') },
    {
      key: 'share',
      title: t('coverage.share'),
      render: (_: unknown, v) => <Progress percent={Math.round(v.share * 1000) / 10} size="small" format={() => percent(v.share)} style={{ minWidth: 140 }} />,
    },
    {
      key: 'drill',
      title: '',
      render: (_: unknown, v) => (
        <Button type="link" size="small" onClick={() => change({ village: v.divisionCode })}>
          {t('coverage.drill')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('coverage.title')}
        subtitle={t('coverage.subtitle')}
        back={
          <Link to="/visits" aria-label={t('coverage.back')}>
            <ArrowLeftOutlined />
          </Link>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DatePicker
          picker="quarter"
          allowClear={false}
          aria-label={t('list.quarter')}
          value={dayOfQuarter(quarter)}
          onChange={(value) => change({ quarter: value ? quarterOfDay(value) : undefined, village: undefined })}
        />
        <DivisionTreeSelect
          value={divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => change({ divisionCode: typeof value === 'string' ? value : undefined, village: undefined })}
          style={{ width: 240, maxWidth: '100%' }}
        />
        {report.data ? (
          <Typography.Text>
            {t('coverage.total')}：{report.data.totals.visited} / {report.data.totals.households}（{percent(report.data.totals.share)}）
          </Typography.Text>
        ) : null}
      </Flex>
      <Flex vertical gap={16}>
        <Table<CoverageVillage>
          rowKey="divisionCode"
          dataSource={report.data?.items ?? []}
          loading={report.isFetching}
          columns={columns}
          size="middle"
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: listEmptyText(report.isPending, t('coverage.empty')) }}
        />
        <CoverageHouseholds
          key={`${quarter}:${village ?? divisionCode ?? ''}`}
          quarter={quarter}
          divisionCode={village ?? divisionCode}
          title={t('coverage.householdsTitle', { village: villageName ?? t('coverage.allVillages'), quarter })}
        />
      </Flex>
    </>
  );
}
