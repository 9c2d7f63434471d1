import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/identity/authorize-request.js';
import { API_KEY_SCOPES, type ApiKeyScope, keyScopeOf } from '../../../shared/contracts/api-key-scopes.js';
import { type RouteDefinition, routeEntries } from '../../../shared/contracts/routes.js';
import { API_KEY_PATTERN } from '../../../shared/tenancy/api-keys.js';
import type { User } from '../../../shared/tenancy/model.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { setTestRateLimits } from '../../support/rate-limits.js';

// The scope sweep calls every route twice with a key of tenant A: more writes than a person makes in a minute.
setTestRateLimits({ writes: { burst: 1000 }, anonymousWrites: { burst: 100 } });

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

let keysMade = 0;

interface Created {
  id: string;
  key: string;
  name: string;
  scopes: ApiKeyScope[];
}

/** A key made through the API by `token`'s user (tenant A's admin unless said). */
const createKey = async (
  scopes: readonly ApiKeyScope[],
  options: { token?: string; name?: string; expiresAt?: string } = {},
): Promise<Created> => {
  const response = await api.request('POST', '/api/api-keys', {
    token: options.token ?? api.tokens['customer-admin-A'],
    body: {
      name: options.name ?? `Key ${++keysMade} (${scopes.length} scopes)`,
      scopes,
      ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
    },
  });
  expect(response.status, response.body.toString()).toBe(201);
  return response.json();
};

/** A path of the route with a placeholder for each parameter (an unknown id answers 404, which is fine here). */
const pathOf = (definition: RouteDefinition): string =>
  definition.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === 'period' ? '2020-01' : name === 'slug' ? 'no-such-page' : '0mwlx78w0-000000000000',
  );

const call = (definition: RouteDefinition, key: string) => {
  const query = definition.exampleQuery ? `?${new URLSearchParams(definition.exampleQuery)}` : '';
  return api.request(definition.method, `${pathOf(definition)}${query}`, {
    token: key,
    ...(definition.example !== undefined ? { body: definition.example } : {}),
  });
};

describe('scopes, on every route of the manifest', () => {
  const keyRoutes = routeEntries().filter(([, definition]) => keyScopeOf(definition) !== null);
  const keyless = routeEntries().filter(
    ([, definition]) => definition.access !== 'public' && keyScopeOf(definition) === null,
  );

  it('lists every scope some route needs, and every route a key may call needs a listed scope', () => {
    expect(new Set(keyRoutes.map(([, definition]) => keyScopeOf(definition)))).toEqual(new Set(API_KEY_SCOPES));
  });

  it('a key lacking exactly the route’s scope gets 403; a key with only that scope gets past the authorizer', async () => {
    const only = new Map<ApiKeyScope, Created>();
    const allBut = new Map<ApiKeyScope, Created>();
    for (const scope of API_KEY_SCOPES) {
      only.set(scope, await createKey([scope]));
      allBut.set(scope, await createKey(API_KEY_SCOPES.filter((other) => other !== scope)));
    }
    for (const [id, definition] of keyRoutes) {
      const scope = keyScopeOf(definition) as ApiKeyScope;
      const refused = await call(definition, allBut.get(scope)!.key);
      expect(refused.status, `${id} without ${scope}`).toBe(403);
      expect(refused.headers['content-type'], id).toBe('application/problem+json');
      expect(refused.json().detail, id).toContain(scope);
      const allowed = await call(definition, only.get(scope)!.key);
      expect([401, 403], `${id} with only ${scope}: ${allowed.body.toString()}`).not.toContain(allowed.status);
    }
  }, 240_000);

  it('a key with every scope is refused (403) on every route no key may call', async () => {
    const everything = await createKey(API_KEY_SCOPES);
    for (const [id, definition] of keyless) {
      const refused = await call(definition, everything.key);
      expect(refused.status, id).toBe(403);
    }
  }, 120_000);

  it('public routes answer as they do without a key', async () => {
    const everything = await createKey(API_KEY_SCOPES);
    for (const path of ['/api/health', '/api/plans', '/api/openapi.json']) {
      const withKey = await api.request('GET', path, { token: everything.key });
      const without = await api.request('GET', path);
      expect(withKey.status, path).toBe(without.status);
      expect([401, 403], path).not.toContain(withKey.status);
    }
    expect((await api.request('GET', '/api/plans', { token: everything.key })).status).toBe(200);
  });
});

