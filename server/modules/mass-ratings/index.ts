import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Executor } from '../../platform/db/client.ts';
import { massRatingsRoutes } from './mass-ratings.routes.ts';
import { countsByTeam } from './mass-ratings.service.ts';
import { isShown, noRatings, type RatingCounts } from './mass-ratings.rules.ts';

export { massRatingLinks, massRatingCodes, massRatings } from './mass-ratings.schema.ts';
export { openLink as openRatingLink, issueCodes as issueRatingCodes } from './mass-ratings.service.ts';
export { submitRating } from './mass-ratings-public.service.ts';
export { ratingCodeHasher, quarterOfDay, previousQuarter } from './mass-ratings.rules.ts';

export const massRatingsPermissions = ['mass_ratings.read', 'mass_ratings.manage'] as const;

/** domain.md §10: 群众评议 — villagers rate their team on a public page, one voice each, counted without exposing who said what. */
export const massRatingsModule: ModuleDefinition = {
  name: 'mass-ratings',
  permissions: massRatingsPermissions,
  grants: {
    township_party: ['mass_ratings.read', 'mass_ratings.manage'],
    county_org: ['mass_ratings.read', 'mass_ratings.manage'],
    city_org: ['mass_ratings.read'],
    discipline: ['mass_ratings.read'],
    team_leader: ['mass_ratings.read'],
    viewer: ['mass_ratings.read'],
  },
  routes: massRatingsRoutes,
};

export type TeamRatingFigures = RatingCounts & { shown: boolean };

/**
 * Each team's mass evaluation for a quarter, for evaluations, ledgers and statistics. Below the
 * minimum count the breakdown is zero and `shown` false, so no reader can pass on a few voices.
 */
export async function teamRatingSummary(executor: Executor, teamIds: readonly string[], year: number, quarter: number): Promise<Map<string, TeamRatingFigures>> {
  const counts = await countsByTeam(executor, teamIds, { year, quarter });
  const result = new Map<string, TeamRatingFigures>();
  for (const [teamId, c] of counts) result.set(teamId, isShown(c.count) ? { ...c, shown: true } : { ...noRatings, count: c.count, shown: false });
  return result;
}
