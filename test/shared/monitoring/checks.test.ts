import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { markNoData, recordCheck, runChecks } from '../../../shared/monitoring/checks.js';
import type { CheckJob } from '../../../shared/monitoring/dispatch.js';
import { scheduleMaintenance } from '../../../shared/monitoring/maintenance.js';
import type { MonitorRequest } from '../../../shared/monitoring/model.js';
import { createMonitor } from '../../../shared/monitoring/monitors.js';
import type { ProbeResult } from '../../../shared/monitoring/ports.js';
import {
  FakeHostChecker,
  type MonitoringFakes,
  monitoringFakes,
  ScriptedProber,
  tenantAdmin,
} from '../../support/monitoring-fakes.js';

const down: ProbeResult = { outcome: 'down', responseMs: 120, message: 'HTTP 503' };
const up: ProbeResult = { outcome: 'up', responseMs: 80, message: 'HTTP 200' };
const noData: ProbeResult = { outcome: 'no_data', responseMs: null, message: 'the checker could not run' };

const httpMonitor = (overrides: Partial<MonitorRequest> = {}): MonitorRequest => ({
  name: 'Shop',
  kind: 'http',
  target: 'https://shop.example.org/',
  intervalMinutes: 1,
  confirmations: 2,
  ...overrides,
});

let fakes: MonitoringFakes;
let prober: ScriptedProber;
let hostChecker: FakeHostChecker;

beforeEach(() => {
  fakes = monitoringFakes();
  prober = new ScriptedProber();
  hostChecker = new FakeHostChecker();
});

/** The job of the monitor's current due time; the clock moves a minute first (one check per minute). */
const tick = async (monitorId: string): Promise<CheckJob> => {
  fakes.clock.advanceMinutes(1);
  return { tenantId: 'tenant-a', monitorId, scheduledAt: fakes.clock.now().toISOString() };
};

const monitorOf = async (monitorId: string) => {
  const monitor = await fakes.monitors.get('tenant-a', monitorId);
  if (!monitor) throw new Error('monitor gone');
  return monitor;
};

const run = async (monitorId: string, ...outcomes: ('up' | 'down' | 'no_data')[]) => {
  prober.script(monitorId, ...outcomes);
  const job = await tick(monitorId);
  await runChecks(fakes.deps, { prober, hostChecker }, [job]);
  return job;
};

