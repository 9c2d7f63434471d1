import { describe, expect, it } from 'vitest';
import type { PeriodClose } from '../../../shared/billing/invoices.js';
import { QUEUES, SCHEDULES } from '../../../shared/contracts/resources.js';
import { type Heartbeat, heartbeatView, lastCronFiring } from '../../../shared/operations/heartbeats.js';
import {
  type OperationsDeps,
  operationsGauges,
  type QueueStats,
  takeOperationsSnapshot,
} from '../../../shared/operations/snapshot.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const heartbeat = (jobId: string, finishedMinutesAgo: number, overrides: Partial<Heartbeat> = {}): Heartbeat => ({
  jobId,
  finishedAt: minutesAgo(finishedMinutesAgo),
  outcome: 'ok',
  durationMs: 40,
  count: 1,
  error: null,
  lastOkAt: minutesAgo(finishedMinutesAgo),
  ...overrides,
});

const close = (periodId: string, overrides: Partial<PeriodClose> = {}): PeriodClose => ({
  periodId,
  status: 'done',
  startedAt: '2026-03-01T02:00:05.000Z',
  tenants: 3,
  invoiced: 2,
  skipped: 1,
  failed: 0,
  ...overrides,
});

const deps = (overrides: Partial<OperationsDeps> = {}): OperationsDeps => ({
  clock: { now: () => NOW },
  outbox: { due: async () => ({ count: 0, oldestDueAt: null }) },
  closes: { get: async () => null },
  heartbeats: { list: async () => [] },
  ...overrides,
});

describe('takeOperationsSnapshot', () => {
  it('reports every queue with its depth and dead letters, and a queue that does not answer as unavailable', async () => {
    const stats: Record<string, QueueStats> = {
      'task-dispatch': { visible: 4, inFlight: 1, oldestAgeSeconds: null, deadLetterVisible: 2 },
      'billing-sync': { visible: 0, inFlight: 0, oldestAgeSeconds: null, deadLetterVisible: 0 },
    };
    const snapshot = await takeOperationsSnapshot(
      deps({
        queues: {
          stats: async (id) => {
            const found = stats[id];
            if (!found) throw new Error('SQS is down');
            return found;
          },
        },
      }),
    );
    expect(snapshot.takenAt).toBe(NOW.toISOString());
    expect(snapshot.queues.map((queue) => queue.id)).toEqual(QUEUES.map((queue) => queue.id));
    expect(snapshot.queues[0]).toEqual({
      id: 'task-dispatch',
      fifo: true,
      available: true,
      visible: 4,
      inFlight: 1,
      oldestAgeSeconds: null,
      deadLetterVisible: 2,
    });
    expect(snapshot.queues.find((queue) => queue.id === 'period-close')).toEqual({
      id: 'period-close',
      fifo: false,
      available: false,
      visible: null,
      inFlight: null,
      oldestAgeSeconds: null,
      deadLetterVisible: null,
    });
  });

  it('leaves queues out when no reader is given (the metrics job: SQS publishes those itself)', async () => {
    expect((await takeOperationsSnapshot(deps())).queues).toEqual([]);
  });

  it('asks the outbox for what is due now, and ages its oldest unsent notification on the stack’s clock', async () => {
    const asked: string[] = [];
    const snapshot = await takeOperationsSnapshot(
      deps({
        outbox: {
          due: async (now) => {
            asked.push(now);
            return { count: 7, oldestDueAt: minutesAgo(3) };
          },
        },
      }),
    );
    expect(asked).toEqual([NOW.toISOString()]);
    expect(snapshot.outbox).toEqual({ due: 7, oldestDueAt: minutesAgo(3), oldestAgeSeconds: 180 });
  });

  it('shows the close of the month before and how long a running close has been running', async () => {
    const read: string[] = [];
    const snapshot = await takeOperationsSnapshot(
      deps({
        closes: {
          get: async (periodId) => {
            read.push(periodId);
            return periodId === '2026-02' ? close('2026-02', { status: 'running', startedAt: minutesAgo(90) }) : null;
          },
        },
      }),
    );
    expect(read.sort()).toEqual(['2026-01', '2026-02']);
    expect(snapshot.periodClose).toMatchObject({ periodId: '2026-02', status: 'running', runningMinutes: 90 });
    expect(snapshot.periodCloseUnfinishedMinutes).toBe(90);
  });

  it('falls back to the month before that when the last month has no close yet, and 0 minutes when none runs', async () => {
    const snapshot = await takeOperationsSnapshot(
      deps({ closes: { get: async (periodId) => (periodId === '2026-01' ? close('2026-01', { failed: 1 }) : null) } }),
    );
    expect(snapshot.periodClose).toMatchObject({
      periodId: '2026-01',
      status: 'done',
      failed: 1,
      runningMinutes: null,
    });
    expect(snapshot.periodCloseUnfinishedMinutes).toBe(0);
  });

  it('a year boundary: in January the months read are December and November', async () => {
    const read: string[] = [];
    await takeOperationsSnapshot(
      deps({
        clock: { now: () => new Date('2027-01-01T01:00:00.000Z') },
        closes: {
          get: async (periodId) => {
            read.push(periodId);
            return null;
          },
        },
      }),
    );
    expect(read.sort()).toEqual(['2026-11', '2026-12']);
  });

  it('lists one heartbeat per schedule, never-run jobs included, with ages and lateness', async () => {
    const snapshot = await takeOperationsSnapshot(
      deps({
        heartbeats: {
          list: async () => [
            heartbeat('release-tasks', 1),
            heartbeat('sync-hosts', 31),
            heartbeat('purge-deleted-tenants', 10, {
              outcome: 'failed',
              error: 'Error: boom',
              count: null,
              lastOkAt: minutesAgo(70),
            }),
            heartbeat('a-job-no-longer-scheduled', 1),
          ],
        },
      }),
    );
    expect(snapshot.heartbeats.map((view) => view.jobId)).toEqual(SCHEDULES.map((schedule) => schedule.id));
    const byId = Object.fromEntries(snapshot.heartbeats.map((view) => [view.jobId, view]));
    expect(byId['release-tasks']).toMatchObject({ state: 'ok', late: false, ageMinutes: 1, expectedBy: null });
    // 15-minute rate: late after 30 minutes without a run.
    expect(byId['sync-hosts']).toMatchObject({
      state: 'late',
      late: true,
      ageMinutes: 31,
      expectedBy: minutesAgo(1),
    });
    expect(byId['purge-deleted-tenants']).toMatchObject({
      state: 'failed',
      late: false,
      outcome: 'failed',
      error: 'Error: boom',
      lastOkAt: minutesAgo(70),
    });
    expect(byId['send-notifications']).toMatchObject({ state: 'never', late: false, ageMinutes: null });
  });
});

