import { beforeEach, describe, expect, it } from 'vitest';
import { dispatchDueMonitors } from '../../../shared/monitoring/dispatch.js';
import { pingHeartbeat } from '../../../shared/monitoring/heartbeats.js';
import type { Monitor, MonitorRequest } from '../../../shared/monitoring/model.js';
import { createMonitor, updateMonitor } from '../../../shared/monitoring/monitors.js';
import { type MonitoringFakes, monitoringFakes, tenantAdmin } from '../../support/monitoring-fakes.js';

let fakes: MonitoringFakes;
const queue = { sent: [] as unknown[], send: async (jobs: unknown[]) => void queue.sent.push(...jobs) };

beforeEach(() => {
  fakes = monitoringFakes({ start: '2026-12-07T09:00:00.000Z' });
  queue.sent = [];
});

const heartbeat = (overrides: Partial<MonitorRequest> = {}): MonitorRequest => ({
  name: 'Nightly backup',
  kind: 'heartbeat',
  intervalMinutes: 5,
  confirmations: 1,
  periodMinutes: 60,
  graceMinutes: 10,
  ...overrides,
});

const tokenOf = (monitor: Monitor) => monitor.heartbeatUrl?.split('/').at(-1) as string;
const reload = async (monitor: Monitor) => (await fakes.monitors.get('tenant-a', monitor.id)) as Monitor;
const tickAt = async (at: string) => {
  fakes.clock.set(at);
  return dispatchDueMonitors(fakes.deps, queue);
};

