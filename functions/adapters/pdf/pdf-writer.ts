import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import {
  HELVETICA_BOLD_KERNING,
  HELVETICA_BOLD_WIDTHS,
  HELVETICA_KERNING,
  HELVETICA_WIDTHS,
  KERN_OFFSET,
  type Kerning,
  WIN_ANSI_SPECIALS,
} from './helvetica-widths.js';

/**
 * A small PDF writer: exactly what the Opsdesk documents need and nothing else — text in two of the standard 14
 * fonts (Helvetica and Helvetica-Bold, WinAnsiEncoding, nothing embedded), lines, filled rectangles, RGB colours,
 * any number of pages and the document information dictionary. Content streams are Flate-compressed with node:zlib.
 *
 * Deterministic: the same calls give the same bytes (no clock, no random; the file identifier is a hash of the
 * content), so a document can be rendered again and compared.
 */

// --- Fonts and text ------------------------------------------------------------------------------------------------

export interface StandardFont {
  /** The PostScript name of one of the standard 14 fonts. */
  readonly name: 'Helvetica' | 'Helvetica-Bold';
  /** Its resource name in every page's font dictionary. */
  readonly key: string;
  /** Advance widths in thousandths of the font size, by WinAnsi byte (0: the byte encodes nothing). */
  readonly widths: readonly number[];
  /** Kerning in thousandths of the font size between two WinAnsi bytes (negative: closer). */
  readonly kern: (left: number, right: number) => number;
}

