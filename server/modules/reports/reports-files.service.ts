import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { deleteFile, readFile, storeFile } from '../../platform/files/files.ts';
import { attachmentExtensions, type AttachmentView, type ReportRules } from '../../../contracts/reports.ts';
import * as repo from './reports.repository.ts';
import { changeableReport, readerOf, reportForChange } from './reports.service.ts';
import { presentAttachment } from './reports.present.ts';

/** What the send form shows before a report exists: the attachment limit and types, and the due day. */
export function reportRulesOf(ctx: Ctx): ReportRules {
  requirePermission(ctx.principal, 'reports.read');
  return { maxBytes: ctx.deps.config.uploadMaxBytes, extensions: [...attachmentExtensions], dueDay: ctx.deps.config.duty.reportDueDay };
}

/** Before the upload is read: answers 404 / 409 / 403 without taking the bytes of a file that cannot stay. */
export async function checkAttachable(ctx: Ctx, reportId: string): Promise<void> {
  requirePermission(ctx.principal, 'reports.submit');
  await changeableReport(ctx, ctx.db, reportId);
}

/** Attaches a file to a report still open for change; the type and size checks are the platform's. */
export async function uploadAttachment(ctx: Ctx, reportId: string, file: { fileName: string; content: Buffer }): Promise<AttachmentView> {
  requirePermission(ctx.principal, 'reports.submit');
  return ctx.db.transaction(async (tx) => {
    const report = await reportForChange(ctx, tx, reportId);
    const stored = await storeFile(
      tx,
      {
        ownerType: repo.REPORT_FILE_OWNER,
        ownerId: report.id,
        divisionCode: report.divisionCode,
        fileName: file.fileName,
        content: file.content,
        uploadedBy: ctx.principal.accountId,
      },
      { maxBytes: ctx.deps.config.uploadMaxBytes },
    );
    const view = presentAttachment(stored);
    await recordAudit(tx, ctx.actor, { action: 'reports.attach', entityType: 'team_report', entityId: report.id, divisionCode: report.divisionCode, after: view });
    return view;
  });
}

/** A file is reached only through a report the caller sees. */
export async function downloadAttachment(ctx: Ctx, reportId: string, fileId: string) {
  requirePermission(ctx.principal, 'reports.read');
  const report = await repo.findReportInScope(ctx.db, readerOf(ctx.principal), reportId);
  if (!report) throw commonErrors.NOT_FOUND();
  const file = await readFile(ctx.db, repo.REPORT_FILE_OWNER, report.id, fileId);
  if (!file) throw commonErrors.NOT_FOUND();
  return { fileName: file.fileName, mimeType: file.mimeType, content: file.content };
}

export async function deleteAttachment(ctx: Ctx, reportId: string, fileId: string): Promise<void> {
  requirePermission(ctx.principal, 'reports.submit');
  await ctx.db.transaction(async (tx) => {
    const report = await reportForChange(ctx, tx, reportId);
    const removed = await deleteFile(tx, repo.REPORT_FILE_OWNER, report.id, fileId);
    if (!removed) throw commonErrors.NOT_FOUND();
    await recordAudit(tx, ctx.actor, {
      action: 'reports.detach',
      entityType: 'team_report',
      entityId: report.id,
      divisionCode: report.divisionCode,
      before: presentAttachment(removed),
    });
  });
}
