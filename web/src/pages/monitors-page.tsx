import { useState } from 'react';
import type { Plan } from '../../../shared/catalogue/plan.js';
import { useAuth } from '../auth/auth-context.js';
import { CopyableCommand } from '../components/copyable-command.js';
import { DataTable } from '../components/data-table.js';
import { MonitorStatePill, ZonedTime } from '../components/incident-parts.js';
import { MonitorForm } from '../components/monitor-form.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { api, type Monitor } from '../lib/api.js';
import { heartbeatCommands, MONITOR_KIND_LABELS, monitorPath, monitorTargetText } from '../lib/monitoring.js';
import { Link } from '../lib/router.js';
import { loadHosts } from '../lib/tasks.js';
import { useResource } from '../lib/use-resource.js';

const loadMonitors = (signal: AbortSignal) => api.listMonitors(signal).then((list) => list.items);
/** The plan's monitoring terms, to explain the limits next to the form; null without a plan. */
const loadPlan = (signal: AbortSignal): Promise<Plan | null> =>
  api.getSubscription(signal).then((subscription) => subscription.plan);

/** Customers: the organisation's monitors with their state; admins add monitors here. */
export function MonitorsPage() {
  const auth = useAuth();
  const monitors = useResource(loadMonitors);
  const [added, setAdded] = useState<Monitor[]>([]);
  const [created, setCreated] = useState<Monitor | null>(null);
  if (auth.status !== 'signed-in') return null;
  const isAdmin = auth.me.roles.includes('customer-admin');
  const timeZone = auth.me.timeZone;
  const items =
    monitors.status === 'ready'
      ? [...monitors.data.filter((item) => !added.some((extra) => extra.id === item.id)), ...added].sort((a, b) =>
          a.name.localeCompare(b.name),
        )
      : [];

  return (
    <>
      <h1>Monitors</h1>
      <p className="lead">
        Opsdesk checks your sites, certificates, DNS, ports, scheduled jobs and servers around the clock. When a check
        keeps failing, an incident opens and the engineer on call is paged. Times are in {timeZone}.
      </p>
      {created && <CreatedNotice monitor={created} onDismiss={() => setCreated(null)} />}

      <section className="section" aria-labelledby="monitors-heading">
        <h2 id="monitors-heading">Your monitors</h2>
        {monitors.status === 'loading' && <Loading>Loading monitors…</Loading>}
        {monitors.status === 'error' && (
          <ErrorAlert error={monitors.error} title="Could not load the monitors" onRetry={monitors.reload} />
        )}
        {monitors.status === 'ready' &&
          (items.length === 0 ? (
            <EmptyState>
              No monitors yet. A monitor checks one thing — a web page, a certificate, a DNS record, a port, a scheduled
              job’s heartbeat or a server’s disk — every few minutes, and opens an incident when it fails.
              {isAdmin ? ' Add one below.' : ' An admin of your organisation can add one.'}
            </EmptyState>
          ) : (
            <MonitorTable monitors={items} timeZone={timeZone} />
          ))}
      </section>

      {isAdmin && (
        <AddMonitor
          used={items.length}
          timeZone={timeZone}
          onCreated={(monitor) => {
            setAdded((current) => [...current, monitor]);
            setCreated(monitor);
          }}
        />
      )}
    </>
  );
}

function MonitorTable({ monitors, timeZone }: { monitors: Monitor[]; timeZone: string }) {
  return (
    <DataTable columns={['Name', 'Kind', 'Target', 'State', 'Last checked']} caption="Monitors by name">
      {monitors.map((monitor) => (
        <tr key={monitor.id}>
          <th scope="row" className="cell-name">
            <Link to={monitorPath(monitor)}>{monitor.name}</Link>
          </th>
          <td>{MONITOR_KIND_LABELS[monitor.kind]}</td>
          <td className="cell-break">{monitorTargetText(monitor)}</td>
          <td>
            <MonitorStatePill monitor={monitor} />
            {monitor.lastResult && <span className="cell-sub">{monitor.lastResult.message}</span>}
          </td>
          <td className="cell-nowrap">
            {monitor.lastCheckedAt ? (
              <ZonedTime iso={monitor.lastCheckedAt} timeZone={timeZone} />
            ) : (
              <span className="muted">Not yet</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function AddMonitor({
  used,
  timeZone,
  onCreated,
}: {
  used: number;
  timeZone: string;
  onCreated: (monitor: Monitor) => void;
}) {
  const hosts = useResource(loadHosts);
  const plan = useResource(loadPlan);
  return (
    <section className="section card" aria-labelledby="add-monitor-heading">
      <h2 id="add-monitor-heading">Add monitor</h2>
      {(hosts.status === 'loading' || plan.status === 'loading') && <Loading>Loading your plan and hosts…</Loading>}
      {hosts.status === 'error' && (
        <ErrorAlert error={hosts.error} title="Could not load your hosts" onRetry={hosts.reload} />
      )}
      {plan.status === 'error' && (
        <ErrorAlert error={plan.error} title="Could not load your plan" onRetry={plan.reload} />
      )}
      {hosts.status === 'ready' && plan.status === 'ready' && (
        <MonitorForm hosts={hosts.data} plan={plan.data} used={used} timeZone={timeZone} onCreated={onCreated} />
      )}
    </section>
  );
}

/** After adding: where the monitor is, and for a heartbeat the secret push URL with the lines a cron job runs. */
function CreatedNotice({ monitor, onDismiss }: { monitor: Monitor; onDismiss: () => void }) {
  const commands = monitor.heartbeatUrl ? heartbeatCommands(monitor.heartbeatUrl) : null;
  return (
    <Notice>
      <p className="alert-title">
        Monitor “{monitor.name}” added. <Link to={monitorPath(monitor)}>Open it</Link>
      </p>
      {commands && <HeartbeatInstructions url={monitor.heartbeatUrl ?? ''} />}
      <p>
        <button type="button" className="button-link" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </Notice>
  );
}

/** The push URL of a heartbeat and how a job calls it: success, `/start` before, `/fail` on failure. */
export function HeartbeatInstructions({ url }: { url: string }) {
  const commands = heartbeatCommands(url);
  return (
    <div className="heartbeat-instructions">
      <p>Your job calls this secret URL when it succeeds. Keep it private: anyone with it can report for your job.</p>
      <CopyableCommand command={url} buttonLabel="Copy push URL" />
      <p>
        Call <code>/start</code> when the job begins (a run longer than the grace counts as failed) and{' '}
        <code>/fail</code> when it fails. For example, a nightly backup in a crontab:
      </p>
      <CopyableCommand command={commands.cronLine} buttonLabel="Copy cron line" />
      <ul className="muted">
        <li>
          Success: <code>{commands.success}</code>
        </li>
        <li>
          Start: <code>{commands.start}</code>
        </li>
        <li>
          Failure: <code>{commands.fail}</code>
        </li>
      </ul>
    </div>
  );
}