describe('the confirmation rule', () => {
  it('a failure and its failing re-check are one observation: with 2 nothing opens in that run', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    await run(monitor.id, 'up');
    await run(monitor.id, 'down', 'down');

    // The old rule counted the re-check as the second failure and opened here, in the same run.
    const after = await monitorOf(monitor.id);
    expect(after.state).toBe('up');
    expect(after.incidentId).toBeNull();
    expect(after.confirmation).toEqual({ phase: 'failing', count: 1 });
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => [r.outcome, r.recheck])).toEqual([
      ['up', false],
      ['down', false],
      ['down', true],
    ]);
    expect(fakes.incidents.incidents.size).toBe(0);
    expect(fakes.monitors.notifications).toHaveLength(0);
  });

  it('the next scheduled failing check confirms it: one incident, one page, dated from the first failure', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    await run(monitor.id, 'down', 'down');
    const job = await run(monitor.id, 'down');

    const after = await monitorOf(monitor.id);
    expect(after.state).toBe('down');
    expect(after.incidentId).not.toBeNull();
    const results = fakes.monitors.resultsOf(monitor.id);
    // No re-check once the count has started.
    expect(results.map((r) => [r.outcome, r.recheck])).toEqual([
      ['down', false],
      ['down', true],
      ['down', false],
    ]);
    expect(fakes.incidents.incidents.size).toBe(1);
    const incident = [...fakes.incidents.incidents.values()][0];
    expect(incident?.detectedAt).toBe(results[0]?.at);
    expect(incident?.monitorId).toBe(monitor.id);
    const pages = fakes.monitors.notifications.filter((n) => n.kind === 'incident_page');
    expect(pages).toHaveLength(1);

    // The same job delivered again: stored once, nothing opens, nobody is paged again.
    prober.script(monitor.id, 'down', 'down');
    const version = after.version;
    await runChecks(fakes.deps, { prober, hostChecker }, [job]);
    expect((await monitorOf(monitor.id)).version).toBe(version);
    expect(fakes.monitors.resultsOf(monitor.id)).toHaveLength(3);
    expect(fakes.incidents.incidents.size).toBe(1);
    expect(fakes.monitors.notifications.filter((n) => n.kind === 'incident_page')).toHaveLength(1);
  });

  it('a blip that the re-check does not confirm opens nothing and leaves the monitor up', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    await run(monitor.id, 'up');
    await run(monitor.id, 'down', 'up');
    const after = await monitorOf(monitor.id);
    expect(after.state).toBe('up');
    expect(after.confirmation).toEqual({ phase: 'stable', count: 0 });
    expect(fakes.incidents.incidents.size).toBe(0);
    // The blip is kept: the failure and the re-check that did not confirm it.
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => [r.outcome, r.recheck])).toEqual([
      ['up', false],
      ['down', false],
      ['up', true],
    ]);
    // The next failure is a first failure again, re-checked before it counts.
    await run(monitor.id, 'down', 'down');
    expect((await monitorOf(monitor.id)).confirmation).toEqual({ phase: 'failing', count: 1 });
    expect(fakes.incidents.incidents.size).toBe(0);
  });

  it('needs N observations: with 3, the re-checked failure and one more check do not open, the next does', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ confirmations: 3 }));
    await run(monitor.id, 'up');
    await run(monitor.id, 'down', 'down');
    expect((await monitorOf(monitor.id)).confirmation).toEqual({ phase: 'failing', count: 1 });
    await run(monitor.id, 'down');
    expect((await monitorOf(monitor.id)).state).toBe('up');
    expect((await monitorOf(monitor.id)).confirmation).toEqual({ phase: 'failing', count: 2 });
    expect(fakes.incidents.incidents.size).toBe(0);
    await run(monitor.id, 'down');
    expect((await monitorOf(monitor.id)).state).toBe('down');
    expect(fakes.incidents.incidents.size).toBe(1);
  });

  it('with a confirmation of 1 the failure is still re-checked, and the failing re-check opens the incident', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ confirmations: 1 }));
    await run(monitor.id, 'down', 'up');
    expect((await monitorOf(monitor.id)).state).toBe('up');
    expect(fakes.incidents.incidents.size).toBe(0);
    await run(monitor.id, 'down', 'down');
    expect((await monitorOf(monitor.id)).state).toBe('down');
    expect(fakes.incidents.incidents.size).toBe(1);
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => [r.outcome, r.recheck])).toEqual([
      ['down', false],
      ['up', true],
      ['down', false],
      ['down', true],
    ]);
    expect(prober.calls).toHaveLength(4);
  });

  it('N consecutive successes close the incident, once; fewer do not (no re-check on recovery)', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    await run(monitor.id, 'down', 'down');
    await run(monitor.id, 'down');
    const incidentId = (await monitorOf(monitor.id)).incidentId as string;
    await run(monitor.id, 'up');
    expect((await monitorOf(monitor.id)).state).toBe('down');
    expect((await fakes.incidents.get('tenant-a', incidentId))?.status).not.toBe('resolved');
    const job = await run(monitor.id, 'up');
    const after = await monitorOf(monitor.id);
    expect(after.state).toBe('up');
    expect(after.incidentId).toBeNull();
    const incident = await fakes.incidents.get('tenant-a', incidentId);
    expect(incident?.status).toBe('resolved');
    expect(prober.calls).toHaveLength(5);
    expect(incident?.timeline.filter((e) => e.kind === 'recovered')).toHaveLength(1);
    // The recovering result again: nothing twice.
    const writes = fakes.incidents.writes.length;
    await recordCheck(fakes.deps, job, up);
    expect(fakes.incidents.writes).toHaveLength(writes);
  });

  it('a success between failures starts the count afresh', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ confirmations: 3 }));
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    await recordCheck(fakes.deps, await tick(monitor.id), up);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect(fakes.incidents.incidents.size).toBe(0);
    // The second run starts again with a suspect first failure: one observation so far, not two.
    expect((await monitorOf(monitor.id)).confirmation).toEqual({ phase: 'failing', count: 1 });
  });

  it('a re-check that never came: the next failing check stands in for it', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect((await monitorOf(monitor.id)).confirmation).toEqual({ phase: 'failing', count: 0 });
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect((await monitorOf(monitor.id)).confirmation).toEqual({ phase: 'failing', count: 1 });
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect(fakes.incidents.incidents.size).toBe(1);
  });

  it('no data never counts either way and shows as its own state', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    for (let i = 0; i < 5; i += 1) await recordCheck(fakes.deps, await tick(monitor.id), noData);
    let after = await monitorOf(monitor.id);
    expect(after.state).toBe('no_data');
    expect(after.confirmation).toEqual({ phase: 'stable', count: 0 });
    expect(fakes.incidents.incidents.size).toBe(0);

    // No data between failures neither breaks nor adds to the run.
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    await recordCheck(fakes.deps, await tick(monitor.id), noData);
    after = await monitorOf(monitor.id);
    expect(after.state).toBe('no_data');
    expect(after.confirmation).toEqual({ phase: 'failing', count: 1 });
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect((await monitorOf(monitor.id)).state).toBe('down');
    expect(fakes.incidents.incidents.size).toBe(1);

    // …and while down, no data does not recover it.
    await recordCheck(fakes.deps, await tick(monitor.id), noData);
    await recordCheck(fakes.deps, await tick(monitor.id), noData);
    after = await monitorOf(monitor.id);
    expect(after.state).toBe('no_data');
    expect(after.incidentId).not.toBeNull();
  });

  it('the incident counts from the first failure of the run (detectedAt), not the confirming one', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ confirmations: 3 }));
    const first = await tick(monitor.id);
    await recordCheck(fakes.deps, first, down);
    await recordCheck(fakes.deps, await tick(monitor.id), noData);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect(fakes.incidents.incidents.size).toBe(0);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect(fakes.incidents.incidents.size).toBe(1);
    const incident = [...fakes.incidents.incidents.values()][0];
    expect(incident?.detectedAt).toBe(first.scheduledAt);
  });
});

