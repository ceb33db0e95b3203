import type { ModuleDefinition } from '../../platform/http/module.ts';
import { massRatingsRoutes } from './mass-ratings.routes.ts';

export { massRatingLinks, massRatingCodes, massRatings } from './mass-ratings.schema.ts';

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
