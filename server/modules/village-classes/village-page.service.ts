import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { VillagePage } from '../../../contracts/village-classes.ts';
import { divisionPaths, villageProfileOf } from '../divisions/index.ts';
import * as repo from './village-classes.repository.ts';
import * as page from './village-page.repository.ts';
import { mayClassify, mayEditProfile } from './village-classes.policy.ts';
import { presentClasses } from './village-classes.present.ts';
import { classYear } from './village-classes.rules.ts';

/**
 * The village as the county sees it: 村情, the classes year by year, the teams there now. A region's
 * account opens villages of its region; a unit's account the villages it answers for.
 */
export async function villagePage(ctx: Ctx, code: string): Promise<VillagePage> {
  requirePermission(ctx.principal, 'village_classes.read');
  const { scope } = ctx.principal;
  const reachable = codeInScope(scope, code) || (!!scope.unitId && (await repo.unitBacksVillage(ctx.db, scope.unitId, code)));
  if (!reachable) throw commonErrors.NOT_FOUND();
  const village = await repo.findVillage(ctx.db, code);
  if (!village) throw commonErrors.NOT_FOUND();
  const [paths, profile, classes, teams, counts] = await Promise.all([
    divisionPaths(ctx.db, [code]),
    villageProfileOf(ctx.db, code),
    repo.classesOfVillage(ctx.db, code),
    page.stationedTeams(ctx.db, code),
    page.villageCounts(ctx.db, code),
  ]);
  return {
    code,
    name: village.name,
    path: paths.get(code) ?? village.name,
    profile,
    currentYear: classYear(),
    classes: await presentClasses(ctx.db, ctx.principal, classes),
    teams,
    counts,
    abilities: { editProfile: mayEditProfile(ctx.principal, code), classify: mayClassify(ctx.principal, code) },
  };
}
