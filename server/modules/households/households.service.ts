import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import type {
  HouseholdCreateBody,
  HouseholdListItem,
  HouseholdListQuery,
  HouseholdUpdateBody,
  HouseholdView,
  LookupResponse,
} from '../../../contracts/households.ts';
import { normalizeIdNumber } from '../../../contracts/identity.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import * as repo from './households.repository.ts';
import * as parts from './household-parts.repository.ts';
import { accessOf } from './households.policy.ts';
import { auditViewOf, presentHousehold, presentHouseholds } from './households.present.ts';
import { indicatorIssues, isoDay } from './households.rules.ts';
import { householdErrors } from './households.errors.ts';
import { PERSON_ID_INDEX, isUniqueViolation, memberColumns, personIdentity, personTakenError, phoneColumns } from './households.shared.ts';

const codeTaken = () => householdErrors.HOUSEHOLD_CODE_TAKEN([{ path: 'code', message: '户编码已被使用' }]);

export async function listHouseholds(ctx: Ctx, query: HouseholdListQuery): Promise<ListResult<HouseholdListItem>> {
  requirePermission(ctx.principal, 'households.read');
  const result = await repo.listHouseholds(ctx.db, accessOf(ctx), query);
  return { items: await presentHouseholds(ctx, result.items), total: result.total };
}

/** The household if the caller may see it; otherwise 404, as if it did not exist. */
export async function visibleHousehold(ctx: Ctx, householdId: string): Promise<repo.HouseholdRow> {
  requirePermission(ctx.principal, 'households.read');
  const row = await repo.findVisibleHousehold(ctx.db, accessOf(ctx), householdId);
  if (!row) throw commonErrors.NOT_FOUND();
  return row;
}

export async function getHousehold(ctx: Ctx, householdId: string): Promise<HouseholdView> {
  return presentHousehold(ctx, await visibleHousehold(ctx, householdId));
}

function householdColumns(body: HouseholdUpdateBody) {
  return {
    code: body.code,
    address: body.address ?? null,
    group: body.group ?? null,
    attribute: body.attribute,
    mainCause: body.mainCause ?? null,
    secondaryCauses: [...new Set(body.secondaryCauses)].filter((c) => c !== body.mainCause),
    housingGrade: body.housingGrade ?? null,
    relocated: body.relocated,
    relocationSite: body.relocated ? (body.relocationSite ?? null) : null,
    note: body.note ?? null,
  };
}

