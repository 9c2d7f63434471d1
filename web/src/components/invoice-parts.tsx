import type { ReactNode } from 'react';
import type { CustomerInvoice, Invoice, InvoiceStatus } from '../lib/api.js';
import { formatQuantity } from '../lib/billing.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { formatDate, formatMoney } from '../lib/format.js';
import {
  awaitsPayment,
  financeInvoicePath,
  formatVatRate,
  INVOICE_STATUS_LABELS,
  invoicePdfFilename,
  invoiceVat,
  paymentLink,
  paymentTerms,
  printedIban,
} from '../lib/invoices.js';
import { Link } from '../lib/router.js';
import { saveFile } from '../lib/save-file.js';
import { type Action, useAction } from '../lib/use-action.js';
import { DataTable, RowError } from './data-table.js';
import { Loading } from './status.js';
import '../styles/finance.css';

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

/** An invoice as finance or its customer sees it: the pieces below take either. */
type ShownInvoice = Invoice | CustomerInvoice;

/** "1 h 15 min of 2 h used", "0 of 1 call-out used": an allowance and what of it the month used. */
function includedUse(line: ShownInvoice['included'][number]): string {
  const allowance = formatQuantity(line.allowance, line.unit);
  const used = line.unit === 'minutes' ? formatQuantity(line.quantity, line.unit) : String(line.quantity);
  return `${used} of ${allowance} used`;
}

/**
 * An invoice's lines, VAT per rate and totals, with how VAT was treated. What the plan included follows the charged
 * lines at no charge, so the reader sees what the fee covered.
 */
export function InvoiceBreakdown({ invoice }: { invoice: ShownInvoice }) {
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency });
  const included = invoice.included ?? [];
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
        {included.length > 0 && (
          <tr className="invoice-included-heading">
            <th scope="rowgroup" colSpan={4}>
              Included in the plan, at no charge
            </th>
          </tr>
        )}
        {included.map((line) => (
          <tr key={line.kind} className="invoice-included">
            <td>{line.description}</td>
            <td className="cell-nowrap">{includedUse(line)}</td>
            <td className="cell-nowrap cell-amount">{money(0)}</td>
            <td className="cell-nowrap">
              <span className="muted">—</span>
            </td>
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

/**
 * When and how an invoice is paid, as its PDF says: the due date and terms, the bank account to transfer to with the
 * number as the reference, and Stripe's payment page when there is one. Days in the page's zone.
 */
export function InvoicePaymentCard({ invoice }: { invoice: ShownInvoice }) {
  const zone = useDisplayZone();
  const { payment } = invoice;
  const link = paymentLink(invoice);
  let body: ReactNode;
  if (invoice.kind === 'credit_note') {
    body = <p className="muted">A credit note is not paid: it cancels the invoice it names.</p>;
  } else if (!payment) {
    body = (
      <p className="muted">
        {invoice.gross === 0 ? 'Nothing to pay.' : 'Issued without payment terms: no due date was set.'}
      </p>
    );
  } else {
    const open = awaitsPayment(invoice);
    body = (
      <>
        <dl className="facts">
          <div>
            <dt>Due date</dt>
            <dd>
              <time dateTime={payment.dueAt}>{formatDate(payment.dueAt, zone)}</time>
            </dd>
          </div>
          <div>
            <dt>Payment terms</dt>
            <dd>{paymentTerms(payment.termsDays)}</dd>
          </div>
        </dl>
        {open ? (
          <>
            <h3 className="invoice-payment-heading">By bank transfer</h3>
            <dl className="facts invoice-bank">
              <div>
                <dt>Account holder</dt>
                <dd>{payment.bank.accountHolder}</dd>
              </div>
              <div>
                <dt>Bank</dt>
                <dd>{payment.bank.name}</dd>
              </div>
              <div>
                <dt>IBAN</dt>
                <dd className="invoice-iban">{printedIban(payment.bank.iban)}</dd>
              </div>
              <div>
                <dt>BIC</dt>
                <dd>{payment.bank.bic}</dd>
              </div>
              <div>
                <dt>Reference</dt>
                <dd>{invoice.number}</dd>
              </div>
            </dl>
            {link && (
              <p>
                <a href={link} target="_blank" rel="noopener noreferrer">
                  Pay {invoice.number} online
                </a>{' '}
                <span className="muted">(Stripe’s payment page)</span>
              </p>
            )}
          </>
        ) : (
          <p className="muted">
            {invoice.status === 'paid'
              ? 'Paid: nothing more to pay.'
              : 'Void: cancelled by a credit note, nothing to pay.'}
          </p>
        )}
      </>
    );
  }
  return (
    <section className="card" aria-labelledby={`payment-heading-${invoice.id}`}>
      <h2 id={`payment-heading-${invoice.id}`}>Payment</h2>
      {body}
    </section>
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