describe('heartbeatView of a calendar job (cron)', () => {
  const monthly = { id: 'close-previous-period', rateMinutes: 60, cron: 'cron(0 2 1 * ? *)' };

  it('finds the last firing of a monthly cron, this month’s or last month’s', () => {
    expect(lastCronFiring(monthly.cron, new Date('2026-03-10T12:00:00Z')).toISOString()).toBe(
      '2026-03-01T02:00:00.000Z',
    );
    expect(lastCronFiring(monthly.cron, new Date('2026-03-01T01:59:00Z')).toISOString()).toBe(
      '2026-02-01T02:00:00.000Z',
    );
    expect(lastCronFiring(monthly.cron, new Date('2026-01-01T00:00:00Z')).toISOString()).toBe(
      '2025-12-01T02:00:00.000Z',
    );
  });

  it('every cron of SCHEDULES is one it understands, and it refuses others', () => {
    for (const schedule of SCHEDULES) {
      if ('cron' in schedule) expect(() => lastCronFiring(schedule.cron, NOW)).not.toThrow();
    }
    expect(() => lastCronFiring('cron(0/5 * * * ? *)', NOW)).toThrow(/Unsupported cron/);
  });

  it('is not late weeks after a run since its last firing (its rate does not apply in AWS)', () => {
    const view = heartbeatView(monthly, heartbeat(monthly.id, 9 * 24 * 60), NOW);
    expect(view).toMatchObject({ state: 'ok', late: false, ageMinutes: 9 * 24 * 60 });
  });

  it('is late once twice its rate has passed after a firing without a run since', () => {
    const before = heartbeat(monthly.id, 0, { finishedAt: '2026-02-01T02:03:00.000Z' });
    expect(heartbeatView(monthly, before, new Date('2026-03-01T03:59:00Z')).late).toBe(false);
    expect(heartbeatView(monthly, before, new Date('2026-03-01T04:01:00Z'))).toMatchObject({
      late: true,
      state: 'late',
      expectedBy: '2026-03-01T04:00:00.000Z',
    });
  });
});

describe('operationsGauges', () => {
  it('turns a snapshot into the published gauges, heartbeat ages only for jobs that have run', async () => {
    const snapshot = await takeOperationsSnapshot(
      deps({
        outbox: { due: async () => ({ count: 2, oldestDueAt: minutesAgo(1) }) },
        heartbeats: { list: async () => [heartbeat('sync-hosts', 4)] },
      }),
    );
    expect(operationsGauges(snapshot)).toEqual({
      outboxBacklog: 2,
      outboxOldestUnsentSeconds: 60,
      periodCloseUnfinishedMinutes: 0,
      heartbeatAgeMinutes: [{ jobId: 'sync-hosts', ageMinutes: 4 }],
    });
  });
});
