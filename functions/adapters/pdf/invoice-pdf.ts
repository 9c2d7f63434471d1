import type { IncludedLine, Invoice } from '../../../shared/billing/invoices.js';
import { readableDate } from '../../../shared/platform/readable-time.js';
import { drawText, encodable, GREY, LEFT, PAGE_SIZE, RIGHT, rule, SIZE, wrap, wrapAtMost } from './pdf-text.js';
import { HELVETICA, HELVETICA_BOLD, PdfDocument, type PdfPage, rgb, type StandardFont } from './pdf-writer.js';

/**
 * The invoice as a PDF: the legal invoice document in the sense of Art. 226 of the EU VAT Directive
 * (Council Directive 2006/112/EC). It carries the date of issue, the sequential number, the seller's
 * and the buyer's names and addresses, the seller's VAT ID (and the buyer's, which reverse charge
 * needs), the service period, the quantity and nature of the services, unit prices, the taxable
 * amount, rate and VAT per rate, the totals, and the reverse-charge or out-of-scope mention. A credit
 * note (Art. 219) names the invoice it cancels; a voided invoice names its credit note.
 *
 * Pure: an invoice in, bytes out, no I/O. The same invoice always renders to the same bytes.
 */

/** A4 portrait, in points. */
const TOP = PAGE_SIZE[1] - 50;
/** Content stays above this; the footer sits below it. */
const BOTTOM = 70;
const FOOTER_Y = 35;

const LINE = 12;
/** Space between two rows of the lines table. */
const ROW_GAP = 3;
const RED = rgb(0.75, 0.1, 0.1);

/** The lines table: text columns by left edge and width, numbers by right edge. */
const COLUMNS = {
  description: { x: LEFT, width: 205 },
  quantity: { right: 295 },
  unit: { x: 305, width: 65 },
  unitPrice: { right: 455 },
  amount: { right: RIGHT },
} as const;
/** A description wraps to at most this many lines; the rest is cut with an ellipsis. */
const MAX_DESCRIPTION_LINES = 6;

/** The buyer's block on the left, the invoice's facts on the right. */
const BUYER_WIDTH = 250;
const FACTS_LABEL_X = 320;
const FACTS_VALUE_X = 420;

const NOTES: Record<Invoice['vatTreatment'], string | null> = {
  domestic: null,
  reverse_charge:
    'Reverse charge: VAT is to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).',
  outside_eu: "Not subject to VAT in the seller's country (place of supply outside the EU).",
};

