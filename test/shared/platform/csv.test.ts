import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../shared/platform/csv.js';
import { parseCsv } from '../../support/csv.js';

/** What a spreadsheet would read as the start of a formula (OWASP, CSV injection). */
const DANGEROUS_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One field back from its CSV form (RFC 4180). */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);

/** Text rich in what matters here: formula starts, separators, quotes, line breaks. */
const risky = fc.string({
  unit: fc.oneof(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', "'", '.', ' ', '0', '1', '9'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

describe('CSV cells (RFC 4180, OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+49 30 123', "'+49 30 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+2', `"'\t=1+2"`],
    ['\r=1+2', `"'\r=1+2"`],
    ['-', "'-"],
    ['-1e3', "'-1e3"],
    ['-123.45', '-123.45'],
    ['-0.05', '-0.05'],
    ['1416.16', '1416.16'],
    ['Kulturverein "Nord", e.V.', '"Kulturverein ""Nord"", e.V."'],
    ['Verein;=1+2', '"Verein;=1+2"'],
    ['Agentur\nMitte', '"Agentur\nMitte"'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('no cell, read back, starts a formula unless it is a plain number (fast-check)', () => {
    fc.assert(
      fc.property(risky, (value) => {
        const cell = csvCell(value);
        const read = unquote(cell);
        expect(read === value || read === `'${value}`).toBe(true);
        if (DANGEROUS_START.test(read)) expect(read).toMatch(PLAIN_NUMBER);
        if (!cell.startsWith('"')) expect(cell).not.toMatch(/[",;\r\n\t]/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a document keeps its rows and columns, whatever the cells hold (fast-check)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) => fc.array(fc.array(risky, { minLength: width, maxLength: width }), { maxLength: 5 })),
        (rows) => {
          const header = rows[0]?.map((_, index) => `c${index}`) ?? ['c0'];
          const text = csvDocument(header, rows);
          expect(text.endsWith('\r\n')).toBe(true);
          const parsed = parseCsv(text);
          expect(parsed).toEqual([header, ...rows.map((row) => row.map((value) => unquote(csvCell(value))))]);
          for (const cell of parsed.flat()) if (DANGEROUS_START.test(cell)) expect(cell).toMatch(PLAIN_NUMBER);
        },
      ),
      { numRuns: 500 },
    );
  });
});
