import { type CsvValue, csvDocument } from '../platform/csv.js';
import type { Invoice } from './invoices.js';

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
const invoiceRow = (invoice: Invoice): CsvValue[] => [
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
];

/** Every cell through `csvCell` (formula-safe, RFC 4180); every record ends with CRLF. */
export const invoicesCsv = (page: { items: Invoice[] }): string =>
  csvDocument(INVOICE_CSV_COLUMNS, page.items.map(invoiceRow));
