import { useState } from 'react';
import { Alert, Flex, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSession } from '../../../platform/session.tsx';
import { presenceApi, presenceKey } from '../presence.api.ts';
import { usePresenceMessages } from '../presence.messages.ts';
import { currentMonth } from '../presence-dates.ts';
import { PresenceCalendar } from '../components/presence-calendar.tsx';
import { MonthlyTable } from '../components/monthly-table.tsx';
import { TeamPresenceCard } from '../components/team-presence-card.tsx';

/** A leader records for his members too: he picks whose calendar he is looking at. */
function LeaderView() {
  const t = usePresenceMessages();
  const { me } = useSession();
  const [cadreId, setCadreId] = useState<string | undefined>(undefined);
  const own = useQuery({ queryKey: [presenceKey, 'mine', currentMonth(), null], queryFn: () => presenceApi.mine({ month: currentMonth() }) });
  const teamId = own.data?.team?.id;
  const team = useQuery({ queryKey: [presenceKey, 'team', teamId], queryFn: () => presenceApi.teamMonthly(teamId!), enabled: !!teamId });
  const options = (team.data?.items ?? [])
    .filter((i) => i.cadreId !== me.cadreId)
    .map((i) => ({ value: i.cadreId, label: i.cadreName }));
  return (
    <Flex vertical gap={16}>
      {options.length > 0 ? (
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('calendar.member')}</Typography.Text>
          <Select<string>
            allowClear
            placeholder={t('calendar.self')}
            aria-label={t('calendar.member')}
            value={cadreId}
            onChange={(value) => setCadreId(value)}
            options={options}
            style={{ width: 200 }}
          />
        </Flex>
      ) : null}
      <PresenceCalendar key={cadreId ?? 'self'} cadreId={cadreId} />
      {teamId ? <TeamPresenceCard teamId={teamId} /> : null}
    </Flex>
  );
}

/**
 * /presence: a member's own calendar; a leader's calendar for himself and his members; the monthly
 * figures of the region for the township, the county and those who read them.
 */
export function PresencePage() {
  const t = usePresenceMessages();
  const { can, me } = useSession();
  const recorder = can('presence.record');
  return (
    <>
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <Alert type="info" showIcon message={t('voluntary')} style={{ marginBottom: 16 }} />
      {recorder && me.roles.includes('team_leader') ? <LeaderView /> : recorder ? <PresenceCalendar /> : <MonthlyTable />}
    </>
  );
}
