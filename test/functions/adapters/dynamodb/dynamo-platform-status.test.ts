import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../../functions/adapters/dynamodb/client.js';
import { componentKey, DynamoPlatformStatus } from '../../../../functions/adapters/dynamodb/dynamo-platform-status.js';
import { keys } from '../../../../functions/adapters/dynamodb/keys.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

/**
 * Opsdesk's components on DynamoDB Local: one sample per component every 5 minutes, counted per UTC day, the last
 * one telling the state (no_data once it is older than 15 minutes). Each test has a table of its own: the items are
 * provider-wide.
 */
let table: TestTable;
let now = new Date('2026-12-07T23:55:00.000Z');
let status: DynamoPlatformStatus;

beforeAll(async () => {
  table = await createTestTable();
  status = new DynamoPlatformStatus(createDynamoClient(table.endpoint), table.tableName, () => now);
});

const at = (iso: string) => {
  now = new Date(iso);
};

describe('DynamoPlatformStatus', () => {
  it('counts samples per day and component, tells the last state, and turns stale samples into no data', async () => {
    at('2026-12-06T12:00:00.000Z');
    await status.record([
      { name: 'API and database', state: 'up' },
      { name: 'E-mail delivery', state: 'down' },
    ]);
    at('2026-12-07T23:50:00.000Z');
    await status.record([
      { name: 'API and database', state: 'up' },
      { name: 'E-mail delivery', state: 'down' },
    ]);
    at('2026-12-07T23:55:00.000Z');
    await status.record([
      { name: 'API and database', state: 'down' },
      { name: 'E-mail delivery', state: 'up' },
    ]);

    expect(await status.current()).toEqual([
      { name: 'API and database', state: 'down' },
      { name: 'E-mail delivery', state: 'up' },
    ]);
    expect(
      (await status.days('2026-12-01', '2026-12-07')).sort(
        (a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name),
      ),
    ).toEqual([
      { name: 'API and database', day: '2026-12-06', up: 1, down: 0 },
      { name: 'E-mail delivery', day: '2026-12-06', up: 0, down: 1 },
      { name: 'API and database', day: '2026-12-07', up: 1, down: 1 },
      { name: 'E-mail delivery', day: '2026-12-07', up: 1, down: 1 },
    ]);
    expect(await status.days('2026-12-07', '2026-12-07')).toHaveLength(2);

    // Just after midnight the last sample is yesterday's: still current for 15 minutes, then no data.
    at('2026-12-08T00:05:00.000Z');
    expect((await status.current()).map((c) => c.state)).toEqual(['down', 'up']);
    at('2026-12-08T00:10:01.000Z');
    expect((await status.current()).map((c) => c.state)).toEqual(['no_data', 'no_data']);

    const [item] = (await table.items()).filter((i) => i.sk === keys.platformStatusDay('2026-12-07').sk);
    expect(item?.pk).toBe(keys.platformStatusPartition);
    expect(item?.expiresAt).toBeGreaterThan(Date.parse('2027-03-01T00:00:00Z') / 1000);
  });

  it('names attributes by a key of the component name', () => {
    expect(componentKey('API and database')).toBe('api-and-database');
    expect(componentKey('E-mail delivery')).toBe('e-mail-delivery');
  });
});
