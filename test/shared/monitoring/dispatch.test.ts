import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { recordCheck, runChecks } from '../../../shared/monitoring/checks.js';
import { type CheckJob, dispatchDueMonitors, nextCheckAfter } from '../../../shared/monitoring/dispatch.js';
import type { MonitorRequest } from '../../../shared/monitoring/model.js';
import { createMonitor, updateMonitor } from '../../../shared/monitoring/monitors.js';
import {
  FakeHostChecker,
  type MonitoringFakes,
  monitoringFakes,
  ScriptedProber,
  tenantAdmin,
} from '../../support/monitoring-fakes.js';

let fakes: MonitoringFakes;
let batches: CheckJob[][];
const queue = { send: async (jobs: CheckJob[]) => void batches.push(jobs) };

beforeEach(() => {
  fakes = monitoringFakes({ start: '2026-12-07T09:00:00.000Z' });
  batches = [];
});

const http = (name: string, intervalMinutes = 5): MonitorRequest => ({
  name,
  kind: 'http',
  target: `https://${name.toLowerCase()}.example.org/`,
  intervalMinutes,
  confirmations: 2,
});

describe('dispatching due monitors', () => {
  it('sends each due monitor once, in batches, and advances it by its interval', async () => {
    const monitors = [];
    for (let i = 0; i < 7; i += 1) monitors.push(await createMonitor(fakes.deps, tenantAdmin, http(`Site${i}`)));
    const result = await dispatchDueMonitors(fakes.deps, queue, { batchSize: 3 });
    expect(result).toEqual({ sent: 7, heartbeatsMissed: 0 });
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
    const jobs = batches.flat();
    expect(new Set(jobs.map((job) => job.monitorId)).size).toBe(7);
    expect(jobs.every((job) => job.scheduledAt === '2026-12-07T09:00:00.000Z')).toBe(true);
    for (const monitor of monitors) {
      expect((await fakes.monitors.get('tenant-a', monitor.id))?.nextCheckAt).toBe('2026-12-07T09:05:00.000Z');
    }
    // Nothing is due again before the interval has passed.
    fakes.clock.advanceMinutes(4);
    expect(await dispatchDueMonitors(fakes.deps, queue)).toEqual({ sent: 0, heartbeatsMissed: 0 });
    fakes.clock.advanceMinutes(1);
    expect((await dispatchDueMonitors(fakes.deps, queue)).sent).toBe(7);
  });

  it('respects the limit; the rest go out on the next tick', async () => {
    for (let i = 0; i < 5; i += 1) await createMonitor(fakes.deps, tenantAdmin, http(`Site${i}`));
    expect((await dispatchDueMonitors(fakes.deps, queue, { limit: 3 })).sent).toBe(3);
    expect((await dispatchDueMonitors(fakes.deps, queue, { limit: 3 })).sent).toBe(2);
    expect(new Set(batches.flat().map((job) => job.monitorId)).size).toBe(5);
  });

  it('a dispatcher that fell behind skips to the next due time after now (no burst)', () => {
    expect(nextCheckAfter('2026-12-07T09:00:00.000Z', 5, new Date('2026-12-07T09:00:30.000Z'))).toBe(
      '2026-12-07T09:05:00.000Z',
    );
    expect(nextCheckAfter('2026-12-07T09:00:00.000Z', 5, new Date('2026-12-07T09:17:00.000Z'))).toBe(
      '2026-12-07T09:20:00.000Z',
    );
  });

  it('does not send paused monitors', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http('Paused'));
    await updateMonitor(fakes.deps, tenantAdmin, monitor.id, { paused: true });
    expect((await dispatchDueMonitors(fakes.deps, queue)).sent).toBe(0);
    await updateMonitor(fakes.deps, tenantAdmin, monitor.id, { paused: false });
    expect((await dispatchDueMonitors(fakes.deps, queue)).sent).toBe(1);
  });

  it('a checker that wrote the monitor before it was advanced: reloaded, advanced once', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http('Racy'));
    const prober = new ScriptedProber();
    const fastQueue = {
      send: async (jobs: CheckJob[]) => {
        batches.push(jobs);
        await runChecks(fakes.deps, { prober, hostChecker: new FakeHostChecker() }, jobs);
      },
    };
    expect((await dispatchDueMonitors(fakes.deps, fastQueue)).sent).toBe(1);
    const after = await fakes.monitors.get('tenant-a', monitor.id);
    expect(after?.nextCheckAt).toBe('2026-12-07T09:05:00.000Z');
    expect(after?.state).toBe('up');
  });

  it('a crash between sending and advancing sends again; the second result is a no-op', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http('Crashy'));
    fakes.monitors.beforeUpdate = () => {
      throw new DomainError('DEPENDENCY.UNAVAILABLE', 'the table is gone');
    };
    await expect(dispatchDueMonitors(fakes.deps, queue)).rejects.toMatchObject({ code: 'DEPENDENCY.UNAVAILABLE' });
    fakes.monitors.beforeUpdate = null;
    await dispatchDueMonitors(fakes.deps, queue);
    const jobs = batches.flat();
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toEqual(jobs[1]);
    const down = { outcome: 'down' as const, responseMs: 10, message: 'HTTP 500' };
    for (const job of jobs) await recordCheck(fakes.deps, job, down);
    expect(fakes.monitors.resultsOf(monitor.id)).toHaveLength(1);
    // Applied once: a first failure is suspect (count 0, awaiting its re-check); applied twice it would count 1.
    expect((await fakes.monitors.get('tenant-a', monitor.id))?.confirmation).toEqual({ phase: 'failing', count: 0 });
  });

  it('deletes the markers of monitors that are gone, so the live monitors behind them go out on the next tick', async () => {
    // A purged tenant left two markers, older than every live one; the limit is filled by them alone.
    const orphans = [
      { dueAt: '2026-12-01T00:00:00.000Z', tenantId: 'tenant-gone', monitorId: 'mon-x' },
      { dueAt: '2026-12-01T00:01:00.000Z', tenantId: 'tenant-gone', monitorId: 'mon-y' },
    ];
    fakes.monitors.strayDue.push(...orphans);
    const live = await createMonitor(fakes.deps, tenantAdmin, http('Live'));
    expect(await dispatchDueMonitors(fakes.deps, queue, { limit: 2 })).toEqual({ sent: 0, heartbeatsMissed: 0 });
    expect(fakes.monitors.removedDue).toEqual(orphans);
    expect(await fakes.monitors.due('2026-12-07T09:00:00.000Z', 10)).toEqual([
      { dueAt: '2026-12-07T09:00:00.000Z', tenantId: 'tenant-a', monitorId: live.id },
    ]);
    expect((await dispatchDueMonitors(fakes.deps, queue, { limit: 2 })).sent).toBe(1);
    expect(batches.flat().map((job) => job.monitorId)).toEqual([live.id]);
    expect(fakes.monitors.removedDue).toHaveLength(2);
  });

  it('reports a failed clean-up after sending the live monitors', async () => {
    fakes.monitors.strayDue.push({ dueAt: '2026-12-01T00:00:00.000Z', tenantId: 'tenant-gone', monitorId: 'mon-x' });
    const live = await createMonitor(fakes.deps, tenantAdmin, http('Live'));
    fakes.monitors.removeDue = async () => {
      throw new DomainError('DEPENDENCY.UNAVAILABLE', 'the table is gone');
    };
    await expect(dispatchDueMonitors(fakes.deps, queue)).rejects.toMatchObject({ code: 'DEPENDENCY.UNAVAILABLE' });
    expect(batches.flat().map((job) => job.monitorId)).toEqual([live.id]);
    expect((await fakes.monitors.get('tenant-a', live.id))?.nextCheckAt).toBe('2026-12-07T09:05:00.000Z');
  });
});
