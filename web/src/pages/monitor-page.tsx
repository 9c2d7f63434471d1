import { type FormEvent, useCallback, useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { DataTable } from '../components/data-table.js';
import { MonitorStatePill, ZonedTime } from '../components/incident-parts.js';
import { MonitorCharts } from '../components/monitor-charts.js';
import { SubmitButton, SubmitFailure } from '../components/save-footer.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { api, type HistoryRange, isApiError, type Monitor, type MonitorDetail } from '../lib/api.js';
import { nowMs } from '../lib/clock.js';
import { fieldMessage } from '../lib/format.js';
import {
  CHECK_OUTCOME_LABELS,
  formatMs,
  incidentPath,
  instantFromLocalInput,
  MONITOR_KIND_LABELS,
  monitorTargetText,
} from '../lib/monitoring.js';
import { Link, navigate } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { usePolled } from '../lib/use-polled.js';
import { useResource } from '../lib/use-resource.js';
import { HeartbeatInstructions } from './monitors-page.js';

const RANGES: { id: HistoryRange; label: string }[] = [
  { id: '24h', label: '24 hours' },
  { id: '7d', label: '7 days' },
  { id: '90d', label: '90 days' },
];

const MONITOR_POLL_MS = 10_000;

/** One monitor: state, configuration, charts, recent results, maintenance, pause/resume and delete. */
export function MonitorPage({ params }: { params: Record<string, string> }) {
  const auth = useAuth();
  const monitorId = params.monitorId ?? '';
  const load = useCallback((signal: AbortSignal) => api.getMonitor(monitorId, signal), [monitorId]);
  // Asked for again every 10 s: the state, the last result and an incident opening show up without a reload.
  const detail = usePolled(load, MONITOR_POLL_MS);
  const [changed, setChanged] = useState<{ base: MonitorDetail; monitor: Monitor } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (auth.status !== 'signed-in') return null;
  const isAdmin = auth.me.roles.includes('customer-admin');
  const timeZone = auth.me.timeZone;

  if (detail.status === 'loading') return <Loading>Loading the monitor…</Loading>;
  if (detail.status === 'error') {
    return (
      <>
        <p className="eyebrow">
          <Link to="/monitors">All monitors</Link>
        </p>
        <ErrorAlert
          error={detail.error}
          title={
            isApiError(detail.error, 404)
              ? 'There is no such monitor in your organisation'
              : 'Could not load the monitor'
          }
          onRetry={isApiError(detail.error, 404) ? undefined : detail.reload}
        />
      </>
    );
  }
  const base = detail.data;
  // A write answers with the monitor (without its results): shown over the loaded detail until the next load.
  const monitor: MonitorDetail = changed?.base === base ? { ...base, ...changed.monitor } : base;
  const onChanged = (next: Monitor, message: string) => {
    setChanged({ base, monitor: next });
    setNotice(message);
  };

  return (
    <>
      <p className="eyebrow">
        <Link to="/monitors">All monitors</Link>
      </p>
      <h1>{monitor.name}</h1>
      <p className="task-state" role="status">
        State: <MonitorStatePill monitor={monitor} />
        {monitor.lastResult && <span className="muted"> — {monitor.lastResult.message}</span>}
      </p>
      {monitor.incidentId && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">An incident is open for this monitor</p>
          <p>
            <Link to={incidentPath({ id: monitor.incidentId })}>See the incident and its timeline</Link>
          </p>
        </div>
      )}
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {isAdmin && <MonitorActions monitor={monitor} onChanged={onChanged} />}

      <section className="section card" aria-labelledby="config-heading">
        <h2 id="config-heading">Configuration</h2>
        <Configuration monitor={monitor} timeZone={timeZone} />
        {monitor.heartbeatUrl && isAdmin && <HeartbeatInstructions url={monitor.heartbeatUrl} />}
      </section>

      <History monitorId={monitor.id} timeZone={timeZone} />

      <section className="section" aria-labelledby="results-heading">
        <h2 id="results-heading">Recent results</h2>
        <RecentResults monitor={monitor} timeZone={timeZone} />
      </section>

      <Maintenance monitor={monitor} isAdmin={isAdmin} timeZone={timeZone} onChanged={onChanged} />
    </>
  );
}

