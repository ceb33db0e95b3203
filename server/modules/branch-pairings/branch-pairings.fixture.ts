import type { AppDeps } from '../../platform/http/context.ts';
import { partyOrgs } from '../party-orgs/index.ts';
import { branchPairings } from './branch-pairings.schema.ts';

/** A party branch written directly, so pairing tests need not set up the party-orgs module's tree. */
export async function insertBranch(deps: AppDeps, values: { name: string; divisionCode: string; unitId?: string | null; kind?: 'branch' | 'committee' }): Promise<string> {
  const [row] = await deps.db
    .insert(partyOrgs)
    .values({ name: values.name, kind: values.kind ?? 'branch', divisionCode: values.divisionCode, unitId: values.unitId ?? null })
    .returning({ id: partyOrgs.id });
  return row!.id;
}

export async function insertPairing(deps: AppDeps, values: { organBranchId: string; villageBranchId: string; unitId: string; divisionCode: string; startedOn?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(branchPairings)
    .values({ ...values, startedOn: values.startedOn ?? '2020-04-01', goals: '建强村党支部' })
    .returning({ id: branchPairings.id });
  return row!.id;
}
