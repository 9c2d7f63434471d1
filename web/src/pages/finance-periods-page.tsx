import { type MouseEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { DataTable } from '../components/data-table.js';
import { MonthSelect } from '../components/month-select.js';
import { PagedListView } from '../components/paged-list-view.js';
import { ErrorAlert, Loading } from '../components/status.js';
import { api, type Invoice, type PeriodClose } from '../lib/api.js';
import { formatMonth, formatQuantity, recentMonths, useChosenMonth } from '../lib/billing.js';
import {
  closeProgress,
  formatVatRate,
  INVOICE_STATUS_LABELS,
  invoiceVat,
  PERIOD_CLOSE_STATUS_LABELS,
  type PolledPeriodClose,
  usePeriodClose,
} from '../lib/finance.js';
import { count, formatDate, formatDateTime, formatMoney } from '../lib/format.js';
import { saveFile } from '../lib/save-file.js';
import { useAction } from '../lib/use-action.js';
import { usePagedList } from '../lib/use-paged-list.js';

/** The twelve months before the current one: those that have ended, and so can be closed. */
const MONTHS_SHOWN = 12;
const INVOICE_COLUMNS = ['Number', 'Customer', 'Issued', 'Net', 'VAT', 'Gross', 'Status'] as const;

/** Finance: close an ended month (one invoice per tenant), follow the close, and read the month's invoices. */
export function FinancePeriodsPage() {
  const months = recentMonths(MONTHS_SHOWN, 1);
  const [asked, choose] = useChosenMonth(months);
  // The month before this one, unless another was asked for.
  const month = asked ?? months[0] ?? '';
  return (
    <>
      <h1>Billing periods</h1>
      <p className="lead">
        Closing a month that has ended rates each organisation’s usage into a finalized invoice with the next
        consecutive number. Closing it again changes nothing, except that organisations whose invoice failed are tried
        again.
      </p>
      <MonthSelect months={months} value={month} onChange={choose} hint="Months that have ended (UTC)." />
      {/* A month of its own: its close, its polling and its invoices start over. */}
      <Period key={month} periodId={month} />
    </>
  );
}

function Period({ periodId }: { periodId: string }) {
  const month = formatMonth(periodId);
  const close = usePeriodClose(periodId);
  const loadInvoices = useCallback(
    (cursor: string | undefined, signal: AbortSignal) => api.listFinanceInvoices({ period: periodId, cursor }, signal),
    [periodId],
  );
  const invoices = usePagedList(loadInvoices);

  // A close this page followed has finished: its invoices are there now.
  const closeStatus = close.status === 'ready' ? (close.close?.status ?? 'not-closed') : null;
  const previousStatus = useRef(closeStatus);
  const reloadInvoices = invoices.reload;
  useEffect(() => {
    if (previousStatus.current === 'running' && closeStatus === 'done') reloadInvoices();
    previousStatus.current = closeStatus;
  }, [closeStatus, reloadInvoices]);

  return (
    <>
      <CloseCard periodId={periodId} state={close} />
      <section className="section" aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">
          Invoices for {month}
          <span className="heading-note"> in number order</span>
        </h2>
        <PagedListView
          list={invoices}
          loading={`Loading the invoices for ${month}…`}
          failedTitle={`Could not load the invoices for ${month}`}
          empty={`No invoices for ${month}.`}
        >
          {(ready) => (
            <>
              {/* Only here, where the month has invoices: an empty export would be a file with nothing but headers. */}
              <CsvDownload periodId={periodId} />
              <DataTable columns={INVOICE_COLUMNS} caption="Select an invoice to show its lines and VAT">
                {ready.items.map((invoice) => (
                  <InvoiceRow key={invoice.id} invoice={invoice} />
                ))}
              </DataTable>
            </>
          )}
        </PagedListView>
      </section>
    </>
  );
}

/** Every invoice of the month (not only the pages loaded) as CSV, fetched with the session's token, saved as a file. */
function CsvDownload({ periodId }: { periodId: string }) {
  const month = formatMonth(periodId);
  const download = useAction();
  const filename = `invoices-${periodId}.csv`;
  const start = () =>
    void download.run(
      () => api.exportFinanceInvoicesCsv(periodId),
      (csv) => saveFile(csv, 'text/csv;charset=utf-8', filename),
    );
  return (
    <div className="section-actions">
      {download.state.kind === 'failed' && (
        <ErrorAlert error={download.state.error} title={`Could not download the invoices for ${month}`}>
          <p>
            <button type="button" className="button-link" onClick={download.dismiss}>
              Dismiss
            </button>
          </p>
        </ErrorAlert>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={download.busy || undefined}
          onClick={start}
        >
          Download CSV<span className="visually-hidden"> of the invoices for {month}</span>
        </button>
        {download.busy && <Loading>Preparing {filename}…</Loading>}
      </div>
    </div>
  );
}

function CloseCard({ periodId, state }: { periodId: string; state: PolledPeriodClose }) {
  const month = formatMonth(periodId);
  const closing = useAction();
  if (state.status === 'loading') return <Loading>Loading the close of {month}…</Loading>;
  if (state.status === 'error') {
    return <ErrorAlert error={state.error} title={`Could not load the close of ${month}`} onRetry={state.reload} />;
  }
  const { close } = state;
  const start = () => void closing.run(() => api.closePeriod(periodId), state.replace);
  const retryable = close?.status === 'done' && close.failed > 0;

  return (
    <section className="card" aria-labelledby="close-heading" aria-busy={close?.status === 'running' || undefined}>
      <h2 id="close-heading">Close of {month}</h2>
      {close ? (
        <CloseFacts close={close} />
      ) : (
        <p className="muted">
          Closing makes the invoices of {month} for every organisation that existed in it. Invoices are final once made:
          corrections go on later invoices.
        </p>
      )}
      {/* One live region for the whole close, so that each step of its progress is read out. */}
      <p className="close-progress" role="status">
        {close
          ? `${PERIOD_CLOSE_STATUS_LABELS[close.status]}: ${closeProgress(close)}.`
          : `${month} is not closed yet.`}
      </p>
      {close?.status === 'running' && <Loading>Making the invoices…</Loading>}
      {state.refreshError !== null && (
        <ErrorAlert error={state.refreshError} title="Could not update the progress; trying again" />
      )}
      {retryable && (
        <div className="alert alert-warning">
          <p className="alert-title">{count(close.failed, 'tenant')} could not be invoiced</p>
          <p>Their invoices failed three times. Once the cause is fixed, close {month} again to retry just them.</p>
        </div>
      )}
      {closing.state.kind === 'failed' && (
        <ErrorAlert error={closing.state.error} title={`Could not close ${month}`}>
          <p>
            <button type="button" className="button-link" onClick={closing.dismiss}>
              Dismiss
            </button>
          </p>
        </ErrorAlert>
      )}
      {(close === null || retryable) && (
        <div className="form-actions">
          <button
            type="button"
            className={close === null ? 'button' : 'button button-secondary'}
            aria-disabled={closing.busy || undefined}
            onClick={start}
          >
            {close === null ? `Close ${month}` : 'Close again to retry failed tenants'}
          </button>
          {closing.busy && <Loading>Starting the close…</Loading>}
        </div>
      )}
    </section>
  );
}

function CloseFacts({ close }: { close: PeriodClose }) {
  return (
    <dl className="facts facts-grid">
      <div>
        <dt>Status</dt>
        <dd>
          <span className={`status-pill status-${close.status}`}>{PERIOD_CLOSE_STATUS_LABELS[close.status]}</span>
        </dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>
          <time dateTime={close.startedAt}>{formatDateTime(close.startedAt)}</time>
        </dd>
      </div>
      <div>
        <dt>Tenants</dt>
        <dd>{close.tenants}</dd>
      </div>
    </dl>
  );
}

/** One invoice; the row (or its number, from the keyboard) shows and hides its lines and VAT. */
function InvoiceRow({ invoice }: { invoice: Invoice }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency });
  const toggle = () => setOpen((shown) => !shown);
  // A click anywhere on the row, for the mouse; not one on the button (it toggles itself) nor one that selects text.
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.target instanceof Element && event.target.closest('button, a')) return;
    if (window.getSelection()?.toString()) return;
    toggle();
  };

  return (
    <>
      {/* The row's click is a convenience for the mouse; the number's button is the way for keyboards and screen readers. */}
      <tr className={open ? 'row-expandable row-expanded' : 'row-expandable'} onClick={onRowClick}>
        <th scope="row" className="cell-name cell-nowrap">
          <button
            type="button"
            className="button-link row-toggle"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={toggle}
          >
            {invoice.number}
            <span className="visually-hidden">: lines and VAT</span>
          </button>
        </th>
        <td>{invoice.buyer.name}</td>
        <td className="cell-nowrap">
          <time dateTime={invoice.issuedAt}>{formatDate(invoice.issuedAt)}</time>
        </td>
        <td className="cell-nowrap cell-amount">{money(invoice.net)}</td>
        <td className="cell-nowrap cell-amount">{money(invoiceVat(invoice))}</td>
        <td className="cell-nowrap cell-amount">{money(invoice.gross)}</td>
        <td>
          <span className={`status-pill status-${invoice.status}`}>{INVOICE_STATUS_LABELS[invoice.status]}</span>
        </td>
      </tr>
      <tr id={detailsId} className="row-details" hidden={!open}>
        <td colSpan={INVOICE_COLUMNS.length}>{open && <InvoiceDetails invoice={invoice} money={money} />}</td>
      </tr>
    </>
  );
}

function InvoiceDetails({ invoice, money }: { invoice: Invoice; money: (amount: number) => string }) {
  return (
    <div className="invoice-details">
      <DataTable
        columns={['Line', 'Quantity × unit price', 'Amount', 'VAT rate']}
        caption={`Lines of ${invoice.number}`}
      >
        {invoice.lines.map((line) => (
          <tr key={`${line.kind} ${line.description}`}>
            <td>{line.description}</td>
            <td className="cell-nowrap">
              {formatQuantity(line.quantity, line.unit)} × {money(line.unitPrice)}
            </td>
            <td className="cell-nowrap cell-amount">{money(line.amount)}</td>
            <td className="cell-nowrap">{formatVatRate(line.vatRate)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable columns={['VAT rate', 'Net amount', 'VAT']} caption={`VAT of ${invoice.number}`}>
        {invoice.vat.map((vat) => (
          <tr key={vat.rate}>
            <td>{formatVatRate(vat.rate)}</td>
            <td className="cell-nowrap cell-amount">{money(vat.base)}</td>
            <td className="cell-nowrap cell-amount">{money(vat.amount)}</td>
          </tr>
        ))}
      </DataTable>
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
