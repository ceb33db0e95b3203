import { Card, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { PresenceMonthlyItem } from '../../../../contracts/presence.ts';
import { presenceApi, presenceKey } from '../presence.api.ts';
import { usePresenceMessages } from '../presence.messages.ts';
import { useMonthlyColumns } from './monthly-table.tsx';

/** This month's figures of a team's members, for the team page. */
export function TeamPresenceCard({ teamId }: { teamId: string }) {
  const t = usePresenceMessages();
  const query = useQuery({ queryKey: [presenceKey, 'team', teamId], queryFn: () => presenceApi.teamMonthly(teamId) });
  const columns = useMonthlyColumns().filter((c) => c.key !== 'village' && c.key !== 'team');
  return (
    <Card title={t('card.title')} size="small">
      {query.data?.basis.partial ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('fairness')}
        </Typography.Paragraph>
      ) : null}
      <Table<PresenceMonthlyItem>
        rowKey="id"
        size="small"
        pagination={false}
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: query.isError ? ' ' : t('card.empty') }}
      />
    </Card>
  );
}
