import { type Color, type PdfPage, rgb, type StandardFont, widthOfTextAtSize, winAnsiCode } from './pdf-writer.js';

/**
 * Text the standard PDF fonts can draw, measured and fitted to a width: what every Opsdesk PDF (the invoice, the
 * service report) needs so that no name or description can make rendering throw or run into the next column.
 */

/**
 * The standard fonts only encode WinAnsi: any other character (`Ł`, an emoji) becomes `?`, and line breaks and tabs
 * become spaces, so no name or description can make rendering throw.
 */
export const encodable = (text: string): string => {
  let out = '';
  for (const char of text.replace(/[\t\r\n]+/g, ' ')) {
    out += winAnsiCode(char.codePointAt(0) ?? -1) === undefined ? '?' : char;
  }
  return out;
};

export const widthOf = (font: StandardFont, text: string, size: number): number => widthOfTextAtSize(font, text, size);

/** `text` cut to `width`, with an ellipsis when it was cut. Expects encodable text. */
export const truncate = (font: StandardFont, text: string, width: number, size: number): string => {
  if (widthOf(font, text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && widthOf(font, `${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
};

/** `text` broken into lines of at most `width` (words kept whole unless one alone is too wide). Expects encodable text. */
export const wrap = (font: StandardFont, text: string, width: number, size: number): string[] => {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (widthOf(font, candidate, size) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A word wider than the column is broken where it has to be.
    while (widthOf(font, current, size) > width) {
      const chars = [...current];
      let cut = chars.length - 1;
      while (cut > 1 && widthOf(font, chars.slice(0, cut).join(''), size) > width) cut--;
      lines.push(chars.slice(0, cut).join(''));
      current = chars.slice(cut).join('');
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
};

/** At most `maxLines` wrapped lines; when more were needed, the last kept one ends with an ellipsis. */
export const wrapAtMost = (
  font: StandardFont,
  text: string,
  width: number,
  size: number,
  maxLines: number,
): string[] => {
  const lines = wrap(font, text, width, size);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(font, `${kept.at(-1)} …`, width, size);
  return kept;
};

// --- Drawing on a page: what both PDFs share --------------------------------------------------------------------

/** A4 portrait, in points, with the margins both documents use. */
export const PAGE_SIZE: [number, number] = [595.28, 841.89];
export const LEFT = 50;
export const RIGHT = PAGE_SIZE[0] - 50;
/** Body text size. */
export const SIZE = 9;
export const GREY = rgb(0.4, 0.4, 0.4);
export const BLACK = rgb(0, 0, 0);

export interface TextOptions {
  font?: StandardFont;
  size?: number;
  color?: Color;
  /** Right-aligned text ends at `x`. */
  align?: 'left' | 'right';
  /** Cut with an ellipsis beyond this width. */
  maxWidth?: number;
}

/** Where drawing happens: the current page and the document's regular font. */
export interface DrawingCursor {
  page: PdfPage;
  fonts: { regular: StandardFont };
}

/** One line of text at (x, y): made encodable, cut to `maxWidth`, right-aligned on request. */
export const drawText = (cursor: DrawingCursor, value: string, x: number, y: number, options: TextOptions = {}) => {
  const font = options.font ?? cursor.fonts.regular;
  const size = options.size ?? SIZE;
  let text = encodable(value);
  if (options.maxWidth !== undefined) text = truncate(font, text, options.maxWidth, size);
  const left = options.align === 'right' ? x - widthOf(font, text, size) : x;
  cursor.page.drawText(text, { x: left, y, font, size, color: options.color ?? BLACK });
};

/** A thin grey line across the text column (or from `from` to `to`). */
export const rule = (cursor: DrawingCursor, y: number, from = LEFT, to = RIGHT) =>
  cursor.page.drawLine({ start: { x: from, y }, end: { x: to, y }, thickness: 0.5, color: GREY });