/** The generated kerning table, decoded: each byte's class on either side, and the amount per pair of classes. */
const kerningOf = (table: Kerning): StandardFont['kern'] => {
  const left = Buffer.from(table.left, 'base64');
  const right = Buffer.from(table.right, 'base64');
  const bytes = Buffer.from(table.pairs, 'base64');
  const pairs = new Map<number, number>();
  for (let index = 0; index + 2 < bytes.length; index += 3) {
    pairs.set(((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0), (bytes[index + 2] ?? 0) - KERN_OFFSET);
  }
  return (l, r) => {
    const leftClass = left[l] ?? 0;
    return leftClass === 0 ? 0 : (pairs.get((leftClass << 8) | (right[r] ?? 0)) ?? 0);
  };
};

export const HELVETICA: StandardFont = {
  name: 'Helvetica',
  key: 'F1',
  widths: HELVETICA_WIDTHS,
  kern: kerningOf(HELVETICA_KERNING),
};
export const HELVETICA_BOLD: StandardFont = {
  name: 'Helvetica-Bold',
  key: 'F2',
  widths: HELVETICA_BOLD_WIDTHS,
  kern: kerningOf(HELVETICA_BOLD_KERNING),
};
const FONTS = [HELVETICA, HELVETICA_BOLD] as const;

const QUESTION_MARK = 0x3f;

/** The WinAnsi byte of a code point, or `undefined` when the standard fonts cannot draw it. */
export const winAnsiCode = (codePoint: number): number | undefined => {
  if ((codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return WIN_ANSI_SPECIALS.get(codePoint);
};

/** The text as WinAnsi bytes; a character WinAnsi does not have becomes `?` (callers replace them before). */
export const encodeWinAnsi = (text: string): number[] => {
  const codes: number[] = [];
  for (const char of text) codes.push(winAnsiCode(char.codePointAt(0) ?? 0) ?? QUESTION_MARK);
  return codes;
};

/**
 * The width of `text` in `font` at `size`, in points: the glyphs' advance widths and the AFM kerning between them —
 * exactly what pdf-lib's `widthOfTextAtSize` measured, so text wraps, is cut and is right-aligned where it was.
 * Like pdf-lib, `drawText` sets the glyphs unkerned: a right-aligned text with a kerned pair in it (`Page`, not an
 * amount) ends a fraction of a point short of its edge, as before.
 */
export const widthOfTextAtSize = (font: StandardFont, text: string, size: number): number => {
  const codes = encodeWinAnsi(text);
  let total = 0;
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] ?? QUESTION_MARK;
    total += (font.widths[code] ?? 0) + (index + 1 < codes.length ? font.kern(code, codes[index + 1] ?? 0) : 0);
  }
  // pdf-lib's arithmetic, to the last bit: the scale first.
  return total * (size / 1000);
};

// --- Numbers, colours and strings in PDF syntax --------------------------------------------------------------------

export interface Color {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

/** A colour in RGB, each component from 0 to 1. */
export const rgb = (red: number, green: number, blue: number): Color => ({ red, green, blue });

/**
 * A number as PDF writes it: in full (the positions pdf-lib wrote, to the last digit), never with an exponent — a
 * magnitude below 1e-6, where JavaScript would write one, is 0 (and there is no `-0`).
 */
const num = (value: number): string => {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) throw new Error(`not a PDF number: ${value}`);
  return Math.abs(value) < 1e-6 ? '0' : String(value);
};

const colorOperands = (color: Color) => `${num(color.red)} ${num(color.green)} ${num(color.blue)}`;

/** A literal string of WinAnsi bytes: printable ASCII as itself, the rest (and `(`, `)`, `\`) escaped. */
const literal = (codes: number[]): string => {
  let out = '(';
  for (const code of codes) {
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code >= 0x20 && code <= 0x7e) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
};

/** A text string for the document information: UTF-16BE with its byte order mark, as hex (any Unicode text). */
const textString = (text: string): string => {
  let hex = '<FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `${hex.toUpperCase()}>`;
};

/** `D:20261101000000Z`: a date in UTC, as PDF dates are written. */
const pdfDate = (date: Date): string => `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

// --- Pages ---------------------------------------------------------------------------------------------------------

export interface TextStyle {
  x: number;
  y: number;
  font: StandardFont;
  size: number;
  color?: Color;
}

export interface LineStyle {
  start: { x: number; y: number };
  end: { x: number; y: number };
  thickness?: number;
  color?: Color;
}

export interface RectangleStyle {
  x: number;
  y: number;
  width: number;
  height: number;
  color?: Color;
}

const BLACK = rgb(0, 0, 0);

/** A page being drawn: its operators, in the order they were drawn (later ones paint over earlier ones). */
export class PdfPage {
  readonly operators: string[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** One line of text with its baseline starting at (x, y), set without kerning (as pdf-lib set it). */
  drawText(text: string, style: TextStyle): void {
    const color = style.color ?? BLACK;
    this.operators.push(
      `BT /${style.font.key} ${num(style.size)} Tf ${colorOperands(color)} rg ${num(style.x)} ${num(style.y)} Td ${literal(
        encodeWinAnsi(text),
      )} Tj ET`,
    );
  }

  drawLine(style: LineStyle): void {
    const { start, end } = style;
    this.operators.push(
      `q ${colorOperands(style.color ?? BLACK)} RG ${num(style.thickness ?? 1)} w ${num(start.x)} ${num(start.y)} m ${num(
        end.x,
      )} ${num(end.y)} l S Q`,
    );
  }

  /** A rectangle filled with `color`, its lower left corner at (x, y). */
  drawRectangle(style: RectangleStyle): void {
    this.operators.push(
      `q ${colorOperands(style.color ?? BLACK)} rg ${num(style.x)} ${num(style.y)} ${num(style.width)} ${num(
        style.height,
      )} re f Q`,
    );
  }
}

// --- The document --------------------------------------------------------------------------------------------------

export interface DocumentInfo {
  title?: string;
  subject?: string;
  author?: string;
  creator?: string;
  producer?: string;
  creationDate?: Date;
  modificationDate?: Date;
}

export interface DocumentOptions {
  /** The document's natural language (the catalog's /Lang), e.g. `en`. */
  language?: string;
  /** Flate-compress the page contents (default true). */
  compress?: boolean;
}

export class PdfDocument {
  private readonly pages: PdfPage[] = [];
  info: DocumentInfo = {};

  constructor(private readonly options: DocumentOptions = {}) {}

  addPage([width, height]: readonly [number, number]): PdfPage {
    const page = new PdfPage(width, height);
    this.pages.push(page);
    return page;
  }

  getPages(): readonly PdfPage[] {
    return this.pages;
  }

  /** The whole file: header, objects, cross-reference table and trailer. */
  save(): Uint8Array {
    const compress = this.options.compress ?? true;
    // Objects 1–6 are fixed (catalog, page tree, information, resources, the two fonts); then each page and its
    // contents.
    const CATALOG = 1;
    const PAGES = 2;
    const INFO = 3;
    const RESOURCES = 4;
    const firstFont = 5;
    const firstPage = firstFont + FONTS.length;
    const pageRef = (index: number) => firstPage + 2 * index;

    const chunks: Buffer[] = [];
    const offsets: number[] = [];
    let length = 0;
    const write = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
      chunks.push(buffer);
      length += buffer.length;
    };
    const object = (id: number, body: string) => {
      offsets[id] = length;
      write(`${id} 0 obj\n${body}\nendobj\n`);
    };
    const stream = (id: number, data: Buffer, dictionary: string) => {
      offsets[id] = length;
      write(`${id} 0 obj\n<< ${dictionary}/Length ${data.length} >>\nstream\n`);
      write(data);
      write('\nendstream\nendobj\n');
    };

    // A binary comment after the header tells transfer tools the file is binary.
    write('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n');
    const lang = this.options.language ? ` /Lang ${literal(encodeWinAnsi(this.options.language))}` : '';
    object(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R${lang} >>`);
    const kids = this.pages.map((_, index) => `${pageRef(index)} 0 R`).join(' ');
    object(PAGES, `<< /Type /Pages /Kids [${kids}] /Count ${this.pages.length} >>`);
    object(INFO, `<< ${infoEntries(this.info)}>>`);
    const fonts = FONTS.map((font, index) => `/${font.key} ${firstFont + index} 0 R`).join(' ');
    object(RESOURCES, `<< /Font << ${fonts} >> >>`);
    FONTS.forEach((font, index) => {
      object(firstFont + index, `<< /Type /Font /Subtype /Type1 /BaseFont /${font.name} /Encoding /WinAnsiEncoding >>`);
    });
    this.pages.forEach((page, index) => {
      const id = pageRef(index);
      object(
        id,
        `<< /Type /Page /Parent ${PAGES} 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources ${RESOURCES} 0 R /Contents ${id + 1} 0 R >>`,
      );
      const content = Buffer.from(page.operators.join('\n'), 'latin1');
      if (compress) stream(id + 1, deflateSync(content), '/Filter /FlateDecode ');
      else stream(id + 1, content, '');
    });

    const size = firstPage + 2 * this.pages.length;
    const xref = length;
    // Each entry is exactly 20 bytes: ten digits offset, five digits generation, the type, a two-byte line end.
    let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let id = 1; id < size; id++) table += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
    const id = createHash('md5').update(Buffer.concat(chunks)).digest('hex').toUpperCase();
    write(table);
    write(`trailer\n<< /Size ${size} /Root ${CATALOG} 0 R /Info ${INFO} 0 R /ID [<${id}> <${id}>] >>\n`);
    write(`startxref\n${xref}\n%%EOF\n`);
    return new Uint8Array(Buffer.concat(chunks));
  }
}

const infoEntries = (info: DocumentInfo): string => {
  const entries: [string, string | undefined][] = [
    ['Title', info.title === undefined ? undefined : textString(info.title)],
    ['Subject', info.subject === undefined ? undefined : textString(info.subject)],
    ['Author', info.author === undefined ? undefined : textString(info.author)],
    ['Creator', info.creator === undefined ? undefined : textString(info.creator)],
    ['Producer', info.producer === undefined ? undefined : textString(info.producer)],
    ['CreationDate', info.creationDate && pdfDate(info.creationDate)],
    ['ModDate', info.modificationDate && pdfDate(info.modificationDate)],
  ];
  return entries.map(([key, value]) => (value === undefined ? '' : `/${key} ${value} `)).join('');
};
