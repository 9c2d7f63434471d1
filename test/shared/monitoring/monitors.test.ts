import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { recordCheck } from '../../../shared/monitoring/checks.js';
import { monitorHistory } from '../../../shared/monitoring/history.js';
import { cancelMaintenance, isInMaintenance, scheduleMaintenance } from '../../../shared/monitoring/maintenance.js';
import { type MonitorRequest, MonitorRequestSchema } from '../../../shared/monitoring/model.js';
import {
  createMonitor,
  deleteMonitor,
  getMonitor,
  listMonitors,
  updateMonitor,
} from '../../../shared/monitoring/monitors.js';
import {
  type MonitoringFakes,
  monitoringFakes,
  otherAdmin,
  tenantAdmin,
  tenantMember,
} from '../../support/monitoring-fakes.js';
import { openStored } from './incident-fixtures.js';

let fakes: MonitoringFakes;

beforeEach(() => {
  fakes = monitoringFakes({ start: '2026-12-07T09:00:00.000Z' });
});

const http = (overrides: Partial<MonitorRequest> = {}): MonitorRequest => ({
  name: 'Shop',
  kind: 'http',
  target: 'https://shop.example.org/',
  intervalMinutes: 5,
  confirmations: 2,
  ...overrides,
});

/** The `body.<field>` paths of a 422. */
const invalidFields = async (promise: Promise<unknown>): Promise<string[]> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('REQUEST.INVALID');
  return ((error as DomainError).errors ?? []).map((e) => e.path);
};

