import type { CustomerInvoice, InvoiceStatus } from '../lib/api.js';
import { formatQuantity } from '../lib/billing.js';
import { formatMoney } from '../lib/format.js';
import {
  financeInvoicePath,
  formatVatRate,
  INVOICE_STATUS_LABELS,
  invoicePdfFilename,
  invoiceVat,
} from '../lib/invoices.js';
import { Link } from '../lib/router.js';
import { saveFile } from '../lib/save-file.js';
import { type Action, useAction } from '../lib/use-action.js';
import { DataTable, RowError } from './data-table.js';
import { Loading } from './status.js';

/**
 * The pieces invoices are shown with, to finance (billing periods, an invoice's page) and to customers (their
 * invoices) alike.
 */

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <span className={`status-pill status-${status}`}>{INVOICE_STATUS_LABELS[status]}</span>;
}

/** Marks a credit note among invoices. */
export function CreditNoteBadge() {
  return <span className="badge badge-credit-note">Credit note</span>;
}

/**
 * Under an invoice's number in a list: a credit note names the invoice it cancels, a voided invoice its credit note;
 * `linked` (finance) makes them links to their pages.
 */
export function InvoiceReference({
  invoice,
  linked = false,
}: {
  invoice: Pick<CustomerInvoice, 'creditNoteOf' | 'creditNote'>;
  linked?: boolean;
}) {
  const ref = invoice.creditNoteOf ?? invoice.creditNote;
  if (!ref) return null;
  const number = linked ? <Link to={financeInvoicePath(ref.id)}>{ref.number}</Link> : ref.number;
  return <span className="cell-sub">{invoice.creditNoteOf ? <>Cancels {number}</> : <>Cancelled by {number}</>}</span>;
}

/** A PDF fetched with the session's token (the PDF routes need it), saved under the server's file name. */
export function usePdfDownload(
  invoice: Pick<CustomerInvoice, 'id' | 'number'>,
  download: (invoiceId: string) => Promise<{ blob: Blob; filename: string | null }>,
): { action: Action; start: () => void } {
  const action = useAction();
  const start = () =>
    void action.run(
      () => download(invoice.id),
      ({ blob, filename }) => saveFile(blob, 'application/pdf', filename ?? invoicePdfFilename(invoice)),
    );
  return { action, start };
}

/** "Download PDF" (of this number, for screen readers), with what is under way beside it; errors are the caller's. */
export function PdfButton({
  number,
  pdf,
  className = 'button button-secondary button-small',
}: {
  number: string;
  pdf: ReturnType<typeof usePdfDownload>;
  className?: string;
}) {
  return (
    <>
      <button type="button" className={className} aria-disabled={pdf.action.busy || undefined} onClick={pdf.start}>
        Download PDF<span className="visually-hidden"> of {number}</span>
      </button>
      {pdf.action.busy && <Loading>Preparing {number}.pdf…</Loading>}
    </>
  );
}

/**
 * "3 quarter-hours × €25", or for a fee prorated by days (unit `days`, whose unit price is the monthly fee, as
 * shared/billing/rating.ts makes it) "15 days at €1,190 a month": days × a monthly fee would not make the amount.
 */
function lineQuantity(line: CustomerInvoice['lines'][number], money: (amount: number) => string): string {
  const quantity = formatQuantity(line.quantity, line.unit);
  return line.unit === 'days'
    ? `${quantity} at ${money(line.unitPrice)} a month`
    : `${quantity} × ${money(line.unitPrice)}`;
}

/** An invoice's lines, VAT per rate and totals, with how VAT was treated. */
export function InvoiceBreakdown({ invoice }: { invoice: CustomerInvoice }) {
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency });
  return (
    <div className="invoice-details">
      <DataTable caption={`Lines of ${invoice.number}`} columns={['Line', 'Quantity and price', 'Amount', 'VAT']}>
        {invoice.lines.map((line) => (
          <tr key={`${line.kind} ${line.description}`}>
            <td>{line.description}</td>
            <td className="cell-nowrap">{lineQuantity(line, money)}</td>
            <td className="cell-nowrap cell-amount">{money(line.amount)}</td>
            <td className="cell-nowrap">{formatVatRate(line.vatRate)}</td>
          </tr>
        ))}
      </DataTable>
      <dl className="invoice-totals" aria-label={`Totals of ${invoice.number}`}>
        <div>
          <dt>Net</dt>
          <dd>{money(invoice.net)}</dd>
        </div>
        {invoice.vat.map((vat) => (
          <div key={vat.rate}>
            <dt>
              VAT {formatVatRate(vat.rate)} on {money(vat.base)}
            </dt>
            <dd>{money(vat.amount)}</dd>
          </div>
        ))}
        {invoice.vat.length > 1 && (
          <div>
            <dt>VAT in all</dt>
            <dd>{money(invoiceVat(invoice))}</dd>
          </div>
        )}
        <div className="invoice-gross">
          <dt>Gross</dt>
          <dd>{money(invoice.gross)}</dd>
        </div>
      </dl>
      {invoice.vatTreatment === 'reverse_charge' && (
        <p className="muted">
          Reverse charge: the customer accounts for the VAT
          {invoice.buyer.vatId ? ` (VAT ID ${invoice.buyer.vatId})` : ''}.
        </p>
      )}
      {invoice.vatTreatment === 'outside_eu' && <p className="muted">Customer outside the EU: no VAT charged.</p>}
    </div>
  );
}

/** A table row's "Download PDF" cell. */
export function PdfCell({ number, pdf }: { number: string; pdf: ReturnType<typeof usePdfDownload> }) {
  return (
    <td className="cell-actions">
      <div className="row-actions">
        <PdfButton number={number} pdf={pdf} />
      </div>
    </td>
  );
}

/** Under a row: why its PDF could not be downloaded, if it could not. */
export function PdfRowError({
  number,
  pdf,
  colSpan,
}: {
  number: string;
  pdf: ReturnType<typeof usePdfDownload>;
  colSpan: number;
}) {
  if (pdf.action.state.kind !== 'failed') return null;
  return (
    <RowError
      colSpan={colSpan}
      error={pdf.action.state.error}
      title={`Could not download ${number}.pdf`}
      onDismiss={pdf.action.dismiss}
    />
  );
}
