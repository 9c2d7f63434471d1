import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDirInvariants } from '../../scripts/invariants/data-dir.js';
import { DEMO_HOST } from '../../scripts/local-stack/seed.js';
import { E2E_TODAY, stackTime, startLocalStackProcess } from '../support/local-stack-process.js';
import { type ApiResponse, call, faultDataDir, HIGH_RATE_LIMITS, signIn } from './fault-support.js';

/**
 * Fault: the stack dies (SIGKILL) with keyed writes in flight. Each write carries its own Idempotency-Key; after a
 * restart on the same data dir, every key is sent again with the identical request. What the client saw first and
 * what the retry answers must fit together, every write takes effect exactly once, and the table's invariants hold.
 */
const data = faultDataDir();
let stop: (() => Promise<unknown>) | undefined;
afterAll(async () => {
  await stop?.();
  data.remove();
});

interface Write {
  key: string;
  path: '/api/bookings' | '/api/tasks';
  body: Record<string, unknown>;
}

/** Starts of `count` consultations that do not overlap (45-minute holds), from the stack's free slots. */
const freeStarts = async (url: string, token: string, count: number): Promise<string[]> => {
  const from = new Date(Date.parse(E2E_TODAY.toISOString()) + 5 * 86_400_000);
  const query = new URLSearchParams({
    type: 'consultation',
    from: from.toISOString(),
    to: new Date(from.getTime() + 7 * 86_400_000).toISOString(),
    timeZone: 'UTC',
    durationMinutes: '30',
  });
  const { slots } = (await call(url, 'GET', `/api/availability?${query}`, { token })).json() as {
    slots: { start: string }[];
  };
  const starts: string[] = [];
  for (const slot of slots) {
    const at = Date.parse(slot.start);
    if (starts.length && at < Date.parse(starts[starts.length - 1]!) + 45 * 60_000) continue;
    starts.push(new Date(at).toISOString());
    if (starts.length === count) break;
  }
  if (starts.length < count) throw new Error(`only ${starts.length} free consultation slots`);
  return starts;
};

const send = (url: string, token: string, write: Write) =>
  call(url, 'POST', write.path, { token, body: write.body, headers: { 'idempotency-key': write.key } });

