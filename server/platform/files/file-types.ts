import { AppError, defineErrors, type FieldError } from '../errors/app-error.ts';

export const fileErrors = defineErrors({
  FILE_EMPTY: { status: 400, zh: '文件是空的，请重新选择', en: 'The file is empty' },
  FILE_TOO_LARGE: { status: 400, zh: '文件超过 {limit} 的上限，请压缩或拆分后再上传', en: 'The file exceeds the {limit} limit' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 400,
    zh: '不支持该文件类型，只能上传 PDF、Word、Excel、JPG、PNG 或 TXT 文件',
    en: 'Only PDF, Word, Excel, JPG, PNG or TXT files may be uploaded',
  },
  FILE_TYPE_MISMATCH: {
    status: 400,
    zh: '文件内容与扩展名 .{ext} 不符，请上传原始文件',
    en: 'The content of the file does not match its .{ext} extension',
  },
  FILE_EXECUTABLE: { status: 400, zh: '出于安全考虑，不能上传可执行文件或脚本', en: 'Executable files and scripts may not be uploaded' },
});

type FileType = { mimeType: string; matches: (head: Buffer) => boolean };

const startsWith = (bytes: number[]) => (head: Buffer) => bytes.every((byte, index) => head[index] === byte);
// Office 97–2003 documents are OLE compound files; the 2007+ formats are zip packages.
const ole = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);
const jpeg = startsWith([0xff, 0xd8, 0xff]);
const png = startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pdf = startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]);
// Plain text has no signature; a NUL byte in the first kilobytes means it is binary after all.
const text = (head: Buffer) => !head.includes(0);

/** The only attachments a report (or archive) takes: documents, sheets, photos and plain text. */
export const allowedFileTypes: Readonly<Record<string, FileType>> = {
  pdf: { mimeType: 'application/pdf', matches: pdf },
  doc: { mimeType: 'application/msword', matches: ole },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: zip },
  xls: { mimeType: 'application/vnd.ms-excel', matches: ole },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: zip },
  jpg: { mimeType: 'image/jpeg', matches: jpeg },
  jpeg: { mimeType: 'image/jpeg', matches: jpeg },
  png: { mimeType: 'image/png', matches: png },
  txt: { mimeType: 'text/plain; charset=utf-8', matches: text },
};

/** Extensions refused outright, so the message says why rather than "unsupported type". */
const executableExtensions = new Set([
  'exe', 'com', 'bat', 'cmd', 'msi', 'msp', 'scr', 'pif', 'cpl', 'dll', 'sys', 'ps1', 'psm1', 'vbs', 'vbe', 'js', 'jse', 'mjs',
  'cjs', 'wsf', 'wsh', 'hta', 'jar', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'py', 'pl', 'rb', 'php', 'elf', 'bin', 'run', 'app',
  'apk', 'dmg', 'deb', 'rpm', 'lnk', 'reg', 'so',
]);

const executableSignatures = [
  startsWith([0x4d, 0x5a]), // MZ: Windows PE
  startsWith([0x7f, 0x45, 0x4c, 0x46]), // ELF
  startsWith([0x23, 0x21]), // #! script
  startsWith([0xfe, 0xed, 0xfa, 0xce]), // Mach-O
  startsWith([0xfe, 0xed, 0xfa, 0xcf]),
  startsWith([0xce, 0xfa, 0xed, 0xfe]),
  startsWith([0xcf, 0xfa, 0xed, 0xfe]),
  startsWith([0xca, 0xfe, 0xba, 0xbe]), // Java class / fat Mach-O
];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The name as shown and saved back: no folders, no control characters, not endless. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (cleaned.length <= 120) return cleaned;
  const ext = extensionOf(cleaned);
  return `${cleaned.slice(0, 110 - ext.length)}….${ext}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

type ErrorFactory = (fields?: FieldError[], params?: Record<string, string | number>) => AppError;

/** The message also lands on the form's file field, so the upload control shows it. */
function refuse(make: ErrorFactory, params?: Record<string, string | number>): AppError {
  return make([{ path: 'file', message: make(undefined, params).messages.zh }], params);
}

/** Also for the multipart reader, which stops reading at the limit instead of buffering the rest. */
export function fileTooLarge(maxBytes: number): AppError {
  return refuse(fileErrors.FILE_TOO_LARGE, { limit: formatBytes(maxBytes) });
}

/**
 * Decides whether bytes may be kept under a name, by the extension AND the content, and answers
 * the MIME type the server will send them back with (never the one the browser claimed).
 */
export function checkFile(fileName: string, content: Buffer, maxBytes: number): { mimeType: string } {
  const ext = extensionOf(fileName);
  const head = content.subarray(0, 8192);
  if (executableExtensions.has(ext) || executableSignatures.some((matches) => matches(head))) throw refuse(fileErrors.FILE_EXECUTABLE);
  const type = allowedFileTypes[ext];
  if (!type) throw refuse(fileErrors.FILE_TYPE_NOT_ALLOWED);
  if (content.length === 0) throw refuse(fileErrors.FILE_EMPTY);
  if (content.length > maxBytes) throw fileTooLarge(maxBytes);
  if (!type.matches(head)) throw refuse(fileErrors.FILE_TYPE_MISMATCH, { ext });
  return { mimeType: type.mimeType };
}