function Configuration({ monitor, timeZone }: { monitor: Monitor; timeZone: string }) {
  return (
    <dl className="facts facts-grid">
      <div>
        <dt>Kind</dt>
        <dd>{MONITOR_KIND_LABELS[monitor.kind]}</dd>
      </div>
      <div>
        <dt>Checks</dt>
        <dd className="cell-break">{monitorTargetText(monitor)}</dd>
      </div>
      {monitor.kind !== 'heartbeat' && (
        <div>
          <dt>Interval</dt>
          <dd>every {monitor.intervalMinutes} min</dd>
        </div>
      )}
      <div>
        <dt>Confirmations</dt>
        <dd>{monitor.confirmations} in a row</dd>
      </div>
      {monitor.kind === 'http' && (
        <>
          <div>
            <dt>Method and status</dt>
            <dd>
              {monitor.method ?? 'GET'}, {monitor.expectedStatus[0]}–{monitor.expectedStatus[1]}
              {monitor.followRedirects ? ', follows redirects' : ''}
            </dd>
          </div>
          {monitor.keyword && (
            <div>
              <dt>Keyword</dt>
              <dd>
                “{monitor.keyword}” {monitor.keywordAbsent ? 'must be absent' : 'must be present'}
              </dd>
            </div>
          )}
          {monitor.maxResponseMs && (
            <div>
              <dt>Maximum response time</dt>
              <dd>{formatMs(monitor.maxResponseMs)}</dd>
            </div>
          )}
        </>
      )}
      {monitor.kind === 'tls' && monitor.warnDays !== null && (
        <div>
          <dt>Warn</dt>
          <dd>{monitor.warnDays} days before expiry</dd>
        </div>
      )}
      <div>
        <dt>Last checked</dt>
        <dd>{monitor.lastCheckedAt ? <ZonedTime iso={monitor.lastCheckedAt} timeZone={timeZone} /> : 'Not yet'}</dd>
      </div>
      {monitor.nextCheckAt && !monitor.paused && (
        <div>
          <dt>{monitor.kind === 'heartbeat' ? 'Next ping expected by' : 'Next check'}</dt>
          <dd>
            <ZonedTime iso={monitor.nextCheckAt} timeZone={timeZone} />
          </dd>
        </div>
      )}
    </dl>
  );
}

function History({ monitorId, timeZone }: { monitorId: string; timeZone: string }) {
  const [range, setRange] = useState<HistoryRange>('24h');
  const load = useCallback(
    (signal: AbortSignal) =>
      // The end of the range is when it was loaded: the charts draw up to then.
      api.getMonitorHistory(monitorId, range, signal).then((history) => ({ history, at: nowMs() })),
    [monitorId, range],
  );
  const history = useResource(load);
  return (
    <section className="section card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <fieldset className="range-picker">
        <legend>Range</legend>
        <div className="form-actions">
          {RANGES.map((option) => (
            <button
              key={option.id}
              type="button"
              className={option.id === range ? 'button button-small' : 'button button-secondary button-small'}
              aria-pressed={option.id === range}
              onClick={() => setRange(option.id)}
            >
              {option.label}
            </button>
          ))}
        </div>
      </fieldset>
      {history.status === 'loading' && <Loading>Loading the history…</Loading>}
      {history.status === 'error' && (
        <ErrorAlert error={history.error} title="Could not load the history" onRetry={history.reload} />
      )}
      {history.status === 'ready' && (
        <MonitorCharts history={history.data.history} now={history.data.at} timeZone={timeZone} />
      )}
    </section>
  );
}

