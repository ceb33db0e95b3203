import type { Executor } from '../../platform/db/client.ts';
import type { DisputeListItem, MediationView } from '../../../contracts/disputes.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './disputes.repository.ts';
import { disputeAge } from './disputes.rules.ts';

export async function presentDisputes(executor: Executor, rows: repo.DisputeRow[], today: string): Promise<DisputeListItem[]> {
  const [villages, counts] = await Promise.all([
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
    repo.mediationCounts(executor, rows.map((r) => r.id)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: villages.get(r.divisionCode) ?? null,
    title: r.title,
    category: r.category as DisputeListItem['category'],
    parties: r.parties,
    description: r.description,
    startedOn: r.startedOn,
    reportedOn: r.reportedOn,
    state: r.state,
    resolvedOn: r.resolvedOn,
    outcome: r.outcome,
    ageYears: disputeAge(r, today),
    mediationCount: counts.get(r.id) ?? 0,
    createdAt: r.createdAt.toISOString(),
  }));
}

export function presentMediations(rows: repo.MediationRow[]): MediationView[] {
  return rows.map((m) => ({ id: m.id, mediatedOn: m.mediatedOn, mediators: m.mediators, content: m.content, result: m.result, createdAt: m.createdAt.toISOString() }));
}
