import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../../functions/adapters/dynamodb/keys.js';
import { QUEUES, SCHEDULES } from '../../../shared/contracts/resources.js';
import { OperationsSnapshotSchema } from '../../../shared/operations/snapshot.js';
import { createTestApi, type TestApi } from '../../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ queues: true, clockStart: new Date('2026-03-10T12:00:00.000Z') });
});

describe('GET /api/operations (through the local API Gateway, on DynamoDB Local and fauxqs)', () => {
  it('gives staff every queue, the outbox, the latest period close and each schedule’s heartbeat', async () => {
    const now = api.now();
    const dueAt = new Date(now.getTime() - 120_000).toISOString();
    await api.table.client.send(
      new PutCommand({
        TableName: api.table.tableName,
        Item: {
          ...keys.notification({ dueAt, id: 'confirmation-x-1', kind: 'confirmation' }),
          entity: 'notification',
          v: 1,
          dueAt,
        },
      }),
    );
    await api.table.client.send(
      new PutCommand({
        TableName: api.table.tableName,
        Item: {
          ...keys.heartbeat('release-tasks'),
          entity: 'heartbeat',
          v: 1,
          jobId: 'release-tasks',
          finishedAt: new Date(now.getTime() - 10 * 60_000).toISOString(),
          outcome: 'failed',
          durationMs: 12,
          count: null,
          error: 'Error: boom',
          lastOkAt: null,
        },
      }),
    );
    // February's close as its repository stores it: 1 of 2 tenants invoiced, still running.
    await api.table.client.send(
      new PutCommand({
        TableName: api.table.tableName,
        Item: {
          ...keys.periodClose('2026-02'),
          entity: 'period-close',
          v: 1,
          periodId: '2026-02',
          startedAt: new Date(now.getTime() - 30 * 60_000).toISOString(),
          tenants: 2,
          invoiced: 1,
          skipped: 0,
          failed: 0,
        },
      }),
    );

    for (const persona of ['operator', 'finance', 'provider-admin'] as const) {
      const response = await api.request('GET', '/api/operations', { persona });
      expect(response.status, persona).toBe(200);
      const snapshot = OperationsSnapshotSchema.parse(response.json());
      expect(snapshot.queues.map((queue) => [queue.id, queue.available])).toEqual(
        QUEUES.map((queue) => [queue.id, true]),
      );
      for (const queue of snapshot.queues) {
        expect(queue.visible).toBeGreaterThanOrEqual(0);
        expect(queue.deadLetterVisible).toBeGreaterThanOrEqual(0);
        expect(queue.oldestAgeSeconds).toBeNull();
      }
      expect(snapshot.outbox.due).toBe(1);
      expect(snapshot.outbox.oldestDueAt).toBe(dueAt);
      expect(snapshot.outbox.oldestAgeSeconds).toBeGreaterThanOrEqual(120);
      expect(snapshot.periodClose).toMatchObject({ periodId: '2026-02', status: 'running', tenants: 2, invoiced: 1 });
      expect(snapshot.periodCloseUnfinishedMinutes).toBeGreaterThanOrEqual(30);
      expect(snapshot.heartbeats.map((heartbeat) => heartbeat.jobId)).toEqual(SCHEDULES.map((s) => s.id));
      // 1-minute rate, last run 10 minutes ago: late, which outweighs its failure.
      expect(snapshot.heartbeats.find((heartbeat) => heartbeat.jobId === 'release-tasks')).toMatchObject({
        outcome: 'failed',
        error: 'Error: boom',
        late: true,
        state: 'late',
      });
    }
  });

  it('refuses customers (403) and anonymous callers (401)', async () => {
    expect((await api.request('GET', '/api/operations', { persona: 'customer-admin-A' })).status).toBe(403);
    expect((await api.request('GET', '/api/operations', { persona: 'customer-member-A' })).status).toBe(403);
    expect((await api.request('GET', '/api/operations')).status).toBe(401);
  });
});
