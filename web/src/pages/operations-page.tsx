import { useCallback, useEffect, useRef, useState } from 'react';
import { DataTable } from '../components/data-table.js';
import { ErrorAlert, Loading } from '../components/status.js';
import { api, isAbortError, type OperationsSnapshot } from '../lib/api.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { count, formatDateTime } from '../lib/format.js';

/** How often the page reads the figures again while it is open. */
export const OPERATIONS_REFRESH_MS = 30_000;

type Heartbeat = OperationsSnapshot['heartbeats'][number];
type Queue = OperationsSnapshot['queues'][number];

/** A duration in words: `45 s`, `12 min`, `3 h 5 min`, `2 d 4 h`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** Reads the snapshot now, on Refresh and every 30 s; the last figures stay on screen while new ones load. */
function useOperations() {
  const [snapshot, setSnapshot] = useState<OperationsSnapshot | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(true);
  const current = useRef<AbortController | null>(null);

  const load = useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setBusy(true);
    api.getOperations(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setSnapshot(data);
        setError(null);
        setBusy(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted || isAbortError(failure)) return;
        setError(failure);
        setBusy(false);
      },
    );
  }, []);

  useEffect(() => {
    load();
    const timer = setInterval(load, OPERATIONS_REFRESH_MS);
    return () => {
      clearInterval(timer);
      current.current?.abort();
    };
  }, [load]);

  return { snapshot, error, busy, refresh: load };
}

const pill = (tone: 'ok' | 'warning' | 'error', text: string) => (
  <span
    className={`status-pill ${tone === 'error' ? 'status-failed' : tone === 'warning' ? 'status-past_due' : 'status-active'}`}
  >
    {text}
  </span>
);

/** Staff: the figures the operations alarms watch — queues, the e-mail outbox, the period close, the scheduled jobs. */
export function OperationsPage() {
  const { snapshot, error, busy, refresh } = useOperations();

  return (
    <>
      <h1>Operations</h1>
      <p className="lead">
        Queue depths and dead letters, the booking e-mails waiting to be sent, the latest billing period close and when
        each scheduled job last ran — the same figures the alarms are raised from. The page reads them again every 30
        seconds.
      </p>
      <div className="row-actions">
        <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={refresh}>
          Refresh
        </button>
        {snapshot && (
          <p className="muted" aria-live="polite">
            Figures as of <At iso={snapshot.takenAt} />
          </p>
        )}
      </div>
      {error !== null && (
        <ErrorAlert
          error={error}
          title={
            snapshot ? 'Could not refresh the figures; these are the last ones read' : 'Could not load the figures'
          }
          onRetry={refresh}
        />
      )}
      {!snapshot && busy && <Loading>Loading the figures…</Loading>}
      {snapshot && <Snapshot snapshot={snapshot} />}
    </>
  );
}

/** An instant in the staff member's own zone, named. */
function At({ iso }: { iso: string }) {
  const timeZone = useDisplayZone();
  return <time dateTime={iso}>{formatDateTime(iso, timeZone)}</time>;
}

