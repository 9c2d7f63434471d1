import { beforeAll, describe, expect, it } from 'vitest';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import { routes } from '../../../shared/contracts/routes.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { setTestRateLimits } from '../../support/rate-limits.js';
import { seedTenantWithAdmin } from '../../support/seed.js';

/**
 * The per-tenant and per-IP token buckets, through the local API Gateway and the real handlers, with tiny
 * limits set before the handlers are loaded: writes 60/min (one token a second) with a burst of 3, task
 * requests a burst of 2, anonymous writes (sign-up) 5 at once per client IP and then one a minute.
 */
let api: TestApi;
const ids = new RandomIds();

setTestRateLimits({
  writes: { perMinute: 60, burst: 3 },
  taskRequests: { perMinute: 1, burst: 2 },
  anonymousWrites: { perMinute: 1, burst: 5 },
});
beforeAll(async () => {
  api = await createTestApi();
});

/** A tenant of its own with its admin and that admin's token, written straight to the table. */
const newTenant = async (name: string) => {
  const { tenant, admin } = await seedTenantWithAdmin(api.tenants, ids, { name, at: new Date().toISOString() });
  return { tenant, token: await api.tokenFor(admin) };
};

const window = { day: 'sun', start: '02:00', durationMinutes: 180 };
const setWindow = (token: string, body: unknown = window) =>
  api.request('PUT', '/api/maintenance-window', { token, body });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes until one is refused: at least the burst passes, and no more than the tokens that dripped in
 * meanwhile (one a second) on top — however slow the machine.
 */
const writeUntilRefused = async (token: string) => {
  const started = Date.now();
  let passed = 0;
  for (;;) {
    const response = await setWindow(token);
    if (response.status !== 200) {
      return { passed, refused: response, refills: Math.ceil((Date.now() - started) / 1000) };
    }
    passed++;
  }
};

const expectRateLimited = (response: Awaited<ReturnType<TestApi['request']>>) => {
  expect(response.status, response.body.toString()).toBe(429);
  expect(response.headers['content-type']).toBe('application/problem+json');
  expect(response.headers['retry-after']).toMatch(/^[1-9]\d*$/);
  expect(response.json()).toMatchObject({ status: 429, code: 'RATE.LIMITED', title: 'Too many requests' });
};

describe('per-tenant token bucket on writes', () => {
  it('answers 429 with Retry-After past the burst, leaves other tenants and reads alone, and refills', async () => {
    const a = await newTenant('Limited A');
    const b = await newTenant('Limited B');

    const { passed, refused, refills } = await writeUntilRefused(a.token);
    expect(passed).toBeGreaterThanOrEqual(3);
    expect(passed).toBeLessThanOrEqual(3 + refills);
    expectRateLimited(refused);
    expect(Number(refused.headers['retry-after'])).toBe(1);

    // Another tenant has a bucket of its own; reads are never limited.
    expect((await setWindow(b.token)).status).toBe(200);
    for (let i = 0; i < 10; i++) {
      expect((await api.request('GET', '/api/maintenance-window', { token: a.token })).status).toBe(200);
    }

    await sleep(Number(refused.headers['retry-after']) * 1000);
    expect((await setWindow(a.token)).status).toBe(200);
  });

  it('does not charge requests that fail validation', async () => {
    const c = await newTenant('Limited C');
    for (let i = 0; i < 5; i++) {
      expect((await setWindow(c.token, { ...window, durationMinutes: 7 })).status).toBe(422);
    }
    const { passed, refused, refills } = await writeUntilRefused(c.token);
    expect(passed).toBeGreaterThanOrEqual(3);
    expect(passed).toBeLessThanOrEqual(3 + refills);
    expectRateLimited(refused);
  });
});

describe('the tighter bucket on task requests', () => {
  it('allows the burst of task requests, replays an Idempotency-Key for free, then answers 429', async () => {
    const d = await newTenant('Limited D');
    const task = { typeId: 'custom', params: { description: 'Please add a redirect from /old to /new.' } };
    const request = (key: string) =>
      api.request('POST', '/api/tasks', { token: d.token, body: task, headers: { 'idempotency-key': key } });

    const started = Date.now();
    const first = await request('task-1');
    expect(first.status, first.body.toString()).toBe(202);
    const replay = await request('task-1');
    expect(replay.status).toBe(202);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await request('task-2')).status).toBe(202);
    const refused = await request('task-3');
    expectRateLimited(refused);
    // Task requests refill at one a minute here: the wait is a minute less what has passed since the first.
    const elapsedSeconds = Math.ceil((Date.now() - started) / 1000);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(60 - elapsedSeconds);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // The refused request was not remembered: the same key is free to try again later.
    expectRateLimited(await request('task-3'));

    // Other writes of the tenant are still within their own bucket.
    expect((await setWindow(d.token)).status).toBe(200);
  });
});

describe('anonymous writes (sign-up) per client IP', () => {
  it('of 30 concurrent sign-ups from one address only the burst passes; the rest get 429', async () => {
    const stamp = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.request('POST', '/api/signup', {
          body: { organisation: `Flood ${i}`, name: 'Flo Od', email: `flood-${stamp}-${i}@example.com` },
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === routes.signUp.successStatus)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    for (const response of responses.filter((r) => r.status === 429)) expectRateLimited(response);
    const tenants = (await api.table.items()).filter(
      (item) => item.entity === 'tenant' && String(item.name).startsWith('Flood '),
    );
    expect(tenants).toHaveLength(5);
  });
});
