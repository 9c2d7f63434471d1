import * as z from 'zod';
import { IsoInstantSchema } from '../contracts/common.js';
import type { ScheduleDefinition } from '../contracts/resources.js';

export const HEARTBEAT_OUTCOMES = ['ok', 'failed'] as const;
export type HeartbeatOutcome = (typeof HEARTBEAT_OUTCOMES)[number];

/** A scheduled job's last finished run, as its wrapper records it (one per job, the newest wins). */
export interface Heartbeat {
  jobId: string;
  /** When the run ended, on the stack's clock. */
  finishedAt: string;
  outcome: HeartbeatOutcome;
  /** Monotonic duration of the run. */
  durationMs: number;
  /** What the run did, when the job reports a number (sent e-mails, purged tenants, …). */
  count: number | null;
  /** The error's message of a failed run, shortened. */
  error: string | null;
  /** The last run that ended ok (kept across failed runs); null until one did. */
  lastOkAt: string | null;
}

export interface HeartbeatStore {
  /** Records a finished run; a run that finished before the stored one changes nothing (overlapping runs). */
  record(heartbeat: Omit<Heartbeat, 'lastOkAt'>): Promise<void>;
  /** Every job's last run. */
  list(): Promise<Heartbeat[]>;
}

/** How a job's last run looks against its schedule. `never`: no run recorded. */
export const HEARTBEAT_STATES = ['ok', 'late', 'failed', 'never'] as const;

export const HeartbeatViewSchema = z
  .object({
    jobId: z.string(),
    rateMinutes: z.number().int(),
    /** The job's EventBridge cron (UTC) when it is tied to the calendar; it is then late against that. */
    cron: z.string().nullable(),
    lastFinishedAt: IsoInstantSchema.nullable(),
    outcome: z.enum(HEARTBEAT_OUTCOMES).nullable(),
    durationMs: z.number().nullable(),
    count: z.number().nullable(),
    error: z.string().nullable(),
    lastOkAt: IsoInstantSchema.nullable(),
    /** Minutes since the last run finished (null: never ran). */
    ageMinutes: z.number().nullable(),
    /** A run should have finished after this instant and none has (null: not late or never ran). */
    expectedBy: IsoInstantSchema.nullable(),
    late: z.boolean(),
    state: z.enum(HEARTBEAT_STATES),
  })
  .meta({ id: 'SchedulerHeartbeat' });
export type HeartbeatView = z.infer<typeof HeartbeatViewSchema>;

const MINUTE_MS = 60_000;
/** Whole tenths of a minute, never negative (a run recorded by a clock slightly ahead). */
export const minutesBetween = (fromMs: number, toMs: number): number =>
  Math.max(0, Math.round((toMs - fromMs) / 6_000) / 10);

/**
 * The latest instant ≤ `now` a monthly cron fires at. Supported: `cron(<minute> <hour> <day of month> * ? *)`,
 * the only calendar shape SCHEDULES uses (a test holds that every cron there parses); anything else throws, so a
 * new shape cannot be misjudged silently.
 */
export const lastCronFiring = (cron: string, now: Date): Date => {
  const match = /^cron\((\d{1,2}) (\d{1,2}) (\d{1,2}) \* \? \*\)$/.exec(cron);
  if (!match) throw new Error(`Unsupported cron for heartbeats: ${cron} (only monthly: cron(M H D * ? *))`);
  const [minute, hour, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const firing = (year: number, month: number) => new Date(Date.UTC(year, month, day, hour, minute));
  const thisMonth = firing(now.getUTCFullYear(), now.getUTCMonth());
  return thisMonth.getTime() <= now.getTime() ? thisMonth : firing(now.getUTCFullYear(), now.getUTCMonth() - 1);
};

/**
 * A job is late when its last run is older than twice its rate (one missed run is tolerated: the scheduler retries
 * and a run may take a while). A calendar job (`cron`) is late when no run finished since its last firing once
 * twice its rate has passed after that firing — the local stack's scheduler runs it at its rate, which satisfies
 * the same rule.
 */
export const heartbeatView = (
  schedule: Pick<ScheduleDefinition, 'id' | 'rateMinutes' | 'cron'>,
  heartbeat: Heartbeat | undefined,
  now: Date,
): HeartbeatView => {
  const graceMs = 2 * schedule.rateMinutes * MINUTE_MS;
  const base = { jobId: schedule.id, rateMinutes: schedule.rateMinutes, cron: schedule.cron ?? null };
  if (!heartbeat) {
    return {
      ...base,
      lastFinishedAt: null,
      outcome: null,
      durationMs: null,
      count: null,
      error: null,
      lastOkAt: null,
      ageMinutes: null,
      expectedBy: null,
      // Whether it should have run yet is unknown (a new deployment): `never`, shown as a warning of its own.
      late: false,
      state: 'never',
    };
  }
  const finished = Date.parse(heartbeat.finishedAt);
  const expectedBy = schedule.cron
    ? (() => {
        const firing = lastCronFiring(schedule.cron, now).getTime();
        return finished < firing ? firing + graceMs : null;
      })()
    : finished + graceMs;
  const late = expectedBy !== null && now.getTime() > expectedBy;
  return {
    ...base,
    lastFinishedAt: heartbeat.finishedAt,
    outcome: heartbeat.outcome,
    durationMs: heartbeat.durationMs,
    count: heartbeat.count,
    error: heartbeat.error,
    lastOkAt: heartbeat.lastOkAt,
    ageMinutes: minutesBetween(finished, now.getTime()),
    expectedBy: late && expectedBy !== null ? new Date(expectedBy).toISOString() : null,
    late,
    state: late ? 'late' : heartbeat.outcome === 'failed' ? 'failed' : 'ok',
  };
};
