import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pidExists, processArgs, processStartTicks } from './process-identity.js';

/** Who holds a data dir: what `DATA_DIR/stack.lock` says. */
export interface LockOwner {
  pid: number;
  /** Where it serves, once it listens. */
  url?: string;
  /** When it started (ISO instant, from the stack's clock). */
  startedAt: string;
  /** Its `/proc/<pid>/cmdline` and start ticks when it took the lock: a live pid with others is another process. */
  cmdline?: string;
  procStart?: string;
  /** Tells this lock from any other with the same pid. */
  nonce: string;
}

export interface DataDirLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Adds what becomes known later (the URL) to the lock, atomically. */
  update(fields: { url: string }): void;
  /** Removes the lock if it still is this one; idempotent. */
  release(): void;
}

export type LockAttempt = { acquired: true; lock: DataDirLock } | { acquired: false; owner: LockOwner };

export const LOCK_FILE = 'stack.lock';

const parseOwner = (text: string): LockOwner | null => {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.nonce === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
};

/**
 * Whether the lock's owner still runs: its pid exists and, where /proc tells, is still the same program started at the
 * same moment (a zombie, a reused pid or an unrelated program holding it do not count).
 */
export const ownerIsAlive = (owner: LockOwner): boolean => {
  if (!pidExists(owner.pid)) return false;
  const args = processArgs(owner.pid);
  if (args === null) return true; // no /proc: the pid exists, so assume it is the stack
  if (owner.cmdline !== undefined && args.join(' ') !== owner.cmdline) return false;
  if (owner.procStart !== undefined && processStartTicks(owner.pid) !== owner.procStart) return false;
  return true;
};

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Takes `DATA_DIR/stack.lock` for this process, or tells who holds it. The lock appears complete or not at all: it is
 * written to a file of its own and hard-linked into place, which fails if a lock is there (as O_EXCL would). A lock
 * whose owner is gone is moved aside under a name of this process's own and, if what was moved is the stale lock that
 * was read, dropped; if another start replaced it in between, what was moved is that one's fresh lock, which is linked
 * back. So of starts racing for one data dir, stale lock or none, exactly one wins.
 */
export const acquireDataDirLock = (dataDir: string, startedAt: string): LockAttempt => {
  const path = join(dataDir, LOCK_FILE);
  const args = processArgs(process.pid);
  const owner: LockOwner = {
    pid: process.pid,
    startedAt,
    ...(args ? { cmdline: args.join(' ') } : {}),
    ...(processStartTicks(process.pid) ? { procStart: processStartTicks(process.pid) as string } : {}),
    nonce: randomBytes(8).toString('hex'),
  };
  const unique = () => `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
  const write = (content: LockOwner) => {
    const temp = unique();
    writeFileSync(temp, `${JSON.stringify(content)}\n`, { flag: 'wx' });
    return temp;
  };

  for (let attempt = 0; attempt < 20; attempt++) {
    const temp = write(owner);
    try {
      linkSync(temp, path);
      rmSync(temp);
      // A start taking over a stale lock may have moved ours aside in the instant after we linked it, and a third
      // start linked its own in the gap: ours only if it is still there a moment later (the window is a rename).
      pause(TAKEOVER_SETTLE_MS);
      if (parseOwner(readText(path) ?? '')?.nonce !== owner.nonce) continue;
      return { acquired: true, lock: heldLock(path, owner, write) };
    } catch (error) {
      rmSync(temp, { force: true });
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const text = readText(path);
    if (text === null) continue; // released meanwhile: try again
    const holder = parseOwner(text);
    if (holder && ownerIsAlive(holder)) return { acquired: false, owner: holder };
    // Stale (or unreadable, which a lock written by link never is): move exactly that file aside.
    const aside = unique();
    try {
      renameSync(path, aside);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue; // another start moved it first
      throw error;
    }
    const moved = readText(aside);
    if (moved !== text) {
      // Another start took over between our read and our rename: give its lock back (it still holds it).
      try {
        linkSync(aside, path);
      } catch {
        // a third start linked its own lock meanwhile; that one holds it now
      }
    }
    rmSync(aside, { force: true });
  }
  throw new Error(`could not take ${path}: it keeps changing`);
};

/** How long a freshly linked lock must stay ours before we count on it. */
const TAKEOVER_SETTLE_MS = 50;

/** Start-up only, so blocking is fine: a synchronous sleep. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const heldLock = (path: string, owner: LockOwner, write: (content: LockOwner) => string): DataDirLock => {
  let current = owner;
  let held = true;
  const isOurs = () => parseOwner(readText(path) ?? '')?.nonce === owner.nonce;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    if (isOurs()) rmSync(path, { force: true });
  };
  // Whatever ends this process short of SIGKILL, the data dir is free again.
  process.once('exit', release);
  return {
    path,
    get owner() {
      return current;
    },
    update: (fields) => {
      if (!held || !isOurs()) return;
      current = { ...current, ...fields };
      renameSync(write(current), path);
    },
    release,
  };
};

/** The one sentence `npm start` answers when the data dir is taken. */
export const describeLockedDataDir = (dataDir: string, owner: LockOwner): string =>
  `DATA_DIR ${dataDir} is in use by another local stack (pid ${owner.pid}, ${owner.url ?? 'still starting'}, started ${owner.startedAt}); ` +
  `stop that one first (Ctrl-C in its terminal, or kill ${owner.pid}), or give this one another data dir, e.g. DATA_DIR=.data-2 npm start.`;
