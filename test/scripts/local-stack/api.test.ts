import { beforeAll, describe, expect, it } from 'vitest';
import { routeEntries } from '../../../shared/contracts/routes.js';
import { rateLimitOf } from '../../../shared/platform/rate-limits.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { setTestRateLimits } from '../../support/rate-limits.js';

// Sign-ups at machine speed, all from 127.0.0.1: more than the per-address default lets through.
setTestRateLimits({ anonymousWrites: { burst: 100 } });

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const signupBody = (email: string) => ({ organisation: 'Verein Sonnenschein', name: 'Sonja Sommer', email });

/** The organisation an address signed up, as its admin sees it. */
const organisationOf = async (email: string) => {
  const login = await api.request('POST', '/auth/dev/login', { body: { email } });
  expect(login.status).toBe(200);
  return (await api.request('GET', '/api/me', { token: login.json().token })).json();
};

/** Every item but the rate limiter's buckets (each request takes a token). */
const storedData = async () => (await api.table.items()).filter((item) => item.entity !== 'rate_bucket');

describe('POST /api/signup', () => {
  it('creates the tenant and its customer-admin, who can then sign in and see the organisation', async () => {
    const accepted = await api.request('POST', '/api/signup', {
      body: { ...signupBody('Sonja@Sonnenschein.example '), timeZone: 'America/New_York' },
    });
    expect(accepted.status).toBe(201);
    const { tenantId, userId } = accepted.json();

    const me = await organisationOf('sonja@sonnenschein.example');
    expect(me).toMatchObject({
      user: { email: 'sonja@sonnenschein.example', name: 'Sonja Sommer', roles: ['customer-admin'] },
      tenant: {
        name: 'Verein Sonnenschein',
        status: 'active',
        timeZone: 'America/New_York',
        planId: null,
      },
      roles: ['customer-admin'],
    });
    expect(me.user.tenantId).toBe(me.tenant.id);
    expect(me.user.id).toBe(userId);
    expect(me.tenant.id).toBe(tenantId);
  });

  it('writes an audit entry in the same step', async () => {
    await api.request('POST', '/api/signup', { body: signupBody('audit@example.com') });
    const tenantId = (await organisationOf('audit@example.com')).tenant.id;
    const audit = (await api.table.items()).filter((item) => item.entity === 'audit' && item.tenantId === tenantId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'tenant.signed_up', target: { type: 'tenant', id: tenantId } });
  });

  it('answers a taken e-mail — a customer’s in any letter case, or staff’s — exactly as a new one, and writes nothing', async () => {
    const fresh = await api.request('POST', '/api/signup', { body: signupBody('twice@example.com') });
    const before = await storedData();
    for (const email of ['TWICE@example.com', api.users['customer-member-A'].email, api.users.operator.email]) {
      const again = await api.request('POST', '/api/signup', { body: signupBody(email) });
      expect(again.status, email).toBe(fresh.status);
      expect(again.headers['content-type']).toBe(fresh.headers['content-type']);
      // The same shape, with ids of its own that name nothing: they were never stored.
      expect(Object.keys(again.json()).sort(), email).toEqual(Object.keys(fresh.json()).sort());
      expect(again.json().tenantId).not.toBe(fresh.json().tenantId);
    }
    expect(await storedData()).toEqual(before);
    // The address's own account is untouched.
    expect((await organisationOf('twice@example.com')).tenant.name).toBe('Verein Sonnenschein');
  });

  it('names every invalid field in a 422', async () => {
    const response = await api.request('POST', '/api/signup', {
      body: { organisation: 'A', email: 'not-an-address', timeZone: 'Mars/Olympus', extra: 1 },
    });
    expect(response.status).toBe(422);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.organisation', 'body.name', 'body.email', 'body.timeZone', 'body']),
    );
  });

  it('answers 400 for malformed JSON, 415 for another media type, 413 over 1 MB — never 500', async () => {
    expect((await api.request('POST', '/api/signup', { rawBody: '{"organisation":' })).status).toBe(400);
    expect(
      (await api.request('POST', '/api/signup', { rawBody: 'a=b', headers: { 'content-type': 'text/plain' } })).status,
    ).toBe(415);
    const big = JSON.stringify({ ...signupBody('big@example.com'), notes: 'x'.repeat(1024 * 1024) });
    const tooLarge = await api.request('POST', '/api/signup', { rawBody: big });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json()).toMatchObject({ title: 'Request too large', status: 413 });
    expect((await api.request('POST', '/api/signup', { rawBody: '' })).status).toBe(422);
    expect((await api.request('POST', '/api/signup', { rawBody: 'null' })).status).toBe(422);
  });
});

