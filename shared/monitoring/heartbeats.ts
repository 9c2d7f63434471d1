import { DomainError, isDomainError } from '../errors.js';
import { applyResult } from './checks.js';
import { nextCronAt } from './cron.js';
import type { MonitoringDeps } from './deps.js';
import type { Monitor } from './model.js';
import type { DueMonitor } from './ports.js';

/**
 * Heartbeat monitors: a customer's job calls a secret URL when it succeeded (`/start` when it begins, `/fail` when it
 * failed). Nothing is probed: the monitor's `nextCheckAt` is the deadline by which the next ping is due, and the
 * dispatcher records a `down` result when it passes (dispatch.ts). Pings and misses are results like any other, so
 * the confirmation rule, maintenance and incidents apply to them as to probes.
 */

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * When the next ping is due, counting from `after` (a ping, the monitor's creation, a resume): the period plus the
 * grace, or the schedule's next run (in its time zone, DST-safe) plus the grace.
 */
export const heartbeatDeadline = (
  monitor: Pick<Monitor, 'periodMinutes' | 'graceMinutes' | 'cron' | 'timeZone'>,
  after: Date,
): string | null => {
  const grace = (monitor.graceMinutes ?? 0) * MINUTE;
  if (monitor.cron) {
    const next = nextCronAt(monitor.cron, monitor.timeZone ?? 'UTC', after);
    return next ? iso(next.getTime() + grace) : null;
  }
  if (monitor.periodMinutes) return iso(after.getTime() + monitor.periodMinutes * MINUTE + grace);
  return null;
};

/**
 * The deadline after a missed one (`dueAt`): one more period (or the schedule's next run after it, plus the grace),
 * moved past `now` when the dispatcher fell behind, so a long outage is one failure per expected run, not a burst.
 */
export const deadlineAfterMiss = (monitor: Monitor, dueAt: string, now: Date): string | null => {
  const due = Date.parse(dueAt);
  if (monitor.cron) {
    const grace = (monitor.graceMinutes ?? 0) * MINUTE;
    const from = Math.max(due, now.getTime() - grace);
    return heartbeatDeadline(monitor, new Date(from));
  }
  if (!monitor.periodMinutes) return null;
  const period = monitor.periodMinutes * MINUTE;
  const steps = Math.max(1, Math.floor((now.getTime() - due) / period) + 1);
  return iso(due + steps * period);
};

const describeMiss = (monitor: Monitor): string =>
  monitor.runningSince
    ? `The job started at ${monitor.runningSince} and did not report success within ${monitor.graceMinutes ?? 0} minutes`
    : `No ping since ${monitor.lastCheckedAt ?? `the monitor was created (${monitor.createdAt})`}`;

/**
 * The dispatcher's half: a heartbeat whose deadline passed gets a `down` result at the deadline (its id from the
 * deadline, so a second tick records nothing), its message saying what was missed, and its next deadline, in one
 * write. A ping that arrived meanwhile moved the deadline, and the miss is dropped. Returns whether a miss was
 * recorded.
 */
export const recordMissedHeartbeat = async (deps: MonitoringDeps, due: DueMonitor): Promise<boolean> => {
  const outcome = await applyResult(deps, {
    tenantId: due.tenantId,
    monitorId: due.monitorId,
    resultId: `${due.monitorId}#${due.dueAt}`,
    at: due.dueAt,
    // The message is made from the monitor as loaded, before the result is applied: the stored result, the
    // incident's reason (its timeline and the page e-mail) and the monitor's last result all say what was missed.
    probe: (monitor) => ({ outcome: 'down', responseMs: null, message: describeMiss(monitor) }),
    recheck: false,
    expect: (monitor) => monitor.kind === 'heartbeat' && !monitor.paused && monitor.nextCheckAt === due.dueAt,
    adjust: (after, before) => ({
      ...after,
      runningSince: null,
      nextCheckAt: deadlineAfterMiss(before, due.dueAt, deps.clock.now()),
    }),
  });
  return outcome === 'applied' || outcome === 'stale';
};

const notFound = () => new DomainError('RESOURCE.NOT_FOUND', 'There is no heartbeat monitor with this URL.');

/** `/start`: the job began; it must report success within the grace, else the run counts as failed. */
const started = async (deps: MonitoringDeps, tokenHash: string): Promise<void> => {
  for (let round = 0; ; round += 1) {
    const monitor = await deps.monitors.findByHeartbeatToken(tokenHash);
    if (!monitor) throw notFound();
    if (monitor.paused) return;
    const now = deps.clock.now();
    const after: Monitor = {
      ...monitor,
      runningSince: now.toISOString(),
      nextCheckAt: iso(now.getTime() + (monitor.graceMinutes ?? 0) * MINUTE),
      updatedAt: now.toISOString(),
      version: monitor.version + 1,
    };
    try {
      await deps.monitors.update(monitor, after, {});
      return;
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'STATE.CONFLICT' || round >= 1) throw error;
    }
  }
};

/**
 * A ping of a heartbeat monitor's secret URL. Success is an `up` result, `/fail` a `down` one (both move the
 * deadline to the next expected run); `/start` only starts the grace. An unknown token is a 404; a paused monitor
 * accepts pings and ignores them (the job need not change while the monitor is paused).
 */
export const pingHeartbeat = async (
  deps: MonitoringDeps,
  token: string,
  signal: 'success' | 'start' | 'fail',
): Promise<{ ok: true }> => {
  const tokenHash = deps.tokens.hash(token);
  if (signal === 'start') {
    await started(deps, tokenHash);
    return { ok: true };
  }
  const monitor = await deps.monitors.findByHeartbeatToken(tokenHash);
  if (!monitor) throw notFound();
  if (monitor.paused) return { ok: true };
  const now = deps.clock.now();
  const at = now.toISOString();
  await applyResult(deps, {
    tenantId: monitor.tenantId,
    monitorId: monitor.id,
    resultId: `${monitor.id}#hb-${at}`,
    at,
    probe:
      signal === 'success'
        ? { outcome: 'up', responseMs: null, message: 'The job reported success' }
        : { outcome: 'down', responseMs: null, message: 'The job reported a failure' },
    recheck: false,
    expect: (current) => !current.paused,
    adjust: (after) => ({ ...after, runningSince: null, nextCheckAt: heartbeatDeadline(after, now) }),
  });
  return { ok: true };
};
