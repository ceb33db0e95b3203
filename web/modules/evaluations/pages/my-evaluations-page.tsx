import { Card, Empty, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ItemScore } from '../../../../contracts/evaluations.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { evaluationApi, evaluationKey } from '../evaluations.api.ts';
import { useEvaluationMessages } from '../evaluations.messages.ts';
import { EvidenceFigures } from '../components/evidence-figures.tsx';

/** /evaluations/mine: a cadre's own results in the published quarters, item by item. */
export function MyEvaluationsPage() {
  const t = useEvaluationMessages();
  const mine = useQuery({ queryKey: [evaluationKey, 'mine'], queryFn: () => evaluationApi.mine() });
  if (mine.isError) return <LoadFailedResult error={mine.error} onRetry={() => void mine.refetch()} />;
  const columns: TableColumnsType<ItemScore> = [
    { key: 'label', title: t('breakdown.item'), render: (_: unknown, i) => `${i.label}（${i.maxScore}）` },
    { key: 'score', title: t('breakdown.score'), dataIndex: 'score' },
    {
      key: 'evidence',
      title: t('breakdown.evidence'),
      render: (_: unknown, i) => (
        <Flex vertical gap={2}>
          <EvidenceFigures figures={i.evidence.figures} />
          {i.evidence.links.map((link) => (
            <Link key={link.href} to={link.href}>
              {link.label}
            </Link>
          ))}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('mine.title')} subtitle={t('mine.subtitle')} />
      {!mine.data ? (
        <Skeleton active />
      ) : mine.data.items.length === 0 ? (
        <Empty description={t('mine.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {mine.data.items.map((result) => (
            <Card key={result.evaluationId} title={`${result.divisionName ?? ''} ${t('quarter.label', { year: result.year, quarter: result.quarter })}`}>
              <Typography.Paragraph strong>{t('mine.summary', { total: result.total, rank: result.rank, count: result.rankedCount })}</Typography.Paragraph>
              <Table<ItemScore> rowKey="key" columns={columns} dataSource={result.items} pagination={false} size="small" scroll={{ x: 'max-content' }} />
              {result.adjustments.length > 0 ? (
                <>
                  <Typography.Title level={5}>{t('breakdown.adjustments')}</Typography.Title>
                  {result.adjustments.map((a) => (
                    <Typography.Paragraph key={a.id}>{`${result.items.find((i) => i.key === a.itemKey)?.label ?? a.itemKey}：${a.before ?? '—'} → ${a.after}；${a.reason}`}</Typography.Paragraph>
                  ))}
                </>
              ) : null}
            </Card>
          ))}
        </Flex>
      )}
    </>
  );
}