describe('Idempotency-Key on POST /api/signup', () => {
  it('gives a retry with the same key and body the first response, and creates one tenant', async () => {
    const headers = { 'idempotency-key': 'signup-retry-1' };
    const body = { ...signupBody('retry@example.com'), organisation: 'Verein Wiederholung' };
    const first = await api.request('POST', '/api/signup', { body, headers });
    const again = await api.request('POST', '/api/signup', { body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const tenants = (await api.table.items()).filter(
      (item) => item.entity === 'tenant' && item.name === body.organisation,
    );
    expect(tenants).toHaveLength(1);
  });

  it('refuses the same key with another body (422), and does not remember errors', async () => {
    const headers = { 'idempotency-key': 'signup-retry-2' };
    const invalid = await api.request('POST', '/api/signup', { body: { organisation: 'X' }, headers });
    expect(invalid.status).toBe(422);
    const created = await api.request('POST', '/api/signup', { body: signupBody('second-key@example.com'), headers });
    expect(created.status).toBe(201);
    const other = await api.request('POST', '/api/signup', { body: signupBody('third-key@example.com'), headers });
    expect(other.status).toBe(422);
    expect(other.json()).toMatchObject({
      code: 'IDEMPOTENCY.KEY_REUSED',
      errors: [{ path: 'headers.idempotency-key' }],
    });
  });

  it('refuses a malformed key', async () => {
    const response = await api.request('POST', '/api/signup', {
      body: signupBody('bad-key@example.com'),
      headers: { 'idempotency-key': 'x'.repeat(300) },
    });
    expect(response.status).toBe(422);
  });
});

describe('tokens', () => {
  it('refuses a forged or unknown token with 401', async () => {
    const forged = `${api.tokens['customer-admin-A'].slice(0, -4)}AAAA`;
    expect((await api.request('GET', '/api/me', { token: forged })).status).toBe(401);
    expect((await api.request('GET', '/api/me', { token: 'not-a-jwt' })).status).toBe(401);
  });

  it('dev login answers 404 for an unknown e-mail', async () => {
    const response = await api.request('POST', '/auth/dev/login', { body: { email: 'nobody@example.com' } });
    expect(response.status).toBe(404);
  });
});

describe('tenant isolation', () => {
  it('another tenant’s user id is 404, never 403', async () => {
    const id = api.users['customer-member-A'].id;
    expect((await api.request('GET', `/api/users/${id}`, { persona: 'customer-admin-A' })).status).toBe(200);
    const other = await api.request('GET', `/api/users/${id}`, { persona: 'customer-admin-B' });
    expect(other.status).toBe(404);
    expect(other.json().detail).not.toContain('Tenant A');
  });
});

describe('GET /api/plans and /api/openapi.json', () => {
  it('lists the catalogue', async () => {
    const { items } = (await api.request('GET', '/api/plans')).json();
    expect(items.map((plan: { id: string }) => plan.id)).toEqual([
      'webmaster-eighth',
      'webmaster-quarter',
      'on-demand',
      'managed-host',
    ]);
  });

  it('publishes every deployed route of the manifest and no local-only route', async () => {
    const document = (await api.request('GET', '/api/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    for (const [id, definition] of routeEntries()) {
      const operation = document.paths[definition.path]?.[definition.method.toLowerCase()];
      if (definition.localOnly) expect(operation, id).toBeUndefined();
      else expect(operation?.operationId, id).toBe(id);
    }
    const refs = JSON.stringify(document).match(/"#\/components\/schemas\/([^"]+)"/g) ?? [];
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref.split('/').pop()!.replace('"', ''));
  });

  it('documents Opsdesk’s 429 with Retry-After on every rate-limited route, and only the gateway’s on the others', async () => {
    const document = (await api.request('GET', '/api/openapi.json')).json();
    for (const [id, definition] of routeEntries()) {
      if (definition.localOnly) continue;
      const responses = document.paths[definition.path][definition.method.toLowerCase()].responses;
      // API Gateway's throttle can refuse any route in AWS (`{"message":"Too Many Requests"}`).
      expect(Object.keys(responses[429]?.content ?? {}), id).toContain('application/json');
      if (rateLimitOf(definition)) {
        expect(responses[429]?.headers?.['Retry-After'], id).toBeDefined();
        expect(Object.keys(responses[429].content), id).toContain('application/problem+json');
      } else {
        expect(responses[429].headers, id).toBeUndefined();
        expect(Object.keys(responses[429].content), id).toEqual(['application/json']);
      }
    }
    expect(document.paths['/api/signup'].post.responses[429].headers['Retry-After']).toBeDefined();
    expect(document.paths['/api/tasks'].get.responses[429].headers).toBeUndefined();
  });

  it('answers 404 problem+json for an unknown route', async () => {
    const response = await api.request('GET', '/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('application/problem+json');
  });
});