describe('kill -9 with keyed writes in flight', () => {
  it('answered keys replay, unanswered ones run once or say COMMITTED; each write exists once; invariants hold', async () => {
    const env = { ...HIGH_RATE_LIMITS };
    let stack = await startLocalStackProcess(
      { ...env, CLOCK_START: E2E_TODAY.toISOString() },
      { dataDir: data.dataDir },
    );
    stop = stack.stop;
    let token = await signIn(stack.url, 'owner@demo.example');

    const starts = await freeStarts(stack.url, token, 10);
    const writes: Write[] = [
      ...starts.map((start, i) => ({
        key: `fault-booking-${i}`,
        path: '/api/bookings' as const,
        body: { typeId: 'consultation', start, durationMinutes: 30, notes: `fault-booking-${i}` },
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        key: `fault-task-${i}`,
        path: '/api/tasks' as const,
        body:
          i % 2 === 0
            ? { typeId: 'custom', params: { description: `Fault test ${i}` }, notes: `fault-task-${i}` }
            : { typeId: 'disk-report', hostId: DEMO_HOST.id, params: {}, notes: `fault-task-${i}` },
      })),
    ];

    // Fire all at once; SIGKILL the stack as soon as the first two answers are in.
    const killAt = await stackTime(stack);
    const begun = performance.now();
    const answered = new Map<string, ApiResponse>();
    let answers = 0;
    let trigger: () => void = () => undefined;
    const firstAnswers = new Promise<void>((resolve) => {
      trigger = resolve;
    });
    const inFlight = writes.map((write) =>
      send(stack.url, token, write).then(
        (response) => {
          answered.set(write.key, response);
          if (++answers >= 2) trigger();
        },
        () => undefined, // the connection died with the stack
      ),
    );
    await Promise.race([firstAnswers, Promise.allSettled(inFlight)]);
    await stack.kill();
    await Promise.allSettled(inFlight);
    const elapsed = performance.now() - begun;
    for (const [key, response] of answered) {
      // A 503 (the store was busy) frees the key: its retry is then like an unanswered one.
      expect([201, 202, 503], `${key} answered ${response.text}`).toContain(response.status);
      if (response.status === 503) answered.delete(key);
    }
    const unanswered = writes.filter((write) => !answered.has(write.key)).map((write) => write.key);
    console.log(`kill -9 after ${answered.size} answers; unanswered: ${unanswered.join(', ')}`);
    expect(unanswered.length, 'some writes were still in flight at the kill').toBeGreaterThan(0);

    // Restart on the same data dir, the clock 2 minutes past the kill: every idempotency lease (30 s) has run out.
    const restartAt = new Date(killAt + elapsed + 120_000).toISOString();
    stack = await startLocalStackProcess({ ...env, CLOCK_START: restartAt }, { dataDir: data.dataDir });
    stop = stack.stop;
    token = await signIn(stack.url, 'owner@demo.example');

    const retried = new Map<string, ApiResponse>();
    await Promise.all(
      writes.map(async (write) => {
        retried.set(write.key, await send(stack.url, token, write));
      }),
    );
    const outcomes: Record<string, string> = {};
    for (const write of writes) {
      const first = answered.get(write.key);
      const retry = retried.get(write.key)!;
      const code = retry.status >= 400 ? (retry.json() as { code?: string }).code : undefined;
      outcomes[write.key] = `${first ? first.status : 'no answer'} → ${retry.status}${code ? ` ${code}` : ''}${
        retry.headers.get('idempotent-replayed') ? ' (replayed)' : ''
      }`;
    }
    console.log(outcomes);
    for (const write of writes) {
      const first = answered.get(write.key);
      const retry = retried.get(write.key)!;
      expect(retry.status, `${write.key}: ${outcomes[write.key]} ${retry.text}`).not.toBe(500);
      if (first) {
        // Answered before the kill: the very same answer again, marked as a replay.
        expect({ key: write.key, status: retry.status, body: retry.json() }).toEqual({
          key: write.key,
          status: first.status,
          body: first.json(),
        });
        expect(retry.headers.get('idempotent-replayed'), write.key).toBe('true');
      } else if (retry.status === 409) {
        // Its effect committed, the answer was lost: the problem says so (the table is checked below).
        expect(retry.headers.get('content-type'), write.key).toContain('application/problem+json');
        expect(retry.json(), write.key).toMatchObject({ status: 409, code: 'IDEMPOTENCY.COMMITTED' });
      } else {
        expect([201, 202], `${write.key}: ${outcomes[write.key]} ${retry.text}`).toContain(retry.status);
      }
    }

    // Every key took effect exactly once: one entity carries its key in its notes.
    const bookings = (await call(stack.url, 'GET', '/api/bookings?limit=100', { token })).json().items as {
      id: string;
      notes: string | null;
    }[];
    const tasks = (await call(stack.url, 'GET', '/api/tasks?limit=100', { token })).json().items as {
      id: string;
      notes: string | null;
    }[];
    for (const write of writes) {
      const entities = (write.path === '/api/bookings' ? bookings : tasks).filter((e) => e.notes === write.key);
      expect(entities.length, `${write.key} (${outcomes[write.key]}) produced ${entities.length} entities`).toBe(1);
      const answer = answered.get(write.key) ?? retried.get(write.key)!;
      if (answer.status < 300) expect(entities[0]!.id, write.key).toBe(answer.json().id);
    }

    // The table, read whole with the stack stopped: no invariant broken.
    await stack.stop();
    stop = undefined;
    const { violations, counts } = await checkDataDirInvariants(data.dataDir);
    expect(counts.booking).toBe(10);
    expect(counts.task).toBe(10);
    expect(violations).toEqual([]);
  }, 240_000);
});
