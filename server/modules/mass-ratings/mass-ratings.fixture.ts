import type { AppDeps } from '../../platform/http/context.ts';
import { teams, teamVillages } from '../teams/index.ts';

/** A team written directly, serving one village, so rating tests need not set up members and units. */
export async function insertRatedTeam(deps: AppDeps, values: { name: string; divisionCode: string }): Promise<string> {
  const [row] = await deps.db.insert(teams).values({ name: values.name, divisionCode: values.divisionCode, termStart: '2024-03-01' }).returning({ id: teams.id });
  await deps.db.insert(teamVillages).values({ teamId: row!.id, divisionCode: values.divisionCode });
  return row!.id;
}
