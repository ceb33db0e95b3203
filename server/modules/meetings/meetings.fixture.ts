import type { AppDeps } from '../../platform/http/context.ts';
import { teamMembers, teams, teamVillages } from '../teams/index.ts';
import type { MeetingKind } from '../../../contracts/meetings.ts';
import { meetings, meetingTeams } from './meetings.schema.ts';

/** A team in a village with its members, written directly (the teams module's tests cover forming one). */
export async function insertMeetingTeam(deps: AppDeps, name: string, village: string, members: { cadreId: string; role: 'leader' | 'member' }[] = []): Promise<string> {
  const [team] = await deps.db.insert(teams).values({ name, divisionCode: village, termStart: '2024-03-01' }).returning({ id: teams.id });
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  if (members.length > 0) {
    await deps.db.insert(teamMembers).values(members.map((m) => ({ teamId: team!.id, cadreId: m.cadreId, role: m.role, joinedOn: '2024-03-01', divisionCode: village })));
  }
  return team!.id;
}

/** A meeting and the teams that attended (each team's village given, as the service stores it). */
export async function insertMeeting(
  deps: AppDeps,
  values: { divisionCode: string; title: string; kind?: MeetingKind; heldOn?: string; teams?: { teamId: string; divisionCode: string }[] },
): Promise<string> {
  const [row] = await deps.db
    .insert(meetings)
    .values({ divisionCode: values.divisionCode, title: values.title, kind: values.kind ?? 'symposium', heldOn: values.heldOn ?? '2025-05-20' })
    .returning({ id: meetings.id });
  if (values.teams && values.teams.length > 0) {
    await deps.db.insert(meetingTeams).values(values.teams.map((t) => ({ meetingId: row!.id, ...t })));
  }
  return row!.id;
}
