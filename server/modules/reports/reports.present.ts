import type { Principal } from '../../platform/access/permissions.ts';
import type { Executor } from '../../platform/db/client.ts';
import { listFiles, type StoredFileMeta } from '../../platform/files/files.ts';
import type { AttachmentView, ReportListItem, ReportView } from '../../../contracts/reports.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './reports.repository.ts';
import { mayMarkRead, mayUpdateReport } from './reports.policy.ts';

export function presentAttachment(file: StoredFileMeta): AttachmentView {
  return { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, createdAt: file.createdAt.toISOString() };
}

export async function presentReports(executor: Executor, rows: repo.ReportRow[]): Promise<ReportListItem[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  const people = await repo.accountNames(executor, rows.map((r) => r.submittedBy));
  const files = await repo.attachmentCounts(executor, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    teamId: row.teamId,
    teamName: row.teamName,
    divisionCode: row.divisionCode,
    villageName: names.get(row.divisionCode) ?? null,
    kind: row.kind,
    period: row.period,
    title: row.title,
    dueOn: row.dueOn,
    submittedAt: row.submittedAt.toISOString(),
    late: row.late,
    submittedByName: row.submittedBy ? (people.get(row.submittedBy) ?? null) : null,
    readAt: row.readAt ? row.readAt.toISOString() : null,
    attachmentCount: files.get(row.id) ?? 0,
  }));
}

export async function presentReport(principal: Principal, executor: Executor, row: repo.ReportRow, uploadMaxBytes: number): Promise<ReportView> {
  const [item] = await presentReports(executor, [row]);
  const readers = await repo.accountNames(executor, [row.readBy]);
  const files = await listFiles(executor, repo.REPORT_FILE_OWNER, [row.id]);
  const update = mayUpdateReport(principal, row);
  return {
    ...item!,
    body: row.body,
    readByName: row.readBy ? (readers.get(row.readBy) ?? null) : null,
    attachments: files.map(presentAttachment),
    uploadMaxBytes,
    abilities: { update, markRead: mayMarkRead(principal, row), attach: update },
  };
}
