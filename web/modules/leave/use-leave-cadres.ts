import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../platform/session.tsx';
import { leaveApi, leaveKey } from './leave.api.ts';
import { useLeaveMessages } from './leave.messages.ts';

/**
 * Whom the signed-in account may ask leave for: himself, and as a team leader the members in post
 * of the team he serves in (the server checks the same).
 */
export function useLeaveCadres(): { value: string; label: string }[] {
  const { me } = useSession();
  const t = useLeaveMessages();
  const leads = Boolean(me?.cadreId && me.roles.includes('team_leader'));
  const teams = useQuery({ queryKey: [leaveKey, 'teams'], queryFn: leaveApi.activeTeams, enabled: leads });
  const teamIds = teams.data?.items.map((team) => team.id) ?? [];
  const details = useQuery({
    queryKey: [leaveKey, 'team-members', teamIds],
    queryFn: () => Promise.all(teamIds.map((id) => leaveApi.team(id))),
    enabled: leads && teamIds.length > 0,
  });
  if (!me?.cadreId) return [];
  const own = details.data?.find((team) => team.members.some((m) => m.cadreId === me.cadreId && m.leftOn === null));
  const members = (own?.members ?? [])
    .filter((m) => m.leftOn === null && m.cadreId !== me.cadreId)
    .map((m) => ({ value: m.cadreId, label: m.cadre?.name ?? m.cadreId }));
  return [{ value: me.cadreId, label: t('form.self') }, ...members];
}
