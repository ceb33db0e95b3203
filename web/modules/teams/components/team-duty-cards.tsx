import { Flex } from 'antd';
import { TeamPresenceCard } from '../../presence/index.ts';
import { TeamReportsCard } from '../../reports/index.ts';
import { TeamCriticismsCard } from '../../inspections/index.ts';
import { TeamMaterialsCard } from '../../trainings/index.ts';
import { useSession } from '../../../platform/session.tsx';

/** A team at work (domain.md §3): this month in the village, its reports, criticisms and the materials it was issued. */
export function TeamDutyCards({ teamId, teamName }: { teamId: string; teamName: string }) {
  const { can } = useSession();
  return (
    <Flex vertical gap={16} style={{ marginTop: 16 }}>
      {can('presence.read') ? <TeamPresenceCard teamId={teamId} /> : null}
      <TeamReportsCard teamId={teamId} />
      <TeamCriticismsCard teamId={teamId} />
      {can('trainings.read') ? <TeamMaterialsCard teamId={teamId} teamName={teamName} /> : null}
    </Flex>
  );
}