describe('the life of a key', () => {
  it('is shown once, listed without its secret, and refused on the very next call after revocation', async () => {
    const created = await createKey(['tasks:read'], { name: 'Nightly report' });
    expect(created.key).toMatch(API_KEY_PATTERN);
    expect((await api.request('GET', '/api/tasks', { token: created.key })).status).toBe(200);

    const listed = await api.request('GET', '/api/api-keys', { token: api.tokens['customer-admin-A'] });
    const mine = listed.json().items.find((key: { id: string }) => key.id === created.id);
    expect(mine).toMatchObject({
      name: 'Nightly report',
      scopes: ['tasks:read'],
      prefix: created.key.slice(0, 12),
      createdBy: { userId: api.users['customer-admin-A'].id },
    });
    expect(mine.lastUsedAt).not.toBeNull();
    expect(listed.body.toString()).not.toContain(created.key);
    expect(listed.body.toString()).not.toContain(sha256Hex(created.key));

    const revoked = await api.request('DELETE', `/api/api-keys/${created.id}`, {
      token: api.tokens['customer-admin-A'],
    });
    expect(revoked.status).toBe(204);
    const refused = await api.request('GET', '/api/tasks', { token: created.key });
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toBe('application/problem+json');
  });

  it('stops working when it expires, on the stack’s clock', async () => {
    const expiresAt = new Date(api.now().getTime() + 2_000).toISOString();
    const created = await createKey(['tasks:read'], { expiresAt });
    expect((await api.request('GET', '/api/tasks', { token: created.key })).status).toBe(200);
    await sleep(Math.max(0, Date.parse(expiresAt) - api.now().getTime()) + 100);
    const refused = await api.request('GET', '/api/tasks', { token: created.key });
    expect(refused.status).toBe(401);
    expect(refused.json().detail).toMatch(/expired/);
  });

  it('keeps only the key’s SHA-256 at rest: the key appears nowhere in the table', async () => {
    const created = await createKey(['tasks:read', 'monitoring:read']);
    expect((await api.request('GET', '/api/monitors', { token: created.key })).status).toBe(200);
    const stored = JSON.stringify(await api.table.items());
    expect(stored).not.toContain(created.key);
    expect(stored).not.toContain(created.key.slice(4));
    expect(stored).toContain(sha256Hex(created.key));
  });

  it('refuses a key made by anyone but a customer-admin, and a key cannot make or revoke keys', async () => {
    expect(
      (
        await api.request('POST', '/api/api-keys', {
          token: api.tokens['customer-member-A'],
          body: { name: 'x', scopes: ['tasks:read'] },
        })
      ).status,
    ).toBe(403);
    const everything = await createKey(API_KEY_SCOPES);
    const made = await api.request('POST', '/api/api-keys', {
      token: everything.key,
      body: { name: 'x', scopes: ['tasks:read'] },
    });
    expect(made.status).toBe(403);
    expect((await api.request('DELETE', `/api/api-keys/${everything.id}`, { token: everything.key })).status).toBe(403);
  });
});

describe('organisations', () => {
  it('another organisation’s key reads none of tenant A’s data, and its admin cannot revoke A’s key (404)', async () => {
    const keyOfA = await createKey(['tasks:read']);
    const task = await api.addTaskOfTenantA();
    expect((await api.request('GET', `/api/tasks/${task.id}`, { token: keyOfA.key })).status).toBe(200);

    const keyOfB = await createKey(['tasks:read', 'tenancy:read'], { token: api.tokens['customer-admin-B'] });
    expect((await api.request('GET', `/api/tasks/${task.id}`, { token: keyOfB.key })).status).toBe(404);
    const userOfA = api.users['customer-admin-A'].id;
    expect((await api.request('GET', `/api/users/${userOfA}`, { token: keyOfB.key })).status).toBe(404);
    const tasksOfB = (await api.request('GET', '/api/tasks', { token: keyOfB.key })).json();
    expect(tasksOfB.items.some((item: { id: string }) => item.id === task.id)).toBe(false);

    const revoke = await api.request('DELETE', `/api/api-keys/${keyOfA.id}`, { token: api.tokens['customer-admin-B'] });
    expect(revoke.status).toBe(404);
    const listOfB = await api.request('GET', '/api/api-keys', { token: api.tokens['customer-admin-B'] });
    expect(listOfB.json().items.map((key: { id: string }) => key.id)).not.toContain(keyOfA.id);
    expect((await api.request('GET', '/api/tasks', { token: keyOfA.key })).status).toBe(200);
  });
});

