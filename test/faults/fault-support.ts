import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dynamoDbLocalPid, isDynamoDbLocalOf } from '../support/local-stack-process.js';

/**
 * Limits no person reaches: the fault tests send a burst of writes at machine speed. The burst is what matters: GCRA
 * admits a request whose clock reading is at most (burst − 1) intervals behind the bucket, and with a 1 ms interval a
 * burst of 1,000 is one second — a request that waited longer than that between reading the clock and writing the
 * bucket (a stack just restarted, the machine busy) was refused as over the limit. 100,000 is 100 s.
 */
export const HIGH_RATE_LIMITS = {
  RATE_LIMIT_WRITES_PER_MINUTE: '60000',
  RATE_LIMIT_WRITES_BURST: '100000',
  RATE_LIMIT_TASK_REQUESTS_PER_MINUTE: '60000',
  RATE_LIMIT_TASK_REQUESTS_BURST: '100000',
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A data dir for one fault file, and its removal — with whatever DynamoDB Local a killed stack left on it. */
export const faultDataDir = () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-faults-'));
  return {
    dataDir,
    remove: () => {
      // Only while the pid file's pid still is this data dir's engine: a reused pid may be another file's engine.
      const pid = dynamoDbLocalPid(dataDir);
      if (pid !== null && isDynamoDbLocalOf(pid, dataDir)) {
        try {
          process.kill(pid, 'SIGCONT');
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  json: () => any;
  ms: number;
}

/** One HTTP request to a running stack (a fetch that gives up after `timeoutMs`). */
export const call = async (
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ApiResponse> => {
  const begun = performance.now();
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text),
    ms: performance.now() - begun,
  };
};

/** A dev-identity token of a seeded user (scripts/local-stack/seed.ts), as the web app signs in locally. */
export const signIn = async (url: string, email: string): Promise<string> => {
  const response = await call(url, 'POST', '/auth/dev/login', { body: { email } });
  if (response.status !== 200) throw new Error(`dev login of ${email}: ${response.status} ${response.text}`);
  return response.json().token as string;
};

/** Polls `probe` until it returns a value, or throws after `timeoutMs` with the last thing it saw. */
export const eventually = async <T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> => {
  const deadline = performance.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (performance.now() > deadline)
      throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last: ${(last as Error).message})` : ''}`);
    await sleep(everyMs);
  }
};
