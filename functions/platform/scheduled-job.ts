import { performance } from 'node:perf_hooks';
import type { SCHEDULES } from '../../shared/contracts/resources.js';
import type { HeartbeatOutcome, HeartbeatStore } from '../../shared/operations/heartbeats.js';
import type { Clock } from '../../shared/platform/ports.js';
import { DynamoHeartbeatStore } from '../adapters/dynamodb/dynamo-heartbeat-store.js';
import { clock } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { logger } from '../observability/logger.js';
import { redactText } from '../observability/redaction.js';
import { runInRequestContext } from '../observability/request-context.js';

export interface HeartbeatDeps {
  store: Pick<HeartbeatStore, 'record'>;
  clock: Clock;
  /** Monotonic milliseconds, for the duration (not a clock). */
  monotonicMs?: () => number;
  log?: { error(message: string, details: Record<string, unknown>): void };
}

const ERROR_LENGTH = 300;

/** The error as the heartbeat keeps it (the operations page shows it): short, and redacted like a log line. */
const errorText = (error: unknown): string => {
  const text = redactText(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  return text.length > ERROR_LENGTH ? `${text.slice(0, ERROR_LENGTH - 1)}…` : text;
};

/**
 * Runs a scheduled job and records its heartbeat when the run ends — `ok` with what it counted, or `failed` with the
 * error, which is thrown on (EventBridge Scheduler retries, the local scheduler logs). A heartbeat that cannot be
 * written is logged and never changes the run's result: a stale heartbeat is what the alarm is for.
 */
export const withHeartbeat = async <R>(
  jobId: string,
  run: () => Promise<R>,
  deps: HeartbeatDeps,
  countOf?: (result: R) => number,
): Promise<R> => {
  const monotonicMs = deps.monotonicMs ?? (() => performance.now());
  const started = monotonicMs();
  const record = async (outcome: HeartbeatOutcome, count: number | null, error: string | null) => {
    try {
      await deps.store.record({
        jobId,
        finishedAt: deps.clock.now().toISOString(),
        outcome,
        durationMs: Math.round(monotonicMs() - started),
        count,
        error,
      });
    } catch (failure) {
      (deps.log ?? logger).error('Could not record the scheduled job’s heartbeat', {
        jobId,
        outcome,
        error: errorText(failure),
      });
    }
  };
  let result: R;
  try {
    result = await run();
  } catch (error) {
    await record('failed', null, errorText(error));
    throw error;
  }
  await record('ok', countOf ? countOf(result) : null, null);
  return result;
};

let store: DynamoHeartbeatStore | undefined;

/**
 * A scheduled job's handler with its heartbeat (functions/<context>/<job>.ts: `export const handler =
 * scheduledJob('<id>', run, count)`; the invocation's arguments are passed on). The table client is taken when the first run ends, so importing this costs a
 * job nothing at cold start.
 */
export const scheduledJob =
  <A extends unknown[], R>(
    jobId: (typeof SCHEDULES)[number]['id'],
    run: (...args: A) => Promise<R>,
    countOf?: (result: R) => number,
  ) =>
  (...args: A): Promise<R> => {
    const lazyStore: Pick<HeartbeatStore, 'record'> = {
      record: (heartbeat) => {
        if (!store) {
          const table = tableConfig();
          store = new DynamoHeartbeatStore(table.client, table.tableName);
        }
        return store.record(heartbeat);
      },
    };
    // The run's own request context: its log lines carry one correlation id, and so does every message it sends
    // (the monthly close's fan-out, the tasks it releases), as a request's would.
    const requestId =
      (args[1] as { awsRequestId?: unknown } | undefined)?.awsRequestId?.toString() ?? crypto.randomUUID();
    return runInRequestContext(
      { requestId, correlationId: `${jobId}-${requestId}`, tenantId: null, userId: null },
      () =>
        withHeartbeat(jobId, () => run(...args), { store: lazyStore, clock }, countOf).catch((error: unknown) => {
          // Lambda's runtime logs what a handler throws as it is, past the logger's redaction: the error goes to the
          // log through the logger, and what is thrown on says only which job failed, redacted.
          logger.error('Scheduled job failed', { jobId, error });
          throw new Error(`Scheduled job ${jobId} failed: ${errorText(error)}`);
        }),
    );
  };
