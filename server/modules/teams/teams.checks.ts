import type { Executor } from '../../platform/db/client.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { findDivision } from '../divisions/index.ts';
import { findUnitById } from '../units/index.ts';
import { findCadreInScope } from '../cadres/index.ts';
import type { TeamUpdateBody } from '../../../contracts/teams.ts';
import * as repo from './teams.repository.ts';
import { teamErrors } from './teams.errors.ts';
import { mayPlaceTeamIn } from './teams.policy.ts';
import { checkTerm, checkUnits, checkVillages } from './teams.rules.ts';

export function failOn(fields: FieldError[]): void {
  if (fields.length > 0) throw commonErrors.VALIDATION_FAILED(fields);
}

/** Each village is a village-level division inside the caller's region. */
async function checkVillagesExist(executor: Executor, principal: Principal, codes: readonly string[]): Promise<FieldError[]> {
  const found = [];
  for (const code of codes) found.push(await findDivision(executor, code));
  const errors: FieldError[] = [];
  found.forEach((division, index) => {
    const path = `villageCodes.${index}`;
    if (!division || division.level !== 'village') errors.push({ path, message: '驻村村庄须为村级行政区划' });
    else if (!mayPlaceTeamIn(principal, division.code)) errors.push({ path, message: '驻村村庄须在本辖区内' });
  });
  return errors;
}

/** A sending unit may sit anywhere (a provincial organ sends into a county); it must exist. */
async function checkUnitsExist(executor: Executor, unitIds: readonly string[]): Promise<FieldError[]> {
  const found = [];
  for (const unitId of unitIds) found.push(await findUnitById(executor, unitId));
  return found.flatMap((unit, index) => (unit ? [] : [{ path: `units.${index}.unitId`, message: '派出单位不存在' }]));
}

// Queries run one after another: inside a transaction they share one connection.

/** The fields a team's record carries, checked against the rules and the database. */
export async function checkTeamFields(executor: Executor, principal: Principal, body: TeamUpdateBody): Promise<void> {
  const ruleErrors = [...checkVillages(body.villageCodes), ...checkUnits(body.units), ...checkTerm(body.termStart, body.termEnd)];
  const villageErrors = await checkVillagesExist(executor, principal, body.villageCodes);
  const unitErrors = await checkUnitsExist(executor, body.units.map((u) => u.unitId));
  failOn([...ruleErrors, ...villageErrors, ...unitErrors]);
}

/** Cadres a clerk may post are those in her region (domain.md: a cadre's scope). */
export async function checkCadresInScope(executor: Executor, principal: Principal, cadreIds: readonly string[], pathOf: (index: number) => string): Promise<void> {
  const found = [];
  for (const cadreId of cadreIds) found.push(await findCadreInScope(executor, principal.scope, cadreId));
  failOn(found.flatMap((cadre, index) => (cadre ? [] : [{ path: pathOf(index), message: '干部不存在或不在管辖范围内' }])));
}

/** A cadre serves in at most one team at a time; the conflict names the team he is in. */
export async function checkCadresFree(executor: Executor, cadreIds: readonly string[], pathOf: (index: number) => string): Promise<void> {
  const busy = await repo.activeMembershipsOf(executor, cadreIds);
  if (busy.length === 0) return;
  const fields = cadreIds.flatMap((cadreId, index) => {
    const other = busy.find((b) => b.cadreId === cadreId);
    return other ? [{ path: pathOf(index), message: `该干部已在「${other.teamName}」驻村` }] : [];
  });
  throw teamErrors.TEAM_CADRE_BUSY(fields, { team: busy[0]!.teamName });
}

/**
 * Two clerks posting one cadre into two teams at once pass the check above together; the
 * database's one-active-team index stops the second, which is answered as a conflict, not a 500.
 */
export async function guardCadreTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause ?? (error as { code?: string; constraint?: string });
    if (cause.code === '23505' && cause.constraint === 'team_members_one_active_team_idx') throw teamErrors.TEAM_CADRE_TAKEN();
    throw error;
  }
}
