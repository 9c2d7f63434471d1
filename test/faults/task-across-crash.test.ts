import { createServer, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDirInvariants } from '../../scripts/invariants/data-dir.js';
import { DEMO_HOST } from '../../scripts/local-stack/seed.js';
import { findTaskType } from '../../shared/tasks/catalogue.js';
import type { Task } from '../../shared/tasks/model.js';
import { HOST_LOCK_MARGIN_MS } from '../../shared/tasks/tasks.js';
import { E2E_TODAY, stackTime, startLocalStackProcess } from '../support/local-stack-process.js';
import { call, eventually, faultDataDir, signIn } from './fault-support.js';

/**
 * Fault: the stack dies (SIGKILL) while an automated task's command runs on a host. After a restart, the task must
 * not stay `running` for ever: the minute job asks the host runner about the command, which no process runs any
 * more, and the task reaches a final state; if it was dead-lettered, an operator can redrive it.
 *
 * The command: a certificate check against a local port that accepts the connection and never answers TLS, so
 * `openssl s_client` waits (up to the script's 20 s) — long enough to be seen `running` and killed.
 */
const data = faultDataDir();
let stop: (() => Promise<unknown>) | undefined;
const sockets = new Set<Socket>();
const silent = createServer((socket) => {
  sockets.add(socket);
  socket.on('error', () => undefined);
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  silent.close();
  await stop?.();
  data.remove();
});

const FINAL = ['succeeded', 'failed', 'timed_out', 'cancelled'];

describe('a task running across a crash', () => {
  it('reaches a final state after the restart; a dead-lettered one can be redriven', async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    let stack = await startLocalStackProcess({ CLOCK_START: E2E_TODAY.toISOString() }, { dataDir: data.dataDir });
    stop = stack.stop;
    let owner = await signIn(stack.url, 'owner@demo.example');
    const requested = await call(stack.url, 'POST', '/api/tasks', {
      token: owner,
      body: { typeId: 'certificate-check', hostId: DEMO_HOST.id, params: { domain: 'localhost', port } },
    });
    expect(requested.status, requested.text).toBe(202);
    const taskId = (requested.json() as Task).id;
    const getTask = async (url: string, token: string) =>
      (await call(url, 'GET', `/api/tasks/${taskId}`, { token })).json() as Task;

    const running = await eventually(
      'the task running',
      async () => {
        const task = await getTask(stack.url, owner);
        if (FINAL.includes(task.status)) throw new Error(`the task ended before the kill: ${JSON.stringify(task)}`);
        return task.status === 'running' ? task : undefined;
      },
      20_000,
      200,
    );
    expect(running.commandId).toBeTruthy();
    const killedAt = await stackTime(stack);
    await stack.kill();

    // Restart once the command is past its time limit and the margin within which its status would have come back.
    const limitMs = (findTaskType('certificate-check')?.run?.timeoutSeconds ?? 600) * 1000;
    const restartAt = new Date(killedAt + 2 * limitMs + HOST_LOCK_MARGIN_MS + 60_000).toISOString();
    stack = await startLocalStackProcess({ CLOCK_START: restartAt }, { dataDir: data.dataDir });
    stop = stack.stop;
    owner = await signIn(stack.url, 'owner@demo.example');
    const final = await eventually(
      'a final state after the restart',
      async () => {
        const task = await getTask(stack.url, owner);
        return FINAL.includes(task.status) ? task : undefined;
      },
      30_000,
      500,
    );
    console.log(
      `after the restart: ${final.status}${final.deadLetteredAt ? ' (dead-lettered)' : ''}: ${final.lastError}`,
    );
    expect(final.status).not.toBe('running');

    if (final.deadLetteredAt) {
      const operator = await signIn(stack.url, 'operator@opsdesk.local');
      const listed = (await call(stack.url, 'GET', '/api/ops/dead-letters', { token: operator })).json()
        .items as Task[];
      expect(listed.map((task) => task.id)).toContain(taskId);
      const redriven = await call(stack.url, 'POST', `/api/ops/tasks/${taskId}/redrive`, { token: operator });
      expect(redriven.status, redriven.text).toBe(200);
      expect(redriven.json()).toMatchObject({ status: 'queued', deadLetteredAt: null });
      // The port now refuses: the command fails fast, and the task ends again — not stuck in the queue.
      for (const socket of sockets) socket.destroy();
      silent.close();
      const again = await eventually(
        'a final state after the redrive',
        async () => {
          const task = await getTask(stack.url, owner);
          return FINAL.includes(task.status) ? task : undefined;
        },
        45_000,
        500,
      );
      expect(again.history.some((entry) => entry.reason === 'redriven from the dead-letter queue')).toBe(true);
    }

    await stack.stop();
    stop = undefined;
    const { violations } = await checkDataDirInvariants(data.dataDir);
    expect(violations).toEqual([]);
  }, 240_000);
});