describe('heartbeat monitors', () => {
  it('get a secret push URL whose token is stored only as its hash', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat());
    expect(monitor.heartbeatUrl).toMatch(/^https:\/\/api\.opsdesk\.example\/api\/heartbeats\/[A-Za-z0-9_-]{20,}$/);
    const token = tokenOf(monitor);
    expect([...fakes.monitors.tokenHashes.keys()]).toEqual([fakes.tokens.hash(token)]);
    expect(monitor.nextCheckAt).toBe('2026-12-07T10:10:00.000Z');
  });

  it('a ping is an up result and moves the deadline to one period plus grace after it', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat());
    fakes.clock.set('2026-12-07T09:55:00.000Z');
    expect(await pingHeartbeat(fakes.deps, tokenOf(monitor), 'success')).toEqual({ ok: true });
    const after = await reload(monitor);
    expect(after.state).toBe('up');
    expect(after.nextCheckAt).toBe('2026-12-07T11:05:00.000Z');
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => r.outcome)).toEqual(['up']);
  });

  it('an unknown token is a 404', async () => {
    await expect(pingHeartbeat(fakes.deps, 'nobody-knows-this-token-000', 'success')).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
  });

  it('no ping within period plus grace is down: the dispatcher records the miss once', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat());
    expect((await tickAt('2026-12-07T10:09:00.000Z')).heartbeatsMissed).toBe(0);
    expect((await reload(monitor)).state).toBe('pending');
    const tick = await tickAt('2026-12-07T10:10:00.000Z');
    expect(tick).toEqual({ sent: 0, heartbeatsMissed: 1 });
    const after = await reload(monitor);
    expect(after.state).toBe('down');
    expect(after.lastResult?.message).toMatch(/No ping since/);
    expect(after.nextCheckAt).toBe('2026-12-07T11:10:00.000Z');
    expect(fakes.incidents.incidents.size).toBe(1);
    expect(queue.sent).toEqual([]);
    // The next tick records nothing more.
    expect((await tickAt('2026-12-07T10:11:00.000Z')).heartbeatsMissed).toBe(0);
    expect(fakes.monitors.resultsOf(monitor.id)).toHaveLength(1);
  });

  it('a missed heartbeat’s incident says what was missed: in the result, the timeline and the page e-mail', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat());
    await tickAt('2026-12-07T10:10:00.000Z');
    const missed = `No ping since the monitor was created (${monitor.createdAt})`;
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => [r.outcome, r.message])).toEqual([['down', missed]]);
    expect((await reload(monitor)).lastResult?.message).toBe(missed);
    const incident = [...fakes.incidents.incidents.values()][0];
    expect(incident?.timeline.find((e) => e.kind === 'detected')?.text).toBe(`Nightly backup failed: ${missed}`);
    const pages = fakes.monitors.notifications.filter((n) => n.kind === 'incident_page');
    expect(pages).toHaveLength(1);
    expect(pages[0]?.text).toContain(`What failed: Nightly backup failed: ${missed}`);
  });

  it('a started job that never reported says since when it ran, in the result and the incident', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat({ graceMinutes: 15 }));
    fakes.clock.set('2026-12-07T09:30:00.000Z');
    await pingHeartbeat(fakes.deps, tokenOf(monitor), 'start');
    await tickAt('2026-12-07T09:45:00.000Z');
    const missed = 'The job started at 2026-12-07T09:30:00.000Z and did not report success within 15 minutes';
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => r.message)).toEqual([missed]);
    const incident = [...fakes.incidents.incidents.values()][0];
    expect(incident?.timeline.find((e) => e.kind === 'detected')?.text).toBe(`Nightly backup failed: ${missed}`);
  });

  it('confirmations count missed runs: with 2 the second miss opens the incident', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat({ confirmations: 2 }));
    await pingHeartbeat(fakes.deps, tokenOf(monitor), 'success');
    await tickAt('2026-12-07T10:10:00.000Z');
    expect(fakes.incidents.incidents.size).toBe(0);
    await tickAt('2026-12-07T11:10:00.000Z');
    expect((await reload(monitor)).state).toBe('down');
    expect(fakes.incidents.incidents.size).toBe(1);
  });

  it('/start then no success within the grace is down; success within it is up', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat({ graceMinutes: 15 }));
    fakes.clock.set('2026-12-07T09:30:00.000Z');
    await pingHeartbeat(fakes.deps, tokenOf(monitor), 'start');
    let after = await reload(monitor);
    expect(after.runningSince).toBe('2026-12-07T09:30:00.000Z');
    expect(after.nextCheckAt).toBe('2026-12-07T09:45:00.000Z');
    await tickAt('2026-12-07T09:45:00.000Z');
    after = await reload(monitor);
    expect(after.state).toBe('down');
    expect(after.runningSince).toBeNull();
    expect(after.lastResult?.message).toMatch(/started at 2026-12-07T09:30:00.000Z/);

    const second = await createMonitor(fakes.deps, tenantAdmin, heartbeat({ name: 'Second', graceMinutes: 15 }));
    await pingHeartbeat(fakes.deps, tokenOf(second), 'start');
    fakes.clock.set('2026-12-07T09:55:00.000Z');
    await pingHeartbeat(fakes.deps, tokenOf(second), 'success');
    await tickAt('2026-12-07T10:00:00.000Z');
    expect((await reload(second)).state).toBe('up');
  });

  it('/fail is down at once (confirmation 1) and a success afterwards recovers', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat());
    await pingHeartbeat(fakes.deps, tokenOf(monitor), 'fail');
    expect((await reload(monitor)).state).toBe('down');
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => [r.outcome, r.message])).toEqual([
      ['down', 'The job reported a failure'],
    ]);
    fakes.clock.advanceMinutes(1);
    await pingHeartbeat(fakes.deps, tokenOf(monitor), 'success');
    const after = await reload(monitor);
    expect(after.state).toBe('up');
    expect(after.incidentId).toBeNull();
  });

  it('a cron schedule in a time zone: missed after its run plus grace, across the DST change', async () => {
    fakes.clock.set('2026-03-28T12:00:00.000Z');
    const monitor = await createMonitor(
      fakes.deps,
      tenantAdmin,
      heartbeat({ periodMinutes: undefined, cron: '0 9 * * *', timeZone: 'Europe/Berlin', graceMinutes: 30 }),
    );
    // 09:00 Berlin on 2026-03-29 is 07:00 UTC (summer time began that night); plus 30 minutes.
    expect(monitor.nextCheckAt).toBe('2026-03-29T07:30:00.000Z');
    expect((await tickAt('2026-03-29T07:29:00.000Z')).heartbeatsMissed).toBe(0);
    expect((await tickAt('2026-03-29T07:30:00.000Z')).heartbeatsMissed).toBe(1);
    const after = await reload(monitor);
    expect(after.state).toBe('down');
    expect(after.nextCheckAt).toBe('2026-03-30T07:30:00.000Z');
    // The job runs the next day and pings: the deadline is the run after, plus grace.
    fakes.clock.set('2026-03-30T07:02:00.000Z');
    await pingHeartbeat(fakes.deps, tokenOf(monitor), 'success');
    expect((await reload(monitor)).nextCheckAt).toBe('2026-03-31T07:30:00.000Z');
  });

  it('the default time zone of a cron heartbeat is the organisation’s', async () => {
    const monitor = await createMonitor(
      fakes.deps,
      tenantAdmin,
      heartbeat({ periodMinutes: undefined, cron: '0 3 * * *' }),
    );
    expect(monitor.timeZone).toBe('Europe/Berlin');
    expect(monitor.nextCheckAt).toBe('2026-12-08T02:10:00.000Z');
  });

  it('a paused heartbeat accepts pings, records nothing and is never missed', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat());
    await updateMonitor(fakes.deps, tenantAdmin, monitor.id, { paused: true });
    await pingHeartbeat(fakes.deps, tokenOf(monitor), 'fail');
    expect((await tickAt('2026-12-08T09:00:00.000Z')).heartbeatsMissed).toBe(0);
    expect(fakes.monitors.results.size).toBe(0);
  });
});

describe('a missed deadline older than the last ping', () => {
  it('is stored, not applied, and still moves the deadline on', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, heartbeat());
    // A ping stamped after the deadline by a clock ahead of the dispatcher's, without moving the deadline.
    const stored = await reload(monitor);
    await fakes.monitors.update(
      stored,
      { ...stored, state: 'up', lastCheckedAt: '2026-12-07T10:20:00.000Z', version: stored.version + 1 },
      {},
    );
    expect((await tickAt('2026-12-07T10:10:00.000Z')).heartbeatsMissed).toBe(1);
    const after = await reload(monitor);
    expect(after.state).toBe('up');
    expect(after.nextCheckAt).toBe('2026-12-07T11:10:00.000Z');
    expect(fakes.monitors.resultsOf(monitor.id).map((r) => r.outcome)).toEqual(['down']);
  });
});
