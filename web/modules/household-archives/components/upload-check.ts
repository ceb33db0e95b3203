import { archiveExtensions } from '../../../../contracts/household-archives.ts';

export type UploadProblem = { key: 'files.badType' | 'files.tooLarge' | 'files.emptyFile'; params?: Record<string, string> };

/** For the file input's `accept`: the same list the server keeps. */
export const acceptAttribute = archiveExtensions.map((ext) => `.${ext}`).join(',');

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * What the page can tell before sending a file: its type by name and its size. The server still
 * reads the content (a renamed program is refused there) and answers in the same words.
 */
export function checkArchiveUpload(file: { name: string; size: number }, maxBytes: number): UploadProblem | null {
  const dot = file.name.lastIndexOf('.');
  const ext = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (!(archiveExtensions as readonly string[]).includes(ext)) return { key: 'files.badType' };
  if (file.size === 0) return { key: 'files.emptyFile' };
  if (file.size > maxBytes) return { key: 'files.tooLarge', params: { size: formatBytes(file.size), limit: formatBytes(maxBytes) } };
  return null;
}
