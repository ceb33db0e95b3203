import type { AppDeps } from '../../platform/http/context.ts';
import type { CommitmentState } from '../../../contracts/evaluation-codes.ts';
import { createCadre } from '../../test/factories.ts';
import { teamMembers, teams, type TeamRole } from '../teams/index.ts';
import { ledgerCommitments } from './ledgers.schema.ts';

/** A team in a village with a leader (队长兼第一书记) and a member, written directly. */
export async function insertTeamWithMembers(deps: AppDeps, values: { unitId: string; divisionCode: string; name: string; termStart?: string }) {
  const [team] = await deps.db
    .insert(teams)
    .values({ name: values.name, divisionCode: values.divisionCode, termStart: values.termStart ?? '2024-01-01' })
    .returning({ id: teams.id });
  const join = async (role: TeamRole, name: string) => {
    const cadre = await createCadre(deps, { unitId: values.unitId, divisionCode: values.divisionCode, name });
    await deps.db.insert(teamMembers).values({ teamId: team!.id, cadreId: cadre.id, role, joinedOn: values.termStart ?? '2024-01-01', divisionCode: values.divisionCode });
    return cadre.id;
  };
  const leader = await join('leader_first_secretary', `${values.name}队长`);
  const member = await join('member', `${values.name}队员`);
  return { teamId: team!.id, leader, member };
}

export async function insertCommitment(
  deps: AppDeps,
  values: { teamId: string; cadreId: string; divisionCode: string; content?: string; promisedOn?: string; dueOn?: string; state?: CommitmentState },
): Promise<string> {
  const [row] = await deps.db
    .insert(ledgerCommitments)
    .values({
      teamId: values.teamId,
      cadreId: values.cadreId,
      divisionCode: values.divisionCode,
      content: values.content ?? '硬化村组道路 2 公里',
      promisedOn: values.promisedOn ?? '2025-03-01',
      dueOn: values.dueOn ?? '2025-10-31',
      state: values.state ?? 'open',
    })
    .returning({ id: ledgerCommitments.id });
  return row!.id;
}
