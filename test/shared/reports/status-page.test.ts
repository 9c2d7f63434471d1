import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import type { CheckResult, Incident, Monitor } from '../../../shared/monitoring/model.js';
import type { OperationsSnapshot } from '../../../shared/operations/snapshot.js';
import { PublicStatusSchema } from '../../../shared/reports/model.js';
import {
  getStatusPage,
  overallOf,
  platformSamples,
  publicStatus,
  putStatusPage,
  STATUS_DAYS,
} from '../../../shared/reports/status-page.js';
import { newTestMonitor, otherAdmin, tenantAdmin, tenantMember, testTenant } from '../../support/monitoring-fakes.js';
import { type StatusFakes, statusFakes } from '../../support/status-fakes.js';

const NOW = '2026-12-07T09:00:00.000Z';

const addMonitor = (fakes: StatusFakes, overrides: Partial<Monitor>): Monitor => {
  const monitor = newTestMonitor({
    target: 'https://secret-backend.example.org/health',
    hostId: 'host-1',
    state: 'up',
    ...overrides,
  });
  fakes.monitors.monitors.set(`${monitor.tenantId}#${monitor.id}`, structuredClone(monitor));
  return monitor;
};

let resultCount = 0;
const addResults = (
  fakes: StatusFakes,
  monitor: Monitor,
  day: string,
  outcomes: { up?: number; down?: number; noData?: number; maintenance?: number },
) => {
  const add = (outcome: CheckResult['outcome'], inMaintenance: boolean, count: number) => {
    for (let i = 0; i < count; i++) {
      resultCount += 1;
      const at = `${day}T10:${String(resultCount % 60).padStart(2, '0')}:00.000Z`;
      const id = `${monitor.id}#${at}#${resultCount}`;
      fakes.monitors.results.set(id, {
        id,
        monitorId: monitor.id,
        tenantId: monitor.tenantId,
        at,
        outcome,
        inMaintenance,
        responseMs: 40,
        message: 'HTTP 200 from secret-backend.example.org',
        recheck: false,
      });
    }
  };
  add('up', false, outcomes.up ?? 0);
  add('down', false, outcomes.down ?? 0);
  add('no_data', false, outcomes.noData ?? 0);
  add('up', true, outcomes.maintenance ?? 0);
};

const addIncident = (fakes: StatusFakes, monitor: Monitor, overrides: Partial<Incident>): Incident => {
  const incident: Incident = {
    id: `inc-${fakes.incidents.incidents.size + 1}`,
    tenantId: monitor.tenantId,
    tenantName: 'Acme GmbH',
    monitorId: monitor.id,
    monitorName: 'Old name with secret-backend.example.org',
    monitorKind: monitor.kind,
    severity: 'critical',
    status: 'open',
    detectedAt: '2026-12-07T08:00:00.000Z',
    openedAt: '2026-12-07T08:01:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    acknowledgeDueAt: '2026-12-07T08:16:00.000Z',
    resolveDueAt: '2026-12-07T12:01:00.000Z',
    coverage: 'covered',
    coverageStartsAt: null,
    pages: 1,
    escalationLevel: 0,
    nextPageAt: null,
    pagedStaffIds: ['staff-op'],
    timeline: [
      { at: '2026-12-07T08:01:00.000Z', kind: 'confirmed', text: 'HTTP 503 from web-1', by: null, taskId: null },
      {
        at: '2026-12-07T08:05:00.000Z',
        kind: 'note',
        text: 'Olga: the database on web-1 is full, password reset pending',
        by: 'op@opsdesk.example',
        taskId: null,
      },
    ],
    version: 1,
    ...overrides,
  };
  fakes.incidents.incidents.set(incident.id, structuredClone(incident));
  return incident;
};

const publish = async (fakes: StatusFakes, monitorIds: string[], slug = 'acme', published = true) =>
  putStatusPage(fakes.reportsDeps, tenantAdmin, { slug, published, monitorIds });

