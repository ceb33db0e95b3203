import { and, eq, isNull, sql } from 'drizzle-orm';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { withinDivision } from '../../server/platform/access/scope.ts';
import {
  adjustScore,
  confirmEvaluation,
  evaluations,
  evaluationScores,
  openEvaluation,
  publishEvaluation,
  quarterOfDay,
  saveScores,
} from '../../server/modules/evaluations/index.ts';
import type { DemoWorld } from './demo-world.ts';

/** 会泽县 (domain.md §10 [003]: the county whose organization department runs the quarterly evaluation). */
const HUIZE = '530326000000';
const NAGU_PREFIX = '530326102';

function previousQuarter(q: { year: number; quarter: number }) {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: q.quarter - 1 };
}

async function exists(world: DemoWorld, q: { year: number; quarter: number }): Promise<boolean> {
  const [row] = await world.deps.db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.divisionCode, HUIZE), eq(evaluations.year, q.year), eq(evaluations.quarter, q.quarter)));
  return row !== undefined;
}

/** A score between 70 % and 100 % of the item's weight, the same for the same cadre and item on every run. */
const steadyShare = (max: number) =>
  sql`round((${max} * (0.7 + 0.3 * get_byte(decode(md5(${evaluationScores.cadreId}::text || ${evaluationScores.itemKey}), 'hex'), 0) / 255.0))::numeric, 2)`;

/**
 * A quarter scored by everyone: 娜姑镇's party committee scores its cadres through the service; the
 * other townships, which have no demo account, and the county's own items are written as given.
 */
async function scoredQuarter(world: DemoWorld, q: { year: number; quarter: number }) {
  const county = await world.as('huize-org');
  const township = await world.as('nagu-party');
  const db = world.deps.db;
  const opened = await openEvaluation(county, { divisionCode: HUIZE, ...q });
  const nagu = await db
    .select()
    .from(evaluationScores)
    .where(and(eq(evaluationScores.evaluationId, opened.id), eq(evaluationScores.source, 'township'), withinDivision(evaluationScores.divisionCode, NAGU_PREFIX)));
  const max = (key: string) => opened.rubric.find((item) => item.key === key)?.maxScore ?? 0;
  if (nagu.length > 0) {
    await saveScores(
      township,
      opened.id,
      nagu.map((row) => ({ cadreId: row.cadreId, itemKey: row.itemKey, score: Math.round(max(row.itemKey) * (0.75 + 0.25 * world.random.next()) * 2) / 2 })),
    );
  }
  for (const item of opened.rubric) {
    const pending = and(eq(evaluationScores.evaluationId, opened.id), eq(evaluationScores.itemKey, item.key), isNull(evaluationScores.score));
    await db
      .update(evaluationScores)
      .set({ score: steadyShare(item.maxScore), scoredAt: new Date(), scoredBy: sql`case when ${evaluationScores.source} = 'county' then ${county.principal.accountId}::uuid else null end` })
      .where(pending);
  }
  return { county, opened, max };
}

/** The quarter before: scored, one score adjusted with its reason, confirmed and published. */
async function publishedQuarter(world: DemoWorld, q: { year: number; quarter: number }): Promise<void> {
  const { county, opened, max } = await scoredQuarter(world, q);
  const db = world.deps.db;
  const [leader] = await db.select({ cadreId: accounts.cadreId }).from(accounts).where(eq(accounts.username, 'tuoche-leader'));
  const [target] = await db
    .select()
    .from(evaluationScores)
    .where(and(eq(evaluationScores.evaluationId, opened.id), eq(evaluationScores.itemKey, 'presence_days'), leader?.cadreId ? eq(evaluationScores.cadreId, leader.cadreId) : withinDivision(evaluationScores.divisionCode, NAGU_PREFIX)))
    .limit(1);
  if (target) {
    await adjustScore(county, opened.id, {
      cadreId: target.cadreId,
      itemKey: 'presence_days',
      score: Math.min(max('presence_days'), Number(target.score ?? 0) + 2),
      reason: '参加县委组织部集中培训 6 天，经核实按在村计算',
    });
  }
  await confirmEvaluation(county, opened.id);
  await publishEvaluation(county, opened.id);
}

/**
 * [003] 季度综合测评 of 会泽县 as the county finds it in the weeks after a quarter: the quarter before
 * published (with one adjustment), the last quarter computed and scored by the townships and the
 * county, waiting for the county to adjust what it must and confirm. Each quarter is written once.
 */
export async function seedEvaluations(world: DemoWorld): Promise<number> {
  const last = previousQuarter(quarterOfDay(world.today));
  const before = previousQuarter(last);
  let written = 0;
  if (!(await exists(world, before))) {
    await publishedQuarter(world, before);
    written += 1;
  }
  if (!(await exists(world, last))) {
    await scoredQuarter(world, last);
    written += 1;
  }
  return written;
}
