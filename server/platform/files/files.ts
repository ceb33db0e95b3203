import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { storedFiles } from './files.schema.ts';
import { checkFile, cleanFileName } from './file-types.ts';

export { allowedFileTypes, checkFile, cleanFileName, extensionOf, fileErrors, fileTooLarge, formatBytes } from './file-types.ts';

export type StoredFileInput = {
  /** What the file belongs to (`team_report`…); with ownerId it is the only way to reach it. */
  ownerType: string;
  ownerId: string;
  divisionCode: string | null;
  fileName: string;
  content: Buffer;
  uploadedBy: string | null;
};

export type FileLimits = { maxBytes: number };

/** A stored file without its bytes, for lists. */
export type StoredFileMeta = Omit<typeof storedFiles.$inferSelect, 'content'>;
export type StoredFile = typeof storedFiles.$inferSelect;

const meta = {
  id: storedFiles.id,
  fileName: storedFiles.fileName,
  mimeType: storedFiles.mimeType,
  size: storedFiles.size,
  sha256: storedFiles.sha256,
  divisionCode: storedFiles.divisionCode,
  ownerType: storedFiles.ownerType,
  ownerId: storedFiles.ownerId,
  uploadedBy: storedFiles.uploadedBy,
  createdAt: storedFiles.createdAt,
};

/**
 * Checks and keeps an upload (type by extension and content, size, no executables) inside the
 * caller's transaction, so the owner's audit event and the file land together.
 */
export async function storeFile(executor: Executor, input: StoredFileInput, limits: FileLimits): Promise<StoredFileMeta> {
  const fileName = cleanFileName(input.fileName);
  const { mimeType } = checkFile(fileName, input.content, limits.maxBytes);
  const [row] = await executor
    .insert(storedFiles)
    .values({
      fileName,
      mimeType,
      size: input.content.length,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      divisionCode: input.divisionCode,
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      uploadedBy: input.uploadedBy,
    })
    .returning(meta);
  return row!;
}

/** The files of some owners, oldest first, without their bytes. */
export async function listFiles(executor: Executor, ownerType: string, ownerIds: readonly string[]): Promise<StoredFileMeta[]> {
  if (ownerIds.length === 0) return [];
  return executor
    .select(meta)
    .from(storedFiles)
    .where(and(eq(storedFiles.ownerType, ownerType), inArray(storedFiles.ownerId, [...ownerIds])))
    .orderBy(asc(storedFiles.createdAt), asc(storedFiles.id));
}

/** One file with its bytes, only through its owner (the owner's scope check is the file's). */
export async function readFile(executor: Executor, ownerType: string, ownerId: string, fileId: string): Promise<StoredFile | undefined> {
  const [row] = await executor
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.ownerType, ownerType), eq(storedFiles.ownerId, ownerId)));
  return row;
}

export async function deleteFile(executor: Executor, ownerType: string, ownerId: string, fileId: string): Promise<StoredFileMeta | undefined> {
  const [row] = await executor
    .delete(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.ownerType, ownerType), eq(storedFiles.ownerId, ownerId)))
    .returning(meta);
  return row;
}

/** Content-Disposition for a download: an ASCII fallback, then the real (Chinese) name per RFC 5987. */
export function downloadDisposition(fileName: string): string {
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.')) : '';
  const ascii = /^[\x20-\x7e]+$/.test(fileName) ? fileName.replace(/[\\"]/g, '_') : `attachment${ext.replace(/[^\x20-\x7e]/g, '')}`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
