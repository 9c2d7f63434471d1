import { isDomainError } from '../errors.js';
import type { MonitoringDeps } from './deps.js';
import { recordMissedHeartbeat } from './heartbeats.js';
import type { Monitor } from './model.js';
import type { DueMonitor } from './ports.js';

/** One check to run: the monitor and the instant it was due (the result's id is `<monitorId>#<scheduledAt>`). */
export interface CheckJob {
  tenantId: string;
  monitorId: string;
  scheduledAt: string;
}

/** Where the dispatcher puts check jobs (SQS in AWS, fauxqs locally); `send` takes at most one batch. */
export interface CheckQueue {
  send(jobs: CheckJob[]): Promise<void>;
}

export const DEFAULT_DISPATCH_LIMIT = 5_000;
/** Jobs per `send`: one queue message, run together (concurrently) by one checker invocation. */
export const DEFAULT_BATCH_SIZE = 10;
/** Monitors loaded and advanced at the same time (the table's read and write capacity, not the CPU, bounds it). */
const PARALLEL = 16;

const MINUTE = 60_000;

/** The due time after `dueAt` on the monitor's interval that lies after `now` (a dispatcher that fell behind skips). */
export const nextCheckAfter = (dueAt: string, intervalMinutes: number, now: Date): string => {
  const due = Date.parse(dueAt);
  const interval = Math.max(1, intervalMinutes) * MINUTE;
  const steps = Math.max(1, Math.floor((now.getTime() - due) / interval) + 1);
  return new Date(due + steps * interval).toISOString();
};

/** `fn` over `items`, `limit` at a time, results in order. */
const pooled = async <T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};

const isConflict = (error: unknown) => isDomainError(error) && error.code === 'STATE.CONFLICT';

/**
 * Moves a sent monitor's `nextCheckAt` on by its interval. The checker may have written the monitor meanwhile (it
 * got the job first): reload and retry once; a monitor whose due time moved already is left alone, and one that
 * stays due is sent again next minute with the same `scheduledAt` — whose result is then a no-op. Returns a
 * failure other than a lost race (the caller throws it once all monitors were tried), else null.
 */
const advance = async (deps: MonitoringDeps, due: DueMonitor, loaded: Monitor, now: Date): Promise<unknown> => {
  let monitor: Monitor | null = loaded;
  for (let round = 0; monitor && round < 2; round += 1) {
    if (monitor.nextCheckAt !== due.dueAt) return null;
    const after: Monitor = {
      ...monitor,
      nextCheckAt: monitor.paused ? null : nextCheckAfter(due.dueAt, monitor.intervalMinutes, now),
      version: monitor.version + 1,
    };
    try {
      await deps.monitors.update(monitor, after, {});
      return null;
    } catch (error) {
      if (!isConflict(error)) return error;
      if (round >= 1) return null;
      monitor = await deps.monitors.get(due.tenantId, due.monitorId);
    }
  }
  return null;
};

/** Deletes the schedule marker of a monitor that no longer exists; returns a store failure (thrown later) or null. */
const removeOrphan = async (deps: MonitoringDeps, due: DueMonitor): Promise<unknown> => {
  try {
    await deps.monitors.removeDue(due);
    return null;
  } catch (error) {
    return error;
  }
};

/**
 * The minute tick: every monitor due now is sent to the checkers once, in batches, and THEN its `nextCheckAt`
 * advanced (a crash in between sends it again next tick; its result id makes the second a no-op, where the other
 * order would lose checks). Heartbeats are not probed: one past its deadline gets its `down` result right here. A
 * marker whose monitor is gone is deleted (self-healing: such markers would otherwise starve every later monitor).
 */
export const dispatchDueMonitors = async (
  deps: MonitoringDeps,
  queue: CheckQueue,
  options: { limit?: number; batchSize?: number } = {},
): Promise<{ sent: number; heartbeatsMissed: number }> => {
  const now = deps.clock.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const due = await deps.monitors.due(now.toISOString(), options.limit ?? DEFAULT_DISPATCH_LIMIT);
  const loaded = await pooled(due, PARALLEL, async (entry) => ({
    entry,
    monitor: await deps.monitors.get(entry.tenantId, entry.monitorId),
  }));
  // A marker whose monitor is gone (its tenant purged) would stay at the front of every read for good: drop it.
  const orphans = loaded.filter(({ monitor }) => monitor === null);
  const orphanFailures = await pooled(orphans, PARALLEL, ({ entry }) => removeOrphan(deps, entry));
  const heartbeats = loaded.filter(({ monitor }) => monitor?.kind === 'heartbeat');
  const checks = loaded.filter(
    (item): item is { entry: DueMonitor; monitor: Monitor } =>
      item.monitor !== null && item.monitor.kind !== 'heartbeat' && item.monitor.nextCheckAt === item.entry.dueAt,
  );
  const toSend = checks.filter(({ monitor }) => !monitor.paused);
  for (let start = 0; start < toSend.length; start += batchSize) {
    await queue.send(
      toSend.slice(start, start + batchSize).map(({ entry }) => ({
        tenantId: entry.tenantId,
        monitorId: entry.monitorId,
        scheduledAt: entry.dueAt,
      })),
    );
  }
  const failures = await pooled(checks, PARALLEL, ({ entry, monitor }) => advance(deps, entry, monitor, now));
  const missed = await pooled(heartbeats, PARALLEL, ({ entry }) => recordMissedHeartbeat(deps, entry));
  // Every monitor was tried; a store failure is reported after (its monitors are sent again next tick, harmlessly).
  const failure = [...orphanFailures, ...failures].find((error) => error !== null && error !== undefined);
  if (failure) throw failure;
  return { sent: toSend.length, heartbeatsMissed: missed.filter(Boolean).length };
};
