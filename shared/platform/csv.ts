/**
 * The one place CSV cells are written: every CSV the product produces goes through `csvCell`.
 *
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a
 * formula (`=HYPERLINK("http://evil","x")` in a customer's name). Such a cell gets a leading `'`, which
 * makes it text — unless it is a plain number (`-123.45`, a credit note's amount), which stays a number
 * so finance's spreadsheets can add it up (docs/decisions.md, "Security (issue 11)").
 * Then RFC 4180: a cell holding a comma, quote, CR or LF — or a semicolon or tab, the separators of
 * other locales' readers, so no formula can be split off into a cell of its own — is quoted, quotes doubled.
 */
export type CsvValue = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",;\r\n\t]/;

export const csvCell = (value: CsvValue): string => {
  const text = String(value);
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** One record: its cells, comma-separated. */
const csvRecord = (cells: readonly CsvValue[]): string => cells.map(csvCell).join(',');

/** A whole document: the header, then the rows; every record ends with CRLF (RFC 4180). */
export const csvDocument = (header: readonly string[], rows: readonly (readonly CsvValue[])[]): string =>
  [header, ...rows].map((cells) => `${csvRecord(cells)}\r\n`).join('');
