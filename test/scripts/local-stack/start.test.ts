import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnLocalStack } from '../../../scripts/local-stack/spawn-local-stack.js';
import { dynamoDbLocalPid, isDynamoDbLocalOf } from '../../support/local-stack-process.js';

const start = (env: Record<string, string>) => spawnLocalStack(env);

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-start-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm start refuses clearly', () => {
  it('a port that is taken: one sentence, exit code 1', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const result = await start({ PORT: String(port), DATA_DIR: tempDir() }).exited;
    blocker.close();
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `npm start: Port ${port} is already in use; stop what uses it or pick another, e.g. PORT=3001 npm start.`,
    );
  });

  it('a data dir that cannot be written', async () => {
    const result = await start({ PORT: '0', DATA_DIR: '/etc/hostname/opsdesk' }).exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^npm start: DATA_DIR \/etc\/hostname\/opsdesk is not a writable directory \(ENOTDIR\)/,
    );
  });

  it('a machine without Java', async () => {
    const result = await start({ PORT: '0', DATA_DIR: tempDir(), PATH: '/nonexistent' }).exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^npm start: Java was not found on PATH/);
  });

  it('settings that make no sense', async () => {
    const badPort = await start({ PORT: 'abc', DATA_DIR: tempDir() }).exited;
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('PORT must be a whole number');
    const badClock = await start({ PORT: '0', DATA_DIR: tempDir(), CLOCK_START: 'yesterday' }).exited;
    expect(badClock.code).toBe(1);
    expect(badClock.stderr).toContain('CLOCK_START must be an ISO 8601 instant');
  });
});

describe('npm start runs the whole stack', () => {
  it('seeds an empty data dir, serves API and web on one port, stops everything on Ctrl-C and keeps data', async () => {
    const dataDir = tempDir();
    const first = start({ PORT: '0', DATA_DIR: dataDir, CLOCK_START: '2026-03-01T09:00:00Z' });
    const { url } = await first.ready;
    const javaPid = dynamoDbLocalPid(dataDir);
    expect(isDynamoDbLocalOf(javaPid, dataDir)).toBe(true);

    expect(await (await fetch(`${url}/api/health`)).json()).toEqual({
      status: 'ok',
      time: expect.any(String),
      checks: { table: 'ok', queues: 'ok' },
    });
    const page = await fetch(`${url}/signup`);
    expect(page.headers.get('content-type')).toContain('text/html');
    // The OAuth redirect target is the web app's, not the API's.
    expect((await fetch(`${url}/auth/callback?code=x`)).headers.get('content-type')).toContain('text/html');
    expect(await (await fetch(`${url}/config.json`)).json()).toEqual({ identity: 'dev' });
    const owner = await fetch(`${url}/auth/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.example' }),
    });
    expect(owner.status).toBe(200);
    const signup = await fetch(`${url}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisation: 'Restart Test e.V.', name: 'Rita', email: 'rita@restart.example' }),
    });
    expect(signup.status).toBe(201);
    const authorization = `Bearer ${((await owner.json()) as { token: string }).token}`;
    const me = await fetch(`${url}/api/me`, { headers: { authorization } });
    // The demo tenant is subscribed to the eighth-webmaster plan, in the period of CLOCK_START.
    const subscription = (await (await fetch(`${url}/api/subscription`, { headers: { authorization } })).json()) as {
      status: string;
      plan: { id: string };
      period: { id: string };
    };
    expect(subscription).toMatchObject({
      status: 'active',
      plan: { id: 'webmaster-eighth' },
      period: { id: '2026-03' },
    });
    // The demo tenant's monitors are on its public status page, readable signed out.
    const status = await fetch(`${url}/api/status/demo-verein`);
    expect(status.status).toBe(200);
    expect(((await status.json()) as { monitors: { name: string }[] }).monitors.map((monitor) => monitor.name)).toEqual(
      ['Opsdesk health', 'Nightly backup job'],
    );
    expect((await fetch(`${url}/status/demo-verein`)).headers.get('content-type')).toContain('text/html');
    // CLOCK_START moves the stack's clock: the seed was written "on" 2026-03-01.
    expect(((await me.json()) as { tenant: { createdAt: string } }).tenant.createdAt).toMatch(/^2026-03-01T09:00/);

    expect((await first.stop('SIGINT')).code).toBe(0);
    expect(isDynamoDbLocalOf(javaPid, dataDir)).toBe(false);

    const second = start({ PORT: '0', DATA_DIR: dataDir });
    const { url: secondUrl } = await second.ready;
    const rita = await fetch(`${secondUrl}/auth/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'rita@restart.example' }),
    });
    expect(rita.status).toBe(200);
    const { code, stdout } = await second.stop('SIGTERM');
    expect(code).toBe(0);
    expect(stdout).not.toContain('demo data seeded');
  }, 120_000);
});
