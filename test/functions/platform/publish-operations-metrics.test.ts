import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keys } from '../../../functions/adapters/dynamodb/keys.js';
import { SystemClock } from '../../../functions/adapters/system/system-clock.js';
import { ENV } from '../../../functions/config/env.js';
import { SCHEDULES } from '../../../shared/contracts/resources.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';

// The suite silences EMF (test/vitest.config.ts); this file reads it.
process.env.POWERTOOLS_METRICS_DISABLED = 'false';

/** The stack's clock for this file (CLOCK_OFFSET_MS, read by the handler at cold start). */
const NOW = new Date('2026-03-10T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

let table: TestTable;
let handler: () => Promise<unknown>;

const put = (item: Record<string, unknown>) =>
  table.client.send(new PutCommand({ TableName: table.tableName, Item: item }));

beforeAll(async () => {
  table = await createTestTable();
  process.env[ENV.clockOffsetMs] = String(SystemClock.offsetTo(NOW));
  process.env[ENV.stage] = 'prod';
  // Two due notifications (the oldest due 3 minutes ago) and one reminder due tomorrow.
  for (const [dueAt, id] of [
    [minutesAgo(3), 'confirmation-b1-1'],
    [minutesAgo(1), 'change-b2-2'],
    [new Date(NOW.getTime() + 86_400_000).toISOString(), 'reminder-b1-1'],
  ] as const) {
    await put({
      ...keys.notification({ dueAt, id, kind: 'confirmation' }),
      entity: 'notification',
      v: 1,
      id,
      dueAt,
      kind: 'confirmation',
    });
  }
  // The February close has run for 45 minutes: 1 of 3 tenants done.
  await put({
    ...keys.periodClose('2026-02'),
    entity: 'period-close',
    v: 1,
    periodId: '2026-02',
    startedAt: minutesAgo(45),
    tenants: 3,
    invoiced: 1,
    skipped: 0,
    failed: 0,
  });
  await put({
    ...keys.heartbeat('sync-hosts'),
    entity: 'heartbeat',
    v: 1,
    jobId: 'sync-hosts',
    finishedAt: minutesAgo(12.5),
    outcome: 'ok',
    durationMs: 800,
    count: 4,
    error: null,
    lastOkAt: minutesAgo(12.5),
  });
  ({ handler } = await import('../../../functions/platform/publish-operations-metrics.js'));
});

afterAll(() => {
  delete process.env[ENV.clockOffsetMs];
  delete process.env[ENV.stage];
});

/** What the handler writes to stdout, as parsed EMF records. */
const emfOf = async (run: () => Promise<unknown>) => {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return lines
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, any>);
};

describe('publish-operations-metrics', () => {
  it('publishes the operations gauges as EMF: namespace Opsdesk, dimensions service and stage (+ job)', async () => {
    const records = await emfOf(handler);
    const definitions = records.map((record) => record._aws.CloudWatchMetrics[0]);
    for (const definition of definitions) expect(definition.Namespace).toBe('Opsdesk');

    const main = records.find((record) => 'OutboxBacklog' in record);
    expect(main?._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'Opsdesk',
        Dimensions: [['service', 'stage']],
        Metrics: [
          { Name: 'OutboxBacklog', Unit: 'Count' },
          { Name: 'OutboxOldestUnsentSeconds', Unit: 'Seconds' },
          { Name: 'PeriodCloseUnfinishedMinutes', Unit: 'None' },
        ],
      },
    ]);
    expect(main).toMatchObject({
      service: 'opsdesk',
      stage: 'prod',
      OutboxBacklog: 2,
    });
    // Minutes on the stack's clock, which runs on while the file seeds and publishes.
    expect(main?.PeriodCloseUnfinishedMinutes).toBeGreaterThanOrEqual(45);
    expect(main?.PeriodCloseUnfinishedMinutes).toBeLessThan(46);
    // Seconds on the stack's clock (the real time between seeding and publishing is added to it).
    expect(main?.OutboxOldestUnsentSeconds).toBeGreaterThanOrEqual(180);
    expect(main?.OutboxOldestUnsentSeconds).toBeLessThan(240);

    const heartbeats = records.filter((record) => 'SchedulerHeartbeatAgeMinutes' in record);
    const syncHosts = heartbeats.find((record) => record.job === 'sync-hosts');
    expect(syncHosts?._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'Opsdesk',
        Dimensions: [['service', 'stage', 'job']],
        Metrics: [{ Name: 'SchedulerHeartbeatAgeMinutes', Unit: 'None' }],
      },
    ]);
    expect(syncHosts).toMatchObject({ service: 'opsdesk', stage: 'prod', job: 'sync-hosts' });
    expect(syncHosts?.SchedulerHeartbeatAgeMinutes).toBeGreaterThanOrEqual(12.5);
    expect(syncHosts?.SchedulerHeartbeatAgeMinutes).toBeLessThan(13.5);
    // Jobs that never ran publish nothing (the alarm treats missing data as breaching); this run is not yet its own.
    expect(heartbeats.map((record) => record.job)).toEqual(['sync-hosts']);
    // No tenant id and no other dimension anywhere.
    for (const record of records) {
      expect(
        Object.keys(record)
          .filter((key) => !key.startsWith('_') && !/^[A-Z]/.test(key))
          .sort(),
      ).toEqual(record.job ? ['job', 'service', 'stage'] : ['service', 'stage']);
    }
  });

  it('records its own heartbeat, so the next run publishes its age too', async () => {
    const items = await table.items();
    expect(items.find((item) => item.sk === 'JOB#publish-operations-metrics')).toMatchObject({
      outcome: 'ok',
      count: SCHEDULES.length,
    });
    const records = await emfOf(handler);
    expect(
      records
        .filter((record) => 'SchedulerHeartbeatAgeMinutes' in record)
        .map((record) => record.job)
        .sort(),
    ).toEqual(['publish-operations-metrics', 'sync-hosts']);
  });
});