describe('creating monitors', () => {
  it('stores an http monitor with its defaults, pending and due now, with an audit entry', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    expect(monitor).toMatchObject({
      tenantId: 'tenant-a',
      kind: 'http',
      target: 'https://shop.example.org/',
      method: 'GET',
      expectedStatus: [200, 399],
      followRedirects: true,
      state: 'pending',
      nextCheckAt: '2026-12-07T09:00:00.000Z',
      incidentId: null,
      heartbeatUrl: null,
      warnDays: null,
    });
    expect(fakes.monitors.audit.map((a) => a.action)).toEqual(['monitor.created']);
    expect((await listMonitors(fakes.deps, tenantMember)).items.map((m) => m.id)).toEqual([monitor.id]);
  });

  it('refuses a tenant without a plan with a conflict', async () => {
    fakes = monitoringFakes({ planId: null });
    await expect(createMonitor(fakes.deps, tenantAdmin, http())).rejects.toMatchObject({ code: 'STATE.CONFLICT' });
  });

  it('holds to the plan’s number of monitors', async () => {
    fakes = monitoringFakes({ planId: 'on-demand' });
    for (let i = 0; i < 10; i += 1) {
      await createMonitor(fakes.deps, tenantAdmin, http({ name: `Site ${i}`, intervalMinutes: 10 }));
    }
    await expect(createMonitor(fakes.deps, tenantAdmin, http({ intervalMinutes: 10 }))).rejects.toMatchObject({
      code: 'STATE.CONFLICT',
      message: expect.stringMatching(/10 monitors/),
    });
  });

  it('holds to the plan’s shortest interval, naming the field', async () => {
    fakes = monitoringFakes({ planId: 'webmaster-eighth' });
    expect(await invalidFields(createMonitor(fakes.deps, tenantAdmin, http({ intervalMinutes: 1 })))).toEqual([
      'body.intervalMinutes',
    ]);
    await expect(createMonitor(fakes.deps, tenantAdmin, http({ intervalMinutes: 5 }))).resolves.toBeTruthy();
  });

  it('validates each kind, naming the fields', async () => {
    expect(await invalidFields(createMonitor(fakes.deps, tenantAdmin, http({ target: undefined })))).toEqual([
      'body.target',
    ]);
    expect(await invalidFields(createMonitor(fakes.deps, tenantAdmin, http({ target: 'ftp://x.example/' })))).toEqual([
      'body.target',
    ]);
    expect(
      await invalidFields(createMonitor(fakes.deps, tenantAdmin, http({ target: 'https://u:p@x.example/' }))),
    ).toEqual(['body.target']);
    expect(
      await invalidFields(createMonitor(fakes.deps, tenantAdmin, http({ expectedStatus: [500, 200], warnDays: 3 }))),
    ).toEqual(['body.warnDays', 'body.expectedStatus']);
    expect(
      await invalidFields(
        createMonitor(fakes.deps, tenantAdmin, { ...http(), kind: 'tls', target: 'http://x.example/' }),
      ),
    ).toEqual(['body.target']);
    expect(
      await invalidFields(
        createMonitor(fakes.deps, tenantAdmin, { ...http(), kind: 'dns', target: 'not a host', keyword: 'x' }),
      ),
    ).toEqual(['body.keyword', 'body.target']);
    expect(
      await invalidFields(createMonitor(fakes.deps, tenantAdmin, { ...http(), kind: 'tcp', target: 'db.example.org' })),
    ).toEqual(['body.target']);
    expect(
      await invalidFields(createMonitor(fakes.deps, tenantAdmin, { ...http(), kind: 'tcp', target: 'db:70000' })),
    ).toEqual(['body.target']);
    expect(
      await invalidFields(
        createMonitor(fakes.deps, tenantAdmin, {
          name: 'Backup',
          kind: 'heartbeat',
          intervalMinutes: 5,
          confirmations: 1,
        }),
      ),
    ).toEqual(['body.periodMinutes']);
    expect(
      await invalidFields(
        createMonitor(fakes.deps, tenantAdmin, {
          name: 'Backup',
          kind: 'heartbeat',
          intervalMinutes: 5,
          confirmations: 1,
          cron: '0 3 * * * *',
        }),
      ),
    ).toEqual(['body.cron']);
    expect(
      await invalidFields(
        createMonitor(fakes.deps, tenantAdmin, {
          name: 'Disk',
          kind: 'host',
          intervalMinutes: 5,
          confirmations: 1,
          hostId: 'host-9',
          hostCheck: { check: 'service' },
        }),
      ),
    ).toEqual(['body.hostCheck.service', 'body.hostId']);
    expect(fakes.monitors.monitors.size).toBe(0);
  });

  it('asks the SSRF guard about the target and refuses what it refuses', async () => {
    fakes.targets.refused.set('http://169.254.169.254/', 'the address 169.254.169.254 may not be checked');
    const error = await createMonitor(fakes.deps, tenantAdmin, http({ target: 'http://169.254.169.254/' })).catch(
      (e: DomainError) => e,
    );
    expect(error).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [{ path: 'body.target', message: 'the address 169.254.169.254 may not be checked' }],
    });
    expect(fakes.targets.asked).toEqual([{ kind: 'http', target: 'http://169.254.169.254/' }]);
  });

  it('a host check on a registered server gets its defaults', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, {
      name: 'Disk',
      kind: 'host',
      intervalMinutes: 5,
      confirmations: 2,
      hostId: 'host-1',
      hostCheck: { check: 'disk' },
    });
    expect(monitor.hostCheck).toEqual({ check: 'disk', thresholdPercent: 90, path: '/' });
    expect(monitor.target).toBeNull();
  });

  it('the route’s schema defaults the confirmation to 2', () => {
    const parsed = MonitorRequestSchema.parse({ name: 'x', kind: 'tcp', target: 'db:5432', intervalMinutes: 5 });
    expect(parsed.confirmations).toBe(2);
  });
});