function RecentResults({ monitor, timeZone }: { monitor: MonitorDetail; timeZone: string }) {
  if (monitor.recentResults.length === 0) {
    return <EmptyState>No results yet: the first check runs within {monitor.intervalMinutes} minutes.</EmptyState>;
  }
  return (
    <DataTable columns={[`When (${timeZone})`, 'Outcome', 'Response time', 'Message']} caption="Newest first">
      {monitor.recentResults.map((result) => (
        <tr key={result.id}>
          <td className="cell-nowrap">
            <ZonedTime iso={result.at} timeZone={timeZone} />
            {result.recheck && <span className="cell-sub">Re-check</span>}
          </td>
          <td>
            <span className={`status-pill monitor-${result.outcome}`}>{CHECK_OUTCOME_LABELS[result.outcome]}</span>
            {result.inMaintenance && <span className="cell-sub">In maintenance</span>}
          </td>
          <td>{formatMs(result.responseMs)}</td>
          <td className="cell-break">{result.message}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function MonitorActions({
  monitor,
  onChanged,
}: {
  monitor: Monitor;
  onChanged: (monitor: Monitor, message: string) => void;
}) {
  const pause = useAction();
  const checkNow = useAction();
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const toggle = () =>
    void pause.run(
      () => api.updateMonitor(monitor.id, { paused: !monitor.paused }),
      (next) =>
        onChanged(
          next,
          next.paused ? 'Paused: the monitor is not checked and opens nothing.' : 'Resumed: checks start again.',
        ),
    );
  const check = () =>
    void checkNow.run(
      () => api.checkMonitorNow(monitor.id),
      (next) => onChanged(next, 'Checking within a minute: the result appears below.'),
    );
  const remove = async () => {
    setDeleteError(null);
    try {
      await api.deleteMonitor(monitor.id);
      navigate('/monitors');
    } catch (error) {
      setDeleteError(error);
    }
  };
  return (
    <div className="task-actions">
      {pause.state.kind === 'failed' && (
        <ErrorAlert
          error={pause.state.error}
          title={monitor.paused ? 'The monitor was not resumed' : 'The monitor was not paused'}
        />
      )}
      {deleteError !== null && <ErrorAlert error={deleteError} title="The monitor was not deleted" />}
      {checkNow.state.kind === 'failed' && (
        <ErrorAlert error={checkNow.state.error} title="The check was not requested" />
      )}
      <div className="form-actions">
        {!monitor.paused && monitor.kind !== 'heartbeat' && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={checkNow.busy || undefined}
            onClick={check}
          >
            Check now
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={pause.busy || undefined}
          onClick={toggle}
        >
          {monitor.paused ? 'Resume monitor' : 'Pause monitor'}
        </button>
        {pause.busy && <Loading>Saving…</Loading>}
        <ConfirmButton
          question={`Delete “${monitor.name}”? Its results and history go; its incidents stay, resolved.`}
          confirmLabel="Delete monitor"
          dismissLabel="Keep monitor"
          busyLabel="Deleting…"
          onConfirm={remove}
        >
          Delete monitor
        </ConfirmButton>
      </div>
    </div>
  );
}

type MaintenanceSubmit = { kind: 'editing' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

function Maintenance({
  monitor,
  isAdmin,
  timeZone,
  onChanged,
}: {
  monitor: Monitor;
  isAdmin: boolean;
  timeZone: string;
  onChanged: (monitor: Monitor, message: string) => void;
}) {
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const [checks, setChecks] = useState<Record<string, string>>({});
  const [submit, setSubmit] = useState<MaintenanceSubmit>({ kind: 'editing' });
  const [cancelError, setCancelError] = useState<unknown>(null);
  const slots = [...monitor.maintenance].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  async function plan(event: FormEvent) {
    event.preventDefault();
    if (submit.kind === 'saving') return;
    const startAt = instantFromLocalInput(start, timeZone);
    const endAt = instantFromLocalInput(end, timeZone);
    const found: Record<string, string> = {};
    if (!startAt) found.start = 'Enter a start date and time.';
    if (!endAt) found.end = 'Enter an end date and time.';
    if (!reason.trim()) found.reason = 'Enter a reason.';
    setChecks(found);
    if (!startAt || !endAt || Object.keys(found).length > 0) return;
    setSubmit({ kind: 'saving' });
    try {
      const next = await api.scheduleMaintenance(monitor.id, { start: startAt, end: endAt, reason: reason.trim() });
      setStart('');
      setEnd('');
      setReason('');
      setSubmit({ kind: 'editing' });
      onChanged(next, 'Maintenance planned: checks go on, no page goes out, the time is not counted in uptime.');
    } catch (error) {
      setSubmit({ kind: 'failed', error });
    }
  }

  const cancel = async (slotId: string) => {
    setCancelError(null);
    try {
      await api.cancelMaintenance(monitor.id, slotId);
      onChanged(
        { ...monitor, maintenance: monitor.maintenance.filter((slot) => slot.id !== slotId) },
        'Maintenance cancelled.',
      );
    } catch (error) {
      setCancelError(error);
    }
  };

  const failed = submit.kind === 'failed' ? submit.error : null;
  const serverErrors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const placed = new Set<string>();
  const errorAt = (path: string): string | undefined => {
    if (checks[path]) return checks[path];
    const message = serverErrors[path];
    if (!message) return undefined;
    placed.add(path);
    return fieldMessage(message);
  };
  const startError = errorAt('start');
  const endError = errorAt('end');
  const reasonError = errorAt('reason');
  const unplaced = Object.keys(serverErrors).some((path) => !placed.has(path));

  return (
    <section className="section card" aria-labelledby="maintenance-heading">
      <h2 id="maintenance-heading">Maintenance</h2>
      <p className="muted">
        During maintenance checks keep running and results are kept, but no one is paged and the time does not count
        against uptime. Disruptive tasks put the monitor into maintenance by themselves. Times in {timeZone}.
      </p>
      {cancelError !== null && <ErrorAlert error={cancelError} title="The maintenance was not cancelled" />}
      {slots.length === 0 ? (
        <EmptyState>No maintenance planned.</EmptyState>
      ) : (
        <DataTable columns={['Start', 'End', 'Reason']} actions={isAdmin} caption="Planned maintenance">
          {slots.map((slot) => (
            <tr key={slot.id}>
              <td className="cell-nowrap">
                <ZonedTime iso={slot.start} timeZone={timeZone} />
              </td>
              <td className="cell-nowrap">
                <ZonedTime iso={slot.end} timeZone={timeZone} />
              </td>
              <td className="cell-break">
                {slot.reason}
                {slot.taskId && (
                  <span className="cell-sub">
                    Set by <Link to={`/tasks/${slot.taskId}`}>a disruptive task</Link>
                  </span>
                )}
              </td>
              {isAdmin && (
                <td className="cell-actions">
                  <ConfirmButton
                    className="button button-secondary button-small"
                    question="Cancel this maintenance? Pages go out again from now."
                    confirmLabel="Cancel maintenance"
                    dismissLabel="Keep it"
                    busyLabel="Cancelling…"
                    onConfirm={() => cancel(slot.id)}
                  >
                    Cancel<span className="visually-hidden"> maintenance “{slot.reason}”</span>
                  </ConfirmButton>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {isAdmin && (
        <form className="form form-compact" onSubmit={plan} noValidate>
          <h3>Plan a maintenance</h3>
          <TextField
            label={`Start (${timeZone})`}
            type="datetime-local"
            value={start}
            onChange={(event) => setStart(event.target.value)}
            error={startError}
            required
          />
          <TextField
            label={`End (${timeZone})`}
            type="datetime-local"
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            error={endError}
            required
          />
          <TextField
            label="Reason"
            hint="Shown on your public status page when this monitor is on it: write it for your visitors."
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonError}
            required
          />
          <SubmitFailure
            failed={failed}
            unplaced={unplaced}
            invalid={Object.keys(checks).length > 0}
            title="The maintenance was not planned"
          />
          <SubmitButton busy={submit.kind === 'saving'} busyLabel="Planning…">
            Plan maintenance
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
