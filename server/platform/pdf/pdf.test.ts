import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PdfDocument } from './pdf-document.ts';
import { hexString, metadataString, textWidth, wrapText } from './pdf-text.ts';

const hexOf = (text: string) => hexString(text).slice(1, -1);

/** The decompressed content streams of a file, in object order. */
function contentStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const pattern = /\/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    out.push(inflateSync(pdf.subarray(start, start + Number(match[1]))).toString('latin1'));
  }
  return out;
}

function pageCount(pdf: Buffer): number {
  return Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(pdf.toString('latin1'))![1]);
}

test('text is UTF-16BE hex; characters outside the BMP are replaced; metadata carries a byte-order mark', () => {
  assert.equal(hexString('驻村工作队'), '<9A7B67515DE54F5C961F>');
  assert.equal(hexString('A1'), '<00410031>');
  assert.equal(hexString('𠀀x'), '<25A10078>');
  assert.equal(metadataString('月报'), '<FEFF670862A5>');
});

test('ASCII is half an em, CJK a full em; wrapping keeps words whole and closing punctuation off a line start', () => {
  assert.equal(textWidth('ab中', 10), 20);
  assert.deepEqual(wrapText('一二三四五', 10, 30), ['一二三', '四五']);
  assert.deepEqual(wrapText('一二三，四', 10, 30), ['一二', '三，四'], 'the comma takes the character before it along, inside the width');
  assert.deepEqual(wrapText('第一书记（名）', 10, 65), ['第一书记', '（名）'], 'a header breaks before its unit');
  assert.deepEqual(wrapText('驻村工作队（支）', 10, 60), ['驻村工作队', '（支）'], 'an opening bracket never ends a line');
  assert.deepEqual(wrapText('ab 123。', 10, 30), ['ab 123。'], 'after a word the punctuation hangs rather than split it');
  assert.deepEqual(wrapText('一，', 10, 10), ['一，'], 'nor does it empty a line');
  for (const text of ['全县共有行政村381个，其中358个村派驻了工作队；共选派驻村工作队355支、第一书记364名。', '其中党员（名）派出单位（个）']) {
    for (const width of [40, 55, 65, 100, 130]) {
      const lines = wrapText(text, 10, width);
      assert.equal(lines.join(''), text);
      assert.ok(lines.every((l) => textWidth(l, 10) <= width + 0.01), `${width}: ${lines.join(' | ')}`);
      assert.ok(lines.slice(1).every((l) => !'，。；、）'.includes(l[0]!)) && lines.every((l) => !l.endsWith('（')), lines.join(' | '));
    }
  }
  assert.deepEqual(wrapText('ab 12345', 10, 30), ['ab ', '12345']);
  assert.deepEqual(wrapText('甲\n乙', 10, 100), ['甲', '乙']);
  assert.deepEqual(wrapText('一二三四', 10, 40, 20), ['一二', '三四']);
});

test('the file has a header, an xref whose every offset points at its object, a trailer and startxref', () => {
  const doc = new PdfDocument({ title: '会泽县驻村帮扶工作月报', createdAt: new Date('2026-12-01T00:00:00Z') });
  doc.title('会泽县驻村帮扶工作月报（2026年11月）');
  doc.paragraph('全县共选派驻村工作队355支、第一书记364名、驻村干部1032名。', { indent: 2 });
  const pdf = doc.toBuffer();
  const text = pdf.toString('latin1');
  assert.ok(text.startsWith('%PDF-1.4\n'));
  assert.ok(text.endsWith('%%EOF\n'));

  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  assert.ok(text.startsWith('xref\n', startxref));
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!;
  assert.equal(first, '0');
  const entries = text.slice(startxref).split('\n').slice(2, 2 + Number(count));
  assert.equal(entries[0], '0000000000 65535 f\r');
  for (const [index, entry] of entries.slice(1).entries()) {
    assert.match(entry, /^\d{10} 00000 n\r$/);
    assert.ok(text.startsWith(`${index + 1} 0 obj\n`, Number(entry.slice(0, 10))), `object ${index + 1}`);
  }
  const trailer = /trailer\n<< \/Size (\d+) \/Root (\d+) 0 R \/Info (\d+) 0 R >>/.exec(text)!;
  assert.equal(Number(trailer[1]), Number(count));
  assert.ok(text.includes('/Type /Catalog'));
  assert.ok(text.includes('/BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>'));
  assert.ok(text.includes('/Encoding /UniGB-UCS2-H'));
  assert.ok(text.includes(`/Title ${metadataString('会泽县驻村帮扶工作月报')}`));
  assert.ok(text.includes("/CreationDate (D:20261201080000+08'00')"));

  const [page] = contentStreams(pdf);
  assert.ok(page!.includes(hexOf('驻村工作队')));
  assert.ok(page!.includes(hexOf('第 1 页 共 1 页')));
  assert.equal(pageCount(pdf), 1);
});

test('a long table runs onto three pages, each opening with the header row and numbered N of 3', () => {
  const doc = new PdfDocument({ title: '表' });
  const columns = [
    { header: '乡镇', width: 3 },
    { header: '工作队', width: 1, align: 'right' as const },
  ];
  const rows = Array.from({ length: 80 }, (_, i) => [`第${i + 1}乡镇`, String(i)]);
  doc.table(columns, rows);
  const pdf = doc.toBuffer();
  assert.equal(doc.pageCount, 3);
  assert.equal(pageCount(pdf), 3);
  const pages = contentStreams(pdf);
  assert.equal(pages.length, 3);
  pages.forEach((page, index) => {
    assert.ok(page.includes(hexOf('乡镇')), `header on page ${index + 1}`);
    assert.ok(page.includes(hexOf(`第 ${index + 1} 页 共 3 页`)));
  });
  assert.ok(pages[0]!.includes(hexOf('第1乡镇')));
  assert.ok(pages[2]!.includes(hexOf('第80乡镇')));
  assert.ok(!pages[0]!.includes(hexOf('第80乡镇')));
});

test('pdftotext reads the Chinese back', { skip: !existsSync('/usr/bin/pdftotext') }, () => {
  const doc = new PdfDocument({ title: '月报' });
  doc.paragraph('全县共选派驻村工作队355支。');
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'a.pdf');
    writeFileSync(file, doc.toBuffer());
    const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
    assert.ok(text.includes('驻村工作队355支'), text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
