import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppError } from '../../platform/errors/app-error.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { maskIdNumber, maskPhone } from '../../platform/audit/redact.ts';
import { checkIdentity, validateIdNumber } from '../../../contracts/identity.ts';
import type { MemberBody } from '../../../contracts/households.ts';
import { divisionNames } from '../divisions/index.ts';
import * as parts from './household-parts.repository.ts';
import { householdErrors, householdLabel } from './households.errors.ts';

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidates = [error, (error as { cause?: unknown })?.cause] as { code?: string; constraint?: string }[];
  return candidates.some((c) => c?.code === '23505' && (!constraint || c.constraint === constraint));
}

export const PERSON_ID_INDEX = 'household_persons_id_number_idx';

/**
 * The stored columns of a member: the ID number encrypted, fingerprinted and masked, the birth date
 * read from it. The contract has checked it already; checking again here keeps the service safe for
 * callers other than the routes.
 */
export function personIdentity(ctx: Ctx, idNumber: string, gender: 'male' | 'female', birthDate: string | null | undefined, path: string) {
  const issues = checkIdentity({ idNumber, gender, birthDate: birthDate ?? null });
  const facts = validateIdNumber(idNumber);
  if (issues.length > 0 || !facts.ok) throw commonErrors.VALIDATION_FAILED(issues.map((i) => ({ path: `${path}${i.path}`, message: i.message })));
  return {
    birthDate: facts.facts.birthDate,
    idNumberHash: ctx.deps.cipher.fingerprint(facts.facts.idNumber),
    idNumberCipher: ctx.deps.cipher.encrypt(facts.facts.idNumber),
    idNumberMasked: maskIdNumber(facts.facts.idNumber),
  };
}

export function phoneColumns(ctx: Ctx, phone: string | null | undefined) {
  return phone ? { phoneCipher: ctx.deps.cipher.encrypt(phone), phoneMasked: maskPhone(phone) } : { phoneCipher: null, phoneMasked: null };
}

/** The plain (non-identifying) columns of a member as the form sends them. */
export function memberColumns(body: Omit<MemberBody, 'idNumber'>) {
  return {
    name: body.name,
    relation: body.relation,
    gender: body.gender,
    ethnicity: body.ethnicity ?? null,
    health: body.health,
    disabilityGrade: body.disabilityGrade ?? null,
    labourAbility: body.labourAbility,
    schooling: body.schooling,
    inSchool: body.inSchool,
    workingAway: body.workingAway,
    workPlace: body.workPlace ?? null,
    medicalInsured: body.medicalInsured,
    pensionInsured: body.pensionInsured,
  };
}

/**
 * A 409 on the first of these fingerprints already held by someone outside `exceptPersonId`, naming
 * the household that holds it; undefined when all are free. `paths` maps a fingerprint to its field.
 */
export async function personTakenError(executor: Executor, paths: Map<string, string>, exceptPersonId?: string): Promise<AppError | undefined> {
  const holders = (await parts.findHoldersByHash(executor, [...paths.keys()])).filter((h) => h.personId !== exceptPersonId);
  if (holders.length === 0) return undefined;
  const names = await divisionNames(executor, holders.map((h) => h.household.divisionCode));
  const fields = holders.map((h) => {
    const label = householdLabel(h.household.householderName, h.household.code, names.get(h.household.divisionCode) ?? null);
    return { path: paths.get(h.hash)!, message: `该身份证号已登记在${label}，一人只能在一户` };
  });
  const first = holders[0]!;
  return householdErrors.HOUSEHOLD_PERSON_TAKEN(fields, {
    household: householdLabel(first.household.householderName, first.household.code, names.get(first.household.divisionCode) ?? null),
  });
}
