import type { AppDeps } from '../../platform/http/context.ts';
import type { LiaisonGroupKind, LiaisonRole } from '../../../contracts/liaison-groups.ts';
import { liaisonGroupMembers, liaisonGroups } from './liaison-groups.schema.ts';

export { insertNoticeTeam as insertLiaisonTeam } from '../notices/notices.fixture.ts';

/** A group written directly, its members stored under their team's village (the routes test covers the checks). */
export async function insertLiaisonGroup(
  deps: AppDeps,
  values: { divisionCode: string; name: string; kind?: LiaisonGroupKind; members?: { teamId: string; divisionCode: string; role?: LiaisonRole }[] },
): Promise<string> {
  const kind = values.kind ?? 'working_group';
  const [row] = await deps.db
    .insert(liaisonGroups)
    .values({ divisionCode: values.divisionCode, name: values.name, kind, platform: kind === 'chat_group' ? 'wechat' : null, establishedOn: '2024-03-15' })
    .returning({ id: liaisonGroups.id });
  const members = values.members ?? [];
  if (members.length > 0) {
    await deps.db
      .insert(liaisonGroupMembers)
      .values(members.map((m) => ({ groupId: row!.id, teamId: m.teamId, divisionCode: m.divisionCode, role: m.role ?? 'member' })));
  }
  return row!.id;
}
