import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../../functions/adapters/dynamodb/client.js';
import {
  REFRESH_MARGIN_MS,
  TenantDocumentClients,
  tenantSessionName,
} from '../../../../functions/adapters/dynamodb/tenant-document-clients.js';
import { runInTenantScope } from '../../../../functions/adapters/dynamodb/tenant-scope.js';
import { TenantScopedDocumentClient } from '../../../../functions/adapters/dynamodb/tenant-scoped-client.js';

const ROLE = 'arn:aws:iam::123456789012:role/tenant-data';
const sts = mockClient(STSClient);
let clock = Date.parse('2026-01-01T00:00:00Z');
let issued = 0;

beforeEach(() => {
  sts.reset();
  issued = 0;
  clock = Date.parse('2026-01-01T00:00:00Z');
  sts.on(AssumeRoleCommand).callsFake(async () => {
    issued += 1;
    return {
      Credentials: {
        AccessKeyId: `AKIA${issued}`,
        SecretAccessKey: 'secret',
        SessionToken: `token-${issued}`,
        Expiration: new Date(clock + 3_600_000),
      },
    };
  });
});

const assumed = () => sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input);
const clients = () => new TenantDocumentClients(new STSClient({}), ROLE, () => clock);
const accessKeyOf = async (client: { config: { credentials: unknown } }) =>
  (await (client.config.credentials as () => Promise<{ accessKeyId: string }>)()).accessKeyId;

describe('TenantDocumentClients (STS AssumeRole with the tenantId session tag)', () => {
  it('assumes the tenant-data role with the tag tenantId and a session name carrying tenant and request', async () => {
    const client = await clients().forScope({ tenantId: 'tenant-a', requestId: 'req-1' });
    expect(assumed()).toEqual([
      {
        RoleArn: ROLE,
        RoleSessionName: 'opsdesk-tenant-a-req-1',
        DurationSeconds: 3600,
        Tags: [{ Key: 'tenantId', Value: 'tenant-a' }],
      },
    ]);
    expect(await accessKeyOf(client)).toBe('AKIA1');
  });

  it('caches per tenant: one AssumeRole per tenant, concurrent requests share it', async () => {
    const cache = clients();
    const [a1, a2] = await Promise.all([
      cache.forScope({ tenantId: 'tenant-a', requestId: 'r1' }),
      cache.forScope({ tenantId: 'tenant-a', requestId: 'r2' }),
    ]);
    const a3 = await cache.forScope({ tenantId: 'tenant-a', requestId: 'r3' });
    const b = await cache.forScope({ tenantId: 'tenant-b', requestId: 'r4' });
    expect(a1).toBe(a2);
    expect(a3).toBe(a1);
    expect(b).not.toBe(a1);
    expect(assumed().map((input) => input.Tags?.[0]?.Value)).toEqual(['tenant-a', 'tenant-b']);
  });

  it('refreshes shortly before expiry (five minutes), not earlier', async () => {
    const cache = clients();
    const first = await cache.forScope({ tenantId: 'tenant-a', requestId: 'r1' });
    clock += 3_600_000 - REFRESH_MARGIN_MS - 1_000;
    expect(await cache.forScope({ tenantId: 'tenant-a', requestId: 'r2' })).toBe(first);
    clock += 2_000;
    const renewed = await cache.forScope({ tenantId: 'tenant-a', requestId: 'r3' });
    expect(renewed).not.toBe(first);
    expect(await accessKeyOf(renewed)).toBe('AKIA2');
    expect(assumed().map((input) => input.RoleSessionName)).toEqual(['opsdesk-tenant-a-r1', 'opsdesk-tenant-a-r3']);
  });

  it('keeps session names within STS rules: 64 characters of [\\w+=,.@-], the tenant whole', () => {
    const tenantId = '6ad8c433-a3a1-492a-b95b-b341627e4644';
    const name = tenantSessionName(tenantId, 'Xy1/Z2$abc=#'.repeat(4));
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^[\w+=,.@-]+$/);
    expect(name.startsWith(`opsdesk-${tenantId}-Xy1_Z2_abc=`)).toBe(true);
  });
});

describe('TenantScopedDocumentClient with tenant credentials', () => {
  it("sends a tenant's request with that tenant's client, other work with its own", async () => {
    const cache = clients();
    const used: string[] = [];
    const scoped = TenantScopedDocumentClient.over(createDynamoClient('http://127.0.0.1:9'), async (scope) => {
      const client = await cache.forScope(scope);
      return { send: async () => used.push(await accessKeyOf(client)) } as never;
    });
    await runInTenantScope('tenant-a', () =>
      scoped.send(new GetCommand({ TableName: 't', Key: { pk: 'T#tenant-a', sk: 'TENANT' } })),
    );
    expect(used).toEqual(['AKIA1']);
    expect(assumed()).toHaveLength(1);
  });

  it('refuses a key outside the tenant before asking STS for anything', async () => {
    const cache = clients();
    const scoped = TenantScopedDocumentClient.over(createDynamoClient('http://127.0.0.1:9'), (scope) =>
      cache.forScope(scope),
    );
    await expect(
      runInTenantScope('tenant-a', () =>
        scoped.send(new GetCommand({ TableName: 't', Key: { pk: 'T#tenant-b', sk: 'TENANT' } })),
      ),
    ).rejects.toThrow(/tenant isolation.*T#tenant-b/i);
    await expect(runInTenantScope('tenant-a', () => scoped.send(new ScanCommand({ TableName: 't' })))).rejects.toThrow(
      /tenant isolation/i,
    );
    expect(assumed()).toEqual([]);
  });
});
