import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  encodeWinAnsi,
  HELVETICA,
  HELVETICA_BOLD,
  PdfDocument,
  rgb,
  type StandardFont,
  widthOfTextAtSize,
  winAnsiCode,
} from '../../../../functions/adapters/pdf/pdf-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'pdf-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
const fileOf = (bytes: Uint8Array): string => {
  const file = join(dir, `writer-${files++}.pdf`);
  writeFileSync(file, bytes);
  return file;
};
/** Poppler’s reading of the file: the text of each page, separated by form feeds. */
const textOf = (bytes: Uint8Array): string =>
  execFileSync('/usr/bin/pdftotext', ['-layout', fileOf(bytes), '-'], { encoding: 'utf8' });
const pagesOf = (text: string): string[] => text.split('\f').slice(0, -1);

const A4: [number, number] = [595.28, 841.89];
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A document with `pages` pages of a few lines each, drawn the way the invoice and the report draw. */
const sample = (pages = 2, options: { compress?: boolean } = {}) => {
  const doc = new PdfDocument({ language: 'en', ...options });
  doc.info = {
    title: 'Invoice OD-2026-000042',
    author: 'Opsdesk',
    creator: 'Opsdesk',
    producer: 'Opsdesk',
    creationDate: new Date('2026-10-31T23:30:00.000Z'),
    modificationDate: new Date('2026-10-31T23:30:00.000Z'),
  };
  for (let index = 0; index < pages; index++) {
    const page = doc.addPage(A4);
    page.drawText(`Page ${index + 1} heading`, { x: 50, y: 780, font: HELVETICA_BOLD, size: 14 });
    page.drawText('Webmaster time (2 × 15 min) \\ fee', { x: 50, y: 760, font: HELVETICA, size: 9 });
    page.drawText('Grüße – 5 € • done…', { x: 50, y: 745, font: HELVETICA, size: 9, color: rgb(0.4, 0.4, 0.4) });
    page.drawLine({ start: { x: 50, y: 740 }, end: { x: 545.28, y: 740 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
  }
  return doc;
};

/** Every object’s offset in the cross-reference table, checked against where `n 0 obj` really starts. */
const xrefProblems = (bytes: Uint8Array): string[] => {
  const text = latin1(bytes);
  const problems: string[] = [];
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  if (!text.startsWith('xref\n', startxref)) problems.push(`startxref ${startxref} is not the table`);
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  if (first !== '0') problems.push(`the table starts at ${first}`);
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(2, 2 + Number(count));
  entries.forEach((entry, id) => {
    if (`${entry}\n`.length !== 20) problems.push(`entry ${id} is ${entry.length + 1} bytes`);
    if (id === 0) return;
    const offset = Number(entry.slice(0, 10));
    if (!text.startsWith(`${id} 0 obj\n`, offset)) problems.push(`object ${id} is not at ${offset}`);
  });
  const size = Number(/\/Size (\d+)/.exec(text.slice(startxref))?.[1]);
  if (size !== Number(count)) problems.push(`/Size ${size} for ${count} entries`);
  return problems;
};

/** The page contents as written: each `stream … endstream`, inflated when it is Flate-compressed. */
const contentStreams = (bytes: Uint8Array): string[] => {
  const buffer = Buffer.from(bytes);
  const streams: string[] = [];
  const text = latin1(bytes);
  for (const match of text.matchAll(/<< (\/Filter \/FlateDecode )?\/Length (\d+) >>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const data = buffer.subarray(start, start + Number(match[2]));
    streams.push((match[1] ? inflateSync(data) : data).toString('latin1'));
  }
  return streams;
};

describe('PdfDocument', () => {
  it('writes a file pdf-lib reads back: pages, their size and the document information', async () => {
    const bytes = sample(3).save();
    expect(latin1(bytes.subarray(0, 9))).toBe('%PDF-1.7\n');
    const read = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    expect(read.getPageCount()).toBe(3);
    expect(read.getPage(2).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(read.getTitle()).toBe('Invoice OD-2026-000042');
    expect(read.getAuthor()).toBe('Opsdesk');
    expect(read.getCreator()).toBe('Opsdesk');
    expect(read.getProducer()).toBe('Opsdesk');
    expect(read.getCreationDate()?.toISOString()).toBe('2026-10-31T23:30:00.000Z');
    expect(read.getModificationDate()?.toISOString()).toBe('2026-10-31T23:30:00.000Z');
    expect(read.catalog.lookup(PDFName.of('Lang'), PDFString).asString()).toBe('en');
  });

  it('keeps a correct cross-reference table and trailer', () => {
    for (const pages of [0, 1, 7]) expect(xrefProblems(sample(pages).save())).toEqual([]);
    expect(latin1(sample(1).save())).toMatch(
      /trailer\n<< \/Size 9 \/Root 1 0 R \/Info 3 0 R \/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\] >>/,
    );
  });

  it('writes text poppler extracts page by page, WinAnsi characters and escaped parentheses included', () => {
    const pages = pagesOf(textOf(sample(2).save()));
    expect(pages).toHaveLength(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} heading`);
      expect(page).toContain('Webmaster time (2 × 15 min) \\ fee');
      expect(page).toContain('Grüße – 5 € • done…');
    });
  });

  it('uses the standard fonts without embedding them', () => {
    const fonts = execFileSync('/usr/bin/pdffonts', [fileOf(sample(1).save())], { encoding: 'utf8' });
    expect(fonts).toMatch(/^Helvetica\s+Type 1\s+WinAnsi\s+no\s+no\s+no/m);
    expect(fonts).toMatch(/^Helvetica-Bold\s+Type 1\s+WinAnsi\s+no\s+no\s+no/m);
  });

  it('compresses the page contents with Flate, or writes them plain when asked', () => {
    const compressed = sample(2).save();
    const plain = sample(2, { compress: false }).save();
    expect(latin1(compressed)).toContain('/Filter /FlateDecode');
    expect(latin1(plain)).not.toContain('/FlateDecode');
    expect(compressed.length).toBeLessThan(plain.length);
    const operators = contentStreams(plain);
    expect(contentStreams(compressed)).toEqual(operators);
    expect(operators).toHaveLength(2);
    expect(operators[0]).toContain('BT /F2 14 Tf 0 0 0 rg 50 780 Td (Page 1 heading) Tj ET');
    expect(operators[0]).toContain('(Webmaster time \\(2 \\327 15 min\\) \\\\ fee) Tj');
    expect(operators[0]).toContain('0.4 0.4 0.4 rg 50 745 Td (Gr\\374\\337e \\226 5 \\200 \\225 done\\205) Tj');
    expect(operators[0]).toContain('q 0.4 0.4 0.4 RG 0.5 w 50 740 m 545.28 740 l S Q');
  });

  it('fills rectangles in their colour', () => {
    const doc = new PdfDocument();
    const page = doc.addPage([100, 100]);
    page.drawRectangle({ x: 10, y: 60, width: 30, height: 30, color: rgb(1, 0, 0) });
    page.drawRectangle({ x: 60, y: 10, width: 30, height: 30, color: rgb(0, 0, 1) });
    const file = fileOf(doc.save());
    // 72 dpi: one pixel a point, rows counted from the top.
    const ppm = execFileSync('/usr/bin/pdftoppm', ['-r', '72', '-singlefile', file], { maxBuffer: 1 << 20 });
    const pixels = ppm.subarray(ppm.length - 100 * 100 * 3);
    const at = (x: number, yFromTop: number) => [
      ...pixels.subarray((yFromTop * 100 + x) * 3, (yFromTop * 100 + x) * 3 + 3),
    ];
    expect(at(25, 25)).toEqual([255, 0, 0]);
    expect(at(75, 75)).toEqual([0, 0, 255]);
    expect(at(75, 25)).toEqual([255, 255, 255]);
  });

  it('writes the same bytes for the same drawing, and other bytes for another', () => {
    const first = sample(2).save();
    expect(Buffer.from(sample(2).save()).equals(Buffer.from(first))).toBe(true);
    const other = sample(2);
    other.info.title = 'Invoice OD-2026-000043';
    expect(Buffer.from(other.save()).equals(Buffer.from(first))).toBe(false);
  });

  it('keeps any Unicode in the document information and draws what WinAnsi lacks as "?"', async () => {
    const doc = new PdfDocument();
    doc.info = { title: 'Service report — Łódź Systems 🚀 株式会社' };
    doc.addPage(A4).drawText('Łódź 🚀 ok', { x: 50, y: 700, font: HELVETICA, size: 9 });
    const bytes = doc.save();
    expect((await PDFDocument.load(bytes, { updateMetadata: false })).getTitle()).toBe(
      'Service report — Łódź Systems 🚀 株式会社',
    );
    expect(textOf(bytes)).toContain('?ód? ? ok');
  });
});

describe('widthOfTextAtSize', () => {
  const fonts: [StandardFont, StandardFonts][] = [
    [HELVETICA, StandardFonts.Helvetica],
    [HELVETICA_BOLD, StandardFonts.HelveticaBold],
  ];

  it('measures every WinAnsi character as pdf-lib’s AFM metrics do', async () => {
    const doc = await PDFDocument.create();
    for (const [font, name] of fonts) {
      const reference = await doc.embedFont(name);
      const characters = reference.getCharacterSet();
      expect(characters).toHaveLength(218);
      for (const codePoint of characters) {
        const char = String.fromCodePoint(codePoint);
        expect(winAnsiCode(codePoint)).toBe(Number.parseInt(reference.encodeText(char).asString(), 16));
        expect(widthOfTextAtSize(font, char, 9)).toBe(reference.widthOfTextAtSize(char, 9));
      }
    }
  });

  it('kerns every pair of WinAnsi characters as pdf-lib measures it', async () => {
    const doc = await PDFDocument.create();
    for (const [font, name] of fonts) {
      const reference = await doc.embedFont(name);
      const characters = reference.getCharacterSet().map((codePoint) => String.fromCodePoint(codePoint));
      const differing: string[] = [];
      let kerned = 0;
      for (const left of characters) {
        for (const right of characters) {
          const expected = reference.widthOfTextAtSize(left + right, 10);
          if (widthOfTextAtSize(font, left + right, 10) !== expected) differing.push(left + right);
          if (expected !== reference.widthOfTextAtSize(left, 10) + reference.widthOfTextAtSize(right, 10)) kerned++;
        }
      }
      expect(differing).toEqual([]);
      expect(kerned).toBeGreaterThan(1000);
    }
  });

  it('measures whole strings as pdf-lib did, so text wraps where it wrapped', async () => {
    const doc = await PDFDocument.create();
    const texts = [
      'path=/var/www/shop.baeckerei-mueller.de/wp-content/uploads',
      'Page 12 of 14',
      'AVANTGARDE Type, Ltd. “quoted” P.O. Box 7',
      'EUR 1,234,567.89',
      'Grüße aus Köln – 5 € • Ÿes',
      'Kulturverein Nord e.V. ',
    ];
    for (const [font, name] of fonts) {
      const reference = await doc.embedFont(name);
      for (const text of texts) {
        expect(widthOfTextAtSize(font, text, 8)).toBe(reference.widthOfTextAtSize(text, 8));
      }
    }
    // Kerning is there: `AV` is narrower than `A` and `V` apart.
    expect(widthOfTextAtSize(HELVETICA, 'AV', 10)).toBeLessThan(
      widthOfTextAtSize(HELVETICA, 'A', 10) + widthOfTextAtSize(HELVETICA, 'V', 10),
    );
  });

  it('measures a character WinAnsi lacks as the "?" it is drawn as', () => {
    expect(encodeWinAnsi('Ł🚀')).toEqual([0x3f, 0x3f]);
    expect(widthOfTextAtSize(HELVETICA, 'Ł🚀', 10)).toBe(widthOfTextAtSize(HELVETICA, '??', 10));
  });
});
