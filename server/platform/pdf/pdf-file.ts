import { deflateSync } from 'node:zlib';
import { metadataString } from './pdf-text.ts';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export type PdfMetadata = { title: string; author?: string; subject?: string; createdAt?: Date };

/** D:20261106083000+08'00' — the creation date in Beijing time, as readers show it. */
export function pdfDate(date: Date): string {
  const beijing = new Date(date.getTime() + 8 * 3600_000).toISOString();
  const digits = beijing.slice(0, 19).replace(/[-T:]/g, '');
  return `D:${digits}+08'00'`;
}

/**
 * The font every page uses: STSong-Light, which PDF readers carry (or substitute) for Adobe-GB1,
 * so nothing is embedded. ASCII maps to the half-width CIDs (814–939, 7712–7716), declared 500
 * wide so the layout's measure and the reader's advance agree.
 */
const fontObjects = (descendant: number, descriptor: number): string[] => [
  `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${descendant} 0 R] >>`,
  `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500 814 939 500 7712 7716 500] >>`,
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];

/**
 * Serializes pages (each a content stream of drawing operators) into a PDF 1.4 file: catalog,
 * page tree, one shared font, deflated contents, the info dictionary, and a cross-reference
 * table whose offsets are the byte positions of each `N 0 obj`.
 */
export function writePdf(pageContents: readonly string[], metadata: PdfMetadata): Buffer {
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer | null): number => {
    objects.push(body ?? '');
    return objects.length;
  };
  const catalog = add(null);
  const pages = add(null);
  const font = add(null);
  const descendant = add(null);
  const descriptor = add(null);
  const [type0, cidFont, fontDescriptor] = fontObjects(descendant, descriptor);
  objects[font - 1] = type0!;
  objects[descendant - 1] = cidFont!;
  objects[descriptor - 1] = fontDescriptor!;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R >>`;

  const kids: number[] = [];
  for (const content of pageContents) {
    const data = deflateSync(Buffer.from(content, 'latin1'));
    const stream = Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
    const contents = add(stream);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[pages - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  const info = [`/Title ${metadataString(metadata.title)}`, `/Producer ${metadataString('zhucun')}`, `/CreationDate (${pdfDate(metadata.createdAt ?? new Date())})`];
  if (metadata.author) info.push(`/Author ${metadataString(metadata.author)}`);
  if (metadata.subject) info.push(`/Subject ${metadataString(metadata.subject)}`);
  const infoObject = add(`<< ${info.join(' ')} >>`);

  // The binary comment line tells transfer tools the file is not text.
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, CR LF.
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f\r\n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`)].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObject} 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(parts);
}
