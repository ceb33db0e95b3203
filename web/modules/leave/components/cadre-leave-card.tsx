import { Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../../platform/session.tsx';
import { leaveApi, leaveKey } from '../leave.api.ts';
import { useLeaveMessages } from '../leave.messages.ts';
import { LeaveStateTag, LeaveTypeText } from '../leave-labels.tsx';

/** A cadre's latest leave, for the cadre and team pages; nothing for an account that may not read leave. */
export function CadreLeaveCard({ cadreId }: { cadreId: string }) {
  const t = useLeaveMessages();
  const { can } = useSession();
  const allowed = can('leave.read');
  const query = useQuery({
    queryKey: [leaveKey, 'cadre', cadreId],
    queryFn: () => leaveApi.list({ cadreId, pageSize: 5, sort: 'startDate', order: 'desc' }),
    enabled: allowed,
  });
  if (!allowed) return null;
  return (
    <Card
      size="small"
      title={t('card.title')}
      extra={<Link to={`/leave?cadreId=${encodeURIComponent(cadreId)}`}>{t('card.more')}</Link>}
      loading={query.isPending}
    >
      <List
        size="small"
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('card.empty') }}
        renderItem={(leave) => (
          <List.Item key={leave.id}>
            <Space wrap>
              <Link to={`/leave/${leave.id}`}>{t('period', { start: leave.startDate, end: leave.endDate })}</Link>
              <Typography.Text type="secondary">
                <LeaveTypeText type={leave.type} /> · {t('days', { days: leave.days })}
              </Typography.Text>
              <LeaveStateTag state={leave.state} overdue={leave.overdueReportBack} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
