import { useCallback } from 'react';
import { DataTable } from '../components/data-table.js';
import { EntitlementBar } from '../components/entitlement-bar.js';
import { MonthSelect } from '../components/month-select.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { api, type Entitlement, type UsageRecordView, type UsageView } from '../lib/api.js';
import { formatMonth, formatQuantity, recentMonths, useChosenMonth } from '../lib/billing.js';
import { formatDateTime, formatMoney, viewerTimeZone } from '../lib/format.js';
import { useResource } from '../lib/use-resource.js';

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

/** Customer admins: a month's billable usage against the plan's allowances, and what it comes to so far. */
export function UsagePage() {
  const months = recentMonths(MONTHS_SHOWN);
  const [asked, choose] = useChosenMonth(months);
  // Unless a month was asked for, the server's current one: its clock decides which month has begun.
  const load = useCallback((signal: AbortSignal) => api.getUsage(asked ?? undefined, signal), [asked]);
  const usage = useResource(load);
  const month = asked ?? (usage.status === 'ready' ? usage.data.period.id : (months[0] ?? ''));

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
      {usage.status === 'ready' && <Usage view={usage.data} current={asked === null || asked === months[0]} />}
    </>
  );
}

/** `current`: the month under way, whose usage is still growing. */
function Usage({ view, current }: { view: UsageView; current: boolean }) {
  const month = formatMonth(view.period.id);
  const zone = viewerTimeZone();
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
        <section className="card" aria-labelledby="estimate-heading">
          <h2 id="estimate-heading">{current ? 'Estimate so far' : 'Estimate'}</h2>
          <p className="plan-price">
            <span className="plan-amount">
              {formatMoney({ amount: view.estimate.net, currency: view.estimate.currency })}
            </span>
          </p>
          <p className="muted">Before VAT; the invoice is made when the month is closed.</p>
        </section>
      </div>

      <section className="section" aria-labelledby="records-heading">
        <h2 id="records-heading">
          Records
          <span className="heading-note"> oldest first{zone ? `, times in ${zone}` : ''}</span>
        </h2>
        {view.records.length === 0 ? (
          <EmptyState>No usage recorded in {month} yet.</EmptyState>
        ) : (
          <DataTable
            columns={['When', 'What', 'Quantity', 'Running total', 'Note']}
            caption={`Usage records of ${month}, oldest first`}
          >
            {view.records.map((record) => (
              <RecordRow key={record.id} record={record} records={view.records} />
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}

function RecordRow({ record, records }: { record: UsageRecordView; records: UsageRecordView[] }) {
  return (
    <tr>
      <td className="cell-nowrap">
        <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt)}</time>
      </td>
      <td>
        {KIND_LABELS[record.kind] ?? record.kind}
        <code className="id cell-sub">{record.sourceId}</code>
      </td>
      <td className="cell-nowrap">
        {formatQuantity(record.quantity, record.unit)}
        {record.unitPrice && <span className="cell-sub">at {formatMoney(record.unitPrice)} each</span>}
      </td>
      <td className="cell-nowrap">{formatQuantity(record.runningTotal, record.unit)}</td>
      <td>
        {record.reversalOf ? (
          <ReversalNote id={record.reversalOf} records={records} />
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

/** A correction names what it cancels: the record itself when it is of the same month, else its id. */
function ReversalNote({ id, records }: { id: string; records: UsageRecordView[] }) {
  const reversed = records.find((record) => record.id === id);
  if (!reversed) {
    return (
      <>
        Corrects record <code className="id">{id}</code>
      </>
    );
  }
  return (
    <>
      Corrects {KIND_LABELS[reversed.kind]?.toLowerCase() ?? reversed.kind} of{' '}
      <time dateTime={reversed.occurredAt}>{formatDateTime(reversed.occurredAt)}</time> (
      {formatQuantity(reversed.quantity, reversed.unit)})
    </>
  );
}
