import { type ReactNode, useCallback } from 'react';
import { DataTable } from '../components/data-table.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { type InvoiceStatus, isApiError, type TaskStatus } from '../lib/api.js';
import { formatMonth, formatPeriod, formatQuantity } from '../lib/billing.js';
import { formatDuration } from '../lib/booking.js';
import { formatDate, formatDateTime, formatMoney } from '../lib/format.js';
import { INVOICE_STATUS_LABELS } from '../lib/invoices.js';
import { formatUptime, MONITOR_KIND_LABELS, SEVERITY_LABELS } from '../lib/monitoring.js';
import {
  downloadReportFile,
  getReport,
  monitorAnchor,
  REPORT_FILES,
  type ReportFileKind,
  type ReportIncident,
  type ReportInvoice,
  type ReportTask,
  recordAnchor,
  reportsOfPeriodPath,
  type ServiceReport,
  type SlaVerdict,
  sourceTarget,
  taskAnchor,
  VERDICT_CLASSES,
  VERDICT_LABELS,
} from '../lib/reports.js';
import { Link, useLocation } from '../lib/router.js';
import { formatParam, TASK_STATUS_LABELS } from '../lib/tasks.js';
import { useAction } from '../lib/use-action.js';
import { useResource } from '../lib/use-resource.js';

/**
 * One organisation's monthly service report in full, readable by the customer: what was watched and how it fared,
 * incidents against the agreed response times, tasks run, webmaster hours, what comes next, and the invoice with
 * each line pointing at the records it was rated from. Staff open any organisation's with `?tenantId=`.
 */
export function ReportPage({ params }: { params: Record<string, string> }) {
  const periodId = params.periodId ?? '';
  const tenantId = useLocation().search.get('tenantId');
  // Another month or organisation starts over: its load and its downloads.
  return <ReportView key={`${periodId} ${tenantId ?? ''}`} periodId={periodId} tenantId={tenantId} />;
}

function ReportView({ periodId, tenantId }: { periodId: string; tenantId: string | null }) {
  const load = useCallback((signal: AbortSignal) => getReport(periodId, tenantId, signal), [periodId, tenantId]);
  const resource = useResource(load);
  const back = (
    <p className="eyebrow">
      <Link to={tenantId ? reportsOfPeriodPath(periodId) : '/reports'}>Service reports</Link>
    </p>
  );

  if (resource.status === 'loading') {
    return (
      <>
        {back}
        <Loading>Loading the report of {formatMonth(periodId)}…</Loading>
      </>
    );
  }
  if (resource.status === 'error') {
    return (
      <>
        {back}
        <h1>Service report, {formatMonth(periodId)}</h1>
        {isApiError(resource.error, 404) ? (
          <ErrorAlert error={resource.error} title="There is no report of this month">
            <p>A report is made when its month is closed, for organisations with a plan or usage in it.</p>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={resource.error} title="Could not load the report" onRetry={resource.reload} />
        )}
      </>
    );
  }

  const report = resource.data;
  return (
    <>
      {back}
      <h1>Service report, {formatMonth(report.periodId)}</h1>
      <p className="lead">{report.tenantName}</p>
      <ReportHeader report={report} />
      <Downloads report={report} tenantId={tenantId} />
      <Method report={report} />
      <Uptime report={report} />
      <Incidents report={report} />
      <Tasks report={report} />
      <Hours report={report} />
      <Upcoming report={report} />
      <Invoice report={report} />
    </>
  );
}

/** A section of the report with its heading (a landmark screen readers can jump to). */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** An instant in the organisation's zone, the zone named. */
function When({ iso, report }: { iso: string; report: ServiceReport }) {
  return <time dateTime={iso}>{formatDateTime(iso, report.timeZone)}</time>;
}

const minutes = (value: number | null): string => (value === null ? '—' : formatDuration(value));

function ReportHeader({ report }: { report: ServiceReport }) {
  return (
    <section className="card" aria-labelledby="report-facts-heading">
      <h2 id="report-facts-heading">About this report</h2>
      <dl className="facts">
        <div>
          <dt>Organisation</dt>
          <dd>{report.tenantName}</dd>
        </div>
        <div>
          <dt>Period</dt>
          <dd>
            {formatMonth(report.periodId)}: {formatPeriod(report.period)} (UTC)
          </dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>{report.plan?.name ?? 'No plan in force'}</dd>
        </div>
        <div>
          <dt>Made</dt>
          <dd>
            <When iso={report.generatedAt} report={report} />
          </dd>
        </div>
        <div>
          <dt>Times shown in</dt>
          <dd>{report.timeZone}</dd>
        </div>
      </dl>
    </section>
  );
}

