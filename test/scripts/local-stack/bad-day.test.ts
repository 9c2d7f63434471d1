import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../scripts/local-stack/stack.js';
import { dynamoDbLocalPid, isDynamoDbLocalOf } from '../../support/local-stack-process.js';

/**
 * `npm start` on an operator's bad day: a second stack on the same data dir, DynamoDB Local dying under the running
 * stack, a nearly full disk. Each test runs the real entry point in a child and watches what it prints while it runs.
 */
interface Stack {
  child: ChildProcess;
  output(): string;
  /** Resolves once the output matches (rejects if the process exits first, or after `ms`). */
  waitFor(pattern: RegExp, options?: { ms?: number; from?: number }): Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; output: string }>;
  stop(): Promise<{ code: number | null; output: string }>;
}

const running: Stack[] = [];
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-bad-day-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(running.map((stack) => stack.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** `npm start`; with `terminal`, in a process group of its own, as a shell runs it (Ctrl-C reaches the whole group). */
const start = (env: Record<string, string>, { terminal = false } = {}): Stack => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/local-stack/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: terminal,
  });
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of waiters) waiter();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => {
      for (const waiter of waiters) waiter();
      resolve({ code, output });
    }),
  );
  const stack: Stack = {
    child,
    output: () => output,
    waitFor: (pattern, { ms = 60_000, from = 0 } = {}) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${pattern} within ${ms} ms; output so far:\n${output}`));
        }, ms);
        const check = () => {
          const match = pattern.exec(output.slice(from));
          const done = match || child.exitCode !== null || child.signalCode !== null;
          if (!done) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (match) resolve(match);
          else reject(new Error(`exited (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${output}`));
        };
        waiters.add(check);
        check();
      }),
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exited;
    },
  };
  running.push(stack);
  return stack;
};

const READY = /ready in [\d.]+ s: (http:\/\/\S+)/;
const enginePid = (dataDir: string) => {
  const pid = dynamoDbLocalPid(dataDir);
  if (pid === null) throw new Error(`no DynamoDB Local pid file in ${dataDir}`);
  return pid;
};
const json = { 'content-type': 'application/json' };
const signUp = (url: string, name: string) =>
  fetch(`${url}/api/signup`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ organisation: `${name} e.V.`, name, email: `${name.toLowerCase()}@bad-day.example` }),
  });

const signIn = (url: string, email: string) =>
  fetch(`${url}/auth/dev/login`, { method: 'POST', headers: json, body: JSON.stringify({ email }) });

describe('one data dir, one stack', () => {
  it('two starts at the same instant: exactly one becomes ready, the other refuses at once naming it', async () => {
    const dataDir = tempDir();
    const begun = performance.now();
    const stacks = [start({ DATA_DIR: dataDir }), start({ DATA_DIR: dataDir })];
    const exitedAfter = stacks.map((stack) => stack.exited.then(() => performance.now() - begun));
    const outcomes = await Promise.all(
      stacks.map((stack) =>
        stack.waitFor(READY).then(
          (match) => ({ stack, url: match[1] as string }),
          async () => ({ stack, code: (await stack.exited).code }),
        ),
      ),
    );
    const winners = outcomes.filter((outcome) => 'url' in outcome);
    const losers = outcomes.filter((outcome) => 'code' in outcome);
    expect(winners, stacks.map((stack) => stack.output()).join('\n---\n')).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = winners[0] as { stack: Stack; url: string };
    const loser = losers[0] as { stack: Stack; code: number };
    expect(loser.code).toBe(1);
    const refusal = loser.stack.output().trim();
    // At once: within seconds (most of them loading TypeScript), never as far as DynamoDB Local or the web build.
    expect(await exitedAfter[stacks.indexOf(loser.stack)]).toBeLessThan(15_000);
    expect(loser.stack.output()).not.toContain('[dynamodb-local]');
    // The winner is named; if it had not bound its port yet when the loser looked, it is "still starting".
    const startedAt = JSON.parse(readFileSync(join(dataDir, 'stack.lock'), 'utf8')).startedAt as string;
    const naming = (where: string) =>
      `npm start: DATA_DIR ${dataDir} is in use by another local stack (pid ${winner.stack.child.pid}, ${where}, ` +
      `started ${startedAt}); stop that one first (Ctrl-C in its terminal, or kill ${winner.stack.child.pid}), ` +
      'or give this one another data dir, e.g. DATA_DIR=.data-2 npm start.';
    expect([naming(winner.url), naming('still starting')]).toContain(refusal);
    // The winner was not disturbed: its engine still runs and it still writes.
    expect(isDynamoDbLocalOf(enginePid(dataDir), dataDir)).toBe(true);
    expect((await signUp(winner.url, 'Winner')).status).toBe(201);

    // A clean stop is no crash, and frees the data dir.
    const javaPid = enginePid(dataDir);
    const stopped = await winner.stack.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.output).not.toContain('unexpectedly');
    expect(isDynamoDbLocalOf(javaPid, dataDir)).toBe(false);
    expect(existsSync(join(dataDir, 'stack.lock'))).toBe(false);
  }, 120_000);
});

describe('Ctrl-C in the terminal', () => {
  it('reaches every process of the stack’s group, and the stack stops cleanly: no engine restart, exit 0', async () => {
    const stack = start({ DATA_DIR: tempDir() }, { terminal: true });
    await stack.waitFor(READY);
    process.kill(-(stack.child.pid ?? 0), 'SIGINT');
    const { code, output } = await stack.exited;
    expect(output).not.toMatch(/exited unexpectedly|restarting/);
    expect(code).toBe(0);
  });
});

describe('a stack killed hard (SIGKILL)', () => {
  it('leaves a lock and an engine behind; the next start on its data dir takes both over', async () => {
    const dataDir = tempDir();
    const first = start({ DATA_DIR: dataDir });
    await first.waitFor(READY);
    const orphan = enginePid(dataDir);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(JSON.parse(readFileSync(join(dataDir, 'stack.lock'), 'utf8'))).toMatchObject({ pid: first.child.pid });

    const second = start({ DATA_DIR: dataDir });
    const url = (await second.waitFor(READY))[1] as string;
    expect(JSON.parse(readFileSync(join(dataDir, 'stack.lock'), 'utf8'))).toMatchObject({ pid: second.child.pid, url });
    expect(isDynamoDbLocalOf(orphan, dataDir)).toBe(false);
    expect(enginePid(dataDir)).not.toBe(orphan);
    expect((await signIn(url, 'owner@demo.example')).status).toBe(200);
    expect((await second.stop()).code).toBe(0);
  }, 120_000);
});

describe('DynamoDB Local dies under a running stack', () => {
  it('is restarted on the same port and data dir, and after three restarts within minutes the stack gives up', async () => {
    const dataDir = tempDir();
    const stack = start({ DATA_DIR: dataDir });
    const url = (await stack.waitFor(READY))[1] as string;
    // The start-up banner stays out of the stack's log.
    expect(stack.output()).not.toContain('Initializing DynamoDB Local');

    for (const restart of [1, 2, 3]) {
      const pid = enginePid(dataDir);
      const from = stack.output().length;
      expect(isDynamoDbLocalOf(pid, dataDir)).toBe(true);
      process.kill(pid, 'SIGKILL');
      await stack.waitFor(
        new RegExp(
          `DynamoDB Local \\(pid ${pid}\\) exited unexpectedly \\(signal SIGKILL\\); restarting it on port (\\d+) with the same data dir \\(restart ${restart} of at most 3 within 5 minutes\\)\\.`,
        ),
        { from },
      );
      const back = await stack.waitFor(/DynamoDB Local is back on port (\d+) \(pid (\d+)\)\./, { from });
      expect(back[2]).not.toBe(String(pid));
      expect(enginePid(dataDir)).not.toBe(pid);
      if (restart === 1) {
        // The handlers reach the engine again (their clients keep its endpoint): they write and read. The data
        // survived (the demo data seeded at start-up). An ack the engine gave just before it was killed may not:
        // DynamoDB Local can lose a TransactWriteItems it acknowledged milliseconds before a SIGKILL.
        expect(back[1]).toBe(/restarting it on port (\d+)/.exec(stack.output())?.[1]);
        expect((await signUp(url, 'After')).status).toBe(201);
        expect((await signIn(url, 'after@bad-day.example')).status).toBe(200);
        expect((await signIn(url, 'owner@demo.example')).status).toBe(200);
      }
    }
    const ports = [...stack.output().matchAll(/restarting it on port (\d+)/g)].map((match) => match[1]);
    expect(new Set(ports).size).toBe(1);

    const last = enginePid(dataDir);
    expect(isDynamoDbLocalOf(last, dataDir)).toBe(true);
    process.kill(last, 'SIGKILL');
    const { code, output } = await stack.exited;
    expect(code).toBe(1);
    expect(output).toContain(
      'npm start: DynamoDB Local exited unexpectedly 4 times within 5 minutes, so the local stack stopped; ' +
        'look for its own error in the [dynamodb-local] lines above, fix that, and run npm start again.',
    );
    expect(existsSync(join(dataDir, 'stack.lock'))).toBe(false);
  }, 180_000);
});

describe('a nearly full disk', () => {
  it('refuses writes with 503 and Retry-After, keeps serving reads', async () => {
    const stack = start({ DATA_DIR: tempDir(), MIN_FREE_DISK_MB: '1000000000' });
    const url = (await stack.waitFor(READY))[1] as string;
    await stack.waitFor(/refusing writes/);
    const refused = await signUp(url, 'Full');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = (await refused.json()) as { type: string; title: string; status: number; detail: string };
    expect(problem).toMatchObject({ status: 503, title: 'Disk nearly full' });
    expect(problem.type).toMatch(/^https:\/\//);
    expect(problem.detail).toMatch(
      /^Only [\d,]+ MB are free on the disk of DATA_DIR .*, below the margin of 1,000,000,000 MB/,
    );

    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect((await fetch(`${url}/api/plans`)).status).toBe(200);
    // Signing in stays possible (it reads), so the data can still be looked at.
    expect((await signIn(url, 'owner@demo.example')).status).toBe(200);
    await signUp(url, 'Again');
    // One line when refusing starts, not one per request.
    expect(stack.output().match(/refusing writes/g)).toHaveLength(1);
    expect((await stack.stop()).code).toBe(0);
  }, 120_000);

  it('MIN_FREE_DISK_MB must be a whole number', async () => {
    const { code, output } = await start({ DATA_DIR: tempDir(), MIN_FREE_DISK_MB: 'lots' }).exited;
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      'npm start: MIN_FREE_DISK_MB must be a whole number of megabytes, such as 256, not "lots".',
    );
  });
});