const errorOf = async (promise: Promise<unknown>): Promise<DomainError> => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('status page settings', () => {
  it('reads as empty before an admin chooses anything', async () => {
    const fakes = statusFakes({ start: NOW });
    expect(await getStatusPage(fakes.reportsDeps, tenantMember)).toEqual({
      tenantId: 'tenant-a',
      slug: null,
      published: false,
      monitorIds: [],
      path: null,
      updatedAt: null,
      version: 0,
    });
  });

  it('stores the slug, order and publication with its path, version and an audit entry', async () => {
    const fakes = statusFakes({ start: NOW });
    addMonitor(fakes, { id: 'mon-1', name: 'Shop' });
    addMonitor(fakes, { id: 'mon-2', name: 'API' });
    const saved = await publish(fakes, ['mon-2', 'mon-1']);
    expect(saved).toEqual({
      tenantId: 'tenant-a',
      slug: 'acme',
      published: true,
      monitorIds: ['mon-2', 'mon-1'],
      path: '/status/acme',
      updatedAt: NOW,
      version: 1,
    });
    expect(await getStatusPage(fakes.reportsDeps, tenantMember)).toEqual(saved);
    expect(fakes.statusPages.audit.map((entry) => [entry.action, entry.details])).toEqual([
      ['status_page.updated', { slug: 'acme', previousSlug: null, published: true, monitorIds: ['mon-2', 'mon-1'] }],
    ]);
    const again = await publish(fakes, ['mon-1'], 'acme-shop', false);
    expect(again.version).toBe(2);
    expect(fakes.statusPages.audit[1]?.details).toMatchObject({ slug: 'acme-shop', previousSlug: 'acme' });
  });

  it('refuses a member', async () => {
    const fakes = statusFakes({ start: NOW });
    const error = await errorOf(
      putStatusPage(fakes.reportsDeps, tenantMember, { slug: 'acme', published: true, monitorIds: [] }),
    );
    expect(error.code).toBe('AUTH.FORBIDDEN');
  });

  it('names each monitor that is not the organisation’s (422 body.monitorIds.<i>)', async () => {
    const fakes = statusFakes({ start: NOW });
    addMonitor(fakes, { id: 'mon-1' });
    addMonitor(fakes, { id: 'mon-9', tenantId: 'tenant-b' });
    const error = await errorOf(publish(fakes, ['mon-1', 'mon-9', 'mon-404']));
    expect(error.code).toBe('REQUEST.INVALID');
    expect(error.errors?.map((e) => e.path)).toEqual(['body.monitorIds.1', 'body.monitorIds.2']);
    expect(fakes.statusPages.pages.size).toBe(0);
  });

  it('refuses a slug another organisation holds (409 body.slug) and frees a slug given up', async () => {
    const fakes = statusFakes({ start: NOW });
    await publish(fakes, [], 'acme');
    const taken = await errorOf(
      putStatusPage(fakes.reportsDeps, otherAdmin, { slug: 'acme', published: true, monitorIds: [] }),
    );
    expect(taken.code).toBe('STATE.CONFLICT');
    expect(taken.errors).toEqual([{ path: 'body.slug', message: 'taken by another organisation' }]);
    // Saving one’s own slug again is no conflict; moving away lets the other organisation have it.
    await publish(fakes, [], 'acme');
    await publish(fakes, [], 'acme-new');
    const theirs = await putStatusPage(fakes.reportsDeps, otherAdmin, {
      slug: 'acme',
      published: true,
      monitorIds: [],
    });
    expect(theirs.tenantId).toBe('tenant-b');
  });
});