/** Minor units as `EUR 1,234.50` (currency code, thousands commas, two decimals, `-` for negatives). */
export const formatAmount = (minor: number, currency: string): string => {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${sign}${units}.${String(abs % 100).padStart(2, '0')}`;
};

export const invoicePdfFilename = (invoice: Invoice): string => `${invoice.number}.pdf`;

const quantityFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A VAT rate in basis points as a percentage: 1900 → `19%`, 750 → `7.5%`. */
const formatRate = (basisPoints: number): string => `${basisPoints / 100}%`;

/**
 * The seller's zone: an invoice's dates (issued, due, paid) are the calendar days in it. The service period is the
 * billing period, a calendar month in UTC (docs/billing.md), so its days are UTC days.
 */
const SELLER_ZONE = 'Europe/Berlin';

/** `Sun 1 Nov 2026`: the day of an instant in the seller's zone, worded as the e-mails and the web app word it. */
const dayOf = (iso: string): string => readableDate(Date.parse(iso), SELLER_ZONE);

/** `1 Oct 2026`: a UTC day without its weekday. */
const utcDay = (ms: number): string => readableDate(ms, 'UTC').replace(/^\S+ /, '');

/** First day – last day (UTC); the period's end is exclusive, so its last day is the one before. */
const servicePeriod = ({ start, end }: Invoice['servicePeriod']): string =>
  `${utcDay(Date.parse(start))} – ${utcDay(Date.parse(end) - 1)}`;

/** `DE89 1005 0000 0612 3456 78`: an IBAN as it is printed, in groups of four. */
export const printedIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** `14 days net`, `Due on receipt`. */
const termsOf = (days: number): string => (days === 0 ? 'Due on receipt' : `${days} days net`);

/** The unit of an included line, as "of" its allowance: `of 120 min`, `of 50 runs` (like `of 31 days`). */
const allowanceOf = (line: IncludedLine): string => {
  const unit = line.unit === 'minutes' ? 'min' : line.allowance === 1 ? line.unit.replace(/s$/, '') : line.unit;
  return `of ${quantityFormat.format(line.allowance)} ${unit}`;
};

// --- Drawing ------------------------------------------------------------------------------------

interface Fonts {
  regular: StandardFont;
  bold: StandardFont;
}

/** Where the next thing goes: the current page and the baseline below which it is drawn. */
interface Cursor {
  doc: PdfDocument;
  fonts: Fonts;
  invoice: Invoice;
  page: PdfPage;
  y: number;
}

const titleOf = (invoice: Invoice) => (invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice');

/** A further page, headed with what it continues. */
const addPage = (cursor: Cursor) => {
  cursor.page = cursor.doc.addPage(PAGE_SIZE);
  cursor.y = TOP;
  drawText(cursor, `${titleOf(cursor.invoice)} ${cursor.invoice.number} (continued)`, LEFT, cursor.y, {
    font: cursor.fonts.bold,
    size: 11,
  });
  cursor.y -= 2 * LINE;
};

/** Starts a new page unless `height` still fits above the footer; `onNewPage` draws a repeated header. */
const ensureSpace = (cursor: Cursor, height: number, onNewPage?: () => void) => {
  if (cursor.y - height >= BOTTOM) return;
  addPage(cursor);
  onNewPage?.();
};

/** A party's block: name in bold, address lines, VAT ID; returns the y below it. */
const drawParty = (cursor: Cursor, party: Invoice['seller'], label: string, x: number, y: number, width: number) => {
  let line = y;
  drawText(cursor, label, x, line, { size: 8, color: GREY });
  line -= LINE;
  drawText(cursor, party.name, x, line, { font: cursor.fonts.bold, size: 10, maxWidth: width });
  line -= LINE;
  for (const address of party.address) {
    drawText(cursor, address, x, line, { maxWidth: width });
    line -= LINE;
  }
  if (party.vatId) {
    drawText(cursor, `VAT ID ${party.vatId}`, x, line, { maxWidth: width });
    line -= LINE;
  }
  if ('email' in party && party.email) {
    drawText(cursor, party.email, x, line, { maxWidth: width });
    line -= LINE;
  }
  return line;
};

const drawHeader = (cursor: Cursor) => {
  const { invoice, fonts } = cursor;
  drawText(cursor, titleOf(invoice), RIGHT, cursor.y - 6, { font: fonts.bold, size: 22, align: 'right' });
  cursor.y = drawParty(cursor, invoice.seller, 'From', LEFT, cursor.y, BUYER_WIDTH) - LINE;
};

const factsOf = (invoice: Invoice): [string, string][] => {
  const facts: [string, string][] = [
    [invoice.kind === 'credit_note' ? 'Credit note number' : 'Invoice number', invoice.number],
    ['Issue date', dayOf(invoice.issuedAt)],
    ['Service period', servicePeriod(invoice.servicePeriod)],
  ];
  if (invoice.payment) {
    facts.push(['Due date', dayOf(invoice.payment.dueAt)], ['Payment terms', termsOf(invoice.payment.termsDays)]);
  }
  if (invoice.status === 'paid' && invoice.paidAt) facts.push(['Paid on', dayOf(invoice.paidAt)]);
  return facts;
};

/** The buyer on the left, number and dates on the right, then what the document cancels or was cancelled by. */
const drawPartiesAndFacts = (cursor: Cursor) => {
  const { invoice, fonts } = cursor;
  const buyerBottom = drawParty(cursor, invoice.buyer, 'Bill to', LEFT, cursor.y, BUYER_WIDTH);
  let factsY = cursor.y - LINE;
  for (const [label, value] of factsOf(invoice)) {
    drawText(cursor, label, FACTS_LABEL_X, factsY, { color: GREY });
    drawText(cursor, value, FACTS_VALUE_X, factsY, { maxWidth: RIGHT - FACTS_VALUE_X });
    factsY -= LINE;
  }
  cursor.y = Math.min(buyerBottom, factsY) - LINE;
  if (invoice.kind === 'credit_note' && invoice.creditNoteOf) {
    drawText(cursor, `Cancels invoice ${invoice.creditNoteOf.number}`, LEFT, cursor.y, { font: fonts.bold, size: 11 });
    cursor.y -= 1.5 * LINE;
  }
  if (invoice.status === 'void') {
    const by = invoice.creditNote ? ` — cancelled by credit note ${invoice.creditNote.number}` : '';
    drawText(cursor, `VOID${by}`, LEFT, cursor.y, { font: fonts.bold, size: 12, color: RED });
    cursor.y -= 1.5 * LINE;
  }
  cursor.y -= LINE;
};

const drawTableHeader = (cursor: Cursor) => {
  const bold = { font: cursor.fonts.bold };
  drawText(cursor, 'Description', COLUMNS.description.x, cursor.y, bold);
  drawText(cursor, 'Qty', COLUMNS.quantity.right, cursor.y, { ...bold, align: 'right' });
  drawText(cursor, 'Unit', COLUMNS.unit.x, cursor.y, bold);
  drawText(cursor, 'Unit price', COLUMNS.unitPrice.right, cursor.y, { ...bold, align: 'right' });
  drawText(cursor, 'Amount', COLUMNS.amount.right, cursor.y, { ...bold, align: 'right' });
  rule(cursor, cursor.y - 4);
  cursor.y -= LINE + 4;
};

const descriptionLines = (font: StandardFont, description: string): string[] =>
  wrapAtMost(font, encodable(description), COLUMNS.description.width, SIZE, MAX_DESCRIPTION_LINES);

/**
 * A fee prorated by days has the days in force as its quantity and the monthly fee as its unit price
 * (shared/billing/rating.ts): "17 | of 31 days | EUR 1,190.00" reads as the fraction of the month.
 */
const unitOf = (line: Invoice['lines'][number], invoice: Invoice): string => {
  if (line.unit !== 'days') return line.unit;
  const days = Math.round(
    (Date.parse(invoice.servicePeriod.end) - Date.parse(invoice.servicePeriod.start)) / 86_400_000,
  );
  return `of ${days} days`;
};

const drawLines = (cursor: Cursor) => {
  const { invoice, fonts } = cursor;
  drawTableHeader(cursor);
  for (const line of invoice.lines) {
    const description = descriptionLines(fonts.regular, line.description);
    ensureSpace(cursor, description.length * LINE + ROW_GAP, () => drawTableHeader(cursor));
    const right = { align: 'right' as const };
    drawText(cursor, quantityFormat.format(line.quantity), COLUMNS.quantity.right, cursor.y, right);
    drawText(cursor, unitOf(line, invoice), COLUMNS.unit.x, cursor.y, { maxWidth: COLUMNS.unit.width });
    drawText(cursor, formatAmount(line.unitPrice, invoice.currency), COLUMNS.unitPrice.right, cursor.y, right);
    drawText(cursor, formatAmount(line.amount, invoice.currency), COLUMNS.amount.right, cursor.y, right);
    for (const text of description) {
      drawText(cursor, text, COLUMNS.description.x, cursor.y);
      cursor.y -= LINE;
    }
    cursor.y -= ROW_GAP;
  }
  drawIncluded(cursor);
  rule(cursor, cursor.y + LINE - 4);
  cursor.y -= LINE;
};

/** The plan's allowances used, under a heading of their own, each at no charge: what the fee covered. */
const drawIncluded = (cursor: Cursor) => {
  const { invoice, fonts } = cursor;
  const included = invoice.included ?? [];
  if (included.length === 0) return;
  ensureSpace(cursor, 2 * LINE + ROW_GAP, () => drawTableHeader(cursor));
  cursor.y -= ROW_GAP;
  drawText(cursor, 'Included in the plan (no charge)', COLUMNS.description.x, cursor.y, { font: fonts.bold });
  cursor.y -= LINE + ROW_GAP;
  const zero = formatAmount(0, invoice.currency);
  for (const line of included) {
    const description = descriptionLines(fonts.regular, line.description);
    ensureSpace(cursor, description.length * LINE + ROW_GAP, () => drawTableHeader(cursor));
    const right = { align: 'right' as const };
    drawText(cursor, quantityFormat.format(line.quantity), COLUMNS.quantity.right, cursor.y, right);
    drawText(cursor, allowanceOf(line), COLUMNS.unit.x, cursor.y, { maxWidth: COLUMNS.unit.width });
    drawText(cursor, zero, COLUMNS.unitPrice.right, cursor.y, right);
    drawText(cursor, zero, COLUMNS.amount.right, cursor.y, right);
    for (const text of description) {
      drawText(cursor, text, COLUMNS.description.x, cursor.y);
      cursor.y -= LINE;
    }
    cursor.y -= ROW_GAP;
  }
};

/** Net, one row per VAT rate, gross in bold: kept together on one page. */
const drawTotals = (cursor: Cursor) => {
  const { invoice, fonts } = cursor;
  const money = (minor: number) => formatAmount(minor, invoice.currency);
  const rows: { label: string; value: string; bold?: boolean }[] = [
    { label: 'Net', value: money(invoice.net) },
    ...invoice.vat.map((vat) => ({
      label: `VAT ${formatRate(vat.rate)} on ${money(vat.base)}`,
      value: money(vat.amount),
    })),
    { label: 'Gross', value: money(invoice.gross), bold: true },
  ];
  ensureSpace(cursor, (rows.length + 1) * LINE);
  const labelX = COLUMNS.unit.x;
  for (const row of rows) {
    const font = row.bold ? fonts.bold : fonts.regular;
    if (row.bold) {
      rule(cursor, cursor.y + LINE - 3, labelX, RIGHT);
      cursor.y -= 2;
    }
    drawText(cursor, row.label, labelX, cursor.y, { font, maxWidth: COLUMNS.unitPrice.right - labelX - 4 });
    drawText(cursor, row.value, COLUMNS.amount.right, cursor.y, { font, align: 'right' });
    cursor.y -= LINE;
  }
  cursor.y -= LINE;
};

const drawNotes = (cursor: Cursor) => {
  const note = NOTES[cursor.invoice.vatTreatment];
  if (!note) return;
  const lines = wrap(cursor.fonts.regular, encodable(note), RIGHT - LEFT, SIZE);
  ensureSpace(cursor, lines.length * LINE);
  for (const line of lines) {
    drawText(cursor, line, LEFT, cursor.y);
    cursor.y -= LINE;
  }
};

/**
 * How to pay an open invoice: the amount, the due date, the bank account to transfer to (with the number as the
 * reference) and, when Stripe collects it and has a payment page, that page. Nothing on credit notes, on invoices
 * paid or void, and on older invoices issued without payment terms.
 */
const drawPayment = (cursor: Cursor) => {
  const { invoice, fonts } = cursor;
  const { payment } = invoice;
  const open = invoice.status === 'finalized' || invoice.status === 'uncollectible';
  if (!payment || invoice.kind !== 'invoice' || !open) return;
  const link = invoice.stripe?.hostedInvoiceUrl ?? null;
  const rows: [string, string][] = [
    ['Account holder', payment.bank.accountHolder],
    ['Bank', payment.bank.name],
    ['IBAN', printedIban(payment.bank.iban)],
    ['BIC', payment.bank.bic],
    ['Reference', invoice.number],
  ];
  const intro = `Please pay ${formatAmount(invoice.gross, invoice.currency)} by ${dayOf(payment.dueAt)} (${termsOf(
    payment.termsDays,
  ).toLowerCase()}) by bank transfer to:`;
  const introLines = wrap(fonts.regular, encodable(intro), RIGHT - LEFT, SIZE);
  const linkLines = link ? wrap(fonts.regular, encodable(link), RIGHT - LEFT - 100, SIZE) : [];
  ensureSpace(cursor, (3 + introLines.length + rows.length + linkLines.length) * LINE);
  cursor.y -= LINE;
  drawText(cursor, 'Payment', LEFT, cursor.y, { font: fonts.bold, size: 11 });
  cursor.y -= 1.5 * LINE;
  for (const line of introLines) {
    drawText(cursor, line, LEFT, cursor.y);
    cursor.y -= LINE;
  }
  for (const [label, value] of rows) {
    drawText(cursor, label, LEFT, cursor.y, { color: GREY });
    drawText(cursor, value, LEFT + 100, cursor.y, { maxWidth: RIGHT - LEFT - 100 });
    cursor.y -= LINE;
  }
  linkLines.forEach((line, index) => {
    if (index === 0) drawText(cursor, 'Or pay online', LEFT, cursor.y, { color: GREY });
    drawText(cursor, line, LEFT + 100, cursor.y);
    cursor.y -= LINE;
  });
};

/** Every page: the document's number on the left, `Page n of m` on the right. */
const drawFooters = (cursor: Cursor) => {
  const pages = cursor.doc.getPages();
  pages.forEach((page, index) => {
    const onPage = { ...cursor, page };
    drawText(onPage, `${titleOf(cursor.invoice)} ${cursor.invoice.number}`, LEFT, FOOTER_Y, { size: 8, color: GREY });
    drawText(onPage, `Page ${index + 1} of ${pages.length}`, RIGHT, FOOTER_Y, { size: 8, color: GREY, align: 'right' });
  });
};

/** Fixed metadata (dates from the invoice, not the clock) so the same invoice gives the same bytes. */
const setMetadata = (doc: PdfDocument, invoice: Invoice) => {
  const issued = new Date(invoice.issuedAt);
  doc.info = {
    title: `${titleOf(invoice)} ${invoice.number}`,
    author: 'Opsdesk',
    creator: 'Opsdesk',
    producer: 'Opsdesk',
    creationDate: issued,
    modificationDate: issued,
  };
};

export const renderInvoicePdf = async (invoice: Invoice): Promise<Uint8Array> => {
  const doc = new PdfDocument({ language: 'en' });
  const fonts: Fonts = { regular: HELVETICA, bold: HELVETICA_BOLD };
  setMetadata(doc, invoice);
  const cursor: Cursor = { doc, fonts, invoice, page: doc.addPage(PAGE_SIZE), y: TOP };
  drawHeader(cursor);
  drawPartiesAndFacts(cursor);
  drawLines(cursor);
  drawTotals(cursor);
  drawNotes(cursor);
  drawPayment(cursor);
  drawFooters(cursor);
  return doc.save();
};
