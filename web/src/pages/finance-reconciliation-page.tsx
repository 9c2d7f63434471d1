import { useCallback } from 'react';
import { DataTable } from '../components/data-table.js';
import { InvoiceStatusBadge } from '../components/invoice-parts.js';
import { MonthSelect } from '../components/month-select.js';
import { PagedListView } from '../components/paged-list-view.js';
import { api, type Reconciliation, type ReconciliationRow } from '../lib/api.js';
import { formatMonth, recentMonths, useChosenMonth } from '../lib/billing.js';
import { formatMoney } from '../lib/format.js';
import { DIFFERENCE_EXPLANATIONS, DIFFERENCE_LABELS, financeInvoicePath, STRIPE_SYNC_LABELS } from '../lib/invoices.js';
import { Link } from '../lib/router.js';
import { usePagedList } from '../lib/use-paged-list.js';

/** The twelve months before the current one, as on the billing periods page. */
const MONTHS_SHOWN = 12;
const STRIPE_COLUMNS = [
  'Organisation',
  'Rated (ledger)',
  'Invoiced',
  'Stripe due',
  'Stripe paid',
  'Status',
  'Differences',
];
/** Ledger billing: Stripe collects nothing, so it has no columns. */
const LEDGER_COLUMNS = STRIPE_COLUMNS.filter((column) => !column.startsWith('Stripe'));

/**
 * One tenant's row, with what its page said of the whole period: the list hook tells rows apart by `id`, and a page
 * of tenants is all there is to say whether the period is closed and how invoices are collected.
 */
type Entry = ReconciliationRow & { id: string; period: Pick<Reconciliation, 'closed' | 'collection'> };

const toEntries = (page: Reconciliation): Entry[] =>
  page.items.map(
    (row): Entry => ({ ...row, id: row.tenantId, period: { closed: page.closed, collection: page.collection } }),
  );

/** A page of the period's rows (the server fills its pages: an empty one is the end of the list). */
async function loadRows(periodId: string, cursor: string | undefined, signal: AbortSignal) {
  const page = await api.getReconciliation({ period: periodId, cursor }, signal);
  return { items: toEntries(page), nextCursor: page.nextCursor };
}

const needsAttention = (row: ReconciliationRow): boolean => row.differences.length > 0;

/** Finance: per tenant of an ended month, the ledger's rating now against the invoice and Stripe's view of it. */
export function FinanceReconciliationPage() {
  const months = recentMonths(MONTHS_SHOWN, 1);
  const [asked, choose] = useChosenMonth(months);
  const month = asked ?? months[0] ?? '';
  return (
    <>
      <h1>Reconciliation</h1>
      <p className="lead">
        For each organisation of a month: what the usage ledger rates now, what was invoiced, and what Stripe asks for
        and has been paid. Differences are flagged, and the organisations that need attention come first.
      </p>
      <MonthSelect
        months={months}
        value={month}
        onChange={choose}
        hint="Months that have ended. Periods are calendar months in UTC."
      />
      <PeriodReconciliation key={month} periodId={month} />
    </>
  );
}

function PeriodReconciliation({ periodId }: { periodId: string }) {
  const month = formatMonth(periodId);
  const load = useCallback(
    (cursor: string | undefined, signal: AbortSignal) => loadRows(periodId, cursor, signal),
    [periodId],
  );
  const rows = usePagedList(load);

  return (
    <section className="section" aria-labelledby="reconciliation-heading">
      <h2 id="reconciliation-heading">
        {month}
        <span className="heading-note"> by organisation, those that need attention first</span>
      </h2>
      <PagedListView
        list={rows}
        loading={`Loading the reconciliation of ${month}…`}
        failedTitle={`Could not load the reconciliation of ${month}`}
        empty={`No organisations existed in ${month}: nothing to reconcile.`}
      >
        {(ready) => {
          const { closed, collection } = ready.items[0]?.period ?? { closed: true, collection: 'ledger' };
          const attention = ready.items.filter(needsAttention).length;
          // Stable: within each group, the server's order.
          const sorted = [...ready.items.filter(needsAttention), ...ready.items.filter((row) => !needsAttention(row))];
          return (
            <>
              {!closed && (
                <div className="alert alert-info">
                  <p>
                    {month} is not closed yet, so no organisation is flagged as not invoiced.{' '}
                    <Link to={`/finance/periods?period=${encodeURIComponent(periodId)}`}>Close it</Link> to invoice it.
                  </p>
                </div>
              )}
              {collection === 'ledger' && (
                <p className="muted">
                  Ledger billing: nothing is collected through Stripe; payments are recorded here.
                </p>
              )}
              <p className={attention > 0 ? 'reconciliation-summary summary-attention' : 'reconciliation-summary'}>
                {attentionSummary(attention, ready.items.length, ready.hasMore)}
              </p>
              <DataTable
                columns={collection === 'stripe' ? STRIPE_COLUMNS : LEDGER_COLUMNS}
                caption={`Reconciliation of ${month}, organisations needing attention first`}
              >
                {sorted.map((row) => (
                  <ReconciliationRowView key={row.id} row={row} stripeColumns={collection === 'stripe'} />
                ))}
              </DataTable>
              {attention > 0 && <DifferenceLegend rows={ready.items} />}
            </>
          );
        }}
      </PagedListView>
    </section>
  );
}

