import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalHostRegistry } from '../../../../functions/adapters/local/local-host-registry.js';
import { catalogueDocuments, LocalHostRunner } from '../../../../functions/adapters/local/local-host-runner.js';
import { SsmHostChecker } from '../../../../functions/adapters/monitoring/host-checker.js';
import { HOST_CHECK_DOCUMENT, hostCheckDocument } from '../../../../shared/monitoring/host-check.js';
import type { Monitor } from '../../../../shared/monitoring/model.js';
import type { CommandRunner, SendCommandInput } from '../../../../shared/tasks/ports.js';
import { monitorOf } from './monitor-fixture.js';

const HOST = 'mi-00000000000000001';
let dir: string;
let registry: LocalHostRegistry;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsdesk-host-check-runner-'));
  registry = new LocalHostRegistry(dir);
  registry.update((state) => {
    state.hosts.push({ id: HOST, tenantId: 'tenant-a', name: 'this machine', registeredAt: '2026-01-01T00:00:00Z' });
  });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * How the monitoring wiring builds its local runner: the host-check document besides the catalogue's, and no
 * status events (the checker reads the verdict on its next run; the tasks' handler knows no such command).
 */
const localRunner = () =>
  new LocalHostRunner({
    registry,
    emit: async () => undefined,
    now: () => new Date('2026-12-06T12:00:00Z'),
    documents: (name) => (name === HOST_CHECK_DOCUMENT ? hostCheckDocument() : catalogueDocuments(name)),
  });

const hostMonitor = (hostCheck: NonNullable<Monitor['hostCheck']>) =>
  monitorOf({ kind: 'host', hostId: HOST, hostCheck });

describe('SsmHostChecker through the local host runner', () => {
  it('checks this machine’s / disk: pending first, then the verdict', async () => {
    const runner = localRunner();
    const checker = new SsmHostChecker(runner);
    const monitor = hostMonitor({ check: 'disk', path: '/', thresholdPercent: 99 });
    const { commandId } = await checker.start(monitor);
    expect(await checker.verdict(monitor, commandId)).toBeNull();
    await runner.settle();
    expect(await checker.verdict(monitor, commandId)).toEqual({
      outcome: 'up',
      responseMs: null,
      message: expect.stringMatching(/^disk \/ at \d+ % \(limit 99 %\)$/),
    });
  });

  it('a missing certificate file is down', async () => {
    const runner = localRunner();
    const checker = new SsmHostChecker(runner);
    const monitor = hostMonitor({ check: 'certificate-file', path: '/no/such/cert.pem' });
    const { commandId } = await checker.start(monitor);
    await runner.settle();
    expect(await checker.verdict(monitor, commandId)).toMatchObject({
      outcome: 'down',
      message: 'certificate file /no/such/cert.pem not readable',
    });
  });

  it('the catalogue alone does not know the document (the wiring must add it)', async () => {
    const runner = new LocalHostRunner({ registry, emit: async () => undefined, now: () => new Date(0) });
    await expect(new SsmHostChecker(runner).start(hostMonitor({ check: 'disk' }))).rejects.toThrow(
      'No document Opsdesk-HostCheck',
    );
  });

  it('another tenant’s host is out of reach', async () => {
    const checker = new SsmHostChecker(localRunner());
    await expect(checker.start({ ...hostMonitor({ check: 'disk' }), tenantId: 'tenant-b' })).rejects.toThrow(
      /Not authorized/,
    );
  });
});

describe('SsmHostChecker over SSM statuses', () => {
  const fakeRunner = (status: string | Error, stdout = '') => {
    const sent: SendCommandInput[] = [];
    const runner: CommandRunner = {
      send: async (_, command) => {
        sent.push(command);
        return { commandId: 'cmd-1' };
      },
      status: async () => {
        if (status instanceof Error) throw status;
        return status;
      },
      output: async () => ({ stdout, stderr: '' }),
    };
    return { runner, sent };
  };

  it('sends Opsdesk-HostCheck with the check’s parameters to the monitor’s host', async () => {
    const { runner, sent } = fakeRunner('InProgress');
    await new SsmHostChecker(runner).start(hostMonitor({ check: 'service', service: 'nginx' }));
    expect(sent).toEqual([
      {
        hostId: HOST,
        documentName: 'Opsdesk-HostCheck',
        parameters: { check: 'service', service: 'nginx' },
        timeoutSeconds: 60,
        comment: 'Opsdesk monitor mon-1',
      },
    ]);
  });

  it('refuses a monitor without a host check', async () => {
    await expect(new SsmHostChecker(fakeRunner('Success').runner).start(monitorOf({ kind: 'host' }))).rejects.toThrow(
      /no host/,
    );
  });

  it.each(['Pending', 'InProgress', 'Delayed'])('%s: no verdict yet', async (status) => {
    expect(
      await new SsmHostChecker(fakeRunner(status).runner).verdict(hostMonitor({ check: 'disk' }), 'cmd-1'),
    ).toBeNull();
  });

  it('a command SSM does not know yet is still pending', async () => {
    const error = Object.assign(new Error('not yet'), { name: 'InvocationDoesNotExist' });
    expect(
      await new SsmHostChecker(fakeRunner(error).runner).verdict(hostMonitor({ check: 'disk' }), 'cmd-1'),
    ).toBeNull();
  });

  it.each(['Undeliverable', 'DeliveryTimedOut', 'ExecutionTimedOut', 'TimedOut'])(
    '%s: the check did not run: no data',
    async (status) => {
      expect(
        await new SsmHostChecker(fakeRunner(status).runner).verdict(hostMonitor({ check: 'disk' }), 'cmd-1'),
      ).toEqual({
        outcome: 'no_data',
        responseMs: null,
        message: `the host check did not run (SSM: ${status})`,
      });
    },
  );

  it('a finished command gives its verdict line', async () => {
    const { runner } = fakeRunner('Success', 'OPSDESK-CHECK down service nginx failed\n');
    expect(
      await new SsmHostChecker(runner).verdict(hostMonitor({ check: 'service', service: 'nginx' }), 'cmd-1'),
    ).toEqual({
      outcome: 'down',
      responseMs: null,
      message: 'service nginx failed',
    });
  });
});
