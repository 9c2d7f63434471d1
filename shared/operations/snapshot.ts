import * as z from 'zod';
import { type PeriodClose, type PeriodCloseRepository, PeriodCloseSchema } from '../billing/invoices.js';
import { periodOf } from '../billing/periods.js';
import { IsoInstantSchema } from '../contracts/common.js';
import { QUEUES, type QueueId, SCHEDULES, type ScheduleDefinition } from '../contracts/resources.js';
import type { Clock } from '../platform/ports.js';
import { type HeartbeatStore, HeartbeatViewSchema, heartbeatView, minutesBetween } from './heartbeats.js';

/** One queue's depth as SQS reports it (approximate counts; see the adapter for the age). */
export interface QueueStats {
  visible: number;
  inFlight: number;
  /** Seconds the oldest message has waited; null where the source cannot tell (SQS's API cannot). */
  oldestAgeSeconds: number | null;
  /** Messages waiting in the queue's dead-letter queue. */
  deadLetterVisible: number;
}

export interface QueueStatsReader {
  stats(queueId: QueueId): Promise<QueueStats>;
}

/** The booking e-mails' outbox: queued notifications whose due instant has passed (sent ones are removed). */
export interface OutboxStatsReader {
  due(now: string): Promise<{ count: number; oldestDueAt: string | null }>;
}

export interface OperationsDeps {
  clock: Clock;
  /** Absent for the metrics job: SQS publishes queue metrics to CloudWatch itself. */
  queues?: QueueStatsReader;
  outbox: OutboxStatsReader;
  closes: Pick<PeriodCloseRepository, 'get'>;
  heartbeats: Pick<HeartbeatStore, 'list'>;
  schedules?: readonly Pick<ScheduleDefinition, 'id' | 'rateMinutes' | 'cron'>[];
}

const QueueViewSchema = z.object({
  id: z.string(),
  fifo: z.boolean(),
  /** false when SQS did not answer for this queue: the counts are then null. */
  available: z.boolean(),
  visible: z.number().int().nullable(),
  inFlight: z.number().int().nullable(),
  oldestAgeSeconds: z.number().nullable(),
  deadLetterVisible: z.number().int().nullable(),
});

const PeriodCloseViewSchema = PeriodCloseSchema.extend({
  /** Minutes since a close that is still running started (null once done). */
  runningMinutes: z.number().nullable(),
});

export const OperationsSnapshotSchema = z
  .object({
    /** The stack's clock when the figures were read. */
    takenAt: IsoInstantSchema,
    queues: z.array(QueueViewSchema),
    outbox: z.object({
      /** Notifications due and not sent. */
      due: z.number().int(),
      oldestDueAt: IsoInstantSchema.nullable(),
      /** Seconds since the oldest unsent notification was due (0 when none is). */
      oldestAgeSeconds: z.number(),
    }),
    /** The newest close of the last two months (the monthly job's and the one before), null if neither ran. */
    periodClose: PeriodCloseViewSchema.nullable(),
    /** Minutes since the oldest of those closes that is still running started (0 when none is). */
    periodCloseUnfinishedMinutes: z.number(),
    heartbeats: z.array(HeartbeatViewSchema),
  })
  .meta({ id: 'OperationsSnapshot' });
export type OperationsSnapshot = z.infer<typeof OperationsSnapshotSchema>;
export type QueueView = OperationsSnapshot['queues'][number];

const previousPeriodId = (periodId: string): string =>
  periodOf(new Date(Date.parse(`${periodId}-01T00:00:00.000Z`) - 1)).id;

/**
 * Everything the operations page shows and the operations gauges publish, read once: queue depths and dead
 * letters, the outbox's due backlog, the latest period close, and each schedule's heartbeat. A queue that does not
 * answer is reported unavailable rather than failing the snapshot; the table is the page's source of truth, so its
 * failure fails the whole (503).
 */
export const takeOperationsSnapshot = async (deps: OperationsDeps): Promise<OperationsSnapshot> => {
  const now = deps.clock.now();
  const nowMs = now.getTime();
  const lastPeriod = previousPeriodId(periodOf(now).id);
  const periodBefore = previousPeriodId(lastPeriod);
  const { queues: queueReader } = deps;
  const [queueResults, outbox, closes, heartbeats] = await Promise.all([
    queueReader ? Promise.allSettled(QUEUES.map((queue) => queueReader.stats(queue.id))) : Promise.resolve([]),
    deps.outbox.due(now.toISOString()),
    Promise.all([deps.closes.get(lastPeriod), deps.closes.get(periodBefore)]),
    deps.heartbeats.list(),
  ]);

  const queues = queueReader
    ? QUEUES.map((queue, index): QueueView => {
        const result = queueResults[index];
        const base = { id: queue.id, fifo: queue.fifo };
        return result?.status === 'fulfilled'
          ? { ...base, available: true, ...result.value }
          : {
              ...base,
              available: false,
              visible: null,
              inFlight: null,
              oldestAgeSeconds: null,
              deadLetterVisible: null,
            };
      })
    : [];

  const runningMinutes = (close: PeriodClose) =>
    close.status === 'running' ? minutesBetween(Date.parse(close.startedAt), nowMs) : null;
  const found = closes.filter((close): close is PeriodClose => close !== null);
  const latest = found[0];
  const unfinished = found.filter((close) => close.status === 'running').map((close) => runningMinutes(close) ?? 0);

  const byJob = new Map(heartbeats.map((heartbeat) => [heartbeat.jobId, heartbeat]));
  return {
    takenAt: now.toISOString(),
    queues,
    outbox: {
      due: outbox.count,
      oldestDueAt: outbox.oldestDueAt,
      oldestAgeSeconds: outbox.oldestDueAt
        ? Math.max(0, Math.floor((nowMs - Date.parse(outbox.oldestDueAt)) / 1000))
        : 0,
    },
    periodClose: latest ? { ...latest, runningMinutes: runningMinutes(latest) } : null,
    periodCloseUnfinishedMinutes: unfinished.length ? Math.max(...unfinished) : 0,
    heartbeats: (deps.schedules ?? SCHEDULES).map((schedule) => heartbeatView(schedule, byJob.get(schedule.id), now)),
  };
};

/** The gauges of OPERATIONS_METRICS from a snapshot (heartbeat ages only for jobs that have run). */
export const operationsGauges = (snapshot: OperationsSnapshot) => ({
  outboxBacklog: snapshot.outbox.due,
  outboxOldestUnsentSeconds: snapshot.outbox.oldestAgeSeconds,
  periodCloseUnfinishedMinutes: snapshot.periodCloseUnfinishedMinutes,
  heartbeatAgeMinutes: snapshot.heartbeats.flatMap((heartbeat) =>
    heartbeat.ageMinutes === null ? [] : [{ jobId: heartbeat.jobId, ageMinutes: heartbeat.ageMinutes }],
  ),
});