/** What each difference shown means, once per kind. */
function DifferenceLegend({ rows }: { rows: readonly ReconciliationRow[] }) {
  const shown = new Set(rows.flatMap((row) => row.differences));
  return (
    <details className="legend">
      <summary className="legend-summary">What the differences mean</summary>
      <dl className="details legend-list">
        {[...shown].map((difference) => (
          <div key={difference}>
            <dt>{DIFFERENCE_LABELS[difference]}</dt>
            <dd>{DIFFERENCE_EXPLANATIONS[difference]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** "3 of 40 tenants need attention." (of those loaded so far, when there are more) */
function attentionSummary(attention: number, loaded: number, more: boolean): string {
  const tenants = `${loaded} ${loaded === 1 ? 'tenant' : 'tenants'}${more ? ' loaded so far' : ''}`;
  return `${attention} of ${tenants} ${attention === 1 ? 'needs' : 'need'} attention.`;
}

function ReconciliationRowView({ row, stripeColumns }: { row: Entry; stripeColumns: boolean }) {
  const money = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? (
      <span className="muted">—</span>
    ) : (
      formatMoney({ amount, currency: row.currency })
    );
  const attention = needsAttention(row);
  return (
    <tr className={attention ? 'row-attention' : undefined}>
      <th scope="row" className="cell-name">
        {row.tenantName}
      </th>
      <td className="cell-nowrap cell-amount">
        {row.rated === null ? <span className="muted">Nothing to invoice</span> : money(row.rated)}
      </td>
      <td className="cell-nowrap">
        {row.invoice ? (
          <>
            <Link to={financeInvoicePath(row.invoice.id)}>{row.invoice.number}</Link>
            <span className="cell-sub cell-amount">{money(row.invoice.gross)}</span>
            {row.invoice.creditNote && <span className="cell-sub">Cancelled by {row.invoice.creditNote}</span>}
          </>
        ) : (
          <span className="muted">No invoice</span>
        )}
      </td>
      {stripeColumns && (
        <>
          <td className="cell-nowrap cell-amount">{money(row.stripe?.amountDue)}</td>
          <td className="cell-nowrap cell-amount">{money(row.stripe?.amountPaid)}</td>
        </>
      )}
      <td>
        {row.invoice ? <InvoiceStatusBadge status={row.invoice.status} /> : <span className="muted">—</span>}
        {row.stripe && (
          <span className="cell-sub">
            Stripe: {row.stripe.status ?? 'no invoice yet'}
            {row.stripe.sync !== 'synced' && ` · ${STRIPE_SYNC_LABELS[row.stripe.sync]}`}
          </span>
        )}
      </td>
      <td>
        {attention ? (
          <ul className="badges" aria-label={`Differences for ${row.tenantName}`}>
            {row.differences.map((difference) => (
              <li key={difference} className="badge badge-warning" title={DIFFERENCE_EXPLANATIONS[difference]}>
                {DIFFERENCE_LABELS[difference]}
              </li>
            ))}
          </ul>
        ) : (
          <span className="badge">Matches</span>
        )}
        {row.stripe?.lastError && <span className="cell-sub cell-break">{row.stripe.lastError}</span>}
      </td>
    </tr>
  );
}
