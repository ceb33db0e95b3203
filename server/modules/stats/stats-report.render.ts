import ExcelJS from 'exceljs';
import { PdfDocument } from '../../platform/pdf/pdf-document.ts';
import { neutralizeFormula } from '../../platform/excel/workbook-writer.ts';
import type { MonthlyReport, ReportCell } from '../../../contracts/stats-report.ts';

const text = (cell: ReportCell) => (typeof cell === 'number' ? String(cell) : cell);

/** The report on A4 pages: title, issuer and date, then each heading's sentence and its table. */
export function renderMonthlyReportPdf(report: MonthlyReport): Buffer {
  const doc = new PdfDocument({ title: report.title, author: report.issuer, subject: report.note });
  doc.title(report.title);
  doc.paragraph(`${report.issuer}　　${report.issuedOn}`, { align: 'center', fontSize: 11, after: 4 });
  doc.paragraph(report.note, { fontSize: 10, indent: 2, after: 8 });
  for (const section of report.sections) {
    doc.paragraph(section.heading, { fontSize: 14, bold: true, after: 2, keepWithNext: 80 });
    doc.paragraph(section.sentence, { fontSize: 12, indent: 2, after: 6 });
    doc.table(
      section.columns.map((c, index) => ({ header: c.header, width: index === 0 ? 1.6 : 1, align: c.numeric ? 'right' : index === 0 ? 'left' : 'center' })),
      [...section.rows, section.total].map((row) => row.map(text)),
      { fontSize: 9, after: 12 },
    );
  }
  return doc.toBuffer();
}

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** The same content on one sheet: merged title and sentences, bordered tables, printed on A4 one page wide. */
export async function renderMonthlyReportXlsx(report: MonthlyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = report.title;
  const sheet = workbook.addWorksheet('月报', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页 共 &N 页' },
  });
  const width = Math.max(...report.sections.map((s) => s.columns.length));
  sheet.columns = Array.from({ length: width }, (_, index) => ({ width: index === 0 ? 22 : 14 }));

  const merged = (value: string, options: { size?: number; bold?: boolean; align?: 'center' | 'left'; height?: number } = {}) => {
    const row = sheet.addRow([neutralizeFormula(value)]);
    sheet.mergeCells(row.number, 1, row.number, width);
    const cell = row.getCell(1);
    cell.font = { size: options.size ?? 11, bold: options.bold ?? false };
    cell.alignment = { horizontal: options.align ?? 'left', vertical: 'middle', wrapText: true };
    if (options.height) row.height = options.height;
  };
  // A merged cell does not grow with its text; estimate the lines from the width in characters.
  const heightFor = (value: string) => Math.max(1, Math.ceil((value.length * 2) / (22 + (width - 1) * 14))) * 16 + 4;

  merged(report.title, { size: 16, bold: true, align: 'center', height: 30 });
  merged(`${report.issuer}　　${report.issuedOn}`, { align: 'center' });
  merged(report.note, { size: 10, height: heightFor(report.note) });
  for (const section of report.sections) {
    sheet.addRow([]);
    merged(section.heading, { size: 12, bold: true });
    merged(`　　${section.sentence}`, { height: heightFor(section.sentence) + 4 });
    const header = sheet.addRow(section.columns.map((c) => c.header));
    header.height = 30;
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.border = border;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    });
    const body = [...section.rows, section.total];
    body.forEach((values, index) => {
      const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? neutralizeFormula(v) : v)));
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        if (column > values.length) return;
        cell.border = border;
        cell.alignment = { horizontal: column === 1 ? 'left' : section.columns[column - 1]?.numeric ? 'right' : 'center', vertical: 'middle' };
      });
      if (index === body.length - 1) row.font = { bold: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
