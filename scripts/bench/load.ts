import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, type GetCommandInput } from '@aws-sdk/lib-dynamodb';
import { DOCUMENT_TRANSLATION, DYNAMO_CLIENT_LIMITS } from '../../functions/adapters/dynamodb/client.js';
import { LOCAL_AWS } from '../local-stack/engines.js';
import { processArgs } from '../local-stack/process-identity.js';
import { percentile } from './measure.js';

/**
 * The load harness (issue 18): autocannon at a fixed number of connections against the local stack, and a bare
 * DynamoDB Local GetItem at the same concurrency from this process — the baseline every API figure is divided by.
 * Each measure is warmed first; a non-2xx answer or a socket error makes a figure invalid, so it throws.
 */

/** What one measure yields: requests per second, latency percentiles in ms, and how many requests it counted. */
export interface LoadFigure {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
}

/** The connections (clients) every load measure uses. */
export const CONNECTIONS = 32;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: { method: string; path: string; headers?: Record<string, string> }[];
}) => Promise<AutocannonResult>;

// autocannon ships no types and is CommonJS: loaded through require, typed by what this harness reads.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface HttpTarget {
  label: string;
  url: string;
  headers?: Record<string, string>;
}

/** Runs for `length.seconds`, or until `length.amount` requests have been answered. */
const run = async (target: HttpTarget, length: { seconds: number } | { amount: number }): Promise<AutocannonResult> => {
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    ...('seconds' in length ? { duration: length.seconds } : { amount: length.amount }),
    method: 'GET',
    ...(target.headers ? { headers: target.headers } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result['2xx'] === 0) {
    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, { count }]) => `${count} × ${code}`)
      .join(', ');
    throw new Error(
      `bench: ${target.label} is invalid under load: ${result.non2xx} non-2xx (${codes || 'no status codes'}), ` +
        `${result.errors} errors, ${result.timeouts} timeouts of ${result.requests.total} requests`,
    );
  }
  return result;
};

/**
 * One measure of an HTTP target at 32 connections: a warm-up of `warmup` requests (discarded: counted rather than
 * timed, so a slow moment cannot leave it empty), then `seconds` measured.
 */
export const loadHttp = async (target: HttpTarget, seconds: number, warmup = 4 * CONNECTIONS): Promise<LoadFigure> => {
  if (warmup > 0) await run(target, { amount: warmup });
  const result = await run(target, { seconds });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
};

/**
 * A mixed load: each of `CONNECTIONS` connections cycles through `targets` (paths on `origin`) for `seconds`;
 * throws on any non-2xx or error, like every measure.
 */
export const loadMixed = async (origin: string, targets: HttpTarget[], seconds: number) => {
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: seconds,
    requests: targets.map((t) => ({
      method: 'GET',
      path: t.url.slice(origin.length),
      ...(t.headers ? { headers: t.headers } : {}),
    })),
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result['2xx'] === 0) {
    throw new Error(
      `bench: the mixed load is invalid: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return { rps: result.requests.average, requests: result.requests.total };
};

/** The local stack's own DynamoDB Local: its pid (from the data dir's pid file) and endpoint (from its command line). */
export const stackEngine = (dataDir: string): { pid: number; endpoint: string } => {
  const pid = Number(readFileSync(join(dataDir, 'dynamodb', 'dynamodb-local.pid'), 'utf8').trim());
  const args = processArgs(pid);
  const port = args?.[args.indexOf('-port') + 1];
  if (!args?.includes('-port') || !port) throw new Error(`bench: no DynamoDB Local with pid ${pid}`);
  return { pid, endpoint: `http://127.0.0.1:${port}` };
};

/** A document client as the handlers build theirs (same limits and marshalling), with the local credentials. */
export const engineClient = (endpoint: string) =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({ ...LOCAL_AWS, endpoint, ...DYNAMO_CLIENT_LIMITS }),
    DOCUMENT_TRANSLATION,
  );

/**
 * The bare baseline: `CONNECTIONS` loops each sending one GetItem (DocumentClient `GetCommand`) of the same item
 * after the other for `seconds`, after a warm-up; every request timed in this process.
 */
export const loadGetItem = async (
  client: DynamoDBDocumentClient,
  input: GetCommandInput,
  seconds: number,
  warmupSeconds = 1,
): Promise<LoadFigure> => {
  const measure = async (duration: number) => {
    const samples: number[] = [];
    const started = performance.now();
    const until = started + duration * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const t = performance.now();
          const { Item } = await client.send(new GetCommand(input));
          if (!Item) throw new Error('bench: the GetItem baseline’s item is missing');
          samples.push(performance.now() - t);
        }
      }),
    );
    return { samples, elapsed: performance.now() - started };
  };
  if (warmupSeconds > 0) await measure(warmupSeconds);
  const { samples, elapsed } = await measure(seconds);
  return {
    rps: samples.length / (elapsed / 1000),
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    requests: samples.length,
  };
};

/** The median of several rounds’ figures, field by field (rounds are interleaved, so noise hits every target). */
export const medianFigure = (figures: LoadFigure[]): LoadFigure => ({
  rps: percentile(
    figures.map((f) => f.rps),
    50,
  ),
  p50: percentile(
    figures.map((f) => f.p50),
    50,
  ),
  p99: percentile(
    figures.map((f) => f.p99),
    50,
  ),
  requests: figures.reduce((sum, f) => sum + f.requests, 0),
});

/** A process's resident set in MiB, from /proc (Linux); NaN where it cannot be read. */
export const rssMiB = (pid: number): number => {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
};

/** Least-squares slope of `y` over `x` (units of y per unit of x). */
export const slope = (x: number[], y: number[]): number => {
  const n = x.length;
  if (n < 2) return Number.NaN;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += ((x[i] as number) - mx) * ((y[i] as number) - my);
    den += ((x[i] as number) - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
};
