import { A4, writePdf, type PdfMetadata } from './pdf-file.ts';
import { hexString, textWidth, wrapText } from './pdf-text.ts';

export type PdfAlign = 'left' | 'center' | 'right';

/** A table column: `width` is a weight, the columns share the text width in proportion. */
export type PdfColumn = { header: string; width: number; align?: PdfAlign };

export type PdfTextOptions = {
  fontSize?: number;
  align?: PdfAlign;
  /** Indent of the first line, in em (两字缩进 is 2). */
  indent?: number;
  bold?: boolean;
  /** Space after the block, in points. */
  after?: number;
  /** Keep at least this many points below the block on the same page (a heading stays with what follows). */
  keepWithNext?: number;
};

export type PdfTableOptions = { fontSize?: number; after?: number };

export type PdfDocumentOptions = PdfMetadata & {
  margin?: number;
  /** The footer of each page; by default 第 N 页 共 M 页. */
  pageLabel?: (page: number, total: number) => string;
};

const LINE_HEIGHT = 1.5;
const ASCENT = 0.88;
const CELL_PADDING = 4;

const num = (value: number) => (Math.round(value * 100) / 100).toString();

/**
 * A small flowing-layout document: blocks go down the page and a new A4 page starts when the next
 * line or table row would cross the bottom margin; a table repeats its header row on each page it
 * reaches. Page numbers are written last, when the total is known.
 */
export class PdfDocument {
  private readonly pages: string[][] = [];
  private y = 0;
  private readonly margin: number;
  private readonly options: PdfDocumentOptions;

  constructor(options: PdfDocumentOptions) {
    this.options = options;
    this.margin = options.margin ?? 56;
    this.newPage();
  }

  get contentWidth(): number {
    return A4.width - 2 * this.margin;
  }

  private get bottom(): number {
    return this.margin;
  }

  private get top(): number {
    return A4.height - this.margin;
  }

  private get ops(): string[] {
    return this.pages[this.pages.length - 1]!;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.top;
  }

  private fits(height: number): boolean {
    return this.y - height >= this.bottom;
  }

  private atTop(): boolean {
    return this.y === this.top;
  }

  space(points: number): void {
    this.y -= points;
    if (this.y < this.bottom) this.newPage();
  }

  private drawText(text: string, x: number, baseline: number, fontSize: number, bold = false): void {
    if (text === '') return;
    // Render mode 2 (fill and stroke) thickens the strokes: the non-embedded font has no bold face.
    const style = bold ? `2 Tr ${num(fontSize / 30)} w ` : '';
    this.ops.push(`q BT ${style}/F1 ${num(fontSize)} Tf ${num(x)} ${num(baseline)} Td ${hexString(text)} Tj ET Q`);
  }

  private lineX(line: string, fontSize: number, left: number, width: number, align: PdfAlign, indent: number): number {
    if (align === 'center') return left + (width - textWidth(line, fontSize)) / 2;
    if (align === 'right') return left + width - textWidth(line, fontSize);
    return left + indent;
  }

  /** Wrapped text across the text width; lines that do not fit go on to the next page. */
  paragraph(text: string, options: PdfTextOptions = {}): void {
    const fontSize = options.fontSize ?? 12;
    const align = options.align ?? 'left';
    const lineHeight = fontSize * LINE_HEIGHT;
    const indent = (options.indent ?? 0) * fontSize;
    const lines = wrapText(text, fontSize, this.contentWidth, indent);
    const keep = options.keepWithNext ?? 0;
    if (!this.atTop() && !this.fits(lineHeight * Math.min(lines.length, 2) + keep)) this.newPage();
    lines.forEach((line, index) => {
      if (!this.fits(lineHeight)) this.newPage();
      const x = this.lineX(line, fontSize, this.margin, this.contentWidth, align, index === 0 ? indent : 0);
      this.drawText(line, x, this.y - (lineHeight - fontSize) / 2 - fontSize * ASCENT, fontSize, options.bold);
      this.y -= lineHeight;
    });
    if (options.after) this.space(options.after);
  }

  title(text: string, options: PdfTextOptions = {}): void {
    this.paragraph(text, { fontSize: 18, align: 'center', bold: true, after: 6, ...options });
  }

  private rowLayout(cells: readonly string[], widths: readonly number[], fontSize: number): { lines: string[][]; height: number } {
    const lines = widths.map((width, index) => wrapText(cells[index] ?? '', fontSize, width - 2 * CELL_PADDING));
    const count = Math.max(1, ...lines.map((l) => l.length));
    return { lines, height: count * fontSize * LINE_HEIGHT + 2 * CELL_PADDING };
  }

  private drawRow(
    layout: { lines: string[][]; height: number },
    columns: readonly PdfColumn[],
    widths: readonly number[],
    fontSize: number,
    header: boolean,
  ): void {
    const top = this.y;
    let x = this.margin;
    if (header) this.ops.push(`q 0.9 g ${num(x)} ${num(top - layout.height)} ${num(this.contentWidth)} ${num(layout.height)} re f Q`);
    widths.forEach((width, index) => {
      this.ops.push(`q 0.5 w ${num(x)} ${num(top - layout.height)} ${num(width)} ${num(layout.height)} re S Q`);
      const align = header ? 'center' : (columns[index]!.align ?? 'left');
      (layout.lines[index] ?? []).forEach((line, lineIndex) => {
        const lineTop = top - CELL_PADDING - lineIndex * fontSize * LINE_HEIGHT;
        const lx = this.lineX(line, fontSize, x + CELL_PADDING, width - 2 * CELL_PADDING, align, 0);
        this.drawText(line, lx, lineTop - (fontSize * LINE_HEIGHT - fontSize) / 2 - fontSize * ASCENT, fontSize, header);
      });
      x += width;
    });
    this.y -= layout.height;
  }

  /** A bordered table with a shaded header row, repeated at the top of every page the table runs onto. */
  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[], options: PdfTableOptions = {}): void {
    const fontSize = options.fontSize ?? 10;
    const weight = columns.reduce((sum, c) => sum + c.width, 0) || 1;
    const widths = columns.map((c) => (c.width / weight) * this.contentWidth);
    const header = this.rowLayout(
      columns.map((c) => c.header),
      widths,
      fontSize,
    );
    const first = rows[0] ? this.rowLayout(rows[0], widths, fontSize) : { height: 0 };
    if (!this.atTop() && !this.fits(header.height + first.height)) this.newPage();
    this.drawRow(header, columns, widths, fontSize, true);
    for (const row of rows) {
      const layout = this.rowLayout(row, widths, fontSize);
      if (!this.fits(layout.height)) {
        this.newPage();
        this.drawRow(header, columns, widths, fontSize, true);
      }
      this.drawRow(layout, columns, widths, fontSize, false);
    }
    if (options.after) this.space(options.after);
  }

  get pageCount(): number {
    return this.pages.length;
  }

  toBuffer(): Buffer {
    const total = this.pages.length;
    const label = this.options.pageLabel ?? ((page: number, count: number) => `第 ${page} 页 共 ${count} 页`);
    const contents = this.pages.map((ops, index) => {
      const text = label(index + 1, total);
      const fontSize = 9;
      const x = (A4.width - textWidth(text, fontSize)) / 2;
      const footer = `BT /F1 ${fontSize} Tf ${num(x)} ${num(this.margin / 2)} Td ${hexString(text)} Tj ET`;
      return [...ops, footer].join('\n');
    });
    return writePdf(contents, this.options);
  }
}
