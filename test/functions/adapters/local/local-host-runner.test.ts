import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandStatusEvent } from '../../../../functions/adapters/local/local-event-bus.js';
import { LocalHostRegistry } from '../../../../functions/adapters/local/local-host-registry.js';
import { catalogueDocuments, LocalHostRunner } from '../../../../functions/adapters/local/local-host-runner.js';
import type { CommandDocument } from '../../../../shared/tasks/catalogue.js';

let dir: string;
let registry: LocalHostRegistry;
let events: CommandStatusEvent[];

const HOST = 'mi-00000000000000001';

const shellDocument = (script: string[], timeoutSeconds = 5): CommandDocument => ({
  schemaVersion: '2.2',
  description: 'test',
  parameters: {
    dryRun: { type: 'String', description: 'dry run', allowedValues: ['true', 'false'], default: 'false' },
    word: { type: 'String', description: 'a word', allowedPattern: '^[a-z]{1,10}$', default: 'hello' },
  },
  mainSteps: [
    {
      action: 'aws:runShellScript',
      name: 'run',
      precondition: { StringEquals: ['platformType', 'Linux'] },
      inputs: { runCommand: script, timeoutSeconds: String(timeoutSeconds) },
    },
  ],
});

const runnerWith = (documents: Record<string, CommandDocument>) =>
  new LocalHostRunner({
    registry,
    emit: async (event) => {
      events.push(event);
    },
    now: () => new Date(),
    documents: (name) => documents[name] ?? catalogueDocuments(name),
  });

const send = (
  runner: LocalHostRunner,
  documentName: string,
  parameters: Record<string, string> = {},
  timeoutSeconds = 60,
) => runner.send('tenant-a', { hostId: HOST, documentName, parameters, timeoutSeconds, comment: 'test' });

