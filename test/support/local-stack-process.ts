import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isEngineOf } from '../../scripts/local-stack/engines.js';
import { spawnLocalStack } from '../../scripts/local-stack/spawn-local-stack.js';

/**
 * `npm start` on a free port and a fresh data dir; resolves once it is ready. With `options.dataDir` it runs on that
 * data dir instead and leaves it in place when stopped (its caller made it, and may start the stack on it again).
 * `kill()` ends the stack's Node process with SIGKILL, as a crash would: nothing of it runs its shutdown (DynamoDB
 * Local, its child, survives until the next start on the data dir stops it through the pid file).
 */
export const startLocalStackProcess = async (env: Record<string, string> = {}, options: { dataDir?: string } = {}) => {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'opsdesk-e2e-'));
  const removeDataDir = () => {
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const stack = spawnLocalStack({ PORT: '0', DATA_DIR: dataDir, ...env });
  try {
    const { url } = await stack.ready;
    return {
      url,
      dataDir,
      /** The stack's Node process (the one `npm start` runs). */
      pid: stack.pid,
      /** Resolves when the process has exited, with everything it printed. */
      exited: stack.exited,
      /** Everything it printed so far. */
      output: stack.output,
      stop: async () => {
        await stack.stop();
        removeDataDir();
      },
      /** SIGKILL to the stack's Node process; resolves once it is gone. The data dir stays. */
      kill: async () => {
        await stack.stop('SIGKILL');
      },
    };
  } catch (error) {
    removeDataDir();
    throw error;
  }
};

/** The pid the DynamoDB Local of a stack on `dataDir` wrote to its pid file last, or null (no file). */
export const dynamoDbLocalPid = (dataDir: string): number | null => {
  try {
    const pid = Number(readFileSync(join(dataDir, 'dynamodb', 'dynamodb-local.pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

/**
 * Whether `pid` still is the DynamoDB Local serving `dataDir` (by its command line). A test must ask this before it
 * signals a pid from a pid file, or counts a pid as "still running": the kernel reuses pids (pid_max is 32768 on the
 * CI machines, and one suite run starts thousands of processes), so a dead engine's pid may be another stack's engine.
 */
export const isDynamoDbLocalOf = (pid: number | null, dataDir: string): boolean =>
  pid !== null && isEngineOf(pid, join(dataDir, 'dynamodb'));

/**
 * The day the end-to-end files live on, unless `E2E_TODAY` says another (an ISO instant): every file that starts a
 * stack derives its `CLOCK_START` from it, and every page's clock (and every date a test computes) follows the
 * stack's. So the suite passes on any day the machine is run, and can be run on the days that break things — a
 * month's 28th or 31st, the 1st of January, a DST change — by setting `E2E_TODAY`. The default is a Wednesday in the middle of a month, away from DST.
 */
export const E2E_TODAY = new Date(process.env.E2E_TODAY ?? '2026-11-18T09:30:00.000Z');
if (Number.isNaN(E2E_TODAY.getTime()))
  throw new Error(`E2E_TODAY must be an ISO instant, not ${process.env.E2E_TODAY}`);

/**
 * `E2E_TODAY`'s day — or the next weekday, when it falls on a weekend — at 11:00 UTC (12:00 or 13:00 in Berlin): inside
 * the demo plan's covered hours (Mon–Fri 08:00–18:00 Europe/Berlin), so pages go out at once on any `E2E_TODAY`.
 * For the files that page someone; the others keep `E2E_TODAY` itself.
 */
export const E2E_COVERED_HOURS = (() => {
  const day = new Date(Date.UTC(E2E_TODAY.getUTCFullYear(), E2E_TODAY.getUTCMonth(), E2E_TODAY.getUTCDate(), 11));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day;
})();

/** The stack's own clock, from its health route (its clock started at `CLOCK_START` and runs on). */
export const stackTime = async (stack: { url: string }): Promise<number> => {
  const health = (await (await fetch(`${stack.url}/api/health`)).json()) as { time: string };
  return Date.parse(health.time);
};
