import { useCallback } from 'react';
import type { MeResponse } from '../../../shared/tenancy/model.js';
import { useAuth } from '../auth/auth-context.js';
import { DataTable } from '../components/data-table.js';
import { MonthSelect } from '../components/month-select.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { formatMonth, recentMonths, useChosenMonth } from '../lib/billing.js';
import { now as clockNow } from '../lib/clock.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { formatDate, formatDateTime } from '../lib/format.js';
import { listReports, nextReportAt, REPORT_MONTHS, type ReportListItem, reportPath } from '../lib/reports.js';
import { isCustomer } from '../lib/roles.js';
import { Link } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';

/**
 * The monthly service reports. Customers: their organisation's, newest month first. Finance, operators and
 * provider-admins: every organisation's report of a month they pick (the last one unless they pick another).
 */
export function ReportsPage() {
  const auth = useAuth();
  // The route table only renders this page for signed-in users.
  if (auth.status !== 'signed-in') return null;
  return isCustomer(auth.me.roles) ? <CustomerReports me={auth.me} /> : <StaffReports />;
}

const loadOwnReports = (signal: AbortSignal) => listReports({}, signal).then((list) => list.items);

function CustomerReports({ me }: { me: MeResponse }) {
  const reports = useResource(loadOwnReports);
  const timeZone = me.timeZone;
  return (
    <>
      <h1>Service reports</h1>
      <p className="lead">
        What your organisation got each month: uptime, incidents against the agreed response times, tasks run, webmaster
        hours and the invoice — with the records behind every figure, so you can check each one yourself.
      </p>
      {reports.status === 'loading' && <Loading>Loading your reports…</Loading>}
      {reports.status === 'error' && (
        <ErrorAlert error={reports.error} title="Could not load the reports" onRetry={reports.reload} />
      )}
      {reports.status === 'ready' &&
        (reports.data.length === 0 ? (
          <EmptyState>
            No reports yet. The first report appears when this month closes, on{' '}
            {formatDate(nextReportAt(clockNow()).toISOString(), timeZone)}
            {timeZone ? ` (${timeZone})` : ''}.
          </EmptyState>
        ) : (
          <DataTable columns={['Month', 'Made']} caption="Your organisation’s service reports, newest month first">
            {reports.data.map((report) => (
              <tr key={report.periodId}>
                <th scope="row" className="cell-name cell-nowrap">
                  <Link to={reportPath(report.periodId)}>{formatMonth(report.periodId)}</Link>
                </th>
                <td className="cell-nowrap">
                  <time dateTime={report.generatedAt}>{formatDateTime(report.generatedAt, timeZone)}</time>
                </td>
              </tr>
            ))}
          </DataTable>
        ))}
    </>
  );
}

function StaffReports() {
  const months = recentMonths(REPORT_MONTHS, 1);
  const [asked, choose] = useChosenMonth(months);
  // The month before this one, unless another was asked for.
  const month = asked ?? months[0] ?? '';
  return (
    <>
      <h1>Service reports</h1>
      <p className="lead">
        Every organisation’s monthly service report, made when the month was closed. Pick a month to see its reports.
      </p>
      <MonthSelect months={months} value={month} onChange={choose} hint="Months that have ended (UTC)." />
      <PeriodReports key={month} periodId={month} />
    </>
  );
}

function PeriodReports({ periodId }: { periodId: string }) {
  const load = useCallback(
    (signal: AbortSignal) => listReports({ period: periodId }, signal).then((list) => list.items),
    [periodId],
  );
  const reports = useResource(load);
  const month = formatMonth(periodId);
  if (reports.status === 'loading') return <Loading>Loading the reports of {month}…</Loading>;
  if (reports.status === 'error') {
    return (
      <ErrorAlert error={reports.error} title={`Could not load the reports of ${month}`} onRetry={reports.reload} />
    );
  }
  if (reports.data.length === 0) {
    return <EmptyState>No reports for {month}: they are made when the month is closed.</EmptyState>;
  }
  const sorted = [...reports.data].sort((a, b) => a.tenantName.localeCompare(b.tenantName));
  return (
    <DataTable columns={['Organisation', 'Made']} caption={`Service reports of ${month}, by organisation`}>
      {sorted.map((report) => (
        <StaffRow key={report.tenantId} report={report} />
      ))}
    </DataTable>
  );
}

function StaffRow({ report }: { report: ReportListItem }) {
  const timeZone = useDisplayZone();
  return (
    <tr>
      <th scope="row" className="cell-name">
        <Link to={reportPath(report.periodId, report.tenantId)}>{report.tenantName}</Link>
      </th>
      <td className="cell-nowrap">
        <time dateTime={report.generatedAt}>{formatDateTime(report.generatedAt, timeZone)}</time>
      </td>
    </tr>
  );
}
