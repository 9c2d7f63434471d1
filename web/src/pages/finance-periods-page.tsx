import { useCallback, useEffect, useRef, useState } from 'react';
import { periodNamed } from '../../../shared/billing/periods.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { DataTable } from '../components/data-table.js';
import {
  CreditNoteBadge,
  InvoiceReference,
  InvoiceStatusBadge,
  PdfCell,
  PdfRowError,
  usePdfDownload,
} from '../components/invoice-parts.js';
import { MonthSelect } from '../components/month-select.js';
import { PagedListView } from '../components/paged-list-view.js';
import { SelectField } from '../components/select-field.js';
import { ErrorAlert, Loading, Notice } from '../components/status.js';
import { api, type Invoice, type PeriodClose } from '../lib/api.js';
import { formatMonth, recentMonths, useChosenMonth } from '../lib/billing.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { closeProgress, PERIOD_CLOSE_STATUS_LABELS, type PolledPeriodClose, usePeriodClose } from '../lib/finance.js';
import { count, formatDate, formatDateTime, formatMoney, zoneLabel } from '../lib/format.js';
import {
  financeInvoicePath,
  INVOICE_FILTER_STATUSES,
  INVOICE_STATUS_LABELS,
  type InvoiceFilterStatus,
  invoiceVat,
  isInvoiceFilterStatus,
} from '../lib/invoices.js';
import { Link, navigate, useLocation } from '../lib/router.js';
import { saveFile } from '../lib/save-file.js';
import { useAction } from '../lib/use-action.js';
import { usePagedList } from '../lib/use-paged-list.js';

/** The twelve months before the current one: those that have ended, and so can be closed. */
const MONTHS_SHOWN = 12;
const INVOICE_COLUMNS = ['Number', 'Customer', 'Issued', 'Due', 'Net', 'VAT', 'Gross', 'Status'] as const;

/** Finance: close an ended month (one invoice per tenant), follow the close, and read the month's invoices. */
export function FinancePeriodsPage() {
  const months = recentMonths(MONTHS_SHOWN, 1);
  const [asked, choose] = useChosenMonth(months);
  const [status, filter] = useStatusFilter();
  // The month before this one (by the server's clock), unless another was asked for.
  const month = asked ?? months[0] ?? '';
  const zone = useDisplayZone();
  return (
    <>
      <h1>Billing periods</h1>
      <p className="lead">
        Closing a month that has ended rates each organisation’s usage into a finalized invoice with the next
        consecutive number. Closing it again changes nothing, except that organisations whose invoice failed are tried
        again.
      </p>
      <MonthSelect months={months} value={month} onChange={choose} hint="Months that have ended." />
      {month && <PeriodZoneNote periodId={month} zone={zone} />}
      {/* A month of its own: its close, its polling and its invoices start over. */}
      <Period key={month} periodId={month} status={status} onFilter={filter} />
    </>
  );
}

/**
 * Billing periods are calendar months in UTC (docs/billing.md): said once, with where the chosen month starts and
 * ends on the staff member's clock, so that a usage record late on the last evening is not a surprise.
 */
function PeriodZoneNote({ periodId, zone }: { periodId: string; zone: string }) {
  const period = periodNamed(periodId);
  return (
    <p className="muted period-zone-note">
      Periods are calendar months in UTC. In {zoneLabel(zone)}, {formatMonth(periodId)} runs from{' '}
      {formatDateTime(period.start, zone)} to {formatDateTime(period.end, zone)}. Other times on this page are in{' '}
      {zoneLabel(zone)}.
    </p>
  );
}

/**
 * `?status=` of the page (one of INVOICE_FILTER_STATUSES, null for all), kept in the URL like the month, so that
 * coming back from an invoice's page shows the same list. Choosing replaces the URL.
 */
function useStatusFilter(): [InvoiceFilterStatus | null, (status: InvoiceFilterStatus | null) => void] {
  const { pathname, search } = useLocation();
  const asked = search.get('status');
  const choose = useCallback(
    (next: InvoiceFilterStatus | null) => {
      const params = new URLSearchParams(search);
      if (next) params.set('status', next);
      else params.delete('status');
      const query = params.toString();
      navigate(query ? `${pathname}?${query}` : pathname, { replace: true });
    },
    [pathname, search],
  );
  return [isInvoiceFilterStatus(asked) ? asked : null, choose];
}

