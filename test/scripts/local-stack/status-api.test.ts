import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoMonitorRepository } from '../../../functions/adapters/dynamodb/dynamo-monitor-repository.js';
import type { Monitor } from '../../../shared/monitoring/model.js';
import { createTestApi, type Persona, type TestApi } from '../../support/api.js';
import { E2E_TODAY } from '../../support/local-stack-process.js';
import { newTestMonitor } from '../../support/monitoring-fakes.js';
import { setTestRateLimits } from '../../support/rate-limits.js';

setTestRateLimits({ writes: { burst: 200 } });

/**
 * Public status pages through the local stack: the reports handler behind the dispatcher (as API Gateway), DynamoDB
 * Local. A customer-admin publishes a page; anyone reads it signed out as JSON and HTML, cacheable; unknown and
 * unpublished slugs get 404 (problem+json, or the HTML page); slugs and monitors of other organisations are refused.
 */
let api: TestApi;
let shop: Monitor;
let backend: Monitor;
const slug = `acme-${randomBytes(4).toString('hex')}`;

const addMonitor = async (name: string, state: Monitor['state']): Promise<Monitor> => {
  const at = api.now().toISOString();
  const monitor = newTestMonitor({
    id: `mon-${randomBytes(6).toString('hex')}`,
    tenantId: api.tenantA.id,
    name,
    target: 'https://private-backend.example.org/health',
    method: 'GET',
    state,
    createdAt: at,
    updatedAt: at,
  });
  await new DynamoMonitorRepository(api.table.client, api.table.tableName).create(
    monitor,
    {
      id: `audit-${monitor.id}`,
      tenantId: api.tenantA.id,
      at,
      actor: { userId: 'test', email: 'test@example.com', roles: ['customer-admin'] },
      action: 'monitor.created',
      target: { type: 'monitor', id: monitor.id },
      details: {},
    },
    null,
  );
  return monitor;
};

beforeAll(async () => {
  // On the suite's day (E2E_TODAY), not the machine's: the 90 days of bars and the 14 days of incidents count from it.
  api = await createTestApi({ clockStart: E2E_TODAY });
  shop = await addMonitor('Shop', 'down');
  backend = await addMonitor('Backend', 'up');
});

const put = (persona: Persona, body: unknown) => api.request('PUT', '/api/status-page', { persona, body });
const read = (path: string) => api.request('GET', path, { persona: 'anonymous' });
const text = (response: { body: Buffer }) => response.body.toString('utf8');

describe('status pages through the local stack', () => {
  it('a customer-admin publishes a page that anyone reads signed out, as JSON and HTML, cacheable', async () => {
    const empty = await api.request('GET', '/api/status-page', { persona: 'customer-member-A' });
    expect(empty.status).toBe(200);
    expect(empty.json()).toMatchObject({ slug: null, published: false, version: 0 });

    const saved = await put('customer-admin-A', { slug, published: true, monitorIds: [shop.id, backend.id] });
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({ slug, published: true, path: `/status/${slug}`, version: 1 });
    expect((await api.request('GET', '/api/status-page', { persona: 'customer-member-A' })).json()).toEqual(
      saved.json(),
    );

    const json = await read(`/api/status/${slug}`);
    expect(json.status).toBe(200);
    expect(json.headers['cache-control']).toBe('public, max-age=30, s-maxage=30, stale-while-revalidate=30');
    const status = json.json();
    expect(status).toMatchObject({ name: api.tenantA.name, slug, overall: 'degraded' });
    expect(status.monitors.map((m: { name: string; state: string }) => [m.name, m.state])).toEqual([
      ['Shop', 'down'],
      ['Backend', 'up'],
    ]);
    expect(status.monitors[0].days).toHaveLength(90);
    expect(text(json)).not.toContain('private-backend');

    const html = await read(`/status/${slug}`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['cache-control']).toBe('public, max-age=30, s-maxage=30, stale-while-revalidate=30');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(text(html)).toContain(`<h1>${api.tenantA.name} status</h1>`);
    expect(text(html)).toContain('Some systems are down');
    expect(text(html)).not.toContain('private-backend');
  });

  it('answers an unknown slug with 404: problem+json for the JSON, the not-found page for HTML', async () => {
    const json = await read('/api/status/nobody-here');
    expect(json.status).toBe(404);
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
    const html = await read('/status/nobody-here');
    expect(html.status).toBe(404);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(text(html)).toContain('<h1>Status page not found</h1>');
    expect(html.headers['cache-control']).toBe('public, max-age=10, s-maxage=10');
    // A slug no page could have (too short, upper case) gets the same 404, not a 422 naming it.
    for (const malformed of ['/api/status/AB', '/status/AB']) expect((await read(malformed)).status).toBe(404);
  });

  it('refuses a slug another organisation holds (409) and another organisation’s monitor (422)', async () => {
    const taken = await put('customer-admin-B', { slug, published: true, monitorIds: [] });
    expect(taken.status).toBe(409);
    expect(taken.json().errors).toEqual([{ path: 'body.slug', message: 'taken by another organisation' }]);
    const foreign = await put('customer-admin-B', { slug: `${slug}-b`, published: true, monitorIds: [shop.id] });
    expect(foreign.status).toBe(422);
    expect(foreign.json().errors).toEqual([
      { path: 'body.monitorIds.0', message: 'not a monitor of this organisation' },
    ]);
    const reserved = await put('customer-admin-B', { slug: 'opsdesk', published: true, monitorIds: [] });
    expect(reserved.status).toBe(422);
    expect(reserved.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.slug']);
    expect((await put('customer-member-A', { slug, published: false, monitorIds: [] })).status).toBe(403);
  });

  it('takes an unpublished page down at once (this process’s memo is dropped on save)', async () => {
    expect((await read(`/api/status/${slug}`)).status).toBe(200);
    const hidden = await put('customer-admin-A', { slug, published: false, monitorIds: [shop.id] });
    expect(hidden.status).toBe(200);
    expect((await read(`/api/status/${slug}`)).status).toBe(404);
    expect((await read(`/status/${slug}`)).status).toBe(404);
  });

  it('serves Opsdesk’s own page at the provider’s slug', async () => {
    const page = await read('/api/status/opsdesk');
    expect(page.status).toBe(200);
    expect(page.json()).toMatchObject({ name: 'Opsdesk', slug: 'opsdesk', incidents: [], maintenance: [] });
    expect((await read('/status/opsdesk')).status).toBe(200);
  });
});