/** One file of the report being fetched (with the session's token) and saved, and whether that failed. */
function useDownload(report: ServiceReport, tenantId: string | null, kind: ReportFileKind) {
  const action = useAction();
  const start = () =>
    void action.run(
      () => downloadReportFile(report.periodId, tenantId, kind),
      () => undefined,
    );
  return { kind, label: REPORT_FILES[kind].label, action, start };
}

function Downloads({ report, tenantId }: { report: ServiceReport; tenantId: string | null }) {
  const downloads = [
    useDownload(report, tenantId, 'pdf'),
    useDownload(report, tenantId, 'csv'),
    useDownload(report, tenantId, 'export'),
  ];
  return (
    <Section id="downloads" title="Download">
      <div className="form-actions">
        {downloads.map(({ kind, label, action, start }) => (
          <button
            key={kind}
            type="button"
            className="button button-secondary"
            aria-disabled={action.busy || undefined}
            onClick={start}
          >
            Download {label}
          </button>
        ))}
      </div>
      {downloads.map(({ kind, label, action }) => (
        <div key={kind}>
          {action.busy && <Loading>Preparing the {label}…</Loading>}
          {action.state.kind === 'failed' && (
            <ErrorAlert error={action.state.error} title={`Could not download the ${label}`}>
              <p>
                <button type="button" className="button-link" onClick={action.dismiss}>
                  Dismiss
                </button>
              </p>
            </ErrorAlert>
          )}
        </div>
      ))}
      <p className="muted">
        The raw records are every record the figures were computed from — the daily check counts, the incidents, the
        tasks, the bookings, the usage records and the invoice — as they stood at the end of the month. Anyone can
        recompute every figure of this report from them.
      </p>
    </Section>
  );
}

