import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoHeartbeatStore } from '../../../functions/adapters/dynamodb/dynamo-heartbeat-store.js';
import { keys } from '../../../functions/adapters/dynamodb/keys.js';
import { ENV } from '../../../functions/config/env.js';
import { currentRequestContext } from '../../../functions/observability/request-context.js';
import { scheduledJob, withHeartbeat } from '../../../functions/platform/scheduled-job.js';
import { PROJECT_ROOT } from '../../../scripts/local-stack/stack.js';
import { SCHEDULES, scheduleEntry } from '../../../shared/contracts/resources.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';

let table: TestTable;
let store: DynamoHeartbeatStore;
beforeAll(async () => {
  table = await createTestTable();
  store = new DynamoHeartbeatStore(table.client, table.tableName);
});

/** A clock the test moves, and monotonic time that advances 25 ms per read. */
const fakeTime = (start: string) => {
  let now = new Date(start);
  let monotonic = 1_000;
  return {
    clock: { now: () => now },
    monotonicMs: () => {
      monotonic += 25;
      return monotonic;
    },
    set: (at: string) => {
      now = new Date(at);
    },
  };
};

const stored = async (jobId: string) =>
  (await table.items()).find((item) => item.pk === keys.heartbeat(jobId).pk && item.sk === keys.heartbeat(jobId).sk);

describe('withHeartbeat (the scheduled jobs’ wrapper)', () => {
  it('records an ok run with its finish on the stack’s clock, its duration and what it counted', async () => {
    const time = fakeTime('2026-03-10T12:00:00.000Z');
    const result = await withHeartbeat(
      'job-ok',
      async () => ({ sent: 3 }),
      { store, ...time },
      (r) => r.sent,
    );
    expect(result).toEqual({ sent: 3 });
    expect(await stored('job-ok')).toMatchObject({
      pk: 'P#HEARTBEAT',
      sk: 'JOB#job-ok',
      entity: 'heartbeat',
      v: 1,
      jobId: 'job-ok',
      finishedAt: '2026-03-10T12:00:00.000Z',
      outcome: 'ok',
      durationMs: 25,
      count: 3,
      error: null,
      lastOkAt: '2026-03-10T12:00:00.000Z',
    });
  });

  it('a job that throws records `failed` with the error, keeps the last ok run, and still throws', async () => {
    const time = fakeTime('2026-03-10T12:00:00.000Z');
    await withHeartbeat('job-fails', async () => 1, { store, ...time });
    time.set('2026-03-10T12:05:00.000Z');
    const failure = new TypeError('the table is gone');
    await expect(
      withHeartbeat(
        'job-fails',
        async () => {
          throw failure;
        },
        { store, ...time },
      ),
    ).rejects.toBe(failure);
    expect(await store.list()).toContainEqual({
      jobId: 'job-fails',
      finishedAt: '2026-03-10T12:05:00.000Z',
      outcome: 'failed',
      durationMs: 25,
      count: null,
      error: 'TypeError: the table is gone',
      lastOkAt: '2026-03-10T12:00:00.000Z',
    });
  });

  it('an overlapping run that finished earlier does not overwrite a later one', async () => {
    const time = fakeTime('2026-03-10T12:10:00.000Z');
    await withHeartbeat(
      'job-overlap',
      async () => 2,
      { store, ...time },
      (n) => n,
    );
    time.set('2026-03-10T12:09:00.000Z');
    await withHeartbeat(
      'job-overlap',
      async () => 1,
      { store, ...time },
      (n) => n,
    );
    expect(await stored('job-overlap')).toMatchObject({ finishedAt: '2026-03-10T12:10:00.000Z', count: 2 });
  });

  it('a heartbeat that cannot be written is logged and changes neither the result nor the error', async () => {
    const time = fakeTime('2026-03-10T12:00:00.000Z');
    const logged: unknown[] = [];
    const broken = {
      record: async () => {
        throw new Error('throttled');
      },
    };
    const log = { error: (_message: string, details: Record<string, unknown>) => logged.push(details) };
    expect(await withHeartbeat('job-x', async () => 'done', { store: broken, log, ...time })).toBe('done');
    const failure = new Error('job broke');
    await expect(
      withHeartbeat(
        'job-x',
        async () => {
          throw failure;
        },
        { store: broken, log, ...time },
      ),
    ).rejects.toBe(failure);
    expect(logged).toEqual([
      { jobId: 'job-x', outcome: 'ok', error: 'Error: throttled' },
      { jobId: 'job-x', outcome: 'failed', error: 'Error: throttled' },
    ]);
  });

  it('shortens a long error message to 300 characters', async () => {
    const time = fakeTime('2026-03-10T12:00:00.000Z');
    await expect(
      withHeartbeat(
        'job-long',
        async () => {
          throw new Error('x'.repeat(1000));
        },
        { store, ...time },
      ),
    ).rejects.toThrow();
    expect(String((await stored('job-long'))?.error)).toHaveLength(300);
  });
});

describe('scheduledJob (a job’s handler)', () => {
  it('runs in a request context of its own: one correlation id for the run and everything it sends', async () => {
    process.env[ENV.tableName] = table.tableName;
    const seen: unknown[] = [];
    const handler = scheduledJob('sync-hosts', async (_event?: unknown, _context?: { awsRequestId: string }) => {
      seen.push(currentRequestContext());
      return 0;
    });
    await handler(undefined, { awsRequestId: 'req-7' });
    expect(seen).toEqual([{ requestId: 'req-7', correlationId: 'sync-hosts-req-7', tenantId: null, userId: null }]);
  });

  it('keeps a failure’s personal data out of the heartbeat and out of what it throws to Lambda’s runtime', async () => {
    process.env[ENV.tableName] = table.tableName;
    const handler = scheduledJob(
      'send-notifications',
      async (_event?: unknown, _context?: { awsRequestId: string }) => {
        throw new Error('Message rejected: Email address is not verified: jane.doe@customer.example');
      },
    );
    const thrown = await handler(undefined, { awsRequestId: 'req-8' }).catch((error: Error) => error);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(
      'Scheduled job send-notifications failed: Error: Message rejected: Email address is not verified: [REDACTED]',
    );
    expect(JSON.stringify(await stored('send-notifications'))).not.toContain('jane.doe');
    expect(await stored('send-notifications')).toMatchObject({ outcome: 'failed' });
  });
});

describe('every scheduled job records its heartbeat', () => {
  for (const schedule of SCHEDULES) {
    it(`${schedule.id} exports its handler through scheduledJob('${schedule.id}', …)`, () => {
      const source = readFileSync(join(PROJECT_ROOT, scheduleEntry(schedule)), 'utf8');
      expect(source).toMatch(new RegExp(`export const handler = scheduledJob\\(\\s*'${schedule.id}'`));
    });
  }
});
