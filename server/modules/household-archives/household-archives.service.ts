import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { storeFile } from '../../platform/files/files.ts';
import { archiveCategory, archiveExtensions, type ArchiveFileList, type ArchiveFileView } from '../../../contracts/household-archives.ts';
import { findHouseholdInScope, type HouseholdRow } from '../households/index.ts';
import type { Executor } from '../../platform/db/client.ts';
import * as repo from './household-archives.repository.ts';
import { archiveErrors } from './household-archives.errors.ts';
import { presentArchiveFile } from './household-archives.present.ts';
import { archiveOwnerType, archiveOwnerTypes, categoryOfOwnerType } from './household-archives.rules.ts';

/** Out of scope and unknown alike answer 404. */
export async function householdInScope(ctx: Ctx, executor: Executor, householdId: string): Promise<HouseholdRow> {
  const household = await findHouseholdInScope(executor, ctx.principal.scope, householdId);
  if (!household) throw commonErrors.NOT_FOUND();
  return household;
}

/** Before the upload is read: 403 / 404 without taking the bytes of a file that cannot stay. */
export async function checkUploadable(ctx: Ctx, householdId: string): Promise<void> {
  requirePermission(ctx.principal, 'households.write');
  await householdInScope(ctx, ctx.db, householdId);
}

export async function listArchive(ctx: Ctx, householdId: string): Promise<ArchiveFileList> {
  requirePermission(ctx.principal, 'households.read');
  const household = await householdInScope(ctx, ctx.db, householdId);
  const rows = await repo.listArchiveFiles(ctx.db, ctx.principal.scope, archiveOwnerTypes, household.id);
  const mayWrite = can(ctx.principal, 'households.write');
  return {
    items: rows.map(presentArchiveFile),
    total: rows.length,
    maxBytes: ctx.deps.config.uploadMaxBytes,
    extensions: [...archiveExtensions],
    abilities: { upload: mayWrite, remove: mayWrite },
  };
}

/** Keeps a document in the household's archive; type, content and size are checked by the platform. */
export async function uploadArchiveFile(
  ctx: Ctx,
  householdId: string,
  input: { category: string | undefined; fileName: string; content: Buffer },
): Promise<ArchiveFileView> {
  requirePermission(ctx.principal, 'households.write');
  const category = archiveCategory.safeParse(input.category);
  if (!category.success) throw archiveErrors.ARCHIVE_CATEGORY_INVALID([{ path: 'category', message: '请选择档案类别' }]);
  return ctx.db.transaction(async (tx) => {
    const household = await householdInScope(ctx, tx, householdId);
    const stored = await storeFile(
      tx,
      {
        ownerType: archiveOwnerType(category.data),
        ownerId: household.id,
        divisionCode: household.divisionCode,
        fileName: input.fileName,
        content: input.content,
        uploadedBy: ctx.principal.accountId,
      },
      { maxBytes: ctx.deps.config.uploadMaxBytes },
    );
    const view = presentArchiveFile({ ...stored, uploaderName: await repo.accountName(tx, ctx.principal.accountId) });
    await recordAudit(tx, ctx.actor, {
      action: 'households.archive.upload',
      entityType: 'household',
      entityId: household.id,
      divisionCode: household.divisionCode,
      after: { ...view, sha256: stored.sha256 },
    });
    return view;
  });
}

/** A download is audited too: the archive holds ID cards and income proofs. */
export async function downloadArchiveFile(ctx: Ctx, householdId: string, fileId: string) {
  requirePermission(ctx.principal, 'households.read');
  const household = await householdInScope(ctx, ctx.db, householdId);
  const file = await repo.findArchiveFile(ctx.db, ctx.principal.scope, archiveOwnerTypes, household.id, fileId);
  if (!file) throw commonErrors.NOT_FOUND();
  await recordAudit(ctx.db, ctx.actor, {
    action: 'households.archive.download',
    entityType: 'household',
    entityId: household.id,
    divisionCode: household.divisionCode,
    after: { fileId: file.id, fileName: file.fileName, category: categoryOfOwnerType(file.ownerType), size: file.size },
  });
  return { fileName: file.fileName, mimeType: file.mimeType, content: file.content };
}

export async function removeArchiveFile(ctx: Ctx, householdId: string, fileId: string): Promise<void> {
  requirePermission(ctx.principal, 'households.write');
  await ctx.db.transaction(async (tx) => {
    const household = await householdInScope(ctx, tx, householdId);
    const removed = await repo.deleteArchiveFile(tx, ctx.principal.scope, archiveOwnerTypes, household.id, fileId);
    if (!removed) throw commonErrors.NOT_FOUND();
    await recordAudit(tx, ctx.actor, {
      action: 'households.archive.delete',
      entityType: 'household',
      entityId: household.id,
      divisionCode: household.divisionCode,
      before: { fileId: removed.id, fileName: removed.fileName, category: categoryOfOwnerType(removed.ownerType), size: removed.size, sha256: removed.sha256 },
    });
  });
}