function Method({ report }: { report: ServiceReport }) {
  return (
    <Section id="method" title="How these figures are counted">
      {report.method.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </Section>
  );
}

function Uptime({ report }: { report: ServiceReport }) {
  return (
    <Section id="uptime" title="Uptime">
      {report.monitors.length === 0 ? (
        <EmptyState>No monitors were watched this month.</EmptyState>
      ) : (
        <>
          <DataTable
            columns={['Monitor', 'Watched from', 'Uptime', 'Up', 'Down', 'Maintenance', 'No data']}
            caption={`Uptime per monitor, ${formatMonth(report.periodId)}`}
          >
            {report.monitors.map((monitor) => (
              <tr key={monitor.monitorId} id={monitorAnchor(monitor.monitorId)}>
                <th scope="row" className="cell-name">
                  {monitor.name}
                  <span className="cell-sub">{MONITOR_KIND_LABELS[monitor.kind]}</span>
                </th>
                <td className="cell-nowrap">
                  <When iso={monitor.monitoredFrom} report={report} />
                </td>
                <td className="cell-nowrap cell-amount">{formatUptime(monitor.uptime)}</td>
                <td className="cell-amount">{monitor.up}</td>
                <td className="cell-amount">{monitor.down}</td>
                <td className="cell-amount">{monitor.maintenance}</td>
                <td className="cell-amount">{monitor.noData}</td>
              </tr>
            ))}
          </DataTable>
          <p className="muted">
            Uptime is up ÷ (up + down). Checks during planned maintenance and checks that returned no data are shown
            apart and counted neither as up nor as down; “—” means nothing was counted.
          </p>
        </>
      )}
    </Section>
  );
}

function Verdict({ verdict }: { verdict: SlaVerdict }) {
  return <span className={`status-pill ${VERDICT_CLASSES[verdict]}`}>{VERDICT_LABELS[verdict]}</span>;
}

/** Minutes taken, the verdict against the deadline, and the deadline itself. */
function ResponseCell({
  taken,
  verdict,
  dueAt,
  report,
}: {
  taken: number | null;
  verdict: SlaVerdict;
  dueAt: string;
  report: ServiceReport;
}) {
  return (
    <td>
      <span className="cell-nowrap">{taken === null ? 'Not within the month' : minutes(taken)}</span>{' '}
      <Verdict verdict={verdict} />
      <span className="cell-sub">
        Due <When iso={dueAt} report={report} />
      </span>
    </td>
  );
}

function Incidents({ report }: { report: ServiceReport }) {
  return (
    <Section id="incidents" title="Incidents and response times">
      <SlaSummary report={report} />
      {report.incidents.length === 0 ? (
        <EmptyState>No incidents this month.</EmptyState>
      ) : (
        <DataTable
          columns={['Monitor', 'Severity', 'Opened', 'Time to acknowledge', 'Time to resolve']}
          caption={`Incidents of ${formatMonth(report.periodId)}, with the time to acknowledge and to resolve`}
        >
          {report.incidents.map((incident) => (
            <IncidentRow key={incident.incidentId} incident={incident} report={report} />
          ))}
        </DataTable>
      )}
    </Section>
  );
}

function IncidentRow({ incident, report }: { incident: ReportIncident; report: ServiceReport }) {
  return (
    <tr>
      <th scope="row" className="cell-name">
        {incident.monitorName}
        {incident.carriedOver && <span className="cell-sub">Opened in an earlier month</span>}
      </th>
      <td>
        <span className={`severity-${incident.severity}`}>{SEVERITY_LABELS[incident.severity]}</span>
      </td>
      <td className="cell-nowrap">
        <When iso={incident.openedAt} report={report} />
      </td>
      <ResponseCell
        taken={incident.minutesToAcknowledge}
        verdict={incident.acknowledge}
        dueAt={incident.acknowledgeDueAt}
        report={report}
      />
      <ResponseCell
        taken={incident.minutesToResolve}
        verdict={incident.resolve}
        dueAt={incident.resolveDueAt}
        report={report}
      />
    </tr>
  );
}

function SlaSummary({ report }: { report: ServiceReport }) {
  const { sla } = report;
  const target = (value: number | null) => (value === null ? 'no target' : `within ${minutes(value)}`);
  return (
    <section className="card" aria-labelledby="sla-heading">
      <h3 id="sla-heading">Response times against the plan’s targets</h3>
      <p>
        <span className={`status-pill ${sla.met ? VERDICT_CLASSES.met : VERDICT_CLASSES.missed}`}>
          {sla.met ? 'Response times met' : 'Response times missed'}
        </span>{' '}
        {sla.met
          ? 'No deadline that fell in this month was missed.'
          : 'At least one deadline that fell in this month was missed.'}
      </p>
      <dl className="facts">
        <div>
          <dt>Acknowledge ({target(sla.acknowledgeMinutes)})</dt>
          <dd>
            {sla.acknowledgeMet} met, {sla.acknowledgeMissed} missed
          </dd>
        </div>
        <div>
          <dt>Resolve ({target(sla.resolveMinutes)})</dt>
          <dd>
            {sla.resolveMet} met, {sla.resolveMissed} missed
          </dd>
        </div>
      </dl>
      <p className="muted">
        Each deadline is judged in the report of the month it falls in; one after this month’s end is judged next month.
      </p>
    </section>
  );
}

const outcomeLabel = (outcome: string): string => TASK_STATUS_LABELS[outcome as TaskStatus] ?? outcome;

function Tasks({ report }: { report: ServiceReport }) {
  return (
    <Section id="tasks" title="Tasks run">
      {report.tasks.length === 0 ? (
        <EmptyState>No tasks finished this month.</EmptyState>
      ) : (
        <DataTable
          columns={['Task', 'Host', 'Parameters', 'Requested by', 'Approved by', 'Outcome', 'Duration']}
          caption={`Tasks that finished in ${formatMonth(report.periodId)}`}
        >
          {report.tasks.map((task) => (
            <TaskRow key={task.taskId} task={task} report={report} />
          ))}
        </DataTable>
      )}
    </Section>
  );
}

function TaskRow({ task, report }: { task: ReportTask; report: ServiceReport }) {
  const params = Object.entries(task.params);
  return (
    <tr id={taskAnchor(task.taskId)}>
      <th scope="row" className="cell-name">
        {task.typeName}
        <span className="cell-sub">
          Finished <When iso={task.finishedAt} report={report} />
        </span>
      </th>
      <td>{task.hostName ?? '—'}</td>
      <td className="cell-break">
        {params.length === 0
          ? '—'
          : params.map(([name, value]) => (
              <span key={name} className="cell-sub">
                {name}: {formatParam(value)}
              </span>
            ))}
      </td>
      <td className="cell-break">{task.requestedBy}</td>
      <td className="cell-break">{task.approvedBy ?? '—'}</td>
      <td>
        <span className={`status-pill status-${task.outcome}`}>{outcomeLabel(task.outcome)}</span>
      </td>
      <td className="cell-nowrap">{task.durationMinutes === null ? 'Never ran' : minutes(task.durationMinutes)}</td>
    </tr>
  );
}

function Hours({ report }: { report: ServiceReport }) {
  const { hours } = report;
  return (
    <Section id="hours" title="Webmaster hours">
      <dl className="facts">
        <div>
          <dt>Included in the plan</dt>
          <dd>{formatDuration(hours.includedMinutes)}</dd>
        </div>
        <div>
          <dt>Used, as recorded</dt>
          <dd>{formatDuration(hours.recordedMinutes)}</dd>
        </div>
        <div>
          <dt>Used, rounded</dt>
          <dd>{formatDuration(hours.roundedMinutes)}</dd>
        </div>
        <div>
          <dt>Beyond the included hours</dt>
          <dd>{formatDuration(hours.overageMinutes)}</dd>
        </div>
      </dl>
      <p>{hours.roundingRule}</p>
      {hours.items.length === 0 ? (
        <EmptyState>No webmaster time was recorded this month.</EmptyState>
      ) : (
        <DataTable
          columns={['Work', 'When', 'For', 'Recorded', 'Rounded']}
          caption={`Webmaster time recorded in ${formatMonth(report.periodId)}, each engagement rounded`}
        >
          {hours.items.map((item) => (
            <tr key={item.usageRecordId} id={recordAnchor(item.usageRecordId)}>
              <th scope="row" className="cell-name">
                {item.description}
              </th>
              <td className="cell-nowrap">
                <When iso={item.occurredAt} report={report} />
              </td>
              <td>{item.source === 'booking' ? 'Booking' : 'Task'}</td>
              <td className="cell-nowrap cell-amount">{formatDuration(item.minutes)}</td>
              <td className="cell-nowrap cell-amount">{formatDuration(item.roundedMinutes)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}

function Upcoming({ report }: { report: ServiceReport }) {
  const { certificates, maintenance, domains } = report.upcoming;
  return (
    <Section id="upcoming" title="What comes next">
      <h3>Certificates expiring within 60 days</h3>
      {certificates.length === 0 ? (
        <p className="muted">None, as last checked.</p>
      ) : (
        <ul>
          {certificates.map((certificate) => (
            <li key={`${certificate.monitorName} ${certificate.subject}`}>
              {certificate.subject} ({certificate.monitorName}): expires on{' '}
              {formatDate(`${certificate.expiresOn}T12:00:00.000Z`, 'UTC')}, in {certificate.daysLeft} days
            </li>
          ))}
        </ul>
      )}
      <h3>Domains</h3>
      <p>{domains}</p>
      <h3>Planned maintenance</h3>
      {maintenance.length === 0 ? (
        <p className="muted">None planned.</p>
      ) : (
        <ul>
          {maintenance.map((slot) => (
            <li key={`${slot.monitorName} ${slot.start}`}>
              {slot.monitorName}: <When iso={slot.start} report={report} /> to <When iso={slot.end} report={report} />
              {slot.reason ? ` — ${slot.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Invoice({ report }: { report: ServiceReport }) {
  const { invoice } = report;
  return (
    <Section id="invoice" title="Invoice">
      {invoice === null ? (
        <EmptyState>Nothing was invoiced for this month.</EmptyState>
      ) : (
        <InvoiceLines report={report} invoice={invoice} />
      )}
    </Section>
  );
}

const invoiceStatus = (status: string): string =>
  (INVOICE_STATUS_LABELS[status as InvoiceStatus] ?? status).toLowerCase();

function InvoiceLines({ report, invoice }: { report: ServiceReport; invoice: ReportInvoice }) {
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency });
  return (
    <>
      <p>
        Invoice {invoice.number}, {invoiceStatus(invoice.status)}. Each line names the records it was rated from.
      </p>
      <DataTable
        columns={['Line', 'Quantity', 'Amount', 'Rated from']}
        caption={`Lines of invoice ${invoice.number}, each with the records it was rated from`}
      >
        {invoice.lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an invoice's lines never change order.
          <tr key={index}>
            <th scope="row" className="cell-name">
              {line.description}
            </th>
            <td className="cell-nowrap">{formatQuantity(line.quantity, line.unit)}</td>
            <td className="cell-nowrap cell-amount">{money(line.amount)}</td>
            <td className="cell-break">
              {line.sources.length === 0
                ? '—'
                : line.sources.map((source) => {
                    const target = sourceTarget(report, source);
                    return (
                      <span key={`${source.type} ${source.id}`} className="cell-sub">
                        {target.anchor ? <a href={`#${target.anchor}`}>{target.text}</a> : target.text}
                      </span>
                    );
                  })}
            </td>
          </tr>
        ))}
      </DataTable>
      <dl className="invoice-totals" aria-label={`Totals of invoice ${invoice.number}`}>
        <div>
          <dt>Net</dt>
          <dd>{money(invoice.net)}</dd>
        </div>
        <div>
          <dt>VAT</dt>
          <dd>{money(invoice.gross - invoice.net)}</dd>
        </div>
        <div className="invoice-gross">
          <dt>Gross</dt>
          <dd>{money(invoice.gross)}</dd>
        </div>
      </dl>
    </>
  );
}