describe('reading, changing and deleting', () => {
  it('another tenant’s monitor is not found', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    await expect(getMonitor(fakes.deps, otherAdmin, monitor.id)).rejects.toMatchObject({ code: 'RESOURCE.NOT_FOUND' });
    await expect(updateMonitor(fakes.deps, otherAdmin, monitor.id, { name: 'Mine' })).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
    await expect(deleteMonitor(fakes.deps, otherAdmin, monitor.id)).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
    await expect(monitorHistory(fakes.deps, otherAdmin, monitor.id, '24h')).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
    expect((await listMonitors(fakes.deps, otherAdmin)).items).toEqual([]);
  });

  it('shows the newest 50 results, newest first', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    for (let i = 0; i < 55; i += 1) {
      fakes.clock.advanceMinutes(5);
      const at = fakes.clock.now().toISOString();
      await recordCheck(
        fakes.deps,
        { tenantId: 'tenant-a', monitorId: monitor.id, scheduledAt: at },
        { outcome: 'up', responseMs: i, message: 'HTTP 200' },
      );
    }
    const detail = await getMonitor(fakes.deps, tenantMember, monitor.id);
    expect(detail.recentResults).toHaveLength(50);
    expect(detail.recentResults[0]?.responseMs).toBe(54);
    expect(detail.state).toBe('up');
  });

  it('a patch is validated like a new monitor; fields of another kind are refused', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    expect(await invalidFields(updateMonitor(fakes.deps, tenantAdmin, monitor.id, { recordType: 'MX' }))).toEqual([
      'body.recordType',
    ]);
    const changed = await updateMonitor(fakes.deps, tenantAdmin, monitor.id, {
      keyword: 'Add to cart',
      intervalMinutes: 2,
    });
    expect(changed).toMatchObject({ keyword: 'Add to cart', intervalMinutes: 2, target: 'https://shop.example.org/' });
    expect(changed.version).toBe(monitor.version + 1);
  });

  it('a heartbeat switches from a period to a cron schedule by sending the other one', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, {
      name: 'Backup',
      kind: 'heartbeat',
      intervalMinutes: 5,
      confirmations: 1,
      periodMinutes: 60,
    });
    const cron = await updateMonitor(fakes.deps, tenantAdmin, monitor.id, { cron: '0 3 * * *', graceMinutes: 20 });
    expect(cron).toMatchObject({ periodMinutes: null, cron: '0 3 * * *', timeZone: 'Europe/Berlin' });
    expect(cron.nextCheckAt).toBe('2026-12-08T02:20:00.000Z');
    const period = await updateMonitor(fakes.deps, tenantAdmin, monitor.id, { periodMinutes: 30 });
    expect(period).toMatchObject({ periodMinutes: 30, cron: null, timeZone: null });
    expect(period.nextCheckAt).toBe('2026-12-07T09:50:00.000Z');
  });

  it('pausing takes a monitor off the schedule and resuming checks it now', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    const paused = await updateMonitor(fakes.deps, tenantAdmin, monitor.id, { paused: true });
    expect(paused).toMatchObject({ paused: true, nextCheckAt: null });
    fakes.clock.advanceMinutes(30);
    const resumed = await updateMonitor(fakes.deps, tenantAdmin, monitor.id, { paused: false });
    expect(resumed).toMatchObject({ paused: false, nextCheckAt: '2026-12-07T09:30:00.000Z' });
  });

  it('pausing a monitor with an open incident resolves it: nothing would check it again, and paging would never end', async () => {
    const { incident } = await openStored(fakes, { hostId: null, state: 'down' });
    const paused = await updateMonitor(fakes.deps, tenantAdmin, incident.monitorId, { paused: true });
    expect(paused).toMatchObject({ paused: true, incidentId: null, nextCheckAt: null });
    const stored = await fakes.incidents.get(incident.tenantId, incident.id);
    expect(stored).toMatchObject({ status: 'resolved', nextPageAt: null });
    expect(stored?.timeline.slice(-2).map((entry) => [entry.kind, entry.text])).toEqual([
      ['note', `The monitor ${incident.monitorName} was paused.`],
      ['resolved', 'Resolved: the monitor was paused'],
    ]);
  });

  it('deleting a monitor resolves its open incident with a note', async () => {
    const { incident: opened } = await openStored(fakes, { hostId: null, state: 'down' });
    const incidentId = opened.id;
    await deleteMonitor(fakes.deps, tenantAdmin, opened.monitorId);
    expect(await fakes.monitors.get('tenant-a', opened.monitorId)).toBeNull();
    const incident = await fakes.incidents.get('tenant-a', incidentId);
    expect(incident?.status).toBe('resolved');
    expect(incident?.nextPageAt).toBeNull();
    expect(incident?.timeline.map((e) => e.kind).slice(-2)).toEqual(['note', 'resolved']);
    expect(fakes.monitors.audit.map((a) => a.action)).toContain('monitor.deleted');
  });
});

