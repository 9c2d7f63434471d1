import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  type DataDirLock,
  describeLockedDataDir,
  LOCK_FILE,
} from '../../../scripts/local-stack/data-dir-lock.js';
import { PROJECT_ROOT } from '../../../scripts/local-stack/stack.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const STARTED = '2026-03-01T09:00:00.000Z';
const acquired = (dir: string): DataDirLock => {
  const attempt = acquireDataDirLock(dir, STARTED);
  if (!attempt.acquired) throw new Error(`expected the lock, held by ${attempt.owner.pid}`);
  return attempt.lock;
};

/** The pid of a process that has exited (and been reaped). */
const deadPid = async () => {
  const child = spawn('true');
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid as number;
};

/** A live process that is not a local stack. */
const unrelatedProcess = () => {
  const child = spawn('sleep', ['60']);
  children.push(child);
  return child;
};

const writeLock = (dir: string, owner: Record<string, unknown>) =>
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ startedAt: STARTED, nonce: 'old', ...owner }));

describe('the data-dir lock', () => {
  it('is held by one owner: a second attempt is told who (pid, URL), and after release it is free', () => {
    const dir = tempDir();
    const lock = acquired(dir);
    lock.update({ url: 'http://127.0.0.1:3000' });
    const second = acquireDataDirLock(dir, STARTED);
    expect(second).toMatchObject({ acquired: false, owner: { pid: process.pid, url: 'http://127.0.0.1:3000' } });
    if (second.acquired) return;
    expect(describeLockedDataDir(dir, second.owner)).toBe(
      `DATA_DIR ${dir} is in use by another local stack (pid ${process.pid}, http://127.0.0.1:3000, started ${STARTED}); ` +
        `stop that one first (Ctrl-C in its terminal, or kill ${process.pid}), or give this one another data dir, e.g. DATA_DIR=.data-2 npm start.`,
    );
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquired(dir).release();
    // Nothing but the lock was ever left in the data dir.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('left by a process that is gone is taken over', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: await deadPid(), url: 'http://127.0.0.1:3000' });
    const lock = acquired(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(lock.owner.url).toBeUndefined();
    lock.release();
  });

  it('whose pid now belongs to another program is taken over, and that program is left alone', () => {
    const dir = tempDir();
    const other = unrelatedProcess();
    writeLock(dir, { pid: other.pid, cmdline: 'node --import tsx scripts/local-stack/main.ts' });
    const lock = acquired(dir);
    expect(other.exitCode).toBeNull();
    expect(other.signalCode).toBeNull();
    lock.release();
  });

  it('unreadable (not a lock this code writes) counts as stale', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), 'garbage');
    acquired(dir).release();
  });

  it('release leaves a lock that is no longer this one alone', () => {
    const dir = tempDir();
    const lock = acquired(dir);
    writeLock(dir, { pid: process.pid, nonce: 'someone-else' });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it('of many processes racing for a data dir with a stale lock, exactly one wins', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: await deadPid() });
    // Each child tries once, reports, and holds what it got until told to go (stdin closes), so no winner is gone
    // (and its lock stale) before every other has tried.
    const script = `
      import { acquireDataDirLock } from './scripts/local-stack/data-dir-lock.ts';
      const attempt = acquireDataDirLock(${JSON.stringify(dir)}, 'now');
      process.stdout.write(attempt.acquired ? 'won\\n' : 'refused by ' + attempt.owner.pid + '\\n');
      process.stdin.resume();
      process.stdin.on('end', () => process.exit(0));
    `;
    const racers = Array.from({ length: 6 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: PROJECT_ROOT,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      children.push(child);
      return new Promise<{ child: ChildProcess; said: string }>((resolve) => {
        let said = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          said += chunk.toString();
          if (said.endsWith('\n')) resolve({ child, said: said.trim() });
        });
      });
    });
    const results = await Promise.all(racers);
    const winners = results.filter((result) => result.said === 'won');
    expect(winners).toHaveLength(1);
    const winnerPid = winners[0]?.child.pid;
    for (const result of results.filter((r) => r.said !== 'won')) expect(result.said).toBe(`refused by ${winnerPid}`);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: winnerPid });
    await Promise.all(
      results.map(({ child }) => {
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.stdin?.end();
        return exited;
      }),
    );
    // The winner released it on exit; no temp file is left behind.
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
