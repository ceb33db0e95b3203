import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { teams, teamVillages } from '../../server/modules/teams/index.ts';
import { issueRatingCodes, massRatingCodes, massRatingLinks, openRatingLink, previousQuarter, quarterOfDay, ratingCodeHasher, submitRating } from '../../server/modules/mass-ratings/index.ts';
import type { KeepOrAdjust, Satisfaction } from '../../contracts/evaluation-codes.ts';
import type { DemoWorld } from './demo-world.ts';

const CHANGLIU = '440981101207';
const TUOCHE = '530326102204';
const HUIZE_PREFIX = '530326';
const HUIZE_TEAMS = 30;

/**
 * The demo's own rating codes for 长流村, listed in the README like the demo passwords: kept as
 * hashes like any code, left unused so a visitor can rate the team once with each.
 */
export const demoRatingCodes = ['CHANGLU2', 'CHANGLU3', 'CHANGLU4'] as const;

const COMMENTS = ['工作队经常入户走访，办实事', '产业路修通了，感谢工作队', '希望多帮助村里发展集体经济', '驻村干部很负责', '希望加强村里的环境整治'];

/** The middle of a past quarter, noon in Beijing: the day its demo voices are given. */
function dayIn(year: number, quarter: number): Date {
  return new Date(Date.UTC(year, (quarter - 1) * 3 + 1, 15, 4));
}

/** Mostly 满意, some 基本满意, a few 不满意; a dissatisfied voice leans to 建议调整. */
function voice(world: DemoWorld): { satisfaction: Satisfaction; keepOrAdjust: KeepOrAdjust; comment?: string } {
  const roll = world.random.next();
  const satisfaction: Satisfaction = roll < 0.75 ? 'satisfied' : roll < 0.93 ? 'fairly_satisfied' : 'dissatisfied';
  const keepOrAdjust: KeepOrAdjust = satisfaction === 'dissatisfied' ? (world.random.chance(0.7) ? 'adjust' : 'keep') : world.random.chance(0.96) ? 'keep' : 'adjust';
  const comment = world.random.chance(0.15) ? COMMENTS[world.random.int(0, COMMENTS.length - 1)] : undefined;
  return { satisfaction, keepOrAdjust, ...(comment ? { comment } : {}) };
}

async function teamsOfVillage(world: DemoWorld, village: string): Promise<string[]> {
  const rows = await world.deps.db.select({ id: teamVillages.teamId }).from(teamVillages).where(eq(teamVillages.divisionCode, village));
  return rows.map((r) => r.id);
}

async function huizeTeams(world: DemoWorld): Promise<string[]> {
  const rows = await world.deps.db
    .select({ id: teams.id })
    .from(teams)
    .where(and(like(teams.divisionCode, `${HUIZE_PREFIX}%`), eq(teams.status, 'active')))
    .orderBy(asc(teams.divisionCode), asc(teams.id))
    .limit(HUIZE_TEAMS);
  return rows.map((r) => r.id);
}

/**
 * 群众评议 for the demo: 长流村's and 拖车村's teams and some thirty teams of 会泽县 get a rating page
 * and codes, and this quarter's and last quarter's voices are cast through the public service with
 * the codes printed, so used codes and ratings agree. 长流村 keeps unused codes (and the three demo
 * codes) for a visitor. A team whose page is open already is left alone, so a second run writes nothing.
 */
export async function seedMassRatings(world: DemoWorld): Promise<number> {
  const changliu = await teamsOfVillage(world, CHANGLIU);
  if (changliu.length === 0) throw new Error('seedMassRatings: no team in 长流村 (440981101207); load the Maoming demo first');
  const huize = [...new Set([...(await teamsOfVillage(world, TUOCHE)), ...(await huizeTeams(world))])];
  const opened = await world.deps.db.select({ teamId: massRatingLinks.teamId }).from(massRatingLinks).where(inArray(massRatingLinks.teamId, [...changliu, ...huize]));
  const done = new Set(opened.map((o) => o.teamId));
  const current = quarterOfDay(world.today);
  const quarters = [previousQuarter(current), current];
  let written = 0;

  for (const [username, teamIds] of [['gaozhou-org', changliu], ['huize-org', huize]] as const) {
    const ctx = await world.as(username);
    for (const teamId of teamIds.filter((id) => !done.has(id))) {
      const link = await openRatingLink(ctx, teamId);
      const counts = quarters.map(() => world.random.int(12, 40));
      const spare = changliu.includes(teamId) ? 20 : 0;
      const batch = await issueRatingCodes(ctx, teamId, { count: counts[0]! + counts[1]! + spare });
      let next = 0;
      for (const [i, q] of quarters.entries()) {
        const on = q === current ? new Date(`${world.today}T04:00:00Z`) : dayIn(q.year, q.quarter);
        for (let n = 0; n < counts[i]!; n += 1) {
          await submitRating(world.deps, link.token, { code: batch.codes[next]!, ...voice(world) }, on);
          next += 1;
          written += 1;
        }
      }
      if (changliu.includes(teamId)) {
        const hash = ratingCodeHasher(world.deps.config.dataKey);
        const team = await world.deps.db.select({ divisionCode: teams.divisionCode }).from(teams).where(eq(teams.id, teamId));
        await world.deps.db
          .insert(massRatingCodes)
          .values(demoRatingCodes.map((code) => ({ teamId, divisionCode: team[0]!.divisionCode, batchId: randomUUID(), codeHash: hash(code) })))
          .onConflictDoNothing();
      }
    }
  }
  return written;
}
