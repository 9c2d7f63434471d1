import { DataTable } from '../components/data-table.js';
import {
  CreditNoteBadge,
  InvoiceReference,
  InvoiceStatusBadge,
  PdfCell,
  PdfRowError,
  usePdfDownload,
} from '../components/invoice-parts.js';
import { PagedListView } from '../components/paged-list-view.js';
import { api, type CustomerInvoice } from '../lib/api.js';
import { formatMonth } from '../lib/billing.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { formatDate, formatMoney } from '../lib/format.js';
import { usePagedList } from '../lib/use-paged-list.js';

const COLUMNS = ['Number', 'Period', 'Issued', 'Status', 'Gross'] as const;

const loadInvoices = (cursor: string | undefined, signal: AbortSignal) => api.listInvoices({ cursor }, signal);

/** Customer admins: the organisation's invoices and credit notes, newest month first, each as a PDF. */
export function InvoicesPage() {
  const invoices = usePagedList(loadInvoices);
  return (
    <>
      <h1>Invoices</h1>
      <p className="lead">
        Your organisation’s invoices, newest month first. An invoice is made when a month is closed, from the usage of
        that month; a credit note cancels an invoice that was withdrawn.
      </p>
      <PagedListView
        list={invoices}
        loading="Loading your invoices…"
        failedTitle="Could not load the invoices"
        empty="No invoices yet: the first is made when this month is closed."
      >
        {(ready) => (
          <DataTable columns={COLUMNS} actions caption="Your invoices and credit notes, newest month first">
            {ready.items.map((invoice) => (
              <InvoiceRow key={invoice.id} invoice={invoice} />
            ))}
          </DataTable>
        )}
      </PagedListView>
    </>
  );
}

function InvoiceRow({ invoice }: { invoice: CustomerInvoice }) {
  const pdf = usePdfDownload(invoice, api.downloadInvoicePdf);
  // The day it was issued in the organisation's zone (a day needs no zone named).
  const zone = useDisplayZone();
  const creditNote = invoice.kind === 'credit_note';
  return (
    <>
      <tr className={creditNote ? 'row-credit-note' : undefined}>
        <th scope="row" className="cell-name cell-nowrap">
          {invoice.number}
          {creditNote && (
            <span className="cell-sub">
              <CreditNoteBadge />
            </span>
          )}
          <InvoiceReference invoice={invoice} />
        </th>
        <td className="cell-nowrap">{formatMonth(invoice.periodId)}</td>
        <td className="cell-nowrap">
          <time dateTime={invoice.issuedAt}>{formatDate(invoice.issuedAt, zone)}</time>
        </td>
        <td>
          <InvoiceStatusBadge status={invoice.status} />
        </td>
        <td className="cell-nowrap cell-amount">
          {formatMoney({ amount: invoice.gross, currency: invoice.currency })}
        </td>
        <PdfCell number={invoice.number} pdf={pdf} />
      </tr>
      <PdfRowError number={invoice.number} pdf={pdf} colSpan={COLUMNS.length + 1} />
    </>
  );
}
