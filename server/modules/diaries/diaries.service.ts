import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { DiaryCreateBody, DiaryExportQuery, DiaryListQuery, DiaryUpdateBody, DiaryView } from '../../../contracts/diaries.ts';
import { findActiveTeamOfCadre } from '../teams/index.ts';
import * as repo from './diaries.repository.ts';
import { diaryReach, mayUpdateDiary } from './diaries.policy.ts';
import { beijingDay, checkEntryDate, monthRange } from './diaries.rules.ts';
import { diaryErrors } from './diaries.errors.ts';
import { presentDiary } from './diaries.present.ts';

/**
 * The filters of a list. With neither a cadre nor a place asked for, a cadre reads his own diary;
 * an account of no cadre (township, county) reads its region.
 */
export function filtersOf(ctx: Ctx, query: DiaryExportQuery): repo.DiaryFilters {
  const own = !query.cadreId && !query.divisionCode && ctx.principal.cadreId ? ctx.principal.cadreId : undefined;
  return {
    cadreId: query.cadreId ?? own,
    divisionCode: query.divisionCode,
    ...(query.month ? monthRange(query.month) : {}),
  };
}

export async function listDiaries(ctx: Ctx, query: DiaryListQuery): Promise<ListResult<DiaryView>> {
  requirePermission(ctx.principal, 'diaries.read');
  const result = await repo.listDiaries(ctx.db, diaryReach(ctx.principal), filtersOf(ctx, query), query.order, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: result.items.map((row) => presentDiary(ctx.principal, row)), total: result.total };
}

export async function getDiary(ctx: Ctx, diaryId: string): Promise<DiaryView> {
  requirePermission(ctx.principal, 'diaries.read');
  const row = await repo.findDiaryInReach(ctx.db, diaryReach(ctx.principal), diaryId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentDiary(ctx.principal, row);
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

/** The caller's own entry for a day, filed under the village he serves in now. */
export async function createDiary(ctx: Ctx, body: DiaryCreateBody): Promise<DiaryView> {
  requirePermission(ctx.principal, 'diaries.write');
  const cadreId = ctx.principal.cadreId;
  if (!cadreId) throw diaryErrors.DIARY_NO_CADRE();
  const errors = checkEntryDate(body.entryDate, beijingDay());
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
  const team = await findActiveTeamOfCadre(ctx.db, cadreId);
  const village = team?.divisionCode ?? (await repo.postedVillageOf(ctx.db, cadreId));
  if (!village) throw diaryErrors.DIARY_NOT_POSTED();
  const duplicate = () => diaryErrors.DIARY_DUPLICATE([{ path: 'entryDate', message: '这一天已写过民情日记' }], { day: body.entryDate });
  const diaryId = await ctx.db
    .transaction(async (tx) => {
      if (await repo.findDiaryOn(tx, cadreId, body.entryDate)) throw duplicate();
      const row = await repo.insertDiary(tx, { cadreId, divisionCode: village, entryDate: body.entryDate, content: body.content, createdBy: ctx.principal.accountId });
      await recordAudit(tx, ctx.actor, { action: 'diaries.create', entityType: 'diary', entityId: row.id, divisionCode: row.divisionCode, after: row });
      return row.id;
    })
    .catch((error: unknown) => {
      // Two saves of the same day at once: the unique index decides, the caller hears the same 409.
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    });
  return getDiary(ctx, diaryId);
}

export async function updateDiary(ctx: Ctx, diaryId: string, body: DiaryUpdateBody): Promise<DiaryView> {
  requirePermission(ctx.principal, 'diaries.write');
  await ctx.db.transaction(async (tx) => {
    await repo.lockDiary(tx, diaryId);
    const found = await repo.findDiaryInReach(tx, diaryReach(ctx.principal), diaryId);
    if (!found) throw commonErrors.NOT_FOUND();
    if (!mayUpdateDiary(ctx.principal, found)) throw commonErrors.FORBIDDEN();
    const { cadreName: _name, villageName: _village, ...before } = found;
    const after = await repo.updateDiary(tx, diaryId, { content: body.content });
    await recordAudit(tx, ctx.actor, { action: 'diaries.update', entityType: 'diary', entityId: diaryId, divisionCode: after.divisionCode, before, after });
  });
  return getDiary(ctx, diaryId);
}
