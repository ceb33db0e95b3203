import type { Executor } from '../../platform/db/client.ts';
import { demandActions, type DemandAction, type DemandHistoryEntry, type DemandListItem } from '../../../contracts/demands.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './demands.repository.ts';
import { daysToSolve, isOverdue } from './demands.rules.ts';

export async function presentDemands(executor: Executor, rows: repo.DemandRow[], today: string): Promise<DemandListItem[]> {
  const [villages, families, cadreNames] = await Promise.all([
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
    repo.householderNames(executor, rows.flatMap((r) => (r.householdId ? [r.householdId] : []))),
    repo.cadreNames(executor, rows.flatMap((r) => (r.assignedCadreId ? [r.assignedCadreId] : []))),
  ]);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: villages.get(r.divisionCode) ?? null,
    householdId: r.householdId,
    householderName: r.householdId ? (families.get(r.householdId) ?? null) : null,
    raisedBy: r.raisedBy,
    raisedOn: r.raisedOn,
    category: r.category as DemandListItem['category'],
    content: r.content,
    state: r.state,
    assignedCadreId: r.assignedCadreId,
    assignedCadreName: r.assignedCadreId ? (cadreNames.get(r.assignedCadreId) ?? null) : null,
    assignedOn: r.assignedOn,
    dueOn: r.dueOn,
    solvedOn: r.solvedOn,
    solution: r.solution,
    closedReason: r.closedReason,
    daysToSolve: daysToSolve(r),
    overdue: isOverdue(r, today),
    createdAt: r.createdAt.toISOString(),
  }));
}

type TrailRow = { action: string; actorName: string | null; at: Date; after: unknown };

function field(after: unknown, name: string): string | null {
  if (!after || typeof after !== 'object') return null;
  const value = (after as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/** 谁在何时分派、办结: each audited step of the demand with what it set. */
export async function presentHistory(executor: Executor, trail: TrailRow[]): Promise<DemandHistoryEntry[]> {
  const steps = trail.filter((row) => (demandActions as readonly string[]).includes(row.action.replace(/^demands\./, '')));
  const names = await repo.cadreNames(executor, steps.flatMap((s) => field(s.after, 'assignedCadreId') ?? []));
  return steps.map((step) => {
    const action = step.action.replace(/^demands\./, '') as DemandAction;
    const cadreId = field(step.after, 'assignedCadreId');
    return {
      action,
      actorName: step.actorName,
      at: step.at.toISOString(),
      cadreName: action === 'assign' && cadreId ? (names.get(cadreId) ?? null) : null,
      dueOn: action === 'assign' ? field(step.after, 'dueOn') : null,
      date: action === 'raise' ? field(step.after, 'raisedOn') : action === 'solve' ? field(step.after, 'solvedOn') : null,
      text: action === 'solve' ? field(step.after, 'solution') : action === 'close' ? field(step.after, 'closedReason') : null,
    };
  });
}
