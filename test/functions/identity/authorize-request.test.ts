import { describe, expect, it } from 'vitest';
import { authorizeRequest, cryptoApiKeys, sha256Hex } from '../../../functions/identity/authorize-request.js';
import { routes } from '../../../shared/contracts/routes.js';
import { API_KEY_PATTERN, type ApiKeyLookup } from '../../../shared/tenancy/api-keys.js';

const NOW = new Date('2026-11-18T09:30:00.000Z');
const KEY = `odk_${'A'.repeat(43)}`;
const lookup: ApiKeyLookup = {
  tenantId: 'tenant-a',
  apiKeyId: 'key-1',
  createdBy: 'user-kim',
  scopes: ['tasks:read', 'tasks:write'],
  expiresAt: null,
};

const authorizerWith = (found: ApiKeyLookup | null, tokenScopes: string[] | null = null) => {
  const asked: string[] = [];
  const authorize = authorizeRequest({
    verifyToken: async (token) =>
      token === 'good.jwt' && tokenScopes
        ? { claims: { username: 'u-1', email: 'a@b.example' }, scopes: tokenScopes }
        : null,
    findApiKey: async (hash) => {
      asked.push(hash);
      return hash === sha256Hex(KEY) ? found : null;
    },
    hash: sha256Hex,
    clock: { now: () => NOW },
  });
  return { authorize, asked };
};

describe('authorizeRequest with API keys', () => {
  it('allows a key on a route of one of its scopes, passing the key’s id, tenant and creator on', async () => {
    const { authorize, asked } = authorizerWith(lookup);
    expect(await authorize(routes.listTasks, `Bearer ${KEY}`)).toEqual({
      outcome: 'allow',
      context: { kind: 'apiKey', apiKeyId: 'key-1', tenantId: 'tenant-a', createdBy: 'user-kim' },
    });
    expect(asked).toEqual([sha256Hex(KEY)]);
  });

  it('forbids a route whose scope the key lacks, naming the scope', async () => {
    const { authorize } = authorizerWith(lookup);
    expect(await authorize(routes.listMonitors, `Bearer ${KEY}`)).toEqual({
      outcome: 'forbidden',
      reason: 'This API key lacks the scope monitoring:read.',
    });
  });

  it('forbids routes no key may call (key management, staff routes), whatever its scopes', async () => {
    const { authorize } = authorizerWith({ ...lookup, scopes: ['tenancy:read', 'tasks:read', 'tasks:write'] });
    for (const definition of [routes.createApiKey, routes.listApiKeys, routes.inviteUser, routes.listTenants]) {
      expect((await authorize(definition, `Bearer ${KEY}`)).outcome).toBe('forbidden');
    }
  });

  it('refuses an unknown or revoked key, a malformed one (without asking the table) and an expired one', async () => {
    const unknown = authorizerWith(null);
    expect(await unknown.authorize(routes.listTasks, `Bearer ${KEY}`)).toMatchObject({ outcome: 'unauthenticated' });
    const malformed = authorizerWith(lookup);
    expect(await malformed.authorize(routes.listTasks, 'Bearer odk_short')).toMatchObject({
      outcome: 'unauthenticated',
    });
    expect(malformed.asked).toEqual([]);
    const expired = authorizerWith({ ...lookup, expiresAt: NOW.toISOString() });
    expect(await expired.authorize(routes.listTasks, `Bearer ${KEY}`)).toMatchObject({
      outcome: 'unauthenticated',
      reason: expect.stringMatching(/expired/),
    });
    const valid = authorizerWith({ ...lookup, expiresAt: new Date(NOW.getTime() + 1000).toISOString() });
    expect((await valid.authorize(routes.listTasks, `Bearer ${KEY}`)).outcome).toBe('allow');
  });
});

describe('authorizeRequest with tokens', () => {
  it('allows a verified token with one of the route’s role scopes, passing its claims as JSON', async () => {
    const { authorize } = authorizerWith(null, ['opsdesk/customer-member']);
    const verdict = await authorize(routes.listTasks, 'Bearer good.jwt');
    expect(verdict).toEqual({
      outcome: 'allow',
      context: { kind: 'token', claims: JSON.stringify({ username: 'u-1', email: 'a@b.example' }), userId: 'u-1' },
    });
  });

  it('forbids a token without the route’s role and refuses a bad or missing one', async () => {
    const { authorize } = authorizerWith(null, ['opsdesk/customer-member']);
    expect(await authorize(routes.listUsers, 'Bearer good.jwt')).toEqual({
      outcome: 'forbidden',
      reason: 'This needs one of the roles: customer-admin.',
    });
    expect((await authorize(routes.listUsers, 'Bearer bad.jwt')).outcome).toBe('unauthenticated');
    expect((await authorize(routes.listUsers, undefined)).outcome).toBe('unauthenticated');
    expect((await authorize(routes.listUsers, 'Basic abc')).outcome).toBe('unauthenticated');
  });

  it('is never asked about a public route', async () => {
    const { authorize } = authorizerWith(lookup);
    await expect(authorize(routes.health, `Bearer ${KEY}`)).rejects.toThrow(/public/);
  });
});

describe('cryptoApiKeys', () => {
  it('makes keys of the published format, each different, hashed to 64 hex characters', () => {
    const made = new Set(Array.from({ length: 50 }, () => cryptoApiKeys.newKey()));
    expect(made.size).toBe(50);
    for (const key of made) {
      expect(key).toMatch(API_KEY_PATTERN);
      expect(cryptoApiKeys.hash(key)).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