const statuses = () => events.map((event) => event.detail.status);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsdesk-runner-'));
  registry = new LocalHostRegistry(dir);
  registry.update((state) => {
    state.hosts.push({ id: HOST, tenantId: 'tenant-a', name: 'demo', registeredAt: new Date().toISOString() });
  });
  events = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('local host runner', () => {
  it('runs the real disk report and emits SSM’s status-change events', async () => {
    const runner = runnerWith({});
    const { commandId } = await send(runner, 'Opsdesk-DiskReport', { dryRun: 'false' });
    await runner.settle();
    expect(statuses()).toEqual(['InProgress', 'Success']);
    expect(events[1]).toMatchObject({
      source: 'aws.ssm',
      'detail-type': 'EC2 Command Invocation Status-change Notification',
      detail: { 'command-id': commandId, 'instance-id': HOST, 'document-name': 'Opsdesk-DiskReport' },
    });
    const output = await runner.output('tenant-a', commandId, HOST);
    expect(output.stdout).toContain('== File systems ==');
    expect(output.stdout).toMatch(/Use%/);
  });

  it('ends a command that outlives its time limit as TimedOut, killing its children', async () => {
    const runner = runnerWith({ Slow: shellDocument(['echo started', 'sleep 30', 'echo never'], 1) });
    const started = Date.now();
    const { commandId } = await send(runner, 'Slow');
    await runner.settle();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(statuses()).toEqual(['InProgress', 'TimedOut']);
    const output = await runner.output('tenant-a', commandId, HOST);
    expect(output.stdout).toContain('started');
    expect(output.stdout).not.toContain('never');
    expect(output.stderr).toContain('time limit');
  });

  it('always runs with dryRun=true, in a sandbox under the data dir, with parameters substituted', async () => {
    const runner = runnerWith({
      Echo: shellDocument(["echo dry={{ dryRun }} word='{{ word }}'", 'pwd', 'touch made-here']),
    });
    const { commandId } = await send(runner, 'Echo', { dryRun: 'false', word: 'abc' });
    await runner.settle();
    const { stdout } = await runner.output('tenant-a', commandId, HOST);
    expect(stdout).toContain('dry=true word=abc');
    expect(stdout).toContain(join(dir, 'sandbox', HOST));
  });

  it('reports a failing script as Failed with its standard error', async () => {
    const runner = runnerWith({ Fails: shellDocument(['echo oops >&2', 'exit 3']) });
    const { commandId } = await send(runner, 'Fails');
    await runner.settle();
    expect(statuses()).toEqual(['InProgress', 'Failed']);
    expect((await runner.output('tenant-a', commandId, HOST)).stderr).toContain('oops');
  });

  it('refuses what SSM refuses: parameters outside the allowed pattern, unknown documents, other tenants’ hosts', async () => {
    const runner = runnerWith({ Echo: shellDocument(['echo {{ word }}']) });
    await expect(send(runner, 'Echo', { word: '$(reboot)' })).rejects.toMatchObject({ name: 'InvalidParameters' });
    await expect(send(runner, 'Opsdesk-Nothing')).rejects.toMatchObject({ name: 'InvalidDocument' });
    await expect(
      runner.send('tenant-b', { hostId: HOST, documentName: 'Echo', parameters: {}, timeoutSeconds: 5, comment: '' }),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(events).toEqual([]);
  });

  describe('a command whose runner stopped while it ran (the local stack died)', () => {
    /** A result file as a runner of another process leaves it when that process dies mid-command. */
    const leftInProgress = (
      commandId: string,
      owner: { pid: number; runId: string } | undefined,
      requestedAt: Date,
    ) => {
      mkdirSync(join(dir, 'commands'), { recursive: true });
      writeFileSync(
        join(dir, 'commands', `${commandId}.json`),
        JSON.stringify({
          commandId,
          hostId: HOST,
          documentName: 'Opsdesk-DiskReport',
          status: 'InProgress',
          exitCode: null,
          stdout: 'started\n',
          stderr: '',
          requestedAt: requestedAt.toISOString(),
          finishedAt: null,
          ...(owner ? { owner, timeoutSeconds: 120 } : {}),
        }),
      );
    };
    /** The pid of a process that has ended. */
    const deadPid = () => spawnSync('/bin/true').pid as number;

    it('reports TimedOut, saying plainly that the local stack stopped, once its runner process is gone', async () => {
      leftInProgress('cmd-orphan', { pid: deadPid(), runId: 'an-earlier-stack' }, new Date());
      const runner = runnerWith({});
      expect(await runner.status('tenant-a', 'cmd-orphan', HOST)).toBe('TimedOut');
      const output = await runner.output('tenant-a', 'cmd-orphan', HOST);
      expect(output.stdout).toContain('started');
      expect(output.stderr).toMatch(/local stack stopped while this command ran/);
      // The file is final from now on: asked again (by a runner built anew, too), the answer stays.
      expect(JSON.parse(readFileSync(join(dir, 'commands', 'cmd-orphan.json'), 'utf8'))).toMatchObject({
        status: 'TimedOut',
      });
      expect(await runnerWith({}).status('tenant-a', 'cmd-orphan', HOST)).toBe('TimedOut');
    });

    it('treats a file of an earlier runner version (no owner recorded) the same way', async () => {
      leftInProgress('cmd-old', undefined, new Date());
      expect(await runnerWith({}).status('tenant-a', 'cmd-old', HOST)).toBe('TimedOut');
    });

    it('leaves alone a command another live runner process still runs, until its time limit has passed', async () => {
      // This test's own parent process stands in for another live local stack.
      leftInProgress('cmd-elsewhere', { pid: process.ppid, runId: 'another-stack' }, new Date());
      expect(await runnerWith({}).status('tenant-a', 'cmd-elsewhere', HOST)).toBe('InProgress');
      leftInProgress('cmd-reused-pid', { pid: process.ppid, runId: 'another-stack' }, new Date(Date.now() - 3_600_000));
      expect(await runnerWith({}).status('tenant-a', 'cmd-reused-pid', HOST)).toBe('TimedOut');
    });

    it('reports InProgress for a command this process is running, from any of its runners', async () => {
      const runner = runnerWith({ Slow: shellDocument(['sleep 1', 'echo done'], 5) });
      const { commandId } = await send(runner, 'Slow');
      expect(await runner.status('tenant-a', commandId, HOST)).toBe('InProgress');
      expect(await runnerWith({}).status('tenant-a', commandId, HOST)).toBe('InProgress');
      await runner.settle();
      expect(await runner.status('tenant-a', commandId, HOST)).toBe('Success');
    });
  });
});
