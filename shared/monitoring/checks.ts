import { DomainError, isDomainError } from '../errors.js';
import type { UsageRecord } from '../usage/usage-record.js';
import { applyOutcome, failuresInRun, wantsRecheck } from './confirmation.js';
import type { MonitoringDeps } from './deps.js';
import type { CheckJob } from './dispatch.js';
import { openIncident, recoverIncident, requestDiagnostics } from './incidents.js';
import { isInMaintenance } from './maintenance.js';
import type { CheckResult, Incident, Monitor } from './model.js';
import type { HostChecker, MonitorChange, ProbeResult, Prober } from './ports.js';

/**
 * The checker's side of monitoring: a probe's verdict becomes a stored result and, through the confirmation rule
 * (confirmation.ts), maybe an incident opened or closed — all in one conditional write of the monitor, so a result
 * delivered twice (same id) or a lost race never opens two incidents or pages twice.
 */

/** The message prefix of the repository's refusal to store a result twice (`MonitorChange.result`). */
export const DUPLICATE_RESULT = 'MONITOR.DUPLICATE_RESULT';

/**
 * Whether an error is the repository saying "this result is stored already" (a second delivery): its code is
 * `MONITOR.DUPLICATE_RESULT`, or `STATE.CONFLICT` with a message starting so or a field error saying so (the
 * DynamoDB adapter's form; shared/errors.ts has no such code).
 */
export const isDuplicateResult = (error: unknown): boolean =>
  isDomainError(error) &&
  ((error.code as string) === DUPLICATE_RESULT ||
    error.message.startsWith(DUPLICATE_RESULT) ||
    (error.errors ?? []).some((entry) => entry.message === DUPLICATE_RESULT));

const isConflict = (error: unknown) => isDomainError(error) && error.code === 'STATE.CONFLICT';

/** The usage record of a monitor's month: the first result of each calendar month (UTC) writes it; the id dedupes. */
export const monitorMonthRecord = (monitor: Pick<Monitor, 'id' | 'tenantId'>, at: string): UsageRecord => {
  const month = at.slice(0, 7);
  return {
    id: `monitor-${monitor.id}-${month}`,
    tenantId: monitor.tenantId,
    kind: 'monitors',
    quantity: 1,
    unit: 'monitor-months',
    occurredAt: at,
    sourceId: monitor.id,
    unitPrice: null,
  };
};

const usageFor = (monitor: Monitor, at: string): UsageRecord[] =>
  monitor.lastCheckedAt === null || monitor.lastCheckedAt.slice(0, 7) !== at.slice(0, 7)
    ? [monitorMonthRecord(monitor, at)]
    : [];

/**
 * When the failure now confirmed was first seen: the oldest of the run of failures the count is made of (the suspected
 * first failure before its re-check included).
 */
const firstFailureAt = async (deps: MonitoringDeps, monitor: Monitor, at: string): Promise<string> => {
  const earlier = failuresInRun(monitor);
  if (earlier === 0) return at;
  const recent = await deps.results.recent(monitor.tenantId, monitor.id, Math.min(200, earlier * 4 + 20));
  let first = at;
  let found = 0;
  for (const result of recent) {
    if (found >= earlier) break;
    if (result.at > at || result.inMaintenance || result.outcome === 'no_data') continue;
    if (result.outcome === 'up') break;
    first = result.at;
    found += 1;
  }
  return first;
};

export interface ResultInput {
  tenantId: string;
  monitorId: string;
  resultId: string;
  /** When the check ran; a result older than the monitor's `lastCheckedAt` is stored but not applied. */
  at: string;
  /**
   * The verdict; or how to make it from the monitor as loaded (each attempt), when its message depends on the monitor
   * (a missed heartbeat says since when), so the stored result, the incident's reason and its page say the same.
   */
  probe: ProbeResult | ((monitor: Monitor) => ProbeResult);
  recheck: boolean;
  /** Whether the result still applies to the monitor as loaded (false: nothing is written). */
  expect?: (monitor: Monitor) => boolean;
  /** Further changes of the monitor written with the result (a heartbeat's next deadline). */
  adjust?: (after: Monitor, before: Monitor) => Monitor;
}

export type ResultOutcome = 'applied' | 'stale' | 'duplicate' | 'missing' | 'skipped';

