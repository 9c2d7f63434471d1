import type { Invoice } from './invoices.js';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Minor units as a decimal amount with two places ("1234.50"): what spreadsheets and ledgers read. */
const decimal = (minor: number): string => {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

export const INVOICE_CSV_COLUMNS = [
  'number',
  'period',
  'issued_at',
  'status',
  'customer',
  'customer_country',
  'customer_vat_id',
  'vat_treatment',
  'currency',
  'net',
  'vat',
  'gross',
  'kind',
  'reference',
  'paid_at',
] as const;

/** Finance's export (`Accept: text/csv` on `GET /api/finance/invoices`): one row per invoice, CRLF lines. */
const invoiceRow = (invoice: Invoice): string =>
  [
    invoice.number,
    invoice.periodId,
    invoice.issuedAt,
    invoice.status,
    invoice.buyer.name,
    invoice.buyer.country,
    invoice.buyer.vatId ?? '',
    invoice.vatTreatment,
    invoice.currency,
    decimal(invoice.net),
    decimal(invoice.vat.reduce((sum, line) => sum + line.amount, 0)),
    decimal(invoice.gross),
    invoice.kind,
    // A credit note names the invoice it cancels; a voided invoice its credit note.
    invoice.creditNoteOf?.number ?? invoice.creditNote?.number ?? '',
    invoice.paidAt ?? '',
  ]
    .map(csvField)
    .join(',');

/** Every record ends with CRLF (the empty last element). */
export const invoicesCsv = (page: { items: Invoice[] }): string =>
  [INVOICE_CSV_COLUMNS.join(','), ...page.items.map(invoiceRow), ''].join('\r\n');
