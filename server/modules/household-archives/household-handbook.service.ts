import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { HandbookView } from '../../../contracts/household-archives.ts';
import { divisionNames } from '../divisions/index.ts';
import { listPersons } from '../households/index.ts';
import * as repo from './household-archives.repository.ts';
import { presentHandbook } from './household-handbook.present.ts';
import { ancestorsOfVillage, beijingToday } from './household-archives.rules.ts';
import { householdInScope } from './household-archives.service.ts';

const INCOME_YEARS = 3;

/** 扶贫手册 / 明白卡: everything printed for the household, audited like an export since it leaves the system on paper. */
export async function householdHandbook(ctx: Ctx, householdId: string): Promise<HandbookView> {
  requirePermission(ctx.principal, 'households.read');
  const household = await householdInScope(ctx, ctx.db, householdId);
  const today = beijingToday();
  const { county, township } = ancestorsOfVillage(household.divisionCode);
  const [names, members, incomes, indicators, measures, cadres] = await Promise.all([
    divisionNames(ctx.db, [county, township, household.divisionCode]),
    listPersons(ctx.db, household.id),
    repo.recentIncomes(ctx.db, household.id, INCOME_YEARS),
    repo.indicatorsOf(ctx.db, household.id),
    repo.measuresOf(ctx.db, household.id),
    repo.currentPairedCadres(ctx.db, household.id, today),
  ]);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'households.handbook',
    entityType: 'household',
    entityId: household.id,
    divisionCode: household.divisionCode,
    after: { members: members.length, measures: measures.length },
  });
  return presentHandbook({
    household,
    places: { county: names.get(county) ?? null, township: names.get(township) ?? null, village: names.get(household.divisionCode) ?? null },
    members,
    incomes,
    indicators,
    measures,
    cadres,
    printedOn: today,
  });
}
