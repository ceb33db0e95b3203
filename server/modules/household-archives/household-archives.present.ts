import type { ArchiveFileView, HouseholdLinkView } from '../../../contracts/household-archives.ts';
import type { ArchiveFileRow, LinkRow } from './household-archives.repository.ts';
import { categoryOfOwnerType } from './household-archives.rules.ts';

export function presentArchiveFile(row: ArchiveFileRow): ArchiveFileView {
  return {
    id: row.id,
    category: categoryOfOwnerType(row.ownerType),
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    uploadedBy: row.uploaderName,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentLink(row: LinkRow): HouseholdLinkView {
  return {
    id: row.id,
    token: row.token,
    active: row.revokedAt === null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.creatorName,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokerName,
  };
}

/** What the audit trail keeps of a link: never the token itself, which would reopen a revoked page to anyone reading the log. */
export function auditLinkOf(row: { id: string; householdId: string; createdAt: Date; revokedAt: Date | null }): Record<string, unknown> {
  return { id: row.id, householdId: row.householdId, createdAt: row.createdAt.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null };
}
