import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listenersOn, listensOn, processArgs } from '../../scripts/local-stack/process-identity.js';
import {
  dynamoDbLocalPid,
  E2E_TODAY,
  isDynamoDbLocalOf,
  startLocalStackProcess,
} from '../support/local-stack-process.js';
import { type ApiResponse, call, eventually, faultDataDir, signIn } from './fault-support.js';

/**
 * Fault: the database stops answering (SIGSTOP: hung, as a paused VM or a full GC would leave it) and then dies
 * (SIGKILL). Clients get 503 problem+json with Retry-After — never a 500, never a hang — and the health route says
 * which dependency is down; once the database is back (resumed, or restarted by the stack), requests succeed again.
 */
const data = faultDataDir();
let stop: (() => Promise<unknown>) | undefined;
let pausedPid: number | null = null;
afterAll(async () => {
  if (pausedPid && isDynamoDbLocalOf(pausedPid, data.dataDir)) process.kill(pausedPid, 'SIGCONT');
  await stop?.();
  data.remove();
});

/**
 * The stack's output, shown by a failing assertion: the engine's exits and restarts are there — and, once the engine
 * is paused, its process state (T: stopped) and every socket listening on its port (two would explain an answer).
 */
let stackOutput = () => '';
const engineState = (pid: number, port: number): string => {
  let state = '?';
  try {
    state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[0] ?? '?';
  } catch {
    state = 'gone';
  }
  return `engine pid ${pid} state ${state}; listening on ${port}: ${JSON.stringify(listenersOn(port))}`;
};
const expectUnavailable = (response: ApiResponse, what: string) => {
  expect(response.status, `${what}: ${response.text}\n${stackOutput()}`).toBe(503);
  expect(response.headers.get('content-type'), what).toContain('application/problem+json');
  expect(Number(response.headers.get('retry-after')), `${what}: retry-after`).toBeGreaterThan(0);
  expect(response.json(), what).toMatchObject({ status: 503 });
};

describe('the database hangs, then dies', () => {
  it('503 with Retry-After within seconds while it is down, health says so; 200 again once it is back', async () => {
    const stack = await startLocalStackProcess({ CLOCK_START: E2E_TODAY.toISOString() }, { dataDir: data.dataDir });
    stop = stack.stop;
    stackOutput = stack.output;
    const token = await signIn(stack.url, 'owner@demo.example');
    const tasks = () => call(stack.url, 'GET', '/api/tasks', { token, timeoutMs: 30_000 });
    const health = () => call(stack.url, 'GET', '/api/health', { timeoutMs: 30_000 });
    expect((await tasks()).status).toBe(200);
    expect((await health()).json()).toMatchObject({ status: 'ok', checks: { table: 'ok', queues: 'ok' } });

    // Paused: the engine accepts connections but answers nothing.
    const javaPid = dynamoDbLocalPid(data.dataDir);
    expect(isDynamoDbLocalOf(javaPid, data.dataDir)).toBe(true);
    // …and it is the one answering on the stack's engine port (no other program took that port).
    const args = processArgs(javaPid!) ?? [];
    const enginePort = Number(args[args.indexOf('-port') + 1]);
    expect(listensOn(javaPid!, enginePort), `pid ${javaPid} listens on ${enginePort}\n${stack.output()}`).toBe(true);
    process.kill(javaPid!, 'SIGSTOP');
    pausedPid = javaPid;
    const output = stack.output;
    stackOutput = () => `${output()}\n${engineState(javaPid!, enginePort)}`;
    const paused = performance.now();
    // The health route may answer from its last round of checks for a few seconds; within ~10 s it must know.
    const healthDown = async () => {
      for (;;) {
        const response = await health();
        if (response.status !== 200 || performance.now() - paused > 12_000) return response;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    const [hung, hungHealth] = await Promise.all([tasks(), healthDown()]);
    expectUnavailable(hung, 'GET /api/tasks with the database paused');
    expect(hung.ms, 'answered within ~10 s').toBeLessThan(12_000);
    expect(hungHealth.status, hungHealth.text).toBe(503);
    expect(hungHealth.headers.get('retry-after')).toBeTruthy();
    expect(hungHealth.json()).toMatchObject({ status: 'unavailable', checks: { table: 'unavailable' } });
    expect(performance.now() - paused, 'health said so within ~10 s').toBeLessThan(14_000);

    // Resumed: served again at once (the health route may keep its verdict a few seconds).
    process.kill(javaPid!, 'SIGCONT');
    pausedPid = null;
    await eventually(
      'GET /api/tasks 200 after SIGCONT',
      async () => ((await tasks()).status === 200 ? true : undefined),
      15_000,
    );
    await eventually(
      'health ok after SIGCONT',
      async () => {
        const body = (await health()).json();
        return body.status === 'ok' && body.checks?.table === 'ok' && body.checks?.queues === 'ok' ? true : undefined;
      },
      15_000,
    );

    // Killed: 503 (never 500) until the stack has started the engine again, then 200.
    process.kill(javaPid!, 'SIGKILL');
    const seen: string[] = [];
    let back: ApiResponse | undefined;
    const deadline = performance.now() + 60_000;
    while (!back && performance.now() < deadline) {
      const response = await tasks().catch((error: Error) => error);
      if (response instanceof Error) seen.push(`no answer (${response.message})`);
      else if (response.status === 200) back = response;
      else {
        seen.push(String(response.status));
        expectUnavailable(response, 'GET /api/tasks with the database killed');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    console.log(`answers while the engine was down: ${seen.join(' ') || '(none)'}`);
    expect(seen.filter((answer) => answer !== '503')).toEqual([]);
    expect(back?.status, 'GET /api/tasks 200 within 60 s of the engine’s death').toBe(200);
    const restartedPid = dynamoDbLocalPid(data.dataDir);
    expect(restartedPid).not.toBe(javaPid);
    expect(isDynamoDbLocalOf(restartedPid, data.dataDir)).toBe(true);
    await eventually(
      'health ok after the restart',
      async () => ((await health()).json().status === 'ok' ? true : undefined),
      15_000,
    );
  }, 240_000);
});
