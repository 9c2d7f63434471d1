import { performance } from 'node:perf_hooks';
import { fmt, percentile } from './measure.js';

/**
 * Public status pages under load (issue 14) through a running local stack: 32 readers at once, each sending its next
 * request as soon as the last one answered, against the HTML page and the JSON of one published page. The stack
 * computes a page at most once per slug every 12 s (the in-process memo); in AWS CloudFront answers most of these
 * from its 30 s cache, so this measures the origin's worst case on one process.
 */

const READERS = 32;
const REQUESTS = Number(process.env.BENCH_STATUS_REQUESTS ?? 2000);
const SLUG = 'bench-status';
const BENCH_MONITORS = 5;

export interface StatusBenchRow {
  label: string;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  perSecond: number;
}

/** `total` GETs of `url` by `readers` concurrent readers; each answer must be 200. */
const load = async (label: string, url: string, total = REQUESTS, readers = READERS): Promise<StatusBenchRow> => {
  const samples: number[] = [];
  let next = 0;
  const reader = async () => {
    while (next < total) {
      next += 1;
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bench: GET ${url} → ${response.status}`);
      samples.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: readers }, reader));
  const seconds = (performance.now() - started) / 1000;
  return {
    label,
    requests: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    perSecond: samples.length / seconds,
  };
};

/**
 * Publishes a page of the demo organisation (signing in as its owner; heartbeat monitors are added up to
 * `BENCH_MONITORS` so the page has something to compute) and returns its slug.
 */
const publishBenchPage = async (baseUrl: string): Promise<string> => {
  const json = { 'content-type': 'application/json' };
  const login = await fetch(`${baseUrl}/auth/dev/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'owner@demo.example' }),
  });
  if (login.status !== 200) throw new Error(`bench: dev login → ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const headers = { ...json, authorization: `Bearer ${token}` };
  const list = async () =>
    ((await (await fetch(`${baseUrl}/api/monitors`, { headers })).json()) as { items: { id: string }[] }).items;
  let monitors = await list();
  for (let i = monitors.length; i < BENCH_MONITORS; i++) {
    // Heartbeats: nothing is probed over the network; the plan's limit may refuse some (the page shows what there is).
    await fetch(`${baseUrl}/api/monitors`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: `Bench job ${i + 1}`,
        kind: 'heartbeat',
        intervalMinutes: 60,
        periodMinutes: 60,
        graceMinutes: 10,
      }),
    });
  }
  monitors = await list();
  const saved = await fetch(`${baseUrl}/api/status-page`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ slug: SLUG, published: true, monitorIds: monitors.map((monitor) => monitor.id) }),
  });
  if (saved.status !== 200) throw new Error(`bench: PUT /api/status-page → ${saved.status}`);
  return SLUG;
};

/**
 * `benchStatusPage(stack.url)` in scripts/bench/main.ts while the local stack runs: the markdown section of the report
 * (p50/p95/max latency and requests per second of `/status/<slug>`, `/api/status/<slug>` and `/status/opsdesk`
 * under 32 concurrent readers).
 */
export const benchStatusPage = async (baseUrl: string): Promise<string> => {
  const slug = await publishBenchPage(baseUrl);
  // Warm the handler and the memo once, as a reader arriving a moment earlier would.
  await load('warm-up', `${baseUrl}/status/${slug}`, READERS);
  const rows = [
    await load(`GET /status/${slug} (HTML)`, `${baseUrl}/status/${slug}`),
    await load(`GET /api/status/${slug} (JSON)`, `${baseUrl}/api/status/${slug}`),
    await load('GET /status/opsdesk (provider page, HTML)', `${baseUrl}/status/opsdesk`),
  ];
  return `## Public status pages: ${READERS} concurrent readers (${REQUESTS} requests each)

Through the local stack (HTTP server → local API Gateway → reports handler → DynamoDB Local). A page is computed at
most once per slug every 12 s per process (concurrent readers share the computation); in AWS, CloudFront serves
it from its cache for 30 s, so the origin sees about one request per edge location and slug every 30 s.

| request | p50 ms | p95 ms | max ms | requests/s |
|---|---|---|---|---|
${rows.map((row) => `| ${row.label} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.max)} | ${fmt(row.perSecond, 0)} |`).join('\n')}
`;
};
