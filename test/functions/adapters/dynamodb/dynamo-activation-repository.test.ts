import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoActivationRepository } from '../../../../functions/adapters/dynamodb/dynamo-host-repository.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { ActivationRecord } from '../../../../shared/tasks/model.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

/** The activations handed out and the per-tenant activation lock, on DynamoDB Local. */
let table: TestTable;
let repository: DynamoActivationRepository;
beforeAll(async () => {
  table = await createTestTable();
  repository = new DynamoActivationRepository(table.client, table.tableName);
});

const audit = (tenantId: string, id: string): AuditEntry => ({
  id: `audit-${id}`,
  tenantId,
  at: '2026-11-10T09:00:00.000Z',
  actor: { userId: 'admin', email: 'admin@example.com', roles: ['customer-admin'] },
  action: 'host.activation_created',
  target: { type: 'activation', id },
  details: {},
});

const activation = (tenantId: string, activationId: string, expiresAt: string): ActivationRecord => ({
  activationId,
  tenantId,
  name: 'web-01',
  createdAt: '2026-11-10T09:00:00.000Z',
  expiresAt,
  createdBy: 'admin',
  usedAt: null,
  hostId: null,
});

describe('DynamoActivationRepository', () => {
  it('stores activations with a TTL, lists the unexpired ones of the tenant and marks them used', async () => {
    await repository.create(activation('t-1', 'act-1', '2026-11-11T09:00:00.500Z'), audit('t-1', 'act-1'));
    await repository.create(activation('t-1', 'act-2', '2026-11-10T10:00:00.000Z'), audit('t-1', 'act-2'));
    await repository.create(activation('t-2', 'act-3', '2026-11-11T09:00:00.000Z'), audit('t-2', 'act-3'));

    const items = await table.items();
    expect(items.find((item) => item.sk === 'ACTIVATION#act-1')).toMatchObject({
      pk: 'T#t-1',
      entity: 'activation',
      validUntil: '2026-11-11T09:00:00.500Z',
      expiresAt: Math.ceil(Date.parse('2026-11-11T09:00:00.500Z') / 1000),
    });
    expect(items.filter((item) => item.entity === 'audit' && item.tenantId === 't-1')).toHaveLength(2);

    const open = await repository.list('t-1', '2026-11-10T12:00:00.000Z');
    expect(open).toEqual([activation('t-1', 'act-1', '2026-11-11T09:00:00.500Z')]);

    await repository.markUsed('t-1', 'act-1', { hostId: 'mi-00000000000000001', at: '2026-11-10T12:00:00.000Z' });
    await repository.markUsed('t-1', 'gone', { hostId: 'mi-00000000000000001', at: '2026-11-10T12:00:00.000Z' });
    expect(await repository.list('t-1', '2026-11-10T12:00:00.000Z')).toEqual([
      {
        ...activation('t-1', 'act-1', '2026-11-11T09:00:00.500Z'),
        usedAt: '2026-11-10T12:00:00.000Z',
        hostId: 'mi-00000000000000001',
      },
    ]);
    expect((await table.items()).some((item) => item.sk === 'ACTIVATION#gone')).toBe(false);
  });

  it('the lock admits one owner at a time; only the owner frees it; an expired one is taken over', async () => {
    const now = '2026-11-10T09:00:00.000Z';
    const until = '2026-11-10T09:01:00.000Z';
    expect(await repository.lock('t-9', { owner: 'first', until, now })).toBe(true);
    expect(await repository.lock('t-9', { owner: 'second', until, now })).toBe(false);
    expect(await repository.lock('t-8', { owner: 'other-tenant', until, now })).toBe(true);

    await repository.unlock('t-9', 'second');
    expect(await repository.lock('t-9', { owner: 'second', until, now })).toBe(false);
    await repository.unlock('t-9', 'first');
    expect(await repository.lock('t-9', { owner: 'second', until, now })).toBe(true);

    const later = '2026-11-10T09:01:00.001Z';
    expect(await repository.lock('t-9', { owner: 'third', until: '2026-11-10T09:02:00.000Z', now: later })).toBe(true);
    const lock = (await table.items()).find((item) => item.pk === 'T#t-9' && item.sk === 'ACTIVATION_LOCK');
    expect(lock).toMatchObject({ owner: 'third', expiresAt: Math.ceil(Date.parse('2026-11-10T09:02:00.000Z') / 1000) });
  });
});
