import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartFields } from '@fastify/multipart';
import type { AppError } from '../errors/app-error.ts';
import { downloadDisposition, fileTooLarge, type StoredFile } from '../files/files.ts';

export type Upload = { fileName: string; content: Buffer; field: (name: string) => string | undefined };

function fieldOf(fields: MultipartFields, name: string): string | undefined {
  const field = fields[name];
  const first = Array.isArray(field) ? field[0] : field;
  return first && first.type === 'field' ? String(first.value) : undefined;
}

/**
 * The one file of a multipart request, read up to `maxBytes`: the reader stops at the limit rather
 * than buffering an oversize file, and the caller hears 400 either way. Form fields sent before the
 * file are readable through `field`.
 */
export async function receiveUpload(request: FastifyRequest, maxBytes: number, missing: () => AppError): Promise<Upload> {
  const file = request.isMultipart() ? await request.file({ limits: { fileSize: maxBytes } }) : undefined;
  if (!file) throw missing();
  const content = await file.toBuffer().catch((error: { code?: string }) => {
    throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? fileTooLarge(maxBytes) : error;
  });
  return { fileName: file.filename, content, field: (name) => fieldOf(file.fields, name) };
}

/** Sends a stored file as a download; nosniff keeps a browser from running what it guesses is HTML. */
export function sendStoredFile(reply: FastifyReply, file: Pick<StoredFile, 'mimeType' | 'fileName' | 'content'>) {
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', downloadDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}