describe('duplicate and reordered results', () => {
  it('a result with the same id changes nothing', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ confirmations: 2 }));
    const job = await tick(monitor.id);
    await recordCheck(fakes.deps, job, down);
    const before = await monitorOf(monitor.id);
    fakes.clock.advanceMinutes(1);
    await recordCheck(fakes.deps, job, down);
    expect(await monitorOf(monitor.id)).toEqual(before);
    expect(fakes.monitors.resultsOf(monitor.id)).toHaveLength(1);
    expect(fakes.incidents.incidents.size).toBe(0);
  });

  it('an older result is stored but not applied', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ confirmations: 1 }));
    const early = await tick(monitor.id);
    const late = await tick(monitor.id);
    await recordCheck(fakes.deps, late, up, { at: late.scheduledAt });
    const before = await monitorOf(monitor.id);
    await recordCheck(fakes.deps, early, down, { at: early.scheduledAt });
    const after = await monitorOf(monitor.id);
    expect(after.state).toBe('up');
    expect(after.lastCheckedAt).toBe(before.lastCheckedAt);
    expect(after.lastResult).toEqual(before.lastResult);
    expect(after.incidentId).toBeNull();
    expect(fakes.incidents.incidents.size).toBe(0);
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => r.outcome)).toEqual(['down', 'up']);
  });

  it('a lost race is retried once on the reloaded monitor, and a second loss is thrown', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    let losses = 1;
    fakes.monitors.beforeUpdate = () => {
      if (losses > 0) {
        losses -= 1;
        throw new DomainError('STATE.CONFLICT', 'changed');
      }
    };
    await recordCheck(fakes.deps, await tick(monitor.id), up);
    expect((await monitorOf(monitor.id)).state).toBe('up');
    expect(fakes.monitors.updates).toBe(2);

    losses = 2;
    fakes.monitors.updates = 0;
    await expect(recordCheck(fakes.deps, await tick(monitor.id), up)).rejects.toMatchObject({
      code: 'STATE.CONFLICT',
    });
    expect(fakes.monitors.updates).toBe(2);
  });

  it('two deliveries racing to confirm the same failure open one incident', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ confirmations: 2 }));
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    await recordCheck(fakes.deps, await tick(monitor.id), down);
    const confirming = await tick(monitor.id);
    await Promise.all([recordCheck(fakes.deps, confirming, down), recordCheck(fakes.deps, confirming, down)]);
    expect(fakes.incidents.incidents.size).toBe(1);
    expect(fakes.monitors.notifications.filter((n) => n.kind === 'incident_page')).toHaveLength(1);
  });
});