export async function createHousehold(ctx: Ctx, body: HouseholdCreateBody): Promise<HouseholdView> {
  requirePermission(ctx.principal, 'households.write');
  const village = codeInScope(ctx.principal.scope, body.divisionCode) ? await findDivision(ctx.db, body.divisionCode) : undefined;
  if (!village || village.level !== 'village') throw householdErrors.HOUSEHOLD_DIVISION([{ path: 'divisionCode', message: '所选村不存在或不在您的管辖范围内' }]);
  const householder = body.members.find((m) => m.relation === 'householder');
  if (!householder || body.members.filter((m) => m.relation === 'householder').length !== 1) {
    throw householdErrors.HOUSEHOLD_HOUSEHOLDER([{ path: 'members', message: '每户必须有且只有一名户主' }]);
  }
  const members = body.members.map((m, i) => ({ ...memberColumns(m), ...personIdentity(ctx, m.idNumber, m.gender, m.birthDate, `members.${i}.`), ...phoneColumns(ctx, m.phone) }));
  const today = isoDay();
  const issues = body.indicators.flatMap((indicator, i) =>
    indicatorIssues(indicator, { housingGrade: body.housingGrade ?? null, members, today }, `indicators.${i}.`),
  );
  if (issues.length > 0) throw householdErrors.HOUSEHOLD_INDICATOR(issues);
  const paths = new Map(members.map((m, i) => [m.idNumberHash, `members.${i}.idNumber`]));
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const taken = await personTakenError(tx, paths);
      if (taken) throw taken;
      if (await repo.findHouseholdByCode(tx, body.code)) throw codeTaken();
      const household = await repo.insertHouseholdRow(tx, {
        ...householdColumns(body),
        ...phoneColumns(ctx, body.phone),
        divisionCode: body.divisionCode,
        householderName: householder.name,
        pinyin: pinyinOf(householder.name).pinyin,
        // Status belongs to the identification workflow; a household only watched is never a poor one.
        status: body.attribute === 'non_poor' ? 'non_poor' : 'new',
        memberCount: members.length,
        createdBy: ctx.principal.accountId,
      });
      await parts.insertPersons(tx, members.map((m) => ({ ...m, householdId: household.id, divisionCode: household.divisionCode })));
      if (body.income) {
        const { year, ...sources } = body.income;
        await parts.upsertIncome(tx, { householdId: household.id, year, ...sources, members: members.length });
      }
      for (const indicator of body.indicators) {
        await parts.upsertIndicator(tx, {
          householdId: household.id,
          indicator: indicator.indicator,
          status: indicator.status,
          evidence: indicator.evidence ?? null,
          evidenceFileId: indicator.evidenceFileId ?? null,
          verifier: indicator.verifier ?? null,
          verifiedOn: indicator.verifiedOn ?? null,
        });
      }
      await recordAudit(tx, ctx.actor, {
        action: 'households.create',
        entityType: 'household',
        entityId: household.id,
        divisionCode: household.divisionCode,
        after: { ...auditViewOf(household), members: members.map((m) => ({ name: m.name, relation: m.relation, idNumber: m.idNumberMasked })) },
      });
      return household;
    });
    return presentHousehold(ctx, row);
  } catch (error) {
    // Two clerks registering the same person at once: the unique fingerprint decides, and the loser is told where he went.
    if (isUniqueViolation(error, PERSON_ID_INDEX)) throw (await personTakenError(ctx.db, paths)) ?? commonErrors.CONFLICT();
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

export async function updateHousehold(ctx: Ctx, householdId: string, body: HouseholdUpdateBody): Promise<HouseholdView> {
  requirePermission(ctx.principal, 'households.write');
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const before = await repo.findVisibleHousehold(tx, accessOf(ctx), householdId, true);
      if (!before) throw commonErrors.NOT_FOUND();
      if (body.code !== before.code && (await repo.findHouseholdByCode(tx, body.code))) throw codeTaken();
      const phone = body.phone === undefined ? {} : phoneColumns(ctx, body.phone);
      const after = await repo.updateHouseholdRow(tx, householdId, { ...householdColumns(body), ...phone });
      await recordAudit(tx, ctx.actor, {
        action: 'households.update',
        entityType: 'household',
        entityId: householdId,
        divisionCode: after.divisionCode,
        before: auditViewOf(before),
        after: auditViewOf(after),
      });
      return after;
    });
    return presentHousehold(ctx, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/** A search by ID number is itself a use of personal data, so it goes on the trail whether or not it finds anyone. */
export async function lookupByIdNumber(ctx: Ctx, idNumber: string): Promise<LookupResponse> {
  requirePermission(ctx.principal, 'households.read');
  const hash = ctx.deps.cipher.fingerprint(normalizeIdNumber(idNumber));
  const [holder] = await parts.findHoldersByHash(ctx.db, [hash]);
  const visible = holder ? await repo.findVisibleHousehold(ctx.db, accessOf(ctx), holder.household.id) : undefined;
  await recordAudit(ctx.db, ctx.actor, {
    action: 'households.lookup',
    entityType: 'household',
    entityId: visible?.id ?? null,
    divisionCode: visible?.divisionCode ?? null,
    after: { found: Boolean(visible) },
  });
  if (!holder || !visible) throw commonErrors.NOT_FOUND();
  const person = await parts.findPersonOfHousehold(ctx.db, visible.id, holder.personId);
  if (!person) throw commonErrors.NOT_FOUND();
  const names = await divisionNames(ctx.db, [visible.divisionCode]);
  return {
    household: { id: visible.id, code: visible.code, householderName: visible.householderName, villageName: names.get(visible.divisionCode) ?? null, status: visible.status },
    person: { id: person.id, name: person.name, relation: person.relation, idNumber: person.idNumberMasked },
  };
}
