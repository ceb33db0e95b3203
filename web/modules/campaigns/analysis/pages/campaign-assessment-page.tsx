import { useState } from 'react';
import { Button, Flex, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { campaignLines, type AssessmentRow } from '../../../../../contracts/campaign-analysis.ts';
import { ExportButton } from '../../../../components/export-button.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../../components/result-pages.tsx';
import { useText } from '../../../../platform/i18n.tsx';
import { useSession } from '../../../../platform/session.tsx';
import { analysisApi, analysisKey } from '../analysis.api.ts';
import { useAnalysisMessages } from '../analysis.messages.ts';
import { FormulaDialog } from '../components/formula-dialog.tsx';

const percentText = (value: number | null) => (value === null ? '—' : `${value}%`);

/** /campaigns/:id/assessment: 专项目标考核, each unit's lines, score and rank among units. */
export function CampaignAssessmentPage() {
  const t = useAnalysisMessages();
  const text = useText();
  const { can } = useSession();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [formulaOpen, setFormulaOpen] = useState(false);
  const q = params.get('q') ?? '';
  const query = { q: q || undefined };
  const assessment = useQuery({ queryKey: [analysisKey, 'assessment', id, query], queryFn: () => analysisApi.assessment(id, query), placeholderData: (previous) => previous });
  if (assessment.isError && !assessment.data) return <LoadFailedResult error={assessment.error} onRetry={() => void assessment.refetch()} />;
  const data = assessment.data;

  const lineColumns: TableColumnsType<AssessmentRow> = (data?.lines ?? []).map((line, index) => ({
    key: line,
    title: text(campaignLines.labels[line]),
    children: [
      { key: `${line}.target`, title: t('assessment.target'), align: 'right' as const, render: (_: unknown, row: AssessmentRow) => row.cells[index]?.target ?? 0 },
      { key: `${line}.achieved`, title: t('assessment.achieved'), align: 'right' as const, render: (_: unknown, row: AssessmentRow) => row.cells[index]?.achieved ?? 0 },
      { key: `${line}.percent`, title: t('assessment.percent'), align: 'right' as const, render: (_: unknown, row: AssessmentRow) => percentText(row.cells[index]?.percent ?? null) },
    ],
  }));
  const columns: TableColumnsType<AssessmentRow> = [
    { key: 'rank', title: t('assessment.rank'), fixed: 'left', width: 64, render: (_: unknown, row) => row.rank ?? '—' },
    { key: 'unit', title: t('assessment.unit'), fixed: 'left', render: (_: unknown, row) => row.unitName },
    ...lineColumns,
    { key: 'score', title: t('assessment.score'), align: 'right', render: (_: unknown, row) => (row.score === null ? '—' : row.score.toFixed(2)) },
    { key: 'chain', title: t('assessment.chain'), render: (_: unknown, row) => <Link to={`/campaigns/${id}/chain/${row.unitId}`}>{t('assessment.chain')}</Link> },
  ];

  return (
    <>
      <PageHeader
        title={data ? `${data.campaignName} · ${t('assessment.title')}` : t('assessment.title')}
        subtitle={t('assessment.subtitle')}
        extra={
          <>
            <Link to={`/campaigns/${id}`}>{t('nav.back')}</Link>
            <Link to={`/campaigns/${id}/statistics`}>{t('nav.statistics')}</Link>
            {can('campaigns.assess') && data ? (
              <Button data-testid="formula-open" onClick={() => setFormulaOpen(true)}>
                {t('formula.open')}
              </Button>
            ) : null}
            {can('campaigns.export') ? <ExportButton download={() => analysisApi.exportAssessment(id, query)} /> : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={t('assessment.q')}
          onSearch={(value) => setParams(value ? new URLSearchParams({ q: value }) : new URLSearchParams())}
          style={{ width: 260 }}
        />
        {data ? <Typography.Text type="secondary">{t('assessment.formulaSummary', { fullScore: data.formula.fullScore, capPercent: data.formula.capPercent })}</Typography.Text> : null}
      </Flex>
      <Table<AssessmentRow>
        rowKey="unitId"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={assessment.isFetching}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        size="middle"
        bordered
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('assessment.empty') }}
      />
      {data && formulaOpen ? <FormulaDialog campaignId={id} view={data} open={formulaOpen} onClose={() => setFormulaOpen(false)} /> : null}
    </>
  );
}