const attempt = async (deps: MonitoringDeps, input: ResultInput): Promise<Exclude<ResultOutcome, 'duplicate'>> => {
  const monitor = await deps.monitors.get(input.tenantId, input.monitorId);
  if (!monitor) return 'missing';
  if (input.expect && !input.expect(monitor)) return 'skipped';
  const now = deps.clock.now();
  const { at } = input;
  const probe = typeof input.probe === 'function' ? input.probe(monitor) : input.probe;
  const inMaintenance =
    isInMaintenance(monitor, at) ||
    (monitor.hostId !== null && (await deps.hostActivity.disruptiveTaskOn(monitor.tenantId, monitor.hostId)) !== null);
  const result: CheckResult = {
    id: input.resultId,
    monitorId: monitor.id,
    tenantId: monitor.tenantId,
    at,
    outcome: probe.outcome,
    inMaintenance,
    responseMs: probe.responseMs,
    message: probe.message,
    recheck: input.recheck,
  };
  const usage = usageFor(monitor, at);
  const version = monitor.version + 1;
  if (monitor.lastCheckedAt !== null && at < monitor.lastCheckedAt) {
    // Not applied; but a schedule move that comes with it (a heartbeat's next deadline) still happens, or a missed
    // deadline older than the last ping would stay due for ever.
    const unchanged = { ...monitor, version };
    const after = input.adjust
      ? { ...unchanged, nextCheckAt: input.adjust(unchanged, monitor).nextCheckAt, runningSince: null }
      : unchanged;
    await deps.monitors.update(monitor, after, { result, usage });
    return 'stale';
  }
  const verdict = applyOutcome(monitor, probe.outcome, inMaintenance);
  let after: Monitor = {
    ...monitor,
    state: verdict.state,
    confirmation: verdict.confirmation,
    lastCheckedAt: at,
    lastResult: { outcome: probe.outcome, message: probe.message, responseMs: probe.responseMs },
    updatedAt: now.toISOString(),
    version,
  };
  if (input.adjust) after = input.adjust(after, monitor);
  const change: MonitorChange = { result, usage };
  let opened: Incident | null = null;
  if (verdict.transition === 'open') {
    const detectedAt = await firstFailureAt(deps, monitor, at);
    const { incident, notifications } = await openIncident(deps, {
      monitor: after,
      detectedAt,
      now,
      reason: probe.message,
    });
    after = { ...after, incidentId: incident.id };
    change.openIncident = incident;
    change.notifications = notifications;
    opened = incident;
  } else if (verdict.transition === 'recover' && monitor.incidentId) {
    const incident = await deps.incidents.get(monitor.tenantId, monitor.incidentId);
    after = { ...after, incidentId: null };
    if (incident && incident.status !== 'resolved') {
      change.updateIncident = { before: incident, after: recoverIncident(incident, now) };
    }
  }
  await deps.monitors.update(monitor, after, change);
  if (opened) {
    // Written already: diagnostics are extra; their failures become timeline notes inside requestDiagnostics.
    await requestDiagnostics(deps, opened, after).catch(() => opened);
  }
  return 'applied';
};

/**
 * Stores one result and applies it to its monitor (see `recordCheck`); a lost race (`STATE.CONFLICT`) is retried
 * once on the reloaded monitor, never twice (a second loss is the queue's redelivery to settle), and a result the
 * store has already is a no-op. Used by the checker, the heartbeat pings and the dispatcher's missed heartbeats.
 */
export const applyResult = async (deps: MonitoringDeps, input: ResultInput): Promise<ResultOutcome> => {
  for (let round = 0; ; round += 1) {
    try {
      return await attempt(deps, input);
    } catch (error) {
      if (isDuplicateResult(error)) return 'duplicate';
      if (!isConflict(error) || round >= 1) throw error;
    }
  }
};

/** The id of a check's result: a job delivered twice (or dispatched twice) makes the same id, stored once. */
export const resultIdOf = (job: CheckJob, recheck = false): string =>
  `${job.monitorId}#${job.scheduledAt}${recheck ? '#recheck' : ''}`;

/**
 * Records a check's result: stored once by its id, applied to the monitor unless it is older than the last one
 * applied; the confirmation rule may open an incident (written with the monitor, its e-mails and the month's usage
 * in one transaction, diagnostics requested after it committed) or close it. `at` (default: the clock) is when
 * the probe ran.
 */
export const recordCheck = async (
  deps: MonitoringDeps,
  job: CheckJob,
  probe: ProbeResult,
  options: { recheck?: boolean; at?: string } = {},
): Promise<void> => {
  const recheck = options.recheck ?? false;
  await applyResult(deps, {
    tenantId: job.tenantId,
    monitorId: job.monitorId,
    resultId: resultIdOf(job, recheck),
    at: options.at ?? deps.clock.now().toISOString(),
    probe,
    recheck,
  });
};

/**
 * The dead-letter consumer of the checks queue: jobs the checker could not run become `no_data` results (their
 * own state on the monitor, never counted up or down). A job whose result is stored already stays as it was.
 */
