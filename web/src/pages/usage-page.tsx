import { useCallback } from 'react';
import { DataTable } from '../components/data-table.js';
import { EntitlementBar } from '../components/entitlement-bar.js';
import { InvoiceStatusBadge, PdfButton, usePdfDownload } from '../components/invoice-parts.js';
import { MonthSelect } from '../components/month-select.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { api, type CustomerInvoice, type Entitlement, type UsageRecordView, type UsageView } from '../lib/api.js';
import { formatMonth, formatPeriodBoundary, formatQuantity, recentMonths, useChosenMonth } from '../lib/billing.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { formatDate, formatDateTime, formatMoney, zoneLabel } from '../lib/format.js';
import { Link } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/billing.css';

/** The current month and the eleven before it. */
const MONTHS_SHOWN = 12;

const KIND_LABELS: Record<UsageRecordView['kind'], string> = {
  webmaster_minutes: 'Webmaster time',
  call_outs: 'Emergency call-out',
  task_runs: 'Task run',
  hosts: 'Managed host',
  late_cancellation: 'Late cancellation fee',
  monitors: 'Monitor',
};

/** The view's allowances as the subscription page shows its entitlements: words, and a bar against what is included. */
const allowanceEntitlements = ({ webmasterMinutes, callOuts, taskRuns }: UsageView['allowances']): Entitlement[] => [
  { kind: 'webmaster_minutes', included: webmasterMinutes.included, used: webmasterMinutes.used, unit: 'minutes' },
  { kind: 'call_outs', included: callOuts.included, used: callOuts.used, unit: 'call-outs' },
  { kind: 'task_runs', included: taskRuns.included, used: taskRuns.used, unit: 'runs' },
];

/**
 * The month's invoice, once the month is closed (GET /api/invoices, newest month first): its invoice that stands — not
 * one voided and replaced by a credit note. null while there is none.
 */
const loadInvoiceOf = async (periodId: string, signal: AbortSignal): Promise<CustomerInvoice | null> => {
  const { items } = await api.listInvoices({}, signal);
  return (
    items.find((invoice) => invoice.periodId === periodId && invoice.kind === 'invoice' && invoice.status !== 'void') ??
    null
  );
};

/** Customer admins: a month's billable usage against the plan's allowances, and what it comes to so far. */
export function UsagePage() {
  const months = recentMonths(MONTHS_SHOWN);
  const [asked, choose] = useChosenMonth(months);
  // Unless a month was asked for, the server's current one: its clock decides which month has begun.
  const load = useCallback((signal: AbortSignal) => api.getUsage(asked ?? undefined, signal), [asked]);
  const usage = useResource(load);
  const month = asked ?? (usage.status === 'ready' ? usage.data.period.id : (months[0] ?? ''));
  const loadInvoice = useCallback((signal: AbortSignal) => loadInvoiceOf(month, signal), [month]);
  const invoice = useResource(loadInvoice);

  return (
    <>
      <h1>Usage</h1>
      <p className="lead">
        What your organisation has used in a month — webmaster time, emergency call-outs and task runs — against what
        your plan includes, and every billable record behind it.
      </p>
      <MonthSelect months={months} value={month} onChange={choose} />
      {usage.status === 'loading' && <Loading>Loading the usage of {formatMonth(month)}…</Loading>}
      {usage.status === 'error' && (
        <ErrorAlert
          error={usage.error}
          title={`Could not load the usage of ${formatMonth(month)}`}
          onRetry={usage.reload}
        />
      )}
      {usage.status === 'ready' && (
        <Usage
          view={usage.data}
          current={asked === null || asked === months[0]}
          // Until the invoices have answered (or if they cannot), the estimate stands in for the invoice.
          invoice={invoice.status === 'ready' ? invoice.data : null}
        />
      )}
    </>
  );
}

