import { randomUUID } from 'node:crypto';
import {
  ExecuteStatementCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../../functions/adapters/dynamodb/client.js';
import { DynamoBillingProfileRepository } from '../../../../functions/adapters/dynamodb/dynamo-billing-profile-repository.js';
import { keys } from '../../../../functions/adapters/dynamodb/keys.js';
import { runInTenantScope } from '../../../../functions/adapters/dynamodb/tenant-scope.js';
import { TenantScopedDocumentClient } from '../../../../functions/adapters/dynamodb/tenant-scoped-client.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { BillingProfile } from '../../../../shared/billing/billing-profile.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

/**
 * The key guard on DynamoDB Local (which has no IAM): inside a tenant's scope, another tenant's key, a provider
 * key not granted to customers' requests, Scan and PartiQL are refused before anything reaches DynamoDB.
 */
let table: TestTable;
let client: TenantScopedDocumentClient;
/** Requests that reached DynamoDB Local through the scoped client. */
let sent: string[];
const tenantA = randomUUID();
const tenantB = randomUUID();

const profile: BillingProfile = {
  legalName: 'B GmbH',
  addressLines: ['Hauptstraße 1'],
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  vatId: null,
};
const auditOf = (tenantId: string): AuditEntry => ({
  id: randomUUID(),
  tenantId,
  at: '2026-01-01T00:00:00.000Z',
  actor: { userId: 'u', email: 'u@example.com', roles: ['customer-admin'] },
  action: 'billing_profile.updated',
  target: { type: 'tenant', id: tenantId },
  details: {},
});
const inA = <T>(fn: () => Promise<T>) => runInTenantScope(tenantA, fn, 'req-1');
const partitions = async () => new Set((await table.items()).map((item) => item.pk));

beforeAll(async () => {
  table = await createTestTable();
  const raw = createDynamoClient(table.endpoint);
  raw.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'countSent' },
  );
  client = TenantScopedDocumentClient.over(raw);
});
beforeEach(() => {
  sent = [];
});

describe('inside a tenant scope', () => {
  it("refuses a repository call with another tenant's key before DynamoDB is called: nothing is written", async () => {
    const profiles = new DynamoBillingProfileRepository(client, table.tableName);
    const refusal = inA(() => profiles.put(tenantB, profile, auditOf(tenantB)));
    await expect(refusal).rejects.toThrow(/tenant isolation/i);
    await expect(refusal).rejects.toThrow(`T#${tenantB}`);
    expect(sent).toEqual([]);
    expect(await partitions()).not.toContain(`T#${tenantB}`);
  });

  it("refuses a transaction with one other tenant's item among its own: nothing of it is written", async () => {
    const own = { ...keys.billingProfile(tenantA), entity: 'x' };
    const other = { ...keys.billingProfile(tenantB), entity: 'x' };
    await expect(
      inA(() =>
        client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: table.tableName, Item: own } },
              { Put: { TableName: table.tableName, Item: other } },
            ],
          }),
        ),
      ),
    ).rejects.toThrow(/tenant isolation.*T#/i);
    expect(sent).toEqual([]);
    const written = await partitions();
    expect(written).not.toContain(`T#${tenantA}`);
    expect(written).not.toContain(`T#${tenantB}`);
  });

  it('refuses a tenant id that merely starts with the own one (T#<A>x is not T#<A>)', async () => {
    await expect(
      inA(() =>
        client.send(new GetCommand({ TableName: table.tableName, Key: { pk: `T#${tenantA}x`, sk: 'TENANT' } })),
      ),
    ).rejects.toThrow(/tenant isolation/i);
    expect(sent).toEqual([]);
  });

  it('refuses Scan and PartiQL', async () => {
    await expect(inA(() => client.send(new ScanCommand({ TableName: table.tableName })))).rejects.toThrow(
      /tenant isolation.*Scan/i,
    );
    await expect(
      inA(() => client.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "${table.tableName}"` }))),
    ).rejects.toThrow(/tenant isolation.*ExecuteStatement/i);
    expect(sent).toEqual([]);
  });

  it('refuses a provider key off the allow-list, a read-only one written, and an index query of another partition', async () => {
    await expect(
      inA(() =>
        client.send(new PutCommand({ TableName: table.tableName, Item: { ...keys.invoiceCounter('2026'), last: 0 } })),
      ),
    ).rejects.toThrow(/tenant isolation.*P#INVOICE_NUMBER/i);
    await expect(
      inA(() =>
        client.send(
          new PutCommand({ TableName: table.tableName, Item: { ...keys.invoicePointer('i-1'), tenantId: tenantA } }),
        ),
      ),
    ).rejects.toThrow(/tenant isolation.*P#INVOICE#i-1/i);
    await expect(
      inA(() =>
        client.send(
          new QueryCommand({
            TableName: table.tableName,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.tenantListingPartition },
          }),
        ),
      ),
    ).rejects.toThrow(/tenant isolation.*P#TENANTS/i);
    expect(sent).toEqual([]);
    expect(await partitions()).not.toContain('P#INVOICE_NUMBER');
  });

  it("allows the tenant's own keys and the granted provider keys", async () => {
    const profiles = new DynamoBillingProfileRepository(client, table.tableName);
    await inA(() => profiles.put(tenantA, profile, auditOf(tenantA)));
    expect(await inA(() => profiles.get(tenantA))).toEqual(profile);
    await inA(() => client.send(new GetCommand({ TableName: table.tableName, Key: keys.invoicePointer('i-2') })));
    await inA(() =>
      client.send(
        new QueryCommand({
          TableName: table.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.staffCalendarPartition('s-1') },
        }),
      ),
    );
    expect(sent).toEqual(['TransactWriteItemsCommand', 'GetItemCommand', 'GetItemCommand', 'QueryCommand']);
  });
});

describe('outside a tenant scope (staff, public routes, consumers, schedules)', () => {
  it('passes the same calls through', async () => {
    const profiles = new DynamoBillingProfileRepository(client, table.tableName);
    await profiles.put(tenantB, profile, auditOf(tenantB));
    await client.send(
      new PutCommand({ TableName: table.tableName, Item: { ...keys.invoiceCounter('2026'), last: 0 } }),
    );
    expect((await client.send(new ScanCommand({ TableName: table.tableName }))).Items?.length).toBeGreaterThan(0);
    const written = await partitions();
    expect(written).toContain(`T#${tenantB}`);
    expect(written).toContain('P#INVOICE_NUMBER');
  });
});
