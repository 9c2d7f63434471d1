import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../scripts/local-stack/stack.js';

/**
 * One clock everywhere: the stack's clock (`CLOCK_START` moves it) is read through the Clock port, whose one
 * adapter (functions/adapters/system/system-clock.ts) is the only code that reads the machine's time. A time read
 * elsewhere compares a shifted instant with an unshifted one — as the idempotency store once did, creating a task
 * twice for one key. Durations and deadlines use monotonic time (performance.now, timers), which is not a clock.
 */
const CHECKED = ['functions', 'shared', 'scripts/local-stack', 'scripts/invariants', 'web/src'];

/** The machine's time, on purpose: each with why it is not the stack's clock. */
const ALLOWED: Record<string, string> = {
  'functions/adapters/system/system-clock.ts': 'the clock adapter itself',
  'functions/adapters/dynamodb/tenant-document-clients.ts': 'STS credentials expire on AWS’s real clock',
  'functions/adapters/ssm/tenant-ssm-clients.ts': 'STS credentials expire on AWS’s real clock',
  'functions/identity/origin-authorizer.ts':
    'how long a fetched secret is cached: a lifetime on the machine, not a date',
  'functions/adapters/local/dev-tokens.ts': 'the browser checks a dev token’s expiry on the machine’s clock',
  'scripts/local-stack/queue-poller.ts': 'SQS’s own message timestamps (SentTimestamp) are SQS’s clock',
  'functions/observability/tracer.ts': 'X-Ray places subsegments on AWS’s real clock, beside Lambda’s own segment',
  'functions/webhooks/http.ts': 'a Stripe signature’s age is judged against Stripe’s clock, the real one',
  'functions/adapters/stripe/stripe-signature.ts': 'signing a test payload as Stripe would: at the real time',
  'web/src/lib/clock.ts': 'the web app’s clock: the browser’s, moved to the server’s by each response’s Date header',
  'web/src/lib/session.ts': 'the browser checks its token’s expiry on its own clock, as the token was issued to it',
};

const READS_MACHINE_TIME = /\bDate\.now\b|new Date\(\s*\)/;

const filesUnder = (dir: string): string[] => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
};

const violationsIn = (files: string[]) =>
  files.flatMap((file) => {
    const path = relative(PROJECT_ROOT, file);
    if (ALLOWED[path]) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        READS_MACHINE_TIME.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
      );
  });

describe('one clock', () => {
  const files = CHECKED.flatMap((dir) => filesUnder(join(PROJECT_ROOT, dir)));

  it('reads the machine’s time only in the clock adapter and the listed exceptions', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(violationsIn(files)).toEqual([]);
  });

  it('every exception still exists and still reads the machine’s time (no stale entry)', () => {
    for (const path of Object.keys(ALLOWED)) {
      expect(READS_MACHINE_TIME.test(readFileSync(join(PROJECT_ROOT, path), 'utf8')), path).toBe(true);
    }
  });

  it('the rule catches Date.now(), a bare new Date() and Date.now passed as a function', () => {
    const samples = ['const t = Date.now();', 'const d = new Date();', 'now: () => number = Date.now'];
    for (const sample of samples) expect(READS_MACHINE_TIME.test(sample), sample).toBe(true);
    for (const sample of ['new Date(value)', 'new Date(Date.parse(x))', 'clock.now()', 'performance.now()'])
      expect(READS_MACHINE_TIME.test(sample), sample).toBe(false);
  });
});