/** `current`: the month under way, whose usage is still growing. */
function Usage({ view, current, invoice }: { view: UsageView; current: boolean; invoice: CustomerInvoice | null }) {
  const month = formatMonth(view.period.id);
  const zone = useDisplayZone();
  return (
    <>
      <div className="card-grid">
        <section className="card" aria-labelledby="allowances-heading">
          <h2 id="allowances-heading">Allowances</h2>
          <p className="muted">
            What your plan includes in {month} (by days, if it started or changed during the month). Webmaster time
            counts in quarter hours; anything beyond the allowance is billed at the plan’s prices.
          </p>
          <ul className="entitlements">
            {allowanceEntitlements(view.allowances).map((entitlement) => (
              <EntitlementBar key={entitlement.kind} entitlement={entitlement} />
            ))}
          </ul>
        </section>
        {invoice ? (
          <MonthInvoice invoice={invoice} month={month} zone={zone} />
        ) : (
          <section className="card" aria-labelledby="estimate-heading">
            <h2 id="estimate-heading">{current ? 'Estimate so far' : 'Estimate'}</h2>
            <p className="plan-price">
              <span className="plan-amount">
                {formatMoney({ amount: view.estimate.net, currency: view.estimate.currency })}
              </span>
            </p>
            <p className="muted">
              Before VAT; the invoice is made when the month is closed, at {formatPeriodBoundary(view.period.end, zone)}
              .
            </p>
          </section>
        )}
      </div>

      <section className="section" aria-labelledby="records-heading">
        <h2 id="records-heading">
          Records
          <span className="heading-note"> oldest first, times in {zoneLabel(zone)}</span>
        </h2>
        {view.records.length === 0 ? (
          <EmptyState>No usage recorded in {month} yet.</EmptyState>
        ) : (
          <DataTable
            columns={['When', 'What', 'Quantity', 'Running total', 'Note']}
            caption={`Usage records of ${month}, oldest first`}
          >
            {view.records.map((record) => (
              <RecordRow key={record.id} record={record} records={view.records} zone={zone} />
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}

/** A month's invoice, where the estimate stood before the month was closed. */
function MonthInvoice({ invoice, month, zone }: { invoice: CustomerInvoice; month: string; zone: string }) {
  const pdf = usePdfDownload(invoice, api.downloadInvoicePdf);
  return (
    <section className="card" aria-labelledby="month-invoice-heading">
      <h2 id="month-invoice-heading">Invoice {invoice.number}</h2>
      <p className="plan-price">
        <span className="plan-amount">{formatMoney({ amount: invoice.gross, currency: invoice.currency })}</span>{' '}
        <span className="plan-per">including VAT</span>
      </p>
      <p>
        <InvoiceStatusBadge status={invoice.status} /> {month} is closed: issued on{' '}
        <time dateTime={invoice.issuedAt}>{formatDate(invoice.issuedAt, zone)}</time>.
      </p>
      {pdf.action.state.kind === 'failed' && (
        <ErrorAlert error={pdf.action.state.error} title="Could not download the PDF" />
      )}
      <div className="form-actions">
        <PdfButton number={invoice.number} pdf={pdf} />
        <Link to="/invoices">All invoices</Link>
      </div>
    </section>
  );
}

/** What a record is, for people: "Consultation, 3 Dec 2026, 10:00 CET" — never the id of its source. */
function RecordSource({ record, zone }: { record: UsageRecordView; zone: string }) {
  const kind = KIND_LABELS[record.kind] ?? record.kind;
  const { name, at } = record.source;
  return (
    <>
      {kind}
      {name !== kind && (
        <span className="cell-sub">
          {name}
          {at && (
            <>
              , <time dateTime={at}>{formatDateTime(at, zone)}</time>
            </>
          )}
        </span>
      )}
    </>
  );
}

function RecordRow({ record, records, zone }: { record: UsageRecordView; records: UsageRecordView[]; zone: string }) {
  return (
    <tr>
      <td className="cell-nowrap">
        <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt, zone)}</time>
      </td>
      <td>
        <RecordSource record={record} zone={zone} />
      </td>
      <td className="cell-nowrap">
        {formatQuantity(record.quantity, record.unit)}
        {record.unitPrice && <span className="cell-sub">at {formatMoney(record.unitPrice)} each</span>}
      </td>
      <td className="cell-nowrap">{formatQuantity(record.runningTotal, record.unit)}</td>
      <td>
        {record.reversalOf ? (
          <ReversalNote id={record.reversalOf} records={records} zone={zone} />
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

/** A correction names what it cancels: the record itself when it is of the same month, else what it was. */
function ReversalNote({ id, records, zone }: { id: string; records: UsageRecordView[]; zone: string }) {
  const reversed = records.find((record) => record.id === id);
  if (!reversed) return <>Corrects a record of an earlier month</>;
  return (
    <>
      Corrects {KIND_LABELS[reversed.kind]?.toLowerCase() ?? reversed.kind} of{' '}
      <time dateTime={reversed.occurredAt}>{formatDateTime(reversed.occurredAt, zone)}</time> (
      {formatQuantity(reversed.quantity, reversed.unit)})
    </>
  );
}
