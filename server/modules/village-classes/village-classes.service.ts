import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type {
  VillageClassBody,
  VillageClassListQuery,
  VillageClassSummary,
  VillageClassSummaryQuery,
  VillageClassUpdateBody,
  VillageClassView,
} from '../../../contracts/village-classes.ts';
import * as repo from './village-classes.repository.ts';
import { villageClassErrors } from './village-classes.errors.ts';
import { mayClassify } from './village-classes.policy.ts';
import { presentClasses } from './village-classes.present.ts';
import { classYear, fillSummary, isVillageCode, unknownUnitProblems, yearProblems } from './village-classes.rules.ts';

export function visibleTo(ctx: Ctx) {
  return repo.classScopeCondition(ctx.principal.scope);
}

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw villageClassErrors.VILLAGE_CLASS_INVALID(problems);
}

export async function listClasses(ctx: Ctx, query: VillageClassListQuery): Promise<ListResult<VillageClassView>> {
  requirePermission(ctx.principal, 'village_classes.read');
  const visible = visibleTo(ctx);
  const rows = await repo.readClasses(ctx.db, visible, query, { limit: query.pageSize, offset: offsetOf(query) });
  const total = await repo.countClasses(ctx.db, visible, query);
  return { items: await presentClasses(ctx.db, ctx.principal, rows), total };
}

export async function getClass(ctx: Ctx, id: string): Promise<VillageClassView> {
  requirePermission(ctx.principal, 'village_classes.read');
  const row = await repo.findClass(ctx.db, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentClasses(ctx.db, ctx.principal, [row]);
  return view!;
}

export async function classSummary(ctx: Ctx, query: VillageClassSummaryQuery): Promise<VillageClassSummary> {
  requirePermission(ctx.principal, 'village_classes.read');
  const year = query.year ?? classYear();
  const rows = await repo.classCounts(ctx.db, visibleTo(ctx), query.divisionCode, year);
  const classes = fillSummary(rows);
  return { divisionCode: query.divisionCode ?? null, year, total: classes.reduce((sum, c) => sum + c.count, 0), classes };
}

/** The picked backing units exist; the year is not far ahead. */
async function checkFields(tx: Executor, body: VillageClassUpdateBody & { year?: number }): Promise<void> {
  const found = await repo.unitNames(tx, body.backingUnitIds);
  failOn([...(body.year === undefined ? [] : yearProblems(body.year, classYear())), ...unknownUnitProblems(body.backingUnitIds, new Set(found.keys()))]);
}

export async function createClass(ctx: Ctx, body: VillageClassBody): Promise<VillageClassView> {
  requirePermission(ctx.principal, 'village_classes.write');
  const code = body.divisionCode;
  // A village outside the caller's region is not found, as anywhere else; a township is a wrong choice.
  if (!codeInScope(ctx.principal.scope, code)) throw commonErrors.NOT_FOUND();
  if (!mayClassify(ctx.principal, code)) throw commonErrors.FORBIDDEN();
  const id = await ctx.db.transaction(async (tx) => {
    if (!isVillageCode(code) || !(await repo.findVillage(tx, code))) failOn([{ path: 'divisionCode', message: '请选择一个村' }]);
    await checkFields(tx, body);
    if (await repo.findClassOfYear(tx, code, body.year)) throw exists(body.year);
    const row = await insertOnce(tx, {
      divisionCode: code,
      year: body.year,
      classCode: body.classCode,
      otherFactors: body.otherFactors,
      reason: body.reason,
      supportPlan: body.supportPlan,
      backingUnitIds: body.backingUnitIds,
      decidedBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'village_classes.create', entityType: 'village_class', entityId: row.id, divisionCode: code, after: row });
    return row.id;
  });
  return getClass(ctx, id);
}

const exists = (year: number) => villageClassErrors.VILLAGE_CLASS_EXISTS([{ path: 'year', message: `该村 ${year} 年度已分类` }], { year: String(year) });

/** Two clerks classing the same village at once both pass the check; the unique index stops the second. */
async function insertOnce(tx: Executor, values: repo.NewClassRow): Promise<repo.ClassRow> {
  try {
    return await repo.insertClass(tx, values);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw exists(values.year);
    throw error;
  }
}

async function classInReach(ctx: Ctx, tx: Executor, id: string): Promise<repo.ClassRow> {
  const row = await repo.lockClass(tx, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  if (!mayClassify(ctx.principal, row.divisionCode)) throw commonErrors.FORBIDDEN();
  return row;
}

export async function updateClass(ctx: Ctx, id: string, body: VillageClassUpdateBody): Promise<VillageClassView> {
  requirePermission(ctx.principal, 'village_classes.write');
  await ctx.db.transaction(async (tx) => {
    const before = await classInReach(ctx, tx, id);
    await checkFields(tx, body);
    const after = await repo.updateClass(tx, id, {
      classCode: body.classCode,
      otherFactors: body.otherFactors,
      reason: body.reason,
      supportPlan: body.supportPlan,
      backingUnitIds: body.backingUnitIds,
      decidedBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'village_classes.update', entityType: 'village_class', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getClass(ctx, id);
}

export async function deleteClass(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'village_classes.write');
  await ctx.db.transaction(async (tx) => {
    const before = await classInReach(ctx, tx, id);
    await repo.deleteClass(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'village_classes.delete', entityType: 'village_class', entityId: id, divisionCode: before.divisionCode, before });
  });
}
