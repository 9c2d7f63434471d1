import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_ENV } from '../../../functions/config/rate-limits.js';
import { E2E_TODAY, stackTime, startLocalStackProcess } from '../../support/local-stack-process.js';

/** Double booking is impossible by construction: checked through the local stack's HTTP API, 100-way. */
let stack: Awaited<ReturnType<typeof startLocalStackProcess>>;
let authorization: string;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  // 2 × 100 bookings by one tenant at once: far over a tenant's write burst, which would answer most with 429.
  // On the tests' day, not the machine's: slots are computed from the stack's clock.
  stack = await startLocalStackProcess({
    CLOCK_START: E2E_TODAY.toISOString(),
    [RATE_LIMIT_ENV.writes.burst]: '500',
  });
  const login = await fetch(`${stack.url}/auth/dev/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'owner@demo.example' }),
  });
  authorization = `Bearer ${((await login.json()) as { token: string }).token}`;
}, 120_000);
afterAll(() => stack?.stop());

const freeSlots = async (durationMinutes: number) => {
  const now = await stackTime(stack);
  const from = new Date(now + 3 * 86_400_000).toISOString();
  const to = new Date(now + 17 * 86_400_000).toISOString();
  const query = new URLSearchParams({
    type: 'hands-on',
    from,
    to,
    timeZone: 'Europe/Berlin',
    durationMinutes: String(durationMinutes),
  });
  const response = await fetch(`${stack.url}/api/availability?${query}`, { headers: { authorization } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { slots: { start: string; staffIds: string[] }[] }).slots;
};

interface Outcome {
  status: number;
  body: { detail?: string; code?: string };
  /** Booked: a 201, or a 409 that says the booking was made and only its answer was lost. */
  booked: boolean;
}

/**
 * Each request as a well-behaved client sends it: with an Idempotency-Key, and again with the same key when the
 * connection was reset before an answer, or while the answer is 503 (the store did not answer in time — on a busy machine DynamoDB Local can queue 100 transactions for
 * longer than a request may wait), after the Retry-After it names (capped at 2 s).
 */
const bookAll = (requests: { start: string; durationMinutes: number }[]) =>
  Promise.all(
    requests.map(async (request): Promise<Outcome> => {
      const key = crypto.randomUUID();
      for (let attempt = 1; ; attempt += 1) {
        const response = await fetch(`${stack.url}/api/bookings`, {
          method: 'POST',
          headers: { ...json, authorization, 'idempotency-key': key },
          body: JSON.stringify({ typeId: 'hands-on', ...request }),
        }).catch((error: Error) => {
          // A kept-alive connection the server closed just as this request went out (seen on a loaded machine):
          // the request may or may not have arrived, so the same key again — exactly what the key is for.
          if (attempt === 15 || !/ECONNRESET|socket|other side closed/i.test(`${error.message} ${error.cause}`))
            throw error;
          return null;
        });
        if (!response) continue;
        const body = (await response.json()) as Outcome['body'];
        if (response.status !== 503 || attempt === 15) {
          const booked = response.status === 201 || body.code === 'IDEMPOTENCY.COMMITTED';
          return { status: response.status, body, booked };
        }
        const wait = Math.min(2, Number(response.headers.get('retry-after') ?? 1));
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      }
    }),
  );

/** The tenant's bookings that start at one of `starts` (the store's view, whatever the answers said). */
const bookingsAt = async (starts: string[]) => {
  const instants = starts.map((start) => Date.parse(start));
  const found: { start: string }[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${stack.url}/api/bookings?${query}`, { headers: { authorization } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { start: string; status: string }[]; nextCursor?: string | null };
    found.push(
      ...page.items.filter((item) => item.status !== 'cancelled' && instants.includes(Date.parse(item.start))),
    );
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found;
};

describe('100 concurrent bookings through the local stack', () => {
  it('for the same slot: exactly one 201, every other request a 409 naming the taken quarter hour', async () => {
    const [slot] = await freeSlots(60);
    expect(slot).toBeDefined();
    const results = await bookAll(Array.from({ length: 100 }, () => ({ start: slot!.start, durationMinutes: 60 })));
    expect(results.filter((r) => r.booked)).toHaveLength(1);
    expect(await bookingsAt([slot!.start])).toHaveLength(1);
    const refused = results.filter((r) => !r.booked);
    expect(new Set(refused.map((r) => r.status))).toEqual(new Set([409]));
    expect(
      refused.some((r) =>
        /already booked at \d{4}-\d\d-\d\dT\d\d:\d\dZ|same moment|Nobody is free/.test(r.body.detail ?? ''),
      ),
    ).toBe(true);
  }, 120_000);

  it('for overlapping slots (all sharing one quarter hour): exactly one 201', async () => {
    const slots = await freeSlots(60);
    // Four starts 15 minutes apart whose 60-minute sessions all contain the last one's first quarter hour.
    const base = slots.find((s) => {
      const t = Date.parse(s.start);
      return [15, 30, 45].every((m) => slots.some((o) => Date.parse(o.start) === t + m * 60_000));
    });
    expect(base).toBeDefined();
    const starts = [0, 15, 30, 45].map((m) => new Date(Date.parse(base!.start) + m * 60_000).toISOString());
    const results = await bookAll(
      Array.from({ length: 100 }, (_, i) => ({ start: starts[i % 4]!, durationMinutes: 60 })),
    );
    const outcomes = results.map((r) => `${r.status} ${r.body.detail ?? ''}`);
    expect(
      results.filter((r) => r.booked),
      outcomes.join('\n'),
    ).toHaveLength(1);
    expect(await bookingsAt(starts)).toHaveLength(1);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  }, 120_000);
});
