import type { AppDeps } from '../../platform/http/context.ts';
import { teamMembers, teams, teamVillages } from '../teams/index.ts';
import { noticeRecipients, notices } from './notices.schema.ts';

/** A team in a village with its members, written directly (the teams module's tests cover forming one). */
export async function insertNoticeTeam(deps: AppDeps, name: string, village: string, members: { cadreId: string; role: 'leader' | 'member' }[] = []): Promise<string> {
  const [team] = await deps.db.insert(teams).values({ name, divisionCode: village, termStart: '2024-03-01' }).returning({ id: teams.id });
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  if (members.length > 0) {
    await deps.db.insert(teamMembers).values(members.map((m) => ({ teamId: team!.id, cadreId: m.cadreId, role: m.role, joinedOn: '2024-03-01', divisionCode: village })));
  }
  return team!.id;
}

export async function insertNotice(deps: AppDeps, values: { divisionCode: string; title: string; issuedToTeams?: string[] }): Promise<string> {
  const issued = values.issuedToTeams !== undefined;
  const [row] = await deps.db
    .insert(notices)
    .values({ divisionCode: values.divisionCode, title: values.title, body: '请各工作队按要求落实。', state: issued ? 'issued' : 'draft', issuedAt: issued ? new Date() : null })
    .returning({ id: notices.id });
  if (issued && values.issuedToTeams!.length > 0) {
    await deps.db.insert(noticeRecipients).values(values.issuedToTeams!.map((teamId) => ({ noticeId: row!.id, teamId, divisionCode: values.divisionCode })));
  }
  return row!.id;
}
