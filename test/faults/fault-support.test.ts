import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pidExists, processArgs } from '../../scripts/local-stack/process-identity.js';
import { isDynamoDbLocalOf } from '../support/local-stack-process.js';
import { faultDataDir } from './fault-support.js';

/**
 * A fault file cleans up after a stack it killed hard by the engine's pid file. Pids are reused (pid_max is 32768 on
 * the CI machines), so by then the pid may be any process — another fault file's engine, paused on purpose. Cleaning
 * up must leave that process alone: once, it was killed, and the other file's paused database answered again.
 */
const bystander = spawn('sleep', ['120'], { stdio: 'ignore' });
afterAll(() => {
  bystander.kill('SIGKILL');
});

describe('a fault data dir whose pid file names a process that is not its engine', () => {
  it('is not counted as its engine, and removing the data dir leaves that process running', async () => {
    const data = faultDataDir();
    const pid = bystander.pid as number;
    mkdirSync(join(data.dataDir, 'dynamodb'), { recursive: true });
    writeFileSync(join(data.dataDir, 'dynamodb', 'dynamodb-local.pid'), String(pid));
    expect(pidExists(pid)).toBe(true);
    expect(isDynamoDbLocalOf(pid, data.dataDir)).toBe(false);

    data.remove();

    // A killed child is a zombie (empty command line) at once, and reaped by Node's event loop soon after.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processArgs(pid)).toEqual(['sleep', '120']);
    expect(bystander.signalCode).toBeNull();
  });
});
