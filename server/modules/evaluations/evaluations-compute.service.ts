import type { Executor } from '../../platform/db/client.ts';
import { massRatingMinCount, type RubricItem, type ScoreEvidence } from '../../../contracts/evaluation-codes.ts';
import * as evidence from './evaluations-evidence.repository.ts';
import type { NewScoreRow } from './evaluations.repository.ts';
import { quarterSpan, scoreItem, type CadreFacts } from './evaluations.rules.ts';

export type Quarter = { id: string; divisionCode: string; year: number; quarter: number; rubric: RubricItem[] };

function linksFor(item: RubricItem, who: evidence.Serving, span: evidence.Span, year: number, quarter: number): ScoreEvidence['links'] {
  const cadre = `cadreId=${who.cadreId}`;
  const range = `from=${span.from}&to=${span.to}`;
  switch (item.method) {
    case 'presence_days':
      return span.months.map((month) => ({ label: `${month} 在岗登记`, href: `/presence?${cadre}&month=${month}` }));
    case 'leave':
      return [{ label: '请销假记录', href: `/leave?${cadre}&${range}` }];
    case 'inspection_findings':
      return [{ label: '督查记录', href: `/inspections?${cadre}&${range}` }];
    case 'criticisms':
      return [{ label: '通报批评', href: `/inspections/criticisms?${cadre}&${range}` }];
    case 'visits':
      return [{ label: '走访覆盖', href: `/visits/coverage?quarter=${year}Q${quarter}&divisionCode=${who.divisionCode}` }];
    case 'diaries':
      return [{ label: '民情日记', href: `/diaries?${cadre}&${range}` }];
    case 'reports_on_time':
      return [{ label: '月报报送情况', href: `/reports?teamId=${who.teamId}&kind=monthly_report&${range}` }];
    case 'org_life':
      return [{ label: '组织生活记录', href: `/org-life?divisionCode=${who.divisionCode}&${range}` }];
    case 'mass_rating':
      return [{ label: '群众评议', href: `/mass-ratings?teamId=${who.teamId}&year=${year}&quarter=${quarter}` }];
    case 'township_score':
    case 'county_score':
      return [];
  }
}

/** Every figure the rubric can ask for, read in one query per source for the whole county. */
async function gatherFacts(tx: Executor, q: Quarter, serving: evidence.Serving[], today: string): Promise<Map<string, CadreFacts>> {
  const span = quarterSpan(q.year, q.quarter);
  const cadreIds = serving.map((s) => s.cadreId);
  const teamIds = [...new Set(serving.map((s) => s.teamId))];
  const [presence, leave, absences, criticisms, diaries, coverage, reports, meetings, ratings] = await Promise.all([
    evidence.presenceByCadre(tx, cadreIds, span),
    evidence.unreportedLeaveByCadre(tx, cadreIds, span, today),
    evidence.absencesByCadre(tx, cadreIds, span),
    evidence.criticismsByCadre(tx, cadreIds, span),
    evidence.diariesByCadre(tx, cadreIds, span),
    evidence.coverageByVillage(tx, q.divisionCode, span),
    evidence.reportsOnTimeByTeam(tx, teamIds, span),
    evidence.meetingsByCadre(tx, q.divisionCode, cadreIds, span),
    evidence.ratingsByTeam(tx, teamIds, q.year, q.quarter),
  ]);
  return new Map(
    serving.map((s) => [
      s.cadreId,
      {
        presenceDays: presence.get(s.cadreId) ?? 0,
        unreportedLeave: leave.get(s.cadreId) ?? 0,
        absences: absences.get(s.cadreId) ?? 0,
        criticisms: criticisms.get(s.cadreId) ?? 0,
        diaries: diaries.get(s.cadreId) ?? 0,
        households: coverage.get(s.divisionCode)?.households ?? 0,
        visited: coverage.get(s.divisionCode)?.visited ?? 0,
        reportsOnTime: reports.get(s.teamId) ?? 0,
        meetings: meetings.get(s.cadreId) ?? 0,
        ratings: ratings.get(s.teamId) ?? { satisfied: 0, fairly_satisfied: 0, dissatisfied: 0 },
      },
    ]),
  );
}

/** The score rows of a quarter as the evidence stands today: one per cadre in post and rubric item. */
export async function computeRows(tx: Executor, q: Quarter, today: string): Promise<NewScoreRow[]> {
  const span = quarterSpan(q.year, q.quarter);
  const serving = await evidence.servingCadres(tx, q.divisionCode, span);
  if (serving.length === 0) return [];
  const facts = await gatherFacts(tx, q, serving, today);
  const rows: NewScoreRow[] = [];
  for (const who of serving) {
    for (const item of q.rubric) {
      const outcome = scoreItem(item, facts.get(who.cadreId)!, massRatingMinCount);
      const scored = outcome.computedScore === null ? null : outcome.computedScore.toFixed(2);
      rows.push({
        evaluationId: q.id,
        cadreId: who.cadreId,
        teamId: who.teamId,
        divisionCode: who.divisionCode,
        itemKey: item.key,
        source: outcome.source,
        computedScore: scored,
        score: scored,
        evidence: { figures: outcome.figures, links: outcome.source === 'computed' ? linksFor(item, who, span, q.year, q.quarter) : [] },
      });
    }
  }
  return rows;
}