export const markNoData = async (deps: MonitoringDeps, jobs: CheckJob[], reason: string): Promise<void> => {
  for (const job of jobs) {
    await recordCheck(deps, job, { outcome: 'no_data', responseMs: null, message: reason });
  }
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `promise`, or `fallback()` once `ms` have passed (the timer is cleared either way). */
const within = async <T>(promise: Promise<T>, ms: number, fallback: () => T): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
export const DEFAULT_CHECK_CONCURRENCY = 10;
const HOST_POLL_MS = 1_000;

/**
 * A host check: the command is started and its verdict awaited within the timeout (SSM answers a short script in
 * seconds); a host that cannot be reached or does not answer in time is `no_data`, not `down` — the checker could
 * not tell. (Decision: no pending command id on the monitor; the model has no field for it.)
 */
const hostProbe = async (checker: HostChecker, monitor: Monitor, timeoutMs: number, pollMs: number) => {
  const deadline = performance.now() + timeoutMs;
  let commandId: string;
  try {
    ({ commandId } = await checker.start(monitor));
  } catch (error) {
    return {
      outcome: 'no_data' as const,
      responseMs: null,
      message: `the host check could not start: ${(error as Error).message}`,
    };
  }
  for (;;) {
    const verdict = await checker.verdict(monitor, commandId).catch(() => null);
    if (verdict) return verdict;
    if (performance.now() + pollMs > deadline) {
      return { outcome: 'no_data' as const, responseMs: null, message: 'the host did not answer the check in time' };
    }
    await sleep(pollMs);
  }
};

const probeOnce = (
  checkers: { prober: Prober; hostChecker: HostChecker },
  monitor: Monitor,
  timeoutMs: number,
  pollMs: number,
): Promise<ProbeResult> => {
  const probing =
    monitor.kind === 'host'
      ? hostProbe(checkers.hostChecker, monitor, timeoutMs, pollMs)
      : checkers.prober.probe(monitor, timeoutMs);
  const guarded = probing.catch(
    (error: unknown): ProbeResult => ({
      outcome: 'no_data',
      responseMs: null,
      message: `the checker failed: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
  return within(guarded, timeoutMs + 1_000, () => ({
    outcome: 'no_data',
    responseMs: null,
    message: `the check did not finish within ${Math.round(timeoutMs / 1000)} s`,
  }));
};

const runJob = async (
  deps: MonitoringDeps,
  checkers: { prober: Prober; hostChecker: HostChecker },
  job: CheckJob,
  timeoutMs: number,
  pollMs: number,
) => {
  const monitor = await deps.monitors.get(job.tenantId, job.monitorId);
  if (!monitor || monitor.paused || monitor.kind === 'heartbeat') return;
  const at = deps.clock.now().toISOString();
  const probe = await probeOnce(checkers, monitor, timeoutMs, pollMs);
  await recordCheck(deps, job, probe, { at });
  if (probe.outcome !== 'down') return;
  const recorded = await deps.monitors.get(job.tenantId, job.monitorId);
  if (!recorded || recorded.lastCheckedAt !== at || !wantsRecheck(recorded, 'down')) return;
  const again = deps.clock.now().toISOString();
  const recheck = await probeOnce(checkers, recorded, timeoutMs, pollMs);
  await recordCheck(deps, job, recheck, {
    recheck: true,
    at: again > at ? again : new Date(Date.parse(at) + 1).toISOString(),
  });
};

/**
 * Runs a batch of check jobs, `concurrency` at a time, each probe within `timeoutMs`; every result goes through
 * `recordCheck`. A first failure of a monitor that is up (or pending) is re-checked right away (`recheck: true`)
 * before the confirmation count starts: a re-check that succeeds leaves a recorded blip and no count, one that fails
 * makes the pair the first of the `confirmations` observations (confirmation.ts) — so with 1 the incident opens in
 * this run, with the default 2 at the next scheduled check that fails, one interval later. A job that throws does not stop the
 * others; the first error is thrown at the end (the queue redelivers the batch; stored results are no-ops then).
 */
export const runChecks = async (
  deps: MonitoringDeps,
  checkers: { prober: Prober; hostChecker: HostChecker },
  jobs: CheckJob[],
  options: { timeoutMs?: number; concurrency?: number; hostPollMs?: number } = {},
): Promise<void> => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  const pollMs = options.hostPollMs ?? HOST_POLL_MS;
  const queue = [...jobs];
  const errors: unknown[] = [];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        await runJob(deps, checkers, job, timeoutMs, pollMs);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CHECK_CONCURRENCY, jobs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (errors.length) {
    throw errors[0] instanceof Error ? errors[0] : new DomainError('DEPENDENCY.UNAVAILABLE', String(errors[0]));
  }
};