describe('maintenance', () => {
  it('keeps the results but opens and pages nothing, flagged in maintenance', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    const start = fakes.clock.now();
    await scheduleMaintenance(fakes.deps, tenantAdmin, monitor.id, {
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
      reason: 'PHP upgrade',
    });
    for (let i = 0; i < 4; i += 1) await run(monitor.id, 'down', 'down');
    const after = await monitorOf(monitor.id);
    expect(after.state).toBe('maintenance');
    expect(after.incidentId).toBeNull();
    expect(fakes.incidents.incidents.size).toBe(0);
    expect(fakes.monitors.notifications).toHaveLength(0);
    const results = fakes.monitors.resultsOf(monitor.id);
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.every((r) => r.inMaintenance && r.outcome === 'down')).toBe(true);

    // After the window the failures count again, re-checked first.
    fakes.clock.advanceMinutes(30);
    await run(monitor.id, 'down', 'down');
    expect(fakes.incidents.incidents.size).toBe(0);
    await run(monitor.id, 'down');
    expect((await monitorOf(monitor.id)).state).toBe('down');
    expect(fakes.incidents.incidents.size).toBe(1);
  });

  it('a disruptive task on the monitor’s host puts it into maintenance', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ hostId: 'host-1' }));
    fakes.hostActivity.busy.set('tenant-a#host-1', 'task-patch');
    await run(monitor.id, 'down', 'down');
    await run(monitor.id, 'down', 'down');
    expect(fakes.incidents.incidents.size).toBe(0);
    expect(fakes.monitors.resultsOf(monitor.id).every((r) => r.inMaintenance)).toBe(true);
    expect((await monitorOf(monitor.id)).state).toBe('maintenance');
  });

  it('does not close an open incident either (recovery is counted after the window)', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    await run(monitor.id, 'down', 'down');
    await run(monitor.id, 'down');
    expect((await monitorOf(monitor.id)).incidentId).not.toBeNull();
    const now = fakes.clock.now();
    await scheduleMaintenance(fakes.deps, tenantAdmin, monitor.id, {
      start: now.toISOString(),
      end: new Date(now.getTime() + 10 * 60_000).toISOString(),
      reason: 'restart',
    });
    await run(monitor.id, 'up');
    await run(monitor.id, 'up');
    expect((await monitorOf(monitor.id)).incidentId).not.toBeNull();
  });
});

describe('the monthly monitors usage record', () => {
  it('is written once per monitor and month, by the first result of the month', async () => {
    fakes.clock.set('2026-12-31T23:50:00.000Z');
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    const other = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ name: 'Blog' }));
    for (let i = 0; i < 3; i += 1) {
      const job = await tick(monitor.id);
      await recordCheck(fakes.deps, job, up);
      await recordCheck(fakes.deps, { ...job, monitorId: other.id }, noData);
    }
    expect([...fakes.monitors.usage.keys()].sort()).toEqual([
      `monitor-${monitor.id}-2026-12`,
      `monitor-${other.id}-2026-12`,
    ]);
    fakes.clock.set('2027-01-01T00:01:00.000Z');
    for (let i = 0; i < 3; i += 1) await recordCheck(fakes.deps, await tick(monitor.id), down);
    expect(fakes.monitors.usageWrites.map((r) => r.id)).toEqual([
      `monitor-${monitor.id}-2026-12`,
      `monitor-${other.id}-2026-12`,
      `monitor-${monitor.id}-2027-01`,
    ]);
    const records = [...fakes.monitors.usage.values()].filter((r) => r.sourceId === monitor.id);
    expect(records.map((r) => [r.id, r.kind, r.quantity, r.unit])).toEqual([
      [`monitor-${monitor.id}-2026-12`, 'monitors', 1, 'monitor-months'],
      [`monitor-${monitor.id}-2027-01`, 'monitors', 1, 'monitor-months'],
    ]);
  });
});

