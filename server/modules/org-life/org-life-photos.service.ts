import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { checkFile, cleanFileName, deleteFile, readFile, storeFile } from '../../platform/files/files.ts';
import type { OrgLifePhotoView } from '../../../contracts/org-life.ts';
import * as repo from './org-life.repository.ts';
import { writableOrg } from './org-life.service.ts';
import { orgLifeErrors } from './org-life.errors.ts';
import { presentPhoto } from './org-life.present.ts';

/** The record locked for a change by someone who may write the branch's records. */
async function recordForChange(ctx: Ctx, executor: Executor, id: string): Promise<repo.RecordRow> {
  requirePermission(ctx.principal, 'org_life.read');
  const found = await repo.findRecord(executor, ctx.principal.scope, ctx.principal.cadreId, id);
  if (!found) throw commonErrors.NOT_FOUND();
  await writableOrg(ctx, executor, found.partyOrgId);
  const row = await repo.lockRecord(executor, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return row;
}

/** Before the upload is read: 404 / 403 answered without taking the bytes of a file that cannot stay. */
export async function checkPhotoTarget(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction((tx) => recordForChange(ctx, tx, id));
}

/** A photo of the meeting, a JPG or PNG; never required. */
export async function uploadPhoto(ctx: Ctx, id: string, file: { fileName: string; content: Buffer }): Promise<OrgLifePhotoView> {
  const maxBytes = ctx.deps.config.uploadMaxBytes;
  const { mimeType } = checkFile(cleanFileName(file.fileName), file.content, maxBytes);
  if (!mimeType.startsWith('image/')) throw orgLifeErrors.PHOTO_NOT_IMAGE([{ path: 'file', message: '照片只能是 JPG 或 PNG 图片' }]);
  return ctx.db.transaction(async (tx) => {
    const record = await recordForChange(ctx, tx, id);
    const stored = await storeFile(
      tx,
      { ownerType: repo.ORG_LIFE_PHOTO_OWNER, ownerId: record.id, divisionCode: record.divisionCode, fileName: file.fileName, content: file.content, uploadedBy: ctx.principal.accountId },
      { maxBytes },
    );
    await repo.setPhotoIds(tx, record.id, [...record.photoFileIds, stored.id]);
    const view = presentPhoto(stored);
    await recordAudit(tx, ctx.actor, { action: 'org_life.attach_photo', entityType: 'org_life_record', entityId: record.id, divisionCode: record.divisionCode, after: view });
    return view;
  });
}

export async function downloadPhoto(ctx: Ctx, id: string, fileId: string) {
  requirePermission(ctx.principal, 'org_life.read');
  const record = await repo.findRecord(ctx.db, ctx.principal.scope, ctx.principal.cadreId, id);
  if (!record) throw commonErrors.NOT_FOUND();
  const file = await readFile(ctx.db, repo.ORG_LIFE_PHOTO_OWNER, record.id, fileId);
  if (!file) throw commonErrors.NOT_FOUND();
  return { fileName: file.fileName, mimeType: file.mimeType, content: file.content };
}

export async function deletePhoto(ctx: Ctx, id: string, fileId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const record = await recordForChange(ctx, tx, id);
    const removed = await deleteFile(tx, repo.ORG_LIFE_PHOTO_OWNER, record.id, fileId);
    if (!removed) throw commonErrors.NOT_FOUND();
    await repo.setPhotoIds(tx, record.id, record.photoFileIds.filter((f) => f !== fileId));
    await recordAudit(tx, ctx.actor, { action: 'org_life.remove_photo', entityType: 'org_life_record', entityId: record.id, divisionCode: record.divisionCode, before: presentPhoto(removed) });
  });
}
