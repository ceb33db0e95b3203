import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { checkFile, cleanFileName, deleteFile, readFile, storeFile } from '../../platform/files/files.ts';
import type { VisitPhotoView } from '../../../contracts/visits.ts';
import * as repo from './visits.repository.ts';
import { visitForChange } from './visits.service.ts';
import { visitErrors } from './visits.errors.ts';
import { presentPhoto } from './visits.present.ts';

/** Before the upload is read: 404 / 403 answered without taking the bytes of a file that cannot stay. */
export async function checkPhotoTarget(ctx: Ctx, visitId: string): Promise<void> {
  requirePermission(ctx.principal, 'visits.write');
  await ctx.db.transaction((tx) => visitForChange(ctx, tx, visitId));
}

/**
 * Keeps a photo of the visit. The platform's check runs first (executables, size, content against the
 * extension), then the visit's own narrower rule: a photo is a JPG or PNG image, nothing else.
 */
export async function uploadPhoto(ctx: Ctx, visitId: string, file: { fileName: string; content: Buffer }): Promise<VisitPhotoView> {
  requirePermission(ctx.principal, 'visits.write');
  const maxBytes = ctx.deps.config.uploadMaxBytes;
  const { mimeType } = checkFile(cleanFileName(file.fileName), file.content, maxBytes);
  if (!mimeType.startsWith('image/')) throw visitErrors.VISIT_PHOTO_NOT_IMAGE([{ path: 'file', message: '走访照片只能是 JPG 或 PNG 图片' }]);
  return ctx.db.transaction(async (tx) => {
    const visit = await visitForChange(ctx, tx, visitId);
    const stored = await storeFile(
      tx,
      {
        ownerType: repo.VISIT_PHOTO_OWNER,
        ownerId: visit.id,
        divisionCode: visit.divisionCode,
        fileName: file.fileName,
        content: file.content,
        uploadedBy: ctx.principal.accountId,
      },
      { maxBytes },
    );
    const view = presentPhoto(stored);
    await recordAudit(tx, ctx.actor, { action: 'visits.attach_photo', entityType: 'visit', entityId: visit.id, divisionCode: visit.divisionCode, after: view });
    return view;
  });
}

/** A photo is reached only through a visit the caller sees. */
export async function downloadPhoto(ctx: Ctx, visitId: string, fileId: string) {
  requirePermission(ctx.principal, 'visits.read');
  const visit = await repo.findVisitInScope(ctx.db, ctx.principal.scope, visitId);
  if (!visit) throw commonErrors.NOT_FOUND();
  const file = await readFile(ctx.db, repo.VISIT_PHOTO_OWNER, visit.id, fileId);
  if (!file) throw commonErrors.NOT_FOUND();
  return { fileName: file.fileName, mimeType: file.mimeType, content: file.content };
}

export async function deletePhoto(ctx: Ctx, visitId: string, fileId: string): Promise<void> {
  requirePermission(ctx.principal, 'visits.write');
  await ctx.db.transaction(async (tx) => {
    const visit = await visitForChange(ctx, tx, visitId);
    const removed = await deleteFile(tx, repo.VISIT_PHOTO_OWNER, visit.id, fileId);
    if (!removed) throw commonErrors.NOT_FOUND();
    await recordAudit(tx, ctx.actor, {
      action: 'visits.remove_photo',
      entityType: 'visit',
      entityId: visit.id,
      divisionCode: visit.divisionCode,
      before: presentPhoto(removed),
    });
  });
}
