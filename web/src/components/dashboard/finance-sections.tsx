import { useCallback } from 'react';
import { api, type Invoice, isApiError, type PeriodClose, type Reconciliation } from '../../lib/api.js';
import { formatMonth, recentMonths } from '../../lib/billing.js';
import { nowMs } from '../../lib/clock.js';
import { useDisplayZone } from '../../lib/display-zone.js';
import { closeProgress } from '../../lib/finance.js';
import { count, formatDate, formatMoney } from '../../lib/format.js';
import { DIFFERENCE_LABELS, financeInvoicePath } from '../../lib/invoices.js';
import { Link } from '../../lib/router.js';
import { useResource } from '../../lib/use-resource.js';
import { collectPages, DASHBOARD_ROWS, DashboardSection, DashList, DashRow, MoreCount } from './dashboard-section.js';

/** How many ended months the unpaid invoices are gathered from. */
const UNPAID_MONTHS = 3;

/** Finance's "what now?": the month to close, the money not yet in, and what does not match Stripe. */
export function FinanceSections({ level }: { level: 2 | 3 }) {
  // The month that ended last is the one to close and reconcile; the current one cannot be closed yet.
  const [lastMonth = '', ...earlier] = recentMonths(UNPAID_MONTHS, 1);
  return (
    <div className="card-grid dash-grid">
      <PeriodState level={level} periodId={lastMonth} />
      <UnpaidInvoices level={level} months={[lastMonth, ...earlier]} />
      <ReconciliationDifferences level={level} periodId={lastMonth} />
    </div>
  );
}

const periodsPath = (periodId: string, status?: string) =>
  `/finance/periods?period=${periodId}${status ? `&status=${status}` : ''}`;

function PeriodState({ level, periodId }: { level: 2 | 3; periodId: string }) {
  const load = useCallback(
    async (signal: AbortSignal): Promise<{ close: PeriodClose | null }> => {
      try {
        return { close: await api.getPeriodClose(periodId, signal) };
      } catch (error) {
        // Never closed: a state of its own.
        if (isApiError(error, 404)) return { close: null };
        throw error;
      }
    },
    [periodId],
  );
  const state = useResource(load);
  const [thisMonth = ''] = recentMonths(1, 0);
  return (
    <DashboardSection
      title="Billing period"
      level={level}
      more={{ to: periodsPath(periodId), label: 'Billing periods' }}
      state={state}
    >
      {({ close }) => (
        <>
          <p className="dash-figure">
            {formatMonth(periodId)}:{' '}
            {close === null ? (
              <span className="sla-overdue">not closed yet</span>
            ) : close.status === 'running' ? (
              'closing…'
            ) : (
              'closed'
            )}
          </p>
          {close === null && (
            <p>
              The month has ended: closing it issues one invoice per organisation.{' '}
              <Link to={periodsPath(periodId)}>Close {formatMonth(periodId)}</Link>
            </p>
          )}
          {close && (
            <p className={close.failed > 0 ? 'sla-overdue' : undefined}>
              {closeProgress(close)}
              {close.failed > 0 && ' — close it again to retry the failed ones'}
            </p>
          )}
          <p className="dash-note">{formatMonth(thisMonth)} is in progress; it can be closed once it has ended.</p>
        </>
      )}
    </DashboardSection>
  );
}

type Unpaid = { invoice: Invoice; overdue: boolean };

function UnpaidInvoices({ level, months }: { level: 2 | 3; months: readonly string[] }) {
  const zone = useDisplayZone();
  const key = months.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the months (a new array each render).
  const load = useCallback(
    async (signal: AbortSignal): Promise<Unpaid[]> => {
      const pages = await Promise.all(
        months.map((period) =>
          collectPages((cursor) =>
            api.listFinanceInvoices({ period, status: 'finalized', cursor, limit: 200 }, signal),
          ),
        ),
      );
      const now = nowMs();
      return pages
        .flat()
        .filter((invoice) => invoice.kind === 'invoice')
        .map((invoice) => ({
          invoice,
          overdue: invoice.payment !== null && Date.parse(invoice.payment.dueAt) < now,
        }))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.invoice.issuedAt.localeCompare(b.invoice.issuedAt));
    },
    [key],
  );
  const state = useResource(load);
  return (
    <DashboardSection
      title="Unpaid invoices"
      level={level}
      more={{ to: periodsPath(months[0] ?? '', 'finalized'), label: 'Finalized invoices' }}
      note={`Issued in ${months.map(formatMonth).join(', ')}`}
      state={state}
      empty={(unpaid) => (unpaid.length === 0 ? 'Every invoice of these months is paid or settled.' : null)}
    >
      {(unpaid) => {
        const overdue = unpaid.filter((row) => row.overdue).length;
        return (
          <>
            <p className="dash-figure">
              {count(unpaid.length, 'unpaid invoice')}: {totals(unpaid.map((row) => row.invoice))}
              {overdue > 0 && <span className="sla-overdue"> · {overdue} overdue</span>}
            </p>
            <DashList>
              {unpaid.slice(0, DASHBOARD_ROWS).map(({ invoice, overdue: late }) => (
                <DashRow
                  key={invoice.id}
                  warning={late}
                  main={<Link to={financeInvoicePath(invoice.id)}>{`${invoice.number} — ${invoice.buyer.name}`}</Link>}
                  sub={
                    invoice.payment ? (
                      <span className={late ? 'sla-overdue' : undefined}>
                        {late ? 'Overdue since' : 'Due'} {formatDate(invoice.payment.dueAt, zone)}
                      </span>
                    ) : (
                      `Issued ${formatDate(invoice.issuedAt, zone)}`
                    )
                  }
                  aside={
                    <span className="cell-amount">
                      {formatMoney({ amount: invoice.gross, currency: invoice.currency })}
                    </span>
                  }
                />
              ))}
            </DashList>
            <MoreCount total={unpaid.length} shown={DASHBOARD_ROWS} />
          </>
        );
      }}
    </DashboardSection>
  );
}

/** "€1,190.00" or "€1,190.00 and £20.00": a sum per currency. */
function totals(invoices: readonly Invoice[]): string {
  const sums = new Map<string, number>();
  for (const invoice of invoices) sums.set(invoice.currency, (sums.get(invoice.currency) ?? 0) + invoice.gross);
  return [...sums].map(([currency, amount]) => formatMoney({ amount, currency })).join(' and ');
}

function ReconciliationDifferences({ level, periodId }: { level: 2 | 3; periodId: string }) {
  const load = useCallback(
    async (signal: AbortSignal): Promise<Reconciliation['items']> =>
      (await collectPages((cursor) => api.getReconciliation({ period: periodId, cursor, limit: 200 }, signal))).filter(
        (row) => row.differences.length > 0,
      ),
    [periodId],
  );
  const state = useResource(load);
  return (
    <DashboardSection
      title="Reconciliation differences"
      level={level}
      more={{ to: `/finance/reconciliation?period=${periodId}`, label: 'Reconciliation' }}
      note={formatMonth(periodId)}
      state={state}
      empty={(rows) => (rows.length === 0 ? 'Nothing to look at: the ledger, the invoices and Stripe agree.' : null)}
    >
      {(rows) => (
        <>
          <DashList>
            {rows.slice(0, DASHBOARD_ROWS).map((row) => (
              <DashRow
                key={row.tenantId}
                warning
                main={row.tenantName}
                sub={row.differences.map((difference) => DIFFERENCE_LABELS[difference]).join(', ')}
              />
            ))}
          </DashList>
          <MoreCount total={rows.length} shown={DASHBOARD_ROWS} />
        </>
      )}
    </DashboardSection>
  );
}