describe('the public status page', () => {
  it('is not found when unknown, unpublished, malformed or its organisation is being deleted', async () => {
    const fakes = statusFakes({ start: NOW });
    for (const slug of ['nobody', 'NOT A SLUG']) {
      expect((await errorOf(publicStatus(fakes.reportsDeps, slug))).code).toBe('RESOURCE.NOT_FOUND');
    }
    await publish(fakes, [], 'acme', false);
    expect((await errorOf(publicStatus(fakes.reportsDeps, 'acme'))).code).toBe('RESOURCE.NOT_FOUND');
    await publish(fakes, [], 'acme', true);
    expect((await publicStatus(fakes.reportsDeps, 'acme')).name).toBe('Acme GmbH');
    fakes.tenants.set('tenant-a', testTenant({ status: 'pending_deletion' }));
    expect((await errorOf(publicStatus(fakes.reportsDeps, 'acme'))).code).toBe('RESOURCE.NOT_FOUND');
  });

  it('shows the chosen monitors in order with 90 UTC days each, skipping deleted ones', async () => {
    const fakes = statusFakes({ start: NOW });
    const shop = addMonitor(fakes, { id: 'mon-1', name: 'Shop', state: 'down' });
    addMonitor(fakes, { id: 'mon-2', name: 'API', state: 'up' });
    addMonitor(fakes, { id: 'mon-3', name: 'Hidden' });
    addMonitor(fakes, { id: 'mon-gone', name: 'Deleted later' });
    await publish(fakes, ['mon-2', 'mon-gone', 'mon-1']);
    fakes.monitors.monitors.delete('tenant-a#mon-gone');
    addResults(fakes, shop, '2026-12-07', { up: 3, down: 1, noData: 2, maintenance: 4 });
    addResults(fakes, shop, '2026-09-09', { up: 2 }); // the first day shown
    addResults(fakes, shop, '2026-09-08', { down: 5 }); // one day too old
    const status = await publicStatus(fakes.reportsDeps, 'acme');
    expect(PublicStatusSchema.parse(status)).toEqual(status);
    expect(status.monitors.map((m) => [m.name, m.state])).toEqual([
      ['API', 'up'],
      ['Shop', 'down'],
    ]);
    const days = status.monitors[1]?.days ?? [];
    expect(days).toHaveLength(STATUS_DAYS);
    expect(days[0]).toEqual({ date: '2026-09-09', up: 2, down: 0, noData: 0, maintenance: 0, uptime: 1 });
    expect(days.at(-1)).toEqual({ date: '2026-12-07', up: 3, down: 1, noData: 2, maintenance: 4, uptime: 0.75 });
    expect(days[1]).toEqual({ date: '2026-09-10', up: 0, down: 0, noData: 0, maintenance: 0, uptime: null });
    expect(status.monitors[1]?.uptime90d).toBe(5 / 6);
    expect(status.monitors[0]?.uptime90d).toBeNull();
    expect(status.overall).toBe('degraded');
    expect(status.updatedAt).toBe(NOW);
  });

  it('shows open and recently resolved incidents of the shown monitors in fixed wording, nothing private', async () => {
    const fakes = statusFakes({ start: NOW });
    const shop = addMonitor(fakes, { id: 'mon-1', name: 'Shop', state: 'down' });
    const hidden = addMonitor(fakes, { id: 'mon-2', name: 'Hidden' });
    await publish(fakes, ['mon-1']);
    addIncident(fakes, shop, {});
    addIncident(fakes, shop, {
      status: 'acknowledged',
      openedAt: '2026-12-06T10:00:00.000Z',
      acknowledgedAt: '2026-12-06T10:07:00.000Z',
      acknowledgedBy: 'op@opsdesk.example',
    });
    addIncident(fakes, shop, {
      status: 'resolved',
      openedAt: '2026-12-01T10:00:00.000Z',
      acknowledgedAt: '2026-12-01T10:05:00.000Z',
      resolvedAt: '2026-12-01T11:00:00.000Z',
      timeline: [
        { at: '2026-12-01T10:40:00.000Z', kind: 'recovered', text: 'Shop recovered', by: null, taskId: null },
        {
          at: '2026-12-01T11:00:00.000Z',
          kind: 'resolved',
          text: 'Resolved by op@opsdesk.example',
          by: 'op',
          taskId: null,
        },
      ],
    });
    addIncident(fakes, shop, {
      status: 'resolved',
      openedAt: '2026-11-20T10:00:00.000Z',
      resolvedAt: '2026-11-22T10:00:00.000Z',
    });
    addIncident(fakes, hidden, {});
    const status = await publicStatus(fakes.reportsDeps, 'acme');
    expect(status.incidents.map((i) => [i.title, i.status, i.startedAt])).toEqual([
      ['Problem with Shop', 'investigating', '2026-12-07T08:01:00.000Z'],
      ['Problem with Shop', 'identified', '2026-12-06T10:00:00.000Z'],
      ['Problem with Shop', 'resolved', '2026-12-01T10:00:00.000Z'],
    ]);
    expect(status.incidents[2]?.updates).toEqual([
      { at: '2026-12-01T11:00:00.000Z', status: 'resolved', text: 'This incident has been resolved.' },
      {
        at: '2026-12-01T10:40:00.000Z',
        status: 'monitoring',
        text: 'Shop is working again. We are watching it closely.',
      },
      {
        at: '2026-12-01T10:05:00.000Z',
        status: 'identified',
        text: 'The problem has been identified and an engineer is working on it.',
      },
      { at: '2026-12-01T10:00:00.000Z', status: 'investigating', text: 'We are investigating a problem with Shop.' },
    ]);
    const text = JSON.stringify(status);
    for (const secret of ['secret-backend', 'web-1', 'opsdesk.example', 'Olga', 'password', 'host-1', 'Hidden']) {
      expect(text).not.toContain(secret);
    }
  });

  it('folds a recovery that resolved the incident at once into one resolved update', async () => {
    const fakes = statusFakes({ start: NOW });
    const shop = addMonitor(fakes, { id: 'mon-1', name: 'Shop' });
    await publish(fakes, ['mon-1']);
    addIncident(fakes, shop, {
      status: 'resolved',
      resolvedAt: '2026-12-07T08:30:00.000Z',
      timeline: [
        { at: '2026-12-07T08:30:00.000Z', kind: 'recovered', text: 'Shop recovered', by: null, taskId: null },
        { at: '2026-12-07T08:30:00.000Z', kind: 'resolved', text: 'Resolved', by: null, taskId: null },
      ],
    });
    const [incident] = (await publicStatus(fakes.reportsDeps, 'acme')).incidents;
    expect(incident?.updates.map((u) => u.status)).toEqual(['resolved', 'investigating']);
    expect(incident?.resolvedAt).toBe('2026-12-07T08:30:00.000Z');
  });

  it('lists maintenance not yet over, current included, and hides what a task’s slot would say', async () => {
    const fakes = statusFakes({ start: NOW });
    addMonitor(fakes, {
      id: 'mon-1',
      name: 'Shop',
      state: 'maintenance',
      maintenance: [
        { id: 's1', start: '2026-12-01T00:00:00.000Z', end: '2026-12-01T02:00:00.000Z', reason: 'Over', taskId: null },
        { id: 's2', start: '2026-12-07T08:00:00.000Z', end: '2026-12-07T10:00:00.000Z', reason: 'Now', taskId: null },
        {
          id: 's3',
          start: '2026-12-09T22:00:00.000Z',
          end: '2026-12-09T23:00:00.000Z',
          reason: 'Patching web-1 (task)',
          taskId: 'task-7',
        },
      ],
    });
    await publish(fakes, ['mon-1']);
    const status = await publicStatus(fakes.reportsDeps, 'acme');
    expect(status.maintenance).toEqual([
      { name: 'Shop', start: '2026-12-07T08:00:00.000Z', end: '2026-12-07T10:00:00.000Z', reason: 'Now' },
      {
        name: 'Shop',
        start: '2026-12-09T22:00:00.000Z',
        end: '2026-12-09T23:00:00.000Z',
        reason: 'Planned maintenance',
      },
    ]);
    expect(status.overall).toBe('maintenance');
  });

  it('is Opsdesk’s own page for the provider’s slug, from the platform’s components (all four, always)', async () => {
    const fakes = statusFakes({ start: NOW });
    fakes.platform.components = [
      { name: 'API and database', state: 'up' },
      { name: 'E-mail delivery', state: 'no_data' },
    ];
    fakes.platform.counts = [
      { name: 'API and database', day: '2026-12-07', up: 99, down: 1 },
      { name: 'E-mail delivery', day: '2026-12-06', up: 288, down: 0 },
      { name: 'API and database', day: '2026-01-01', up: 1, down: 0 },
    ];
    const status = await publicStatus(fakes.reportsDeps, 'opsdesk');
    expect(status.name).toBe('Opsdesk');
    // A component without a recent sample (here: none at all for two of them) shows "no data", it does not vanish.
    expect(status.monitors.map((m) => [m.name, m.state, m.uptime90d, m.days.length])).toEqual([
      ['API and database', 'up', 0.99, STATUS_DAYS],
      ['Scheduled jobs', 'no_data', null, STATUS_DAYS],
      ['E-mail delivery', 'no_data', 1, STATUS_DAYS],
      ['Monitoring checker', 'no_data', null, STATUS_DAYS],
    ]);
    expect(status.overall).toBe('operational');
    expect(status.incidents).toEqual([]);
  });
});