function Snapshot({ snapshot }: { snapshot: OperationsSnapshot }) {
  const close = snapshot.periodClose;
  return (
    <>
      <section aria-labelledby="ops-queues">
        <h2 id="ops-queues">Queues</h2>
        <DataTable
          caption="Queues: messages waiting, in flight, and in the dead-letter queue"
          columns={['Queue', 'Waiting', 'In flight', 'Oldest message', 'Dead letters']}
        >
          {snapshot.queues.map((queue) => (
            <QueueRow key={queue.id} queue={queue} />
          ))}
        </DataTable>
        <p className="muted">
          The age of the oldest message is not in SQS’s answer; in AWS, CloudWatch’s ApproximateAgeOfOldestMessage alarm
          watches it.
        </p>
      </section>

      <section aria-labelledby="ops-outbox">
        <h2 id="ops-outbox">Booking e-mails (outbox)</h2>
        <DataTable caption="Booking e-mails due and not yet sent" columns={['Due, not sent', 'Oldest waiting']}>
          <tr>
            <td>{snapshot.outbox.due > 0 ? pill('warning', String(snapshot.outbox.due)) : '0'}</td>
            <td>
              {snapshot.outbox.oldestDueAt ? (
                <>
                  {formatDuration(snapshot.outbox.oldestAgeSeconds)}
                  <span className="cell-sub">
                    due <At iso={snapshot.outbox.oldestDueAt} />
                  </span>
                </>
              ) : (
                <span className="muted">Nothing waiting</span>
              )}
            </td>
          </tr>
        </DataTable>
      </section>

      <section aria-labelledby="ops-close">
        <h2 id="ops-close">Latest period close</h2>
        {close ? (
          <DataTable
            caption="The latest billing period close"
            columns={['Period', 'Status', 'Started', 'Invoiced', 'Skipped', 'Failed', 'Tenants']}
          >
            <tr>
              <th scope="row">{close.periodId}</th>
              <td>
                {close.status === 'done'
                  ? pill('ok', 'Finished')
                  : pill('warning', `Running for ${formatDuration((close.runningMinutes ?? 0) * 60)}`)}
              </td>
              <td>
                <At iso={close.startedAt} />
              </td>
              <td>{close.invoiced}</td>
              <td>{close.skipped}</td>
              <td>{close.failed > 0 ? pill('error', count(close.failed, 'tenant')) : '0'}</td>
              <td>{close.tenants}</td>
            </tr>
          </DataTable>
        ) : (
          <p className="empty">No close of the last two months has been started.</p>
        )}
      </section>

      <section aria-labelledby="ops-jobs">
        <h2 id="ops-jobs">Scheduled jobs</h2>
        <DataTable
          caption="Scheduled jobs and their last run"
          columns={['Job', 'Schedule', 'Last run', 'Outcome', 'State']}
        >
          {snapshot.heartbeats.map((heartbeat) => (
            <HeartbeatRow key={heartbeat.jobId} heartbeat={heartbeat} />
          ))}
        </DataTable>
      </section>
    </>
  );
}

function QueueRow({ queue }: { queue: Queue }) {
  if (!queue.available) {
    return (
      <tr>
        <th scope="row">{queue.id}</th>
        <td colSpan={4}>{pill('error', 'SQS did not answer for this queue')}</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{queue.id}</th>
      <td>{queue.visible}</td>
      <td>{queue.inFlight}</td>
      <td>
        {queue.oldestAgeSeconds === null ? (
          <span className="muted">Not reported</span>
        ) : (
          formatDuration(queue.oldestAgeSeconds)
        )}
      </td>
      <td>{queue.deadLetterVisible ? pill('error', count(queue.deadLetterVisible, 'message')) : '0'}</td>
    </tr>
  );
}

const scheduleText = (heartbeat: Heartbeat) =>
  heartbeat.cron
    ? `${heartbeat.cron} (UTC)`
    : heartbeat.rateMinutes === 1
      ? 'every minute'
      : `every ${heartbeat.rateMinutes} min`;

function HeartbeatRow({ heartbeat }: { heartbeat: Heartbeat }) {
  const state =
    heartbeat.state === 'late'
      ? pill('error', 'Late')
      : heartbeat.state === 'failed'
        ? pill('error', 'Last run failed')
        : heartbeat.state === 'never'
          ? pill('warning', 'No run recorded')
          : pill('ok', 'On time');
  return (
    <tr>
      <th scope="row">{heartbeat.jobId}</th>
      <td>{scheduleText(heartbeat)}</td>
      <td>
        {heartbeat.lastFinishedAt ? (
          <>
            <At iso={heartbeat.lastFinishedAt} />
            <span className="cell-sub">{formatDuration((heartbeat.ageMinutes ?? 0) * 60)} ago</span>
          </>
        ) : (
          <span className="muted">Never</span>
        )}
      </td>
      <td>
        {heartbeat.outcome === null ? (
          '—'
        ) : heartbeat.outcome === 'ok' ? (
          <>OK{heartbeat.count !== null && <span className="cell-sub">{heartbeat.count} done</span>}</>
        ) : (
          <>
            Failed
            {heartbeat.error && <span className="cell-sub cell-break">{heartbeat.error}</span>}
          </>
        )}
      </td>
      <td>
        {state}
        {heartbeat.expectedBy && (
          <span className="cell-sub">
            expected by <At iso={heartbeat.expectedBy} />
          </span>
        )}
      </td>
    </tr>
  );
}
