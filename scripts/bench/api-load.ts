import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { keys } from '../../functions/adapters/dynamodb/keys.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import { periodOf } from '../../shared/billing/periods.js';
import { TABLE } from '../../shared/contracts/resources.js';
import { spawnLocalStack } from '../local-stack/spawn-local-stack.js';
import {
  CONNECTIONS,
  engineClient,
  type HttpTarget,
  type LoadFigure,
  loadGetItem,
  loadHttp,
  loadMixed,
  medianFigure,
  rssMiB,
  slope,
  stackEngine,
} from './load.js';
import { fmt, percentile } from './measure.js';

/**
 * Month availability at main when issue 18 started (commit 4890b47): the figure (32 clients, autocannon,
 * local stack); budget 3 asks for ten times it. Not re-measured here: by the time this harness ran, the availability
 * code was already being changed.
 */
export const AVAILABILITY_RPS_AT_START = 45;

/** Every API measure's latency budget: p99 at 32 connections within this many times the bare GetItem p99. */
const P99_FACTOR = 3;

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 3);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const SAMPLE_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const json = { 'content-type': 'application/json' };

const login = async (url: string, email: string) => {
  const response = await fetch(`${url}/auth/dev/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email }),
  });
  if (response.status !== 200) throw new Error(`bench: dev login of ${email} → ${response.status}`);
  return `Bearer ${((await response.json()) as { token: string }).token}`;
};

const expectStatus = async (label: string, response: Response, status: number) => {
  const text = await response.text();
  if (response.status !== status) throw new Error(`bench: ${label} → ${response.status} ${text}`);
  return text;
};

/** Samples two processes’ RSS every `ms` until stopped: the maxima, and every sample with its time. */
const sampleRss = (pids: { stack: number; engine: number }, ms: number) => {
  const started = Date.now();
  const samples: { t: number; stack: number; engine: number }[] = [];
  const take = () =>
    samples.push({ t: (Date.now() - started) / 1000, stack: rssMiB(pids.stack), engine: rssMiB(pids.engine) });
  take();
  const timer = setInterval(take, ms);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
};

/** Each figure as it is measured, on stderr: a long run shows where it is, and a failing one what came before. */
const progress = (label: string, f: LoadFigure) =>
  console.error(`bench load: ${label}: p50 ${fmt(f.p50)} ms, p99 ${fmt(f.p99)} ms, ${fmt(f.rps, 0)} req/s`);

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const std = (values: number[]) => {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
};

/** The soak's verdict on one process: the second half's fitted growth against its samples’ scatter around the fit. */
const growth = (samples: { t: number; value: number }[]) => {
  const half = samples.slice(Math.floor(samples.length / 2));
  const x = half.map((s) => s.t);
  const y = half.map((s) => s.value);
  const perSecond = slope(x, y);
  const intercept = mean(y) - perSecond * mean(x);
  const residuals = y.map((v, i) => v - (intercept + perSecond * (x[i] as number)));
  const span = (x[x.length - 1] as number) - (x[0] as number);
  const grown = perSecond * span;
  // Noise: twice the scatter around the fit, and never below 2 MiB (a heap's ordinary sawtooth between collections).
  const noise = Math.max(2 * std(residuals), 2);
  const values = samples.map((s) => s.value);
  return {
    first: values[0] as number,
    last: values[values.length - 1] as number,
    max: Math.max(...values),
    perMinute: perSecond * 60,
    grown,
    noise,
    ok: Number.isFinite(grown) && grown <= noise,
  };
};

/**
 * Budgets 3, 6 and 7 of issue 18 through a spawned local stack (`npm start` in a child process, rate limits lifted by
 * main.ts): the API at 32 connections against a bare DynamoDB Local GetItem at the same concurrency from this
 * process, interleaved round by round; the stack's and DynamoDB Local's RSS idle, under load, after, and over a
 * mixed-load soak.
 */
export const benchApiLoad = async (options: { nodeArgs?: string[] } = {}): Promise<string> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-bench-load-'));
  const stack = spawnLocalStack({ PORT: '0', DATA_DIR: dataDir }, options.nodeArgs);
  try {
    const { url } = await stack.ready;
    const stackPid = stack.pid as number;
    const engine = stackEngine(dataDir);
    const pids = { stack: stackPid, engine: engine.pid };
    await sleep(3_000);
    const idle = { stack: rssMiB(stackPid), engine: rssMiB(engine.pid) };

    const client = engineClient(engine.endpoint);
    const tenants = new DynamoTenantRepository(client, TABLE.name);
    const ids = new RandomIds();
    const owner = await tenants.findUserByEmail('owner@demo.example');
    if (!owner?.tenantId) throw new Error('bench: the demo owner is not seeded');

    const ownerAuth = await login(url, 'owner@demo.example');
    const financeAuth = await login(url, 'finance@opsdesk.local');

    // Five staff: the seeded operator (weekdays 09:00–17:00 Berlin) and four more, whose users the API cannot create
    // (staff come from the identity provider) but whose hours each sets through the API as an operator does.
    const weekly = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '09:00', end: '17:00' }));
    const at = new Date().toISOString();
    for (let i = 0; i < 4; i++) {
      const email = `bench-operator-${i}@opsdesk.local`;
      const userId = ids.newId();
      await tenants.createUser(
        { id: userId, tenantId: null, email, name: `Bench Operator ${i}`, roles: ['operator'], createdAt: at },
        {
          id: ids.newId(),
          tenantId: null,
          at,
          actor: { userId: 'bench', email: 'bench@opsdesk.local', roles: ['provider-admin'] },
          action: 'staff.created',
          target: { type: 'user', id: userId },
          details: { source: 'bench' },
        },
      );
      const auth = await login(url, email);
      await expectStatus(
        `PUT /api/ops/availability (${email})`,
        await fetch(`${url}/api/ops/availability`, {
          method: 'PUT',
          headers: { ...json, authorization: auth },
          body: JSON.stringify({ timeZone: i % 2 ? 'Europe/Berlin' : 'Europe/Lisbon', weekly, exceptions: [] }),
        }),
        200,
      );
    }

    // Some rows in the lists read below: five bookings next week and five tasks on the demo host.
    const d = new Date(Date.now() + 7 * 86_400_000);
    const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
    for (let i = 0; i < 5; i++) {
      await expectStatus(
        'POST /api/bookings',
        await fetch(`${url}/api/bookings`, {
          method: 'POST',
          headers: { ...json, authorization: ownerAuth },
          body: JSON.stringify({
            typeId: 'hands-on',
            start: new Date(monday + i * 86_400_000 + 10 * 3_600_000).toISOString(),
            durationMinutes: 60,
          }),
        }),
        201,
      );
      await expectStatus(
        'POST /api/tasks',
        await fetch(`${url}/api/tasks`, {
          method: 'POST',
          headers: { ...json, authorization: ownerAuth },
          body: JSON.stringify({ typeId: 'disk-report', hostId: 'mi-00000000000000001' }),
        }),
        202,
      );
    }

    const month = new URLSearchParams({
      type: 'hands-on',
      from: new Date(monday).toISOString(),
      to: new Date(monday + 31 * 86_400_000).toISOString(),
      timeZone: 'America/New_York',
      durationMinutes: '60',
    });
    const availabilityUrl = `${url}/api/availability?${month}`;
    const slots = (
      JSON.parse(
        await expectStatus(
          'GET /api/availability',
          await fetch(availabilityUrl, { headers: { authorization: ownerAuth } }),
          200,
        ),
      ) as { slots: { staffIds: string[] }[] }
    ).slots;
    const staffSeen = new Set(slots.flatMap((slot) => slot.staffIds)).size;

    const targets: (HttpTarget & { budget: string })[] = [
      { label: 'GET /api/me', url: `${url}/api/me`, headers: { authorization: ownerAuth }, budget: '6' },
      { label: 'GET /api/bookings', url: `${url}/api/bookings`, headers: { authorization: ownerAuth }, budget: '6' },
      { label: 'GET /api/tasks', url: `${url}/api/tasks`, headers: { authorization: ownerAuth }, budget: '6' },
      { label: 'GET /api/usage', url: `${url}/api/usage`, headers: { authorization: ownerAuth }, budget: '6' },
      {
        label: 'GET /api/finance/invoices',
        url: `${url}/api/finance/invoices?period=${periodOf(new Date()).id}`,
        headers: { authorization: financeAuth },
        budget: '6',
      },
      {
        label: `GET /api/availability (31 days, ${staffSeen} staff, one type: ${slots.length} slots)`,
        url: availabilityUrl,
        headers: { authorization: ownerAuth },
        budget: '3',
      },
    ];
    for (const target of targets) {
      await expectStatus(target.label, await fetch(target.url, { headers: target.headers ?? {} }), 200);
    }

    // Interleaved rounds: the baseline and every endpoint in each round, so a busy moment hits them alike.
    const getItemInput = { TableName: TABLE.name, Key: keys.tenant(owner.tenantId) };
    const baseline: LoadFigure[] = [];
    const figures = new Map<string, LoadFigure[]>(targets.map((t) => [t.label, []]));
    const underLoad = sampleRss(pids, 1_000);
    for (let round = 0; round < ROUNDS; round++) {
      baseline.push(await loadGetItem(client, getItemInput, SECONDS));
      progress(`round ${round + 1} GetItem`, baseline[baseline.length - 1] as LoadFigure);
      for (const target of targets) {
        const figure = await loadHttp(target, SECONDS);
        figures.get(target.label)?.push(figure);
        progress(`round ${round + 1} ${target.label}`, figure);
      }
    }
    const loadSamples = underLoad.stop();
    await sleep(5_000);
    const after = { stack: rssMiB(stackPid), engine: rssMiB(engine.pid) };

    // The soak: all six reads mixed on 32 connections, RSS every 10 s.
    const soak = sampleRss(pids, SAMPLE_MS);
    const soakResult = await loadMixed(url, targets, SOAK_SECONDS);
    const soakSamples = soak.stop();
    const soakStack = growth(soakSamples.map((s) => ({ t: s.t, value: s.stack })));
    const soakEngine = growth(soakSamples.map((s) => ({ t: s.t, value: s.engine })));
    client.destroy();

    const base = medianFigure(baseline);
    const rows = targets.map((target) => {
      const figure = medianFigure(figures.get(target.label) ?? []);
      const ratio = figure.p99 / base.p99;
      const latencyOk = ratio <= P99_FACTOR;
      const rpsOk = target.budget !== '3' || figure.rps >= 10 * AVAILABILITY_RPS_AT_START;
      const budget =
        target.budget === '3'
          ? `p99 ≤ ${P99_FACTOR}× GetItem, ≥ ${10 * AVAILABILITY_RPS_AT_START} req/s (10× ${AVAILABILITY_RPS_AT_START} at the start)`
          : `p99 ≤ ${P99_FACTOR}× GetItem`;
      return `| ${target.label} | ${fmt(figure.p50)} | ${fmt(figure.p99)} | ${fmt(figure.rps, 0)} | ${fmt(ratio, 2)} | ${target.budget}: ${budget} | ${latencyOk && rpsOk ? 'PASS' : 'FAIL'} |`;
    });
    const availabilityRps = medianFigure(figures.get(targets[targets.length - 1]?.label ?? '') ?? []).rps;
    const mb = (n: number) => fmt(n, 0);
    const maxOf = (key: 'stack' | 'engine') => Math.max(...loadSamples.map((s) => s[key]));
    const soakRow = (name: string, g: ReturnType<typeof growth>) =>
      `| ${name} | ${mb(g.first)} | ${mb(g.last)} | ${mb(g.max)} | ${fmt(g.perMinute, 2)} | ${fmt(g.grown, 1)} (noise ${fmt(g.noise, 1)}) | ${g.ok ? 'PASS: no growth' : 'FAIL: grows'} |`;
    const soakSummary = soakSamples.map((s) => `${fmt(s.t, 0)} s: ${mb(s.stack)}/${mb(s.engine)}`).join(' · ');

    return `## API under load (budgets 3, 6 and 7: spawned local stack, autocannon, ${CONNECTIONS} connections)

Each figure: ${ROUNDS} rounds, each ${SECONDS} s measured after a warm-up of ${4 * CONNECTIONS} requests (GetItem: 1 s), rounds interleaved (GetItem, then
every endpoint) so a busy moment on this shared machine hits them alike; the median of the rounds. Any non-2xx answer
or socket error makes a figure invalid and stops the bench. The baseline is a bare DynamoDB Local GetItem of the demo
tenant's item (DocumentClient \`GetCommand\`, ${CONNECTIONS} loops in the bench process) on the stack's own DynamoDB Local.
Month availability at the start of issue 18 (main at 4890b47): ~${AVAILABILITY_RPS_AT_START} req/s (the issue's figure,
32 clients, autocannon). Absolute rates follow the machine's load; in this run the month's rate is
${fmt((100 * availabilityRps) / base.rps, 0)} % of the bare GetItem rate.

| request (32 connections) | p50 ms | p99 ms | req/s | p99 ÷ GetItem p99 | budget | verdict |
|---|---|---|---|---|---|---|
| bare GetItem (baseline) | ${fmt(base.p50)} | ${fmt(base.p99)} | ${fmt(base.rps, 0)} | 1.00 | — | — |
${rows.join('\n')}

### Stack RSS (budget 7)

The local stack's Node process (every Lambda handler in one process) and DynamoDB Local's Java process, from /proc.

| moment | stack MiB | DynamoDB Local MiB |
|---|---|---|
| idle, 3 s after ready | ${mb(idle.stack)} | ${mb(idle.engine)} |
| under the load above (max of 1 s samples) | ${mb(maxOf('stack'))} | ${mb(maxOf('engine'))} |
| 5 s after it | ${mb(after.stack)} | ${mb(after.engine)} |

Soak: the six reads above mixed on ${CONNECTIONS} connections for ${SOAK_SECONDS} s (${soakResult.requests} requests,
${fmt(soakResult.rps, 0)} req/s, all 2xx), RSS every ${SAMPLE_MS / 1000} s. "No growth": the linear fit over
the second half grows by no more than the noise (twice the samples' scatter around the fit, at least 2 MiB).

| process | first MiB | last MiB | max MiB | slope, second half MiB/min | fitted growth over the second half MiB | verdict |
|---|---|---|---|---|---|---|
${soakRow('local stack (Node)', soakStack)}
${soakRow('DynamoDB Local (Java)', soakEngine)}

Samples (time: stack/DynamoDB Local MiB): ${soakSummary}.
Median of the samples: stack ${mb(
      percentile(
        soakSamples.map((s) => s.stack),
        50,
      ),
    )} MiB, DynamoDB Local ${mb(
      percentile(
        soakSamples.map((s) => s.engine),
        50,
      ),
    )} MiB.
`;
  } catch (error) {
    console.error(stack.output().slice(-4000));
    throw error;
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
