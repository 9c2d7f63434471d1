import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoPeriodCloseRepository } from '../../../functions/adapters/dynamodb/dynamo-invoice-repository.js';
import { DynamoTenantRepository } from '../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import { type CloseDeps, closePreviousPeriod } from '../../../shared/billing/invoices.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';

/**
 * A close with no tenant to invoice (a fresh installation) is done at once: nothing will ever come
 * back from the queue to finish it, so what the close returns (and the monthly job logs) says done.
 */
let table: TestTable;
let deps: CloseDeps;
const fannedOut: string[][] = [];

beforeAll(async () => {
  table = await createTestTable();
  const unused = new Proxy({} as never, {
    get: (_, name) => () => {
      throw new Error(`a close without tenants needs no ${String(name)}`);
    },
  });
  deps = {
    tenants: new DynamoTenantRepository(table.client, table.tableName),
    closes: new DynamoPeriodCloseRepository(table.client, table.tableName),
    queue: { fanOut: async (_periodId, tenantIds) => void fannedOut.push(tenantIds) },
    profiles: unused,
    subscriptions: unused,
    ledger: unused,
    hosts: unused,
    invoices: unused,
    billingSync: null,
    seller: unused,
    clock: { now: () => new Date('2027-02-01T02:00:00Z') },
    ids: new RandomIds(),
  };
});

describe('closing a period without tenants', () => {
  it('is done as soon as it starts, and stays done when closed again', async () => {
    const started = await closePreviousPeriod(deps);
    expect(started).toMatchObject({ periodId: '2027-01', status: 'done', tenants: 0 });
    expect(await deps.closes.get('2027-01')).toMatchObject({ status: 'done' });
    expect(await closePreviousPeriod(deps)).toMatchObject({ status: 'done' });
    expect(fannedOut.flat()).toEqual([]);
  });
});
