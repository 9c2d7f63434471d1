import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rateLimitEnvironment } from '../../functions/config/rate-limits.js';
import { spawnLocalStack } from '../local-stack/spawn-local-stack.js';
import { PROJECT_ROOT } from '../local-stack/stack.js';
import { benchApiLoad } from './api-load.js';
import { benchBilling } from './billing.js';
import { benchBooking } from './booking.js';
import { benchBundles } from './bundles.js';
import { benchCallers } from './callers.js';
import { fmt, percentile } from './measure.js';
import { benchMonitoring } from './monitoring.js';
import { benchReports } from './reports.js';
import { benchStatusPage } from './status-page.js';
import { benchTasks } from './tasks.js';

/**
 * `npm run bench`: measures the local stack from command to ready (cold = empty data dir with
 * seeding, warm = existing data) and request latency through it; writes docs/benchmarks.md.
 * Figures on a shared machine are noisy: compare within one report, not across reports.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Hundreds of sign-ups from one address and writes of one tenant in seconds: far over the rate limits, which
// still run (and cost their write) on every request. The stacks, spawned or in this process, read these.
const unlimited = { perMinute: 60_000, burst: 100_000 };
Object.assign(
  process.env,
  rateLimitEnvironment({ writes: unlimited, taskRequests: unlimited, anonymousWrites: unlimited }),
);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
/**
 * `BENCH_ONLY=load`: only the API-under-load section (budgets 3, 6, 7); `BENCH_ONLY=bundles`: only the bundles and
 * their cold init (budgets 1, 2). Printed and not written to docs/benchmarks.md (a partial report must not replace
 * the whole one). Unset: every section.
 */
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== 'load' && ONLY !== 'bundles')
  throw new Error(`BENCH_ONLY must be "load", "bundles" or unset, not "${ONLY}"`);
if (ONLY === 'load') {
  console.log(await benchApiLoad());
  process.exit(0);
}
if (ONLY === 'bundles') {
  console.log(await benchBundles());
  process.exit(0);
}

const startStack = async (dataDir: string) => {
  const stack = spawnLocalStack({ PORT: '0', DATA_DIR: dataDir });
  const { url, ms } = await stack.ready;
  return { url, ms, stop: async () => void (await stack.stop()) };
};

const timeRequests = async (label: string, send: (i: number) => Promise<Response>) => {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const response = await send(i);
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`${label}: ${response.status}`);
    samples.push(performance.now() - t);
  }
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
};

const dataDirs: string[] = [];
const cold: number[] = [];
const warm: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-bench-'));
  dataDirs.push(dataDir);
  const first = await startStack(dataDir);
  cold.push(first.ms);
  await first.stop();
  const second = await startStack(dataDir);
  warm.push(second.ms);
  await second.stop();
}

const stack = await startStack(dataDirs[0]!);
const json = { 'content-type': 'application/json' };
const login = await fetch(`${stack.url}/auth/dev/login`, {
  method: 'POST',
  headers: json,
  body: JSON.stringify({ email: 'owner@demo.example' }),
});
const { token } = (await login.json()) as { token: string };
const stamp = Date.now();
const latencies = [
  await timeRequests('GET /api/plans (no table)', () => fetch(`${stack.url}/api/plans`)),
  await timeRequests('GET /api/me (caller lookup, mostly cached, + 2 GetItem)', () =>
    fetch(`${stack.url}/api/me`, { headers: { authorization: `Bearer ${token}` } }),
  ),
  await timeRequests('POST /api/signup (1 TransactWriteItems, 4 items)', (i) =>
    fetch(`${stack.url}/api/signup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ organisation: `Bench ${i}`, name: 'Bench', email: `bench-${stamp}-${i}@example.com` }),
    }),
  ),
];
const tasks = await benchTasks(stack.url, dataDirs[0]!, token);
const statusPage = await benchStatusPage(stack.url);
await stack.stop();
for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });

const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString()} — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Shared, noisy machine: read the figures relative to each other within this report.

## Local stack: from command to ready (\`npm start\`, ${RUNS} runs each)

Measured from spawning the process to its "ready" line: Node and tsx start, DynamoDB Local (Java) and
fauxqs start, table and queues created, web app checked (built once before these runs).

| start | min ms | median ms | max ms |
|---|---|---|---|
| cold: empty data dir, table created and demo data seeded | ${fmt(Math.min(...cold))} | ${fmt(percentile(cold, 50))} | ${fmt(Math.max(...cold))} |
| warm: existing data dir | ${fmt(Math.min(...warm))} | ${fmt(percentile(warm, 50))} | ${fmt(Math.max(...warm))} |

## Request latency through the local stack (${REQUESTS} sequential requests each)

HTTP server → local API Gateway (route match, JWT verification) → Lambda handler → DynamoDB Local.

| request | p50 ms | p95 ms | max ms |
|---|---|---|---|
${latencies.map((l) => `| ${l.label} | ${fmt(l.p50)} | ${fmt(l.p95)} | ${fmt(l.max)} |`).join('\n')}
`;
const fullReport = `${report}\n${await benchBundles()}\n${await benchApiLoad()}\n${await benchCallers()}\n${tasks}\n${await benchBilling()}\n${await benchBooking()}\n${await benchMonitoring()}\n${statusPage}\n${await benchReports()}`;
writeFileSync(join(PROJECT_ROOT, 'docs', 'benchmarks.md'), fullReport);
console.log(fullReport);