/** "paid invoices", "invoices" (any status). */
const invoicesOf = (status: InvoiceFilterStatus | null): string =>
  status ? `${INVOICE_STATUS_LABELS[status].toLowerCase()} invoices` : 'invoices';

function Period({
  periodId,
  status,
  onFilter,
}: {
  periodId: string;
  status: InvoiceFilterStatus | null;
  onFilter: (status: InvoiceFilterStatus | null) => void;
}) {
  const month = formatMonth(periodId);
  const close = usePeriodClose(periodId);
  const loadInvoices = useCallback(
    (cursor: string | undefined, signal: AbortSignal) =>
      api.listFinanceInvoices({ period: periodId, status: status ?? undefined, cursor }, signal),
    [periodId, status],
  );
  const invoices = usePagedList(loadInvoices);

  // A close this page followed (or started) has finished: its invoices are there now.
  const closeStatus = close.status === 'ready' ? (close.close?.status ?? 'not-closed') : null;
  const previousStatus = useRef(closeStatus);
  const reloadInvoices = invoices.reload;
  useEffect(() => {
    const previous = previousStatus.current;
    if (previous !== null && previous !== 'done' && closeStatus === 'done') reloadInvoices();
    previousStatus.current = closeStatus;
  }, [closeStatus, reloadInvoices]);

  const what = invoicesOf(status);
  return (
    <>
      <CloseCard periodId={periodId} state={close} />
      <section className="section" aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">
          Invoices for {month}
          <span className="heading-note"> and their credit notes, in number order</span>
        </h2>
        <div className="filter-select">
          <SelectField
            label="Status"
            name="status"
            value={status ?? ''}
            onChange={(event) => {
              const { value } = event.currentTarget;
              onFilter(isInvoiceFilterStatus(value) ? value : null);
            }}
          >
            <option value="">All statuses</option>
            {INVOICE_FILTER_STATUSES.map((option) => (
              <option key={option} value={option}>
                {INVOICE_STATUS_LABELS[option]}
              </option>
            ))}
          </SelectField>
        </div>
        <PagedListView
          list={invoices}
          loading={`Loading the ${what} for ${month}…`}
          failedTitle={`Could not load the ${what} for ${month}`}
          empty={`No ${what} for ${month}.`}
        >
          {(ready) => (
            <>
              {/* Only here, where the month has invoices: an empty export would be a file with nothing but headers. */}
              <CsvDownload periodId={periodId} status={status} />
              <DataTable
                columns={INVOICE_COLUMNS}
                actions
                caption={`The ${what} for ${month}: open a number for its lines, VAT, collection and actions`}
              >
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

/**
 * Every invoice of the month (of the status filtered by, if any; not only the pages loaded) as CSV, fetched with the
 * session's token, saved as a file.
 */
function CsvDownload({ periodId, status }: { periodId: string; status: InvoiceFilterStatus | null }) {
  const month = formatMonth(periodId);
  const what = invoicesOf(status);
  const download = useAction();
  const filename = `invoices-${periodId}${status ? `-${status}` : ''}.csv`;
  const start = () =>
    void download.run(
      () => api.exportFinanceInvoicesCsv({ period: periodId, status: status ?? undefined }),
      (csv) => saveFile(csv, 'text/csv;charset=utf-8', filename),
    );
  return (
    <div className="section-actions">
      {download.state.kind === 'failed' && (
        <ErrorAlert error={download.state.error} title={`Could not download the ${what} for ${month}`}>
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
          Download CSV
          <span className="visually-hidden">
            {' '}
            of the {what} for {month}
          </span>
        </button>
        {download.busy && <Loading>Preparing {filename}…</Loading>}
      </div>
    </div>
  );
}

/** The organisations a close invoiced and skipped, in words: "1 invoice issued; 2 organisations had nothing to invoice". */
const closeOutcome = (close: PeriodClose): string => {
  const parts = [`${count(close.invoiced, 'invoice')} issued`];
  if (close.skipped > 0) parts.push(`${count(close.skipped, 'organisation')} had nothing to invoice`);
  if (close.failed > 0) parts.push(`${count(close.failed, 'organisation')} could not be invoiced`);
  return parts.join('; ');
};

function CloseCard({ periodId, state }: { periodId: string; state: PolledPeriodClose }) {
  const month = formatMonth(periodId);
  const closing = useAction();
  // Set when this page started (or retried) the close: its outcome is announced once it is done.
  const [started, setStarted] = useState(false);
  if (state.status === 'loading') return <Loading>Loading the close of {month}…</Loading>;
  if (state.status === 'error') {
    return <ErrorAlert error={state.error} title={`Could not load the close of ${month}`} onRetry={state.reload} />;
  }
  const { close } = state;
  const start = () =>
    closing.run(
      () => api.closePeriod(periodId),
      (answer) => {
        setStarted(true);
        state.replace(answer);
      },
    );
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
      {started && close?.status === 'done' && (
        <Notice>
          <p>
            {month} is closed: {closeOutcome(close)}. {close.invoiced > 0 && 'The invoices are listed below.'}
          </p>
        </Notice>
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
      {close === null && (
        <div className="form-actions">
          <ConfirmButton
            className="button"
            question={
              <>
                Close {month}? Every organisation that existed in {month} and had a plan or usage gets a finalized
                invoice with the next consecutive number, which its admins can download at once. Invoices cannot be
                changed or taken back, only voided with a credit note: this cannot be undone.
              </>
            }
            confirmLabel={`Yes, close ${month}`}
            dismissLabel="Keep it open"
            busyLabel="Starting the close…"
            onConfirm={start}
          >
            Close {month}
          </ConfirmButton>
        </div>
      )}
      {retryable && (
        <div className="form-actions">
          <ConfirmButton
            className="button button-secondary"
            question={
              <>
                Try the {count(close.failed, 'organisation')} whose invoice failed again? Each that succeeds gets a
                finalized invoice of {month}; the invoices made already stay as they are.
              </>
            }
            confirmLabel="Yes, retry them"
            dismissLabel="Not now"
            busyLabel="Starting the close…"
            onConfirm={start}
          >
            Close again to retry failed tenants
          </ConfirmButton>
        </div>
      )}
    </section>
  );
}

function CloseFacts({ close }: { close: PeriodClose }) {
  const zone = useDisplayZone();
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
          <time dateTime={close.startedAt}>{formatDateTime(close.startedAt, zone)}</time>
        </dd>
      </div>
      <div>
        <dt>Tenants</dt>
        <dd>{close.tenants}</dd>
      </div>
    </dl>
  );
}

/** One invoice or credit note: its number opens its page (lines, VAT, Stripe, actions); its PDF downloads here. */
function InvoiceRow({ invoice }: { invoice: Invoice }) {
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency });
  const pdf = usePdfDownload(invoice, api.downloadFinanceInvoicePdf);
  // The day it was issued in the staff member's zone (a day needs no zone named; the page names it once).
  const zone = useDisplayZone();
  return (
    <>
      <tr className={invoice.kind === 'credit_note' ? 'row-credit-note' : undefined}>
        <th scope="row" className="cell-name cell-nowrap">
          <Link to={financeInvoicePath(invoice.id)}>
            {invoice.number}
            {invoice.kind === 'credit_note' && <span className="visually-hidden"> (credit note)</span>}
          </Link>
          {invoice.kind === 'credit_note' && (
            <span className="cell-sub">
              <CreditNoteBadge />
            </span>
          )}
          <InvoiceReference invoice={invoice} linked />
        </th>
        <td>{invoice.buyer.name}</td>
        <td className="cell-nowrap">
          <time dateTime={invoice.issuedAt}>{formatDate(invoice.issuedAt, zone)}</time>
        </td>
        <td className="cell-nowrap">
          {invoice.payment ? (
            <time dateTime={invoice.payment.dueAt}>{formatDate(invoice.payment.dueAt, zone)}</time>
          ) : (
            <span className="muted">—</span>
          )}
        </td>
        <td className="cell-nowrap cell-amount">{money(invoice.net)}</td>
        <td className="cell-nowrap cell-amount">{money(invoiceVat(invoice))}</td>
        <td className="cell-nowrap cell-amount">{money(invoice.gross)}</td>
        <td>
          <InvoiceStatusBadge status={invoice.status} />
        </td>
        <PdfCell number={invoice.number} pdf={pdf} />
      </tr>
      <PdfRowError number={invoice.number} pdf={pdf} colSpan={INVOICE_COLUMNS.length + 1} />
    </>
  );
}