describe('headline and platform samples', () => {
  it('says outage, degraded, maintenance, operational or unknown', () => {
    expect(overallOf(['down', 'down'])).toBe('outage');
    expect(overallOf(['down', 'up'])).toBe('degraded');
    expect(overallOf(['maintenance', 'up'])).toBe('maintenance');
    expect(overallOf(['up', 'pending'])).toBe('operational');
    expect(overallOf(['pending', 'no_data'])).toBe('unknown');
    expect(overallOf([])).toBe('unknown');
  });

  it('derives the components from the operations snapshot', () => {
    const heartbeat = (jobId: string, late: boolean, outcome: 'ok' | 'failed' = 'ok') =>
      ({ jobId, late, outcome }) as OperationsSnapshot['heartbeats'][number];
    const snapshot = (heartbeats: OperationsSnapshot['heartbeats'], oldestAgeSeconds = 0) => ({
      heartbeats,
      outbox: { due: 0, oldestDueAt: null, oldestAgeSeconds },
    });
    expect(platformSamples(snapshot([heartbeat('release-tasks', false)]))).toEqual([
      { name: 'API and database', state: 'up' },
      { name: 'Scheduled jobs', state: 'up' },
      { name: 'E-mail delivery', state: 'up' },
      { name: 'Monitoring checker', state: 'up' },
    ]);
    const troubled = platformSamples(
      snapshot([heartbeat('release-tasks', true), heartbeat('dispatch-monitors', false, 'failed')], 16 * 60),
    );
    expect(troubled.map((sample) => sample.state)).toEqual(['up', 'down', 'down', 'down']);
    const lateMail = platformSamples(snapshot([heartbeat('send-notifications', true)]));
    expect(lateMail.map((sample) => sample.state)).toEqual(['up', 'up', 'down', 'up']);
  });
});
