import { Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { ReportListItem } from '../../../../contracts/reports.ts';
import { api } from '../../../platform/api.ts';
import { useSession } from '../../../platform/session.tsx';
import { reportsApi, reportsKey } from '../reports.api.ts';
import { useReportMessages } from '../reports.messages.ts';
import { formatTime, KindTag, LateTag, ReadTag, StateTag } from './report-labels.tsx';
import { defaultPeriod } from './periods.ts';

/** For the team's page: where the team stands on last month's reports, and its latest reports. */
export function TeamReportsCard({ teamId }: { teamId: string }) {
  const t = useReportMessages();
  const { can } = useSession();
  const period = defaultPeriod();
  const allowed = can('reports.read');
  const recent = useQuery({
    queryKey: [reportsKey, 'team', teamId],
    queryFn: () => api.get<{ items: ReportListItem[]; total: number }>(reportsApi.listUrl, { teamId, pageSize: 5 }),
    enabled: allowed,
  });
  const status = useQuery({
    queryKey: [reportsKey, 'team-status', teamId, period],
    queryFn: () => reportsApi.status({ period, teamId, pageSize: 1 }),
    enabled: allowed,
  });
  if (!allowed) return null;
  const standing = status.data?.items.find((item) => item.teamId === teamId);

  return (
    <Card title={t('card.title')} extra={<Link to={`/reports?teamId=${teamId}`}>{t('card.all')}</Link>}>
      {recent.isPending ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {standing ? (
            <Flex gap={16} wrap align="center">
              <Typography.Text strong>{t('card.thisPeriod', { period })}</Typography.Text>
              <span>
                {t('column.monthlyReport')} <StateTag state={standing.monthlyReport.state} />
              </span>
              <span>
                {t('column.workSummary')} <StateTag state={standing.workSummary.state} />
              </span>
              <span>
                {t('column.briefings')} {standing.briefings}
              </span>
            </Flex>
          ) : null}
          <List<ReportListItem>
            size="small"
            header={<Typography.Text type="secondary">{t('card.recent')}</Typography.Text>}
            dataSource={recent.data?.items ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.none')} /> }}
            renderItem={(r) => (
              <List.Item>
                <Flex gap={8} wrap align="center">
                  <KindTag kind={r.kind} />
                  <Link to={`/reports/${r.id}`}>{r.title}</Link>
                  {r.late ? <LateTag /> : null}
                  <ReadTag readAt={r.readAt} />
                  <Typography.Text type="secondary">{formatTime(r.submittedAt)}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Flex>
      )}
    </Card>
  );
}
