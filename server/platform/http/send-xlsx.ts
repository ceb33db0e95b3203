import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition with a Chinese file name that every browser decodes. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The response schema of a route that answers a workbook's bytes. */
export const xlsxResponse = z.any().describe('xlsx');

/** A generated workbook and the name the browser saves it under. */
export type ExportFile = { fileName: string; body: Buffer };

/** 单位名录-2024-05-01.xlsx: the day of the export in the name, so two downloads do not overwrite each other. */
export function datedFileName(title: string, day = new Date()): string {
  return `${title}-${day.toISOString().slice(0, 10)}.xlsx`;
}

/** Every workbook a route hands out (exports, rosters, templates, error reports) goes out the same way. */
export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer): FastifyReply {
  return reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader(fileName)).send(body);
}
