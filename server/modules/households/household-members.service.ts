import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { MemberBody, MemberUpdateBody, MemberView, RevealBody } from '../../../contracts/households.ts';
import * as repo from './households.repository.ts';
import * as parts from './household-parts.repository.ts';
import { accessOf } from './households.policy.ts';
import { auditViewOf, presentMember } from './households.present.ts';
import { householdErrors } from './households.errors.ts';
import { PERSON_ID_INDEX, isUniqueViolation, memberColumns, personIdentity, personTakenError, phoneColumns } from './households.shared.ts';

const oneHouseholder = () => householdErrors.HOUSEHOLD_HOUSEHOLDER([{ path: 'relation', message: '每户必须有且只有一名户主' }]);

/** Runs a member write on a household the caller may change, locked so two edits of its members queue. */
async function withHousehold<T>(ctx: Ctx, householdId: string, work: (tx: Tx, household: repo.HouseholdRow) => Promise<T>): Promise<T> {
  requirePermission(ctx.principal, 'households.write');
  return ctx.db.transaction(async (tx) => {
    const household = await repo.findVisibleHousehold(tx, accessOf(ctx), householdId, true);
    if (!household) throw commonErrors.NOT_FOUND();
    return work(tx, household);
  });
}

async function rethrowTaken(ctx: Ctx, error: unknown, hash: string | undefined, exceptPersonId?: string): Promise<never> {
  if (hash && isUniqueViolation(error, PERSON_ID_INDEX)) throw (await personTakenError(ctx.db, new Map([[hash, 'idNumber']]), exceptPersonId)) ?? commonErrors.CONFLICT();
  throw error;
}

export async function addMember(ctx: Ctx, householdId: string, body: MemberBody): Promise<MemberView> {
  const identity = personIdentity(ctx, body.idNumber, body.gender, body.birthDate, '');
  try {
    const row = await withHousehold(ctx, householdId, async (tx, household) => {
      if (body.relation === 'householder') throw oneHouseholder();
      const taken = await personTakenError(tx, new Map([[identity.idNumberHash, 'idNumber']]));
      if (taken) throw taken;
      const [person] = await parts.insertPersons(tx, [
        { ...memberColumns(body), ...identity, ...phoneColumns(ctx, body.phone), householdId, divisionCode: household.divisionCode },
      ]);
      await parts.syncMemberCount(tx, householdId);
      await recordAudit(tx, ctx.actor, { action: 'households.member.add', entityType: 'household', entityId: householdId, divisionCode: household.divisionCode, after: auditViewOf(person!) });
      return person!;
    });
    return presentMember(row);
  } catch (error) {
    return rethrowTaken(ctx, error, identity.idNumberHash);
  }
}

export async function updateMember(ctx: Ctx, householdId: string, personId: string, body: MemberUpdateBody): Promise<MemberView> {
  const identity = body.idNumber ? personIdentity(ctx, body.idNumber, body.gender, body.birthDate, '') : undefined;
  try {
    const row = await withHousehold(ctx, householdId, async (tx, household) => {
      const before = await parts.findPersonOfHousehold(tx, householdId, personId);
      if (!before) throw commonErrors.NOT_FOUND();
      // Who heads the household changes through its own procedure, never as a side effect of an edit.
      if ((before.relation === 'householder') !== (body.relation === 'householder')) throw oneHouseholder();
      if (identity) {
        const taken = await personTakenError(tx, new Map([[identity.idNumberHash, 'idNumber']]), personId);
        if (taken) throw taken;
      } else {
        personIdentity(ctx, ctx.deps.cipher.decrypt(before.idNumberCipher), body.gender, body.birthDate, '');
      }
      const phone = body.phone === undefined ? {} : phoneColumns(ctx, body.phone);
      const after = await parts.updatePerson(tx, personId, { ...memberColumns(body), ...(identity ?? {}), ...phone });
      if (after.relation === 'householder' && after.name !== household.householderName) {
        await repo.updateHouseholdRow(tx, householdId, { householderName: after.name, pinyin: pinyinOf(after.name).pinyin });
      }
      await recordAudit(tx, ctx.actor, {
        action: 'households.member.update',
        entityType: 'household',
        entityId: householdId,
        divisionCode: household.divisionCode,
        before: auditViewOf(before),
        after: auditViewOf(after),
      });
      return after;
    });
    return presentMember(row);
  } catch (error) {
    return rethrowTaken(ctx, error, identity?.idNumberHash, personId);
  }
}

export async function removeMember(ctx: Ctx, householdId: string, personId: string): Promise<void> {
  await withHousehold(ctx, householdId, async (tx, household) => {
    const before = await parts.findPersonOfHousehold(tx, householdId, personId);
    if (!before) throw commonErrors.NOT_FOUND();
    if (before.relation === 'householder') throw householdErrors.HOUSEHOLD_HOUSEHOLDER_DELETE();
    await parts.deletePerson(tx, personId);
    await parts.syncMemberCount(tx, householdId);
    await recordAudit(tx, ctx.actor, { action: 'households.member.remove', entityType: 'household', entityId: householdId, divisionCode: household.divisionCode, before: auditViewOf(before) });
  });
}

/** Shows one member's ID number in clear to someone who keeps the registry, with the typed reason audited. */
export async function revealIdNumber(ctx: Ctx, householdId: string, personId: string, body: RevealBody): Promise<{ value: string }> {
  requirePermission(ctx.principal, 'households.reveal');
  const household = await repo.findVisibleHousehold(ctx.db, accessOf(ctx), householdId);
  if (!household) throw commonErrors.NOT_FOUND();
  const person = await parts.findPersonOfHousehold(ctx.db, householdId, personId);
  if (!person) throw commonErrors.NOT_FOUND();
  const value = ctx.deps.cipher.decrypt(person.idNumberCipher);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'households.reveal',
    entityType: 'household_person',
    entityId: person.id,
    divisionCode: household.divisionCode,
    reason: body.reason,
    after: { field: 'idNumber', householdId },
  });
  return { value };
}