describe('maintenance slots', () => {
  it('are planned, cover their time, and a running one ends when cancelled', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    const planned = await scheduleMaintenance(fakes.deps, tenantAdmin, monitor.id, {
      start: '2026-12-07T10:00:00+01:00',
      end: '2026-12-07T11:00:00+01:00',
      reason: 'Upgrade',
    });
    const slot = planned.maintenance[0];
    expect(slot).toMatchObject({ start: '2026-12-07T09:00:00.000Z', end: '2026-12-07T10:00:00.000Z', taskId: null });
    expect(isInMaintenance(planned, '2026-12-07T09:30:00.000Z')).toBe(true);
    expect(isInMaintenance(planned, '2026-12-07T10:00:00.000Z')).toBe(false);
    fakes.clock.set('2026-12-07T09:20:00.000Z');
    await cancelMaintenance(fakes.deps, tenantAdmin, monitor.id, slot?.id as string);
    const after = await fakes.monitors.get('tenant-a', monitor.id);
    expect(after?.maintenance[0]?.end).toBe('2026-12-07T09:20:00.000Z');
    expect(isInMaintenance(after as NonNullable<typeof after>, '2026-12-07T09:30:00.000Z')).toBe(false);
  });

  it('a maintenance that has begun shows on the monitor before its first check in it', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    await scheduleMaintenance(fakes.deps, tenantAdmin, monitor.id, {
      start: '2026-12-07T10:00:00Z',
      end: '2026-12-07T11:00:00Z',
      reason: 'Upgrade',
    });
    expect((await getMonitor(fakes.deps, tenantMember, monitor.id)).state).toBe('pending');
    fakes.clock.set('2026-12-07T10:00:00Z');
    expect((await getMonitor(fakes.deps, tenantMember, monitor.id)).state).toBe('maintenance');
    expect((await listMonitors(fakes.deps, tenantMember)).items[0]?.state).toBe('maintenance');
  });

  it('refuse a slot that is over and an unknown slot', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    expect(
      await invalidFields(
        scheduleMaintenance(fakes.deps, tenantAdmin, monitor.id, {
          start: '2026-12-01T10:00:00Z',
          end: '2026-12-01T11:00:00Z',
          reason: 'Past',
        }),
      ),
    ).toEqual(['body.end']);
    await expect(cancelMaintenance(fakes.deps, tenantAdmin, monitor.id, 'nope')).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
  });
});

describe('history', () => {
  it('hourly buckets with uptime that leaves maintenance and no data out', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http({ confirmations: 5 }));
    const record = async (at: string, outcome: 'up' | 'down' | 'no_data') =>
      recordCheck(
        fakes.deps,
        { tenantId: 'tenant-a', monitorId: monitor.id, scheduledAt: at },
        { outcome, responseMs: outcome === 'no_data' ? null : 100, message: outcome },
        { at },
      );
    await record('2026-12-07T07:10:00.000Z', 'up');
    await record('2026-12-07T07:20:00.000Z', 'up');
    await record('2026-12-07T08:10:00.000Z', 'down');
    await record('2026-12-07T08:20:00.000Z', 'up');
    await record('2026-12-07T08:30:00.000Z', 'no_data');
    await record('2026-12-05T08:30:00.000Z', 'down'); // older than 24 h: only in the 7-day view
    const day = await monitorHistory(fakes.deps, tenantMember, monitor.id, '24h');
    expect(day.buckets.map((b) => [b.bucket, b.up, b.down, b.noData])).toEqual([
      ['2026-12-07T07', 2, 0, 0],
      ['2026-12-07T08', 1, 1, 1],
    ]);
    expect(day.uptime).toBe(0.75);
    const week = await monitorHistory(fakes.deps, tenantMember, monitor.id, '7d');
    expect(week.buckets).toHaveLength(3);
    expect(week.uptime).toBe(0.6);
    const quarter = await monitorHistory(fakes.deps, tenantMember, monitor.id, '90d');
    expect(quarter.buckets.map((b) => b.bucket)).toEqual(['2026-12-05', '2026-12-07']);
  });

  it('uptime is null when nothing was counted', async () => {
    const monitor = await createMonitor(fakes.deps, tenantAdmin, http());
    expect((await monitorHistory(fakes.deps, tenantMember, monitor.id, '24h')).uptime).toBeNull();
  });
});
