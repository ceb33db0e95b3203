import { useState } from 'react';
import { App, Alert, Button, Flex, Popconfirm, Skeleton, Table, Tag, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SorterResult } from 'antd/es/table/interface';
import { evaluationStates, type EvaluationDetail, type RankingRow } from '../../../../contracts/evaluations.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { evaluationApi, evaluationKey } from '../evaluations.api.ts';
import { useEvaluationMessages } from '../evaluations.messages.ts';
import { BreakdownDrawer } from '../components/breakdown-drawer.tsx';

type Step = 'recompute' | 'confirm' | 'publish';

function useStep(id: string) {
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const t = useEvaluationMessages();
  return useMutation({
    mutationFn: (step: Step) => evaluationApi[step](id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [evaluationKey] });
      void message.success(t('detail.done'));
    },
    onError: notify,
  });
}

function StepButtons({ detail }: { detail: EvaluationDetail }) {
  const t = useEvaluationMessages();
  const step = useStep(detail.id);
  return (
    <>
      {detail.abilities.recompute ? (
        <Button icon={<ReloadOutlined />} loading={step.isPending && step.variables === 'recompute'} onClick={() => step.mutate('recompute')}>
          {t('detail.recompute')}
        </Button>
      ) : null}
      {detail.abilities.confirm ? (
        <Popconfirm title={t('detail.confirmAsk')} onConfirm={() => step.mutate('confirm')}>
          <Button icon={<CheckOutlined />}>{t('detail.confirm')}</Button>
        </Popconfirm>
      ) : null}
      {detail.abilities.publish ? (
        <Popconfirm title={t('detail.publishAsk')} onConfirm={() => step.mutate('publish')}>
          <Button type="primary" icon={<SendOutlined />}>
            {t('detail.publish')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );
}

/** /evaluations/:id: the quarter's ranking, filters, export, and the steps from scoring to publishing. */
export function EvaluationPage() {
  const { id } = useParams<{ id: string }>();
  const t = useEvaluationMessages();
  const text = useText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [cadreId, setCadreId] = useState<string | null>(null);
  const filters = {
    divisionCode: params.get('divisionCode') ?? undefined,
    sort: params.get('sort') ?? 'rank',
    order: params.get('order') ?? 'asc',
  };
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const detail = useQuery({
    queryKey: [evaluationKey, 'detail', id, filters, page, pageSize],
    queryFn: () => evaluationApi.get(id!, { ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const evaluation = detail.data;
  if (!evaluation) return <Skeleton active />;

  const update = (change: Record<string, string | number | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });
  const onChange = (pagination: TablePaginationConfig, _f: unknown, sorter: SorterResult<RankingRow> | SorterResult<RankingRow>[]) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    update({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? pageSize,
      sort: single?.order ? String(single.columnKey) : undefined,
      order: single?.order === 'descend' ? 'desc' : single?.order ? 'asc' : undefined,
    });
  };
  const sortOrder = (key: string) => (filters.sort === key ? (filters.order === 'desc' ? 'descend' : 'ascend') : null);
  const columns: TableColumnsType<RankingRow> = [
    { key: 'rank', title: t('column.rank'), sorter: true, sortOrder: sortOrder('rank'), render: (_: unknown, r) => r.rank.county },
    { key: 'rankTownship', title: t('column.rankTownship'), render: (_: unknown, r) => r.rank.township, responsive: ['md'] },
    { key: 'rankTeam', title: t('column.rankTeam'), render: (_: unknown, r) => r.rank.team, responsive: ['md'] },
    {
      key: 'name',
      title: t('column.name'),
      render: (_: unknown, r) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setCadreId(r.cadreId)} aria-label={t('breakdown.title', { name: r.cadreName })}>
          {r.cadreName}
        </Button>
      ),
    },
    { key: 'township', title: t('column.township'), dataIndex: 'townshipName' },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName' },
    { key: 'team', title: t('column.team'), dataIndex: 'teamName', responsive: ['lg'] },
    ...evaluation.rubric.map((item) => ({
      key: `item-${item.key}`,
      title: `${item.label}（${item.maxScore}）`,
      align: 'right' as const,
      responsive: ['xl' as const],
      render: (_: unknown, r: RankingRow) => r.scores[item.key] ?? <Tag>{t('breakdown.notScored')}</Tag>,
    })),
    { key: 'total', title: t('column.total'), sorter: true, sortOrder: sortOrder('total'), align: 'right', render: (_: unknown, r) => <strong>{r.total}</strong> },
  ];

  return (
    <>
      <PageHeader
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/evaluations')} />}
        title={`${evaluation.divisionName ?? ''} ${t('quarter.label', { year: evaluation.year, quarter: evaluation.quarter })}`}
        subtitle={<Tag data-testid="evaluation-state">{text(evaluationStates.labels[evaluation.state])}</Tag>}
        extra={
          <>
            <ExportButton download={() => evaluationApi.exportRanking(evaluation.id, filters)} />
            <StepButtons detail={evaluation} />
          </>
        }
      />
      {evaluation.missingCount > 0 ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('detail.missing', { count: evaluation.missingCount })} /> : null}
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionTreeSelect value={filters.divisionCode} onChange={(code) => update({ divisionCode: typeof code === 'string' ? code : undefined, page: 1 })} placeholder={t('detail.region')} style={{ width: 260 }} />
      </Flex>
      <Table<RankingRow>
        rowKey="cadreId"
        columns={columns}
        dataSource={evaluation.ranking.items}
        loading={detail.isFetching}
        onChange={onChange}
        pagination={{ current: page, pageSize, total: evaluation.ranking.total, showSizeChanger: true }}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('detail.empty') }}
      />
      <BreakdownDrawer evaluation={evaluation} cadreId={cadreId} onClose={() => setCadreId(null)} />
    </>
  );
}
