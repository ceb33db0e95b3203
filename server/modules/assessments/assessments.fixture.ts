import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../platform/http/context.ts';
import { evaluations, evaluationScores } from '../evaluations/index.ts';
import { criticisms } from '../inspections/index.ts';

/** A county's published quarterly evaluations, one total per cadre per quarter. */
export async function insertPublishedQuarters(deps: AppDeps, countyCode: string, year: number, totals: { cadreId: string; teamId: string; divisionCode: string; scores: number[] }[]): Promise<void> {
  for (let quarter = 1; quarter <= 4; quarter += 1) {
    const [evaluation] = await deps.db
      .insert(evaluations)
      .values({ divisionCode: countyCode, year, quarter, rubric: [], state: 'published', publishedAt: new Date() })
      .returning({ id: evaluations.id });
    const rows = totals
      .filter((t) => t.scores[quarter - 1] !== undefined)
      .map((t) => ({ evaluationId: evaluation!.id, cadreId: t.cadreId, teamId: t.teamId, divisionCode: t.divisionCode, itemKey: 'county', source: 'county' as const, score: String(t.scores[quarter - 1]) }));
    if (rows.length > 0) await deps.db.insert(evaluationScores).values(rows);
  }
}

export async function insertCriticism(deps: AppDeps, values: { cadreId: string; teamId: string; divisionCode: string; year: number }): Promise<void> {
  await deps.db.insert(criticisms).values({ ...values, rectificationId: randomUUID(), issuedOn: `${values.year}-06-01`, content: '查岗不在岗且逾期未整改' });
}
