import { randomBytes } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../../functions/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../../../../functions/adapters/dynamodb/dynamo-report-store.js';
import { keys } from '../../../../functions/adapters/dynamodb/keys.js';
import { TenantScopedDocumentClient } from '../../../../functions/adapters/dynamodb/tenant-scoped-client.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { BookingNotification } from '../../../../shared/booking/notifications.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';
import { storedReportFixture } from '../../../support/report-fakes.js';
import { serviceReportFixture } from '../../../support/report-fixture.js';

/** Reports on DynamoDB Local: gzip'd chunks, put once with their e-mails and audit entry, and the listings. */
let table: TestTable;
let store: DynamoReportStore;

beforeAll(async () => {
  table = await createTestTable();
  store = new DynamoReportStore(TenantScopedDocumentClient.over(createDynamoClient(table.endpoint)), table.tableName);
});

const stored = storedReportFixture;

const audit = (tenantId: string, id: string): AuditEntry => ({
  id,
  tenantId,
  at: '2026-11-01T00:05:00.000Z',
  actor: { userId: 'system', email: 'system@opsdesk', roles: [] },
  action: 'report.generated',
  target: { type: 'report', id: '2026-10' },
  details: {},
});

const mail = (tenantId: string, to: string): BookingNotification => ({
  id: `service_report-${tenantId}-2026-10-${to}`,
  kind: 'service_report',
  bookingId: null,
  tenantId,
  to: `${to}@example.org`,
  subject: 'Service report for October 2026',
  text: 'Hello',
  ics: null,
  attachment: { type: 'service_report', periodId: '2026-10' },
  dueAt: '2026-11-01T00:05:00.000Z',
});

const chunkItems = async (tenantId: string, periodId: string) =>
  (
    await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': `REPORT#${periodId}#` },
      }),
    )
  ).Items ?? [];

/** Task rows whose parameters do not compress: a month of them takes several chunks. */
const bulkyTasks = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    ...serviceReportFixture().tasks[0]!,
    taskId: `task-${index}`,
    params: { blob: randomBytes(300).toString('base64') },
  }));

describe('DynamoReportStore', () => {
  it('stores a report with its export, e-mails and audit entry in one go, and reads it back as it was', async () => {
    const report = stored('tenant-rt', '2026-10');
    const notifications = [mail('tenant-rt', 'anna'), mail('tenant-rt', 'bernd')];
    expect(await store.create(report, notifications, audit('tenant-rt', 'audit-rt'))).toBe(true);
    expect(await store.get('tenant-rt', '2026-10')).toEqual(report);
    expect(await store.get('tenant-rt', '2026-09')).toBeNull();

    const chunks = await chunkItems('tenant-rt', '2026-10');
    expect(chunks.map((item) => item.sk)).toEqual(['REPORT#2026-10#000']);
    expect(chunks[0]).toMatchObject({ tenantName: report.report.tenantName, chunks: 1, entity: 'report_chunk' });
    const items = await table.items();
    const outbox = items.filter((item) => item.pk === keys.bulkNotificationPartition && item.tenantId === 'tenant-rt');
    expect(outbox.map((item) => item.to).sort()).toEqual(['anna@example.org', 'bernd@example.org']);
    expect(outbox[0]).toMatchObject({ attachment: { type: 'service_report', periodId: '2026-10' } });
    const { Item: entry } = await table.client.send(
      new GetCommand({
        TableName: table.tableName,
        Key: keys.audit('tenant-rt', '2026-11-01T00:05:00.000Z', 'audit-rt'),
      }),
    );
    expect(entry).toMatchObject({ action: 'report.generated' });
  });

  it('puts a report once: a second create for the period writes nothing, not even its e-mails', async () => {
    const first = stored('tenant-once', '2026-10');
    expect(await store.create(first, [mail('tenant-once', 'anna')], audit('tenant-once', 'audit-1'))).toBe(true);
    const second = stored('tenant-once', '2026-10', { generatedAt: '2026-11-02T00:00:00.000Z' });
    expect(await store.create(second, [mail('tenant-once', 'zora')], audit('tenant-once', 'audit-2'))).toBe(false);
    expect((await store.get('tenant-once', '2026-10'))?.report.generatedAt).toBe(first.report.generatedAt);
    const items = await table.items();
    expect(
      items.filter((item) => item.pk === keys.bulkNotificationPartition && item.tenantId === 'tenant-once'),
    ).toHaveLength(1);
    expect(items.filter((item) => item.id === 'audit-2')).toEqual([]);
  });

  it('splits a large report into chunks under the item limit, in one transaction, and joins them again', async () => {
    const large = stored('tenant-large', '2026-10', { tasks: bulkyTasks(2500) });
    expect(await store.create(large, [mail('tenant-large', 'anna')], audit('tenant-large', 'audit-large'))).toBe(true);
    const chunks = await chunkItems('tenant-large', '2026-10');
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks[0]?.chunks).toBe(chunks.length);
    for (const chunk of chunks) expect((chunk.data as Uint8Array).length).toBeLessThanOrEqual(350 * 1024);
    expect(new Set(chunks.map((chunk) => chunk.generation))).toEqual(new Set(['audit-large']));
    expect(await store.get('tenant-large', '2026-10')).toEqual(large);
  });

  it('writes a report too large for one transaction chunk by chunk, committing it with chunk 000', async () => {
    const small = new DynamoReportStore(table.client, table.tableName, {
      chunkBytes: 2048,
      transactionChunkBytes: 4096,
    });
    const large = stored('tenant-huge', '2026-10', { tasks: bulkyTasks(40) });
    expect(await small.create(large, [mail('tenant-huge', 'anna')], audit('tenant-huge', 'audit-huge'))).toBe(true);
    const chunks = await chunkItems('tenant-huge', '2026-10');
    expect(chunks.length).toBeGreaterThan(2);
    expect(await small.get('tenant-huge', '2026-10')).toEqual(large);
    // Once committed, another generation neither overwrites a chunk nor commits.
    const other = stored('tenant-huge', '2026-10', { tasks: bulkyTasks(40) });
    expect(await small.create(other, [], audit('tenant-huge', 'audit-other'))).toBe(false);
    expect(await small.get('tenant-huge', '2026-10')).toEqual(large);
  });

  it('lists a tenant’s reports newest first, and every tenant’s report of a period by name', async () => {
    await store.create(
      stored('tenant-list1', '2026-09', { tenantName: 'Zeta KG' }),
      [],
      audit('tenant-list1', 'a-l1-9'),
    );
    await store.create(
      stored('tenant-list1', '2026-10', { tenantName: 'Zeta KG' }),
      [],
      audit('tenant-list1', 'a-l1-10'),
    );
    await store.create(
      stored('tenant-list2', '2026-10', { tenantName: 'Alpha eG' }),
      [],
      audit('tenant-list2', 'a-l2-10'),
    );
    expect(await store.list('tenant-list1')).toEqual([
      { tenantId: 'tenant-list1', tenantName: 'Zeta KG', periodId: '2026-10', generatedAt: expect.any(String) },
      { tenantId: 'tenant-list1', tenantName: 'Zeta KG', periodId: '2026-09', generatedAt: expect.any(String) },
    ]);
    expect(await store.list('tenant-none')).toEqual([]);
    const period = (await store.listForPeriod('2026-10')).filter((item) => item.tenantId.startsWith('tenant-list'));
    expect(period.map((item) => item.tenantName)).toEqual(['Alpha eG', 'Zeta KG']);
    expect(await store.listForPeriod('2025-01')).toEqual([]);
  });
});
