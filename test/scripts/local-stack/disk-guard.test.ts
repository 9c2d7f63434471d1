import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiskGuard, type WriteRefusal } from '../../../scripts/local-stack/disk-guard.js';
import { createDispatcher } from '../../../scripts/local-stack/dispatcher.js';
import { createLocalServer } from '../../../scripts/local-stack/server.js';
import { readSettings } from '../../../scripts/local-stack/stack.js';

const MB = 1024 * 1024;

/** A filesystem whose free space the test sets; 4 KiB blocks, as ext4's. */
const disk = (freeMb: number) => {
  const state = { freeMb, fails: false };
  return {
    state,
    statfs: () => {
      if (state.fails) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      return { bsize: 4096, bavail: Math.floor((state.freeMb * MB) / 4096) };
    },
  };
};

describe('the disk guard', () => {
  it('refuses writes below the margin, takes them again above it, and logs each change once', () => {
    const fs = disk(1000);
    const lines: string[] = [];
    const guard = startDiskGuard({
      path: '/data',
      minFreeMb: 256,
      intervalMs: 0,
      statfs: fs.statfs,
      log: (l) => lines.push(l),
    });
    expect(guard.refusal()).toBeNull();
    expect(lines).toEqual([]);

    fs.state.freeMb = 100;
    guard.check();
    guard.check();
    guard.check();
    expect(guard.refusal()).toEqual({
      detail:
        'Only 100 MB are free on the disk of DATA_DIR /data, below the margin of 256 MB (MIN_FREE_DISK_MB) the local stack ' +
        'keeps so that no acknowledged write is lost; free some space and try again.',
      retryAfterSeconds: 1,
    });
    expect(lines).toEqual([
      'only 100 MB free on the disk of DATA_DIR /data, below the margin of 256 MB (MIN_FREE_DISK_MB): refusing writes with 503 until space is freed; reads keep working.',
    ]);

    // Unreadable for a while: the verdict stays, said once.
    fs.state.fails = true;
    guard.check();
    guard.check();
    expect(guard.refusal()).not.toBeNull();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      'cannot read the free space of DATA_DIR /data (ENOENT); writes are still refused until it can.',
    );

    fs.state.fails = false;
    fs.state.freeMb = 2048;
    guard.check();
    guard.check();
    expect(guard.refusal()).toBeNull();
    expect(lines.slice(2)).toEqual([
      '2,048 MB free on the disk of DATA_DIR /data again (margin 256 MB): taking writes again.',
    ]);
    guard.stop();
  });

  it('reads the space at start and then every interval by itself', async () => {
    const fs = disk(10);
    const lines: string[] = [];
    const guard = startDiskGuard({
      path: '/data',
      minFreeMb: 256,
      intervalMs: 20,
      statfs: fs.statfs,
      log: (l) => lines.push(l),
    });
    expect(guard.refusal()).not.toBeNull();
    fs.state.freeMb = 300;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(guard.refusal()).toBeNull();
    expect(lines).toHaveLength(2);
    guard.stop();
  });

  it('reads the real filesystem when no stand-in is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsdesk-disk-'));
    try {
      const never = startDiskGuard({ path: dir, minFreeMb: 0, intervalMs: 0, log: () => undefined });
      expect(never.refusal()).toBeNull();
      const always = startDiskGuard({ path: dir, minFreeMb: 10 ** 12, intervalMs: 0, log: () => undefined });
      expect(always.refusal()?.detail).toContain(`DATA_DIR ${dir}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('MIN_FREE_DISK_MB', () => {
  it('defaults to 256 and must be a whole number', () => {
    expect(readSettings({}).minFreeDiskMb).toBe(256);
    expect(readSettings({ MIN_FREE_DISK_MB: '0' }).minFreeDiskMb).toBe(0);
    expect(readSettings({ MIN_FREE_DISK_MB: '1024' }).minFreeDiskMb).toBe(1024);
    for (const bad of ['', '-1', '1.5', '1e3', 'lots', '99999999999999999999'])
      expect(() => readSettings({ MIN_FREE_DISK_MB: bad }), bad).toThrow(
        `MIN_FREE_DISK_MB must be a whole number of megabytes, such as 256, not "${bad}".`,
      );
  });
});

describe('the local server while writes are refused', () => {
  let server: Server;
  let base: string;
  let refusal: WriteRefusal | null = null;
  beforeAll(async () => {
    server = createLocalServer({
      dispatch: createDispatcher(async () => ({ outcome: 'unauthenticated', reason: 'No credential is valid here.' })),
      webDir: tmpdir(),
      webConfig: {},
      refuseWrites: () => refusal,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers every API write with 503, Retry-After and a problem, and every read as before', async () => {
    refusal = { detail: 'Only 1 MB are free.', retryAfterSeconds: 5 };
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await fetch(`${base}/api/tasks/t-1`, { method, body: method === 'DELETE' ? null : '{}' });
      expect(response.status, method).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toEqual({
        type: 'https://opsdesk.dev/problems/local-disk-nearly-full',
        title: 'Disk nearly full',
        status: 503,
        detail: 'Only 1 MB are free.',
      });
    }
    // Reads reach the dispatcher (here: its authorizer's 401, as without a refusal).
    expect((await fetch(`${base}/api/tasks`)).status).toBe(401);
    expect((await fetch(`${base}/api/tasks`, { method: 'HEAD' })).status).not.toBe(503);
    expect((await fetch(`${base}/api/tasks`, { method: 'OPTIONS' })).status).not.toBe(503);

    refusal = null;
    expect((await fetch(`${base}/api/tasks`, { method: 'POST', body: '{}' })).status).toBe(401);
  });
});