describe('running checks', () => {
  it('probes each job once, concurrently, and a probe past its timeout is no data', async () => {
    const slow = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ name: 'Slow' }));
    const fast = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ name: 'Fast' }));
    prober.delays.set(slow.id, 1_500);
    const at = fakes.clock.now().toISOString();
    const jobs = [slow, fast].map((m) => ({ tenantId: 'tenant-a', monitorId: m.id, scheduledAt: at }));
    await runChecks(fakes.deps, { prober, hostChecker }, jobs, { timeoutMs: 200, concurrency: 2 });
    expect((await monitorOf(slow.id)).lastResult?.outcome).toBe('no_data');
    expect((await monitorOf(fast.id)).lastResult?.outcome).toBe('up');
    expect(prober.calls.map((c) => c.timeoutMs)).toEqual([200, 200]);
  });

  it('a prober that throws is no data, and the other jobs still run', async () => {
    const broken = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ name: 'Broken' }));
    const fine = await createMonitor(fakes.deps, tenantAdmin, httpMonitor({ name: 'Fine' }));
    const throwing = {
      probe: async (monitor: { id: string }) => {
        if (monitor.id === broken.id) throw new Error('socket exhausted');
        return up;
      },
    };
    const at = fakes.clock.now().toISOString();
    await runChecks(
      fakes.deps,
      { prober: throwing, hostChecker },
      [broken, fine].map((m) => ({ tenantId: 'tenant-a', monitorId: m.id, scheduledAt: at })),
    );
    expect((await monitorOf(broken.id)).state).toBe('no_data');
    expect((await monitorOf(fine.id)).state).toBe('up');
  });

  it('skips paused, deleted and heartbeat monitors', async () => {
    const heartbeat = await createMonitor(fakes.deps, tenantAdmin, {
      name: 'Backup',
      kind: 'heartbeat',
      intervalMinutes: 5,
      confirmations: 1,
      periodMinutes: 60,
    });
    const at = fakes.clock.now().toISOString();
    await runChecks(fakes.deps, { prober, hostChecker }, [
      { tenantId: 'tenant-a', monitorId: heartbeat.id, scheduledAt: at },
      { tenantId: 'tenant-a', monitorId: 'gone', scheduledAt: at },
    ]);
    expect(prober.calls).toEqual([]);
    expect(fakes.monitors.results.size).toBe(0);
  });

  it('host checks read the command’s verdict; a host that cannot be reached is no data', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, {
      name: 'Disk',
      kind: 'host',
      intervalMinutes: 5,
      confirmations: 1,
      hostId: 'host-1',
      hostCheck: { check: 'disk', thresholdPercent: 80 },
    });
    hostChecker.nextVerdict = { outcome: 'down', responseMs: null, message: 'disk / at 93 % (over 80 %)' };
    await runChecks(fakes.deps, { prober, hostChecker }, [await tick(monitor.id)]);
    expect((await monitorOf(monitor.id)).lastResult?.message).toBe('disk / at 93 % (over 80 %)');
    expect((await monitorOf(monitor.id)).state).toBe('down');
    // The failing check and its immediate re-check: two commands.
    expect(hostChecker.started).toHaveLength(2);

    hostChecker.startFailure = new Error('the host is offline');
    await runChecks(fakes.deps, { prober, hostChecker }, [await tick(monitor.id)]);
    expect((await monitorOf(monitor.id)).state).toBe('no_data');

    hostChecker.startFailure = null;
    hostChecker.nextVerdict = null;
    await runChecks(fakes.deps, { prober, hostChecker }, [await tick(monitor.id)], {
      timeoutMs: 50,
      hostPollMs: 10,
    });
    expect((await monitorOf(monitor.id)).lastResult?.message).toMatch(/did not answer/);
  });

  it('the dead-letter consumer marks jobs no data, but not a job whose result is stored', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, httpMonitor());
    const checked = await tick(monitor.id);
    await recordCheck(fakes.deps, checked, up);
    const lost = await tick(monitor.id);
    await markNoData(fakes.deps, [checked, lost], 'the checker failed three times');
    const results = fakes.monitors.resultsOf(monitor.id);
    expect(results.map((r) => r.outcome)).toEqual(['up', 'no_data']);
    expect(results[1]?.message).toBe('the checker failed three times');
    expect((await monitorOf(monitor.id)).state).toBe('no_data');
  });
});
