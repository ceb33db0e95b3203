import { Card, Descriptions, Empty, Progress, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { campaignLines, type ChainNode } from '../../../../../contracts/campaign-analysis.ts';
import { partyOrgKindLabels } from '../../../../../contracts/party-orgs.ts';
import { PageHeader } from '../../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../../components/result-pages.tsx';
import { useText } from '../../../../platform/i18n.tsx';
import { analysisApi, analysisKey } from '../analysis.api.ts';
import { useAnalysisMessages } from '../analysis.messages.ts';
import { FiguresBlock } from '../components/figures-block.tsx';

/** /campaigns/:id/chain/:unitId: 党组 → 机关党委 → 机关支部 → 党员, each with what it did. */
export function CampaignChainPage() {
  const t = useAnalysisMessages();
  const text = useText();
  const { id = '', unitId = '' } = useParams();
  const chain = useQuery({ queryKey: [analysisKey, 'chain', id, unitId], queryFn: () => analysisApi.chain(id, unitId) });
  if (chain.isError) return <LoadFailedResult error={chain.error} onRetry={() => void chain.refetch()} />;
  const data = chain.data;

  const treeOf = (node: ChainNode): TreeDataNode => ({
    key: node.id,
    title: (
      <span>
        <Tag>{text(partyOrgKindLabels[node.kind])}</Tag>
        <Typography.Text strong>{node.name}</Typography.Text>{' '}
        <Typography.Text type="secondary">
          {t('chain.summary', { villages: node.figures.villagesPaired, households: node.figures.households, problems: node.figures.problemsSolved })}
        </Typography.Text>
      </span>
    ),
    children: [
      ...node.children.map(treeOf),
      ...node.people.map((p) => ({ key: `${node.id}:${p.personName}`, title: t('chain.person', { name: p.personName, times: p.personTimes }), isLeaf: true })),
    ],
  });

  return (
    <>
      <PageHeader
        title={t('chain.title', { name: data?.unitName ?? '' })}
        subtitle={t('chain.subtitle')}
        extra={
          <>
            <Link to={`/campaigns/${id}/assessment`}>{t('nav.assessment')}</Link>
            <Link to={`/campaigns/${id}/statistics?groupBy=branch&unitId=${unitId}`}>{t('nav.statistics')}</Link>
          </>
        }
      />
      {data ? (
        <>
          <Card size="small" title={t('chain.targets')} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={1}
              items={data.targets.map((target) => ({
                key: target.line,
                label: text(campaignLines.labels[target.line]),
                children: (
                  <span style={{ display: 'inline-flex', gap: 12, alignItems: 'center', minWidth: 320 }}>
                    <span>
                      {target.achieved} / {target.target}
                    </span>
                    {target.target > 0 ? <Progress percent={Math.min(100, Math.round((target.achieved / target.target) * 100))} size="small" style={{ width: 200, margin: 0 }} /> : null}
                  </span>
                ),
              }))}
            />
          </Card>
          <FiguresBlock figures={data.totals} title={data.unitName} />
          <Card size="small" title={t('chain.orgs')}>
            {data.orgs.length > 0 ? <Tree showLine defaultExpandAll selectable={false} treeData={data.orgs.map(treeOf)} /> : <Empty description={t('chain.noOrgs')} />}
          </Card>
        </>
      ) : null}
    </>
  );
}
