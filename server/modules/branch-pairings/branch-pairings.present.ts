import type { Executor } from '../../platform/db/client.ts';
import type { ActivityView, PairingView } from '../../../contracts/branch-pairings.ts';
import { divisionNames } from '../divisions/index.ts';
import type { ActivityRow, PairingListRow } from './branch-pairings.repository.ts';

export async function presentPairings(executor: Executor, rows: PairingListRow[]): Promise<PairingView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.villageDivision))]);
  return rows.map((r) => ({
    id: r.pairing.id,
    organBranch: { id: r.pairing.organBranchId, name: r.organName, divisionCode: r.organDivision, memberCount: r.organMembers, unitId: r.organUnitId, unitName: r.unitName },
    villageBranch: {
      id: r.pairing.villageBranchId,
      name: r.villageName,
      divisionCode: r.villageDivision,
      memberCount: r.villageMembers,
      villageName: names.get(r.villageDivision) ?? null,
    },
    unitId: r.pairing.unitId,
    divisionCode: r.pairing.divisionCode,
    startedOn: r.pairing.startedOn,
    endedOn: r.pairing.endedOn,
    goals: r.pairing.goals,
    redFlagStep: r.redFlagStep,
    activityCount: r.activityCount,
    amount: r.amount,
    createdAt: r.pairing.createdAt.toISOString(),
  }));
}

export function presentActivity(row: ActivityRow): ActivityView {
  return {
    id: row.id,
    pairingId: row.pairingId,
    kind: row.kind,
    happenedOn: row.happenedOn,
    description: row.description,
    quantity: row.quantity,
    measure: row.measure,
    amount: row.amount,
    createdAt: row.createdAt.toISOString(),
  };
}