describe('the audit log', () => {
  const auditOfA = async () =>
    (await api.request('GET', '/api/audit?limit=100', { token: api.tokens['customer-admin-A'] })).json().items as {
      action: string;
      actor: { userId: string; apiKey?: { id: string; name: string } };
      target: { type: string; id: string; name?: string };
      details: Record<string, unknown>;
    }[];

  it('records creation, every use (route and status), an action made with the key, and revocation', async () => {
    const created = await createKey(['tasks:read', 'tasks:write'], { name: 'Deploy pipeline' });
    const task = await api.addTaskOfTenantA();
    const cancelled = await api.request('POST', `/api/tasks/${task.id}/cancel`, { token: created.key });
    expect(cancelled.status, cancelled.body.toString()).toBe(200);
    expect((await api.request('GET', '/api/tasks/0mwlx78w0-000000000000', { token: created.key })).status).toBe(404);
    await api.request('DELETE', `/api/api-keys/${created.id}`, { token: api.tokens['customer-admin-A'] });

    const entries = await auditOfA();
    const ofKey = entries.filter((entry) => entry.target.type === 'api_key' && entry.target.id === created.id);
    expect(ofKey.map((entry) => entry.action)).toEqual([
      'api_key.revoked',
      'api_key.used',
      'api_key.used',
      'api_key.created',
    ]);
    expect(ofKey[3]).toMatchObject({ details: { name: 'Deploy pipeline', scopes: ['tasks:read', 'tasks:write'] } });
    expect(ofKey[1]).toMatchObject({
      actor: { userId: api.users['customer-admin-A'].id, apiKey: { id: created.id, name: 'Deploy pipeline' } },
      details: { method: 'GET', route: '/api/tasks/{taskId}', status: 404 },
    });
    expect(ofKey[2]).toMatchObject({ details: { method: 'POST', route: '/api/tasks/{taskId}/cancel', status: 200 } });
    const action = entries.find((entry) => entry.target.type === 'task' && entry.target.id === task.id);
    expect(action?.actor).toMatchObject({ apiKey: { id: created.id, name: 'Deploy pipeline' } });
    expect(JSON.stringify(entries)).not.toContain(created.key);
  });
});

describe('the key’s creator', () => {
  const newAdminOfA = async (): Promise<{ user: User; token: string }> => {
    const member = await api.addMemberOfTenantA();
    const user = await api.tenants.changeUserRole({
      tenantId: api.tenantA.id,
      userId: member.id,
      from: 'customer-member',
      to: 'customer-admin',
      audit: {
        id: `audit-${member.id}`,
        tenantId: api.tenantA.id,
        at: api.now().toISOString(),
        actor: { userId: 'test', email: 'test@opsdesk.local', roles: ['provider-admin'] },
        action: 'test.seeded',
        target: { type: 'test', id: 'seed' },
        details: {},
      },
    });
    return { user, token: await api.tokenFor(user) };
  };

  it('a demoted creator’s key keeps only what the lower role may do; a removed creator’s key stops working', async () => {
    const { user, token } = await newAdminOfA();
    const created = await createKey(['tenancy:read', 'tasks:read'], { token });
    expect((await api.request('GET', '/api/users', { token: created.key })).status).toBe(200);

    const audit = (action: string) => ({
      id: `${action}-${user.id}`,
      tenantId: api.tenantA.id,
      at: api.now().toISOString(),
      actor: { userId: 'test', email: 'test@opsdesk.local', roles: ['provider-admin' as const] },
      action,
      target: { type: 'test', id: 'seed' },
      details: {},
    });
    await api.tenants.changeUserRole({
      tenantId: api.tenantA.id,
      userId: user.id,
      from: 'customer-admin',
      to: 'customer-member',
      audit: audit('test.demoted'),
    });
    const demoted = await api.request('GET', '/api/users', { token: created.key });
    expect(demoted.status).toBe(403);
    expect((await api.request('GET', '/api/tasks', { token: created.key })).status).toBe(200);

    await api.tenants.removeUser({ user: { ...user, roles: ['customer-member'] }, audit: audit('test.removed') });
    expect((await api.request('GET', '/api/tasks', { token: created.key })).status).toBe(401);
  });
});
