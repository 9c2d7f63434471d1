import { beforeEach, describe, expect, it } from 'vitest';
import {
  incidentIdFor,
  openIncident,
  recoverIncident,
  requestDiagnostics,
} from '../../../shared/monitoring/incidents.js';
import { type MonitoringFakes, monitoringFakes } from '../../support/monitoring-fakes.js';
import { openStored, testMonitor } from './incident-fixtures.js';

const ackTokenOf = (text: string) => decodeURIComponent(/incidents\/ack\?token=(\S+)/.exec(text)?.[1] ?? '');

describe('openIncident', () => {
  let fakes: MonitoringFakes;
  beforeEach(() => {
    fakes = monitoringFakes(); // Monday 2026-12-07 09:00 UTC, tenant on managed-host (24x7), Olga on call
  });

  it('opens a covered incident, pages the person on call and schedules the re-page', async () => {
    const { incident, notifications } = await openIncident(fakes.deps, {
      monitor: testMonitor(),
      detectedAt: '2026-12-07T08:58:00.000Z',
      now: fakes.clock.now(),
    });
    expect(incident).toMatchObject({
      id: incidentIdFor('mon-1', '2026-12-07T08:58:00.000Z'),
      tenantId: 'tenant-a',
      tenantName: 'Acme GmbH',
      monitorName: 'Shop',
      severity: 'critical',
      status: 'open',
      coverage: 'covered',
      coverageStartsAt: null,
      openedAt: '2026-12-07T09:00:00.000Z',
      // managed-host: acknowledge within 15 minutes, resolve within 240.
      acknowledgeDueAt: '2026-12-07T09:15:00.000Z',
      resolveDueAt: '2026-12-07T13:00:00.000Z',
      pages: 1,
      escalationLevel: 0,
      pagedStaffIds: ['staff-op'],
      nextPageAt: '2026-12-07T09:10:00.000Z',
    });
    expect(incident.timeline.map((entry) => entry.kind)).toEqual(['detected', 'confirmed', 'paged']);
    expect(incident.timeline[0]).toMatchObject({ at: '2026-12-07T08:58:00.000Z', text: 'Shop failed: HTTP 503' });
    expect(notifications).toHaveLength(1);
    const page = notifications[0]!;
    expect(page).toMatchObject({
      id: `${incident.id}-incident_page-1-staff-op`,
      kind: 'incident_page',
      bookingId: null,
      incidentId: incident.id,
      to: 'op@opsdesk.example',
      ics: null,
      dueAt: '2026-12-07T09:00:00.000Z',
    });
    expect(page.subject).toBe('Page [CRITICAL] Acme GmbH: Shop is down');
    expect(page.text).toContain('What failed: Shop failed: HTTP 503');
    // Olga set no working hours: her pages are in the default zone (Berlin, as the tenant), with UTC alongside.
    expect(page.text).toContain('Detected: Mon 7 Dec 2026, 09:58 (Europe/Berlin) — 08:58 UTC');
    expect(page.text).toContain('Acknowledge by: Mon 7 Dec 2026, 10:15 (Europe/Berlin) — 09:15 UTC');
    expect(page.text).toContain('(valid until Tue 8 Dec 2026, 10:00 (Europe/Berlin) — 09:00 UTC)');
    expect(page.text).not.toContain('Customer’s local time');
    expect(page.text).toContain(`https://app.opsdesk.example/ops/incidents/${incident.id}`);
    const claims = fakes.ackLinks.verify(ackTokenOf(page.text), fakes.clock.now());
    expect(claims).toEqual({ incidentId: incident.id, staffId: 'staff-op', expiresAt: '2026-12-08T09:00:00.000Z' });
  });

  it('gives the same incident and e-mail ids for the same failure, so a second delivery opens nothing new', async () => {
    const input = { monitor: testMonitor(), detectedAt: '2026-12-07T08:58:00.000Z', now: fakes.clock.now() };
    const first = await openIncident(fakes.deps, input);
    const second = await openIncident(fakes.deps, input);
    expect(second.incident.id).toBe(first.incident.id);
    expect(second.notifications.map((n) => n.id)).toEqual(first.notifications.map((n) => n.id));
    const other = await openIncident(fakes.deps, { ...input, detectedAt: '2026-12-07T10:58:00.000Z' });
    expect(other.incident.id).not.toBe(first.incident.id);
  });

  it('keeps incident ids valid for a monitor id of the longest length', () => {
    const id = incidentIdFor('m'.repeat(64), '2026-12-07T08:58:00.000Z');
    expect(id).toMatch(/^[A-Za-z0-9-]{1,64}$/);
    expect(incidentIdFor('m'.repeat(64), '2026-12-07T08:58:00.000Z')).toBe(id);
  });

  it('pages the provider-admins right away when nobody is on call', async () => {
    fakes.staff.rota = [];
    const { incident, notifications } = await openIncident(fakes.deps, {
      monitor: testMonitor(),
      detectedAt: '2026-12-07T08:58:00.000Z',
      now: fakes.clock.now(),
    });
    expect(incident).toMatchObject({ escalationLevel: 1, pages: 1, pagedStaffIds: ['staff-admin'] });
    expect(incident.timeline.at(-1)).toMatchObject({ kind: 'escalated' });
    expect(incident.timeline.at(-1)?.text).toContain('nobody is on call');
    expect(notifications.map((n) => [n.kind, n.to])).toEqual([['incident_escalation', 'admin@opsdesk.example']]);
    expect(notifications[0]!.subject).toBe('Escalation [CRITICAL] Acme GmbH: Shop is down');
  });

  it('waits outside business hours, says so, and pages nobody until coverage begins', async () => {
    // webmaster-eighth: Mon–Fri 08:00–18:00 Berlin. Saturday 2026-12-05 12:00 UTC.
    fakes = monitoringFakes({ planId: 'webmaster-eighth', start: '2026-12-05T12:00:00.000Z' });
    const { incident, notifications } = await openIncident(fakes.deps, {
      monitor: testMonitor(),
      detectedAt: '2026-12-05T11:58:00.000Z',
      now: fakes.clock.now(),
    });
    expect(incident).toMatchObject({
      coverage: 'waiting',
      coverageStartsAt: '2026-12-07T07:00:00.000Z',
      nextPageAt: '2026-12-07T07:00:00.000Z',
      pages: 0,
      pagedStaffIds: [],
      // Targets count from when coverage begins (acknowledge 60 min, resolve 480 min).
      acknowledgeDueAt: '2026-12-07T08:00:00.000Z',
      resolveDueAt: '2026-12-07T15:00:00.000Z',
    });
    expect(incident.timeline.map((entry) => entry.kind)).toEqual(['detected', 'confirmed', 'waiting_coverage']);
    expect(incident.timeline.at(-1)?.text).toContain('2026-12-07 07:00 UTC (08:00 Europe/Berlin)');
    expect(notifications).toEqual([]);
  });

  it('tells the customer’s contacts that a waiting incident waits, when the contacts port is wired', async () => {
    fakes = monitoringFakes({ planId: 'webmaster-eighth', start: '2026-12-05T12:00:00.000Z' });
    const deps = {
      ...fakes.deps,
      contacts: { customerContacts: async () => [{ email: 'it@acme.example', name: 'Ida\nInjected: x' }] },
    };
    const { incident, notifications } = await openIncident(deps, {
      monitor: testMonitor({ name: 'Shop\r\nBcc: evil@example.org' }),
      detectedAt: '2026-12-05T11:58:00.000Z',
      now: fakes.clock.now(),
    });
    expect(incident.timeline.at(-1)).toMatchObject({ kind: 'customer_notified' });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ kind: 'incident_customer', to: 'it@acme.example' });
    expect(notifications[0]!.subject).not.toMatch(/[\r\n]/);
    expect(notifications[0]!.subject).toContain('we respond from Mon 7 Dec 2026, 08:00 (Europe/Berlin)');
    expect(notifications[0]!.text).toContain('Hello Ida Injected: x,');
    expect(notifications[0]!.text).toContain('has been failing since Sat 5 Dec 2026, 12:58 (Europe/Berlin).');
    expect(notifications[0]!.text).not.toContain('UTC');
  });

  it('writes each e-mail in its reader’s zone: the operator’s own, the customer’s organisation’s', async () => {
    // The operator works from New York; the organisation is in Berlin.
    fakes = monitoringFakes();
    const onCall = fakes.staff.rota[0]!;
    onCall.staff = { ...onCall.staff, timeZone: 'America/New_York' };
    const { notifications } = await openIncident(fakes.deps, {
      monitor: testMonitor(),
      detectedAt: '2026-12-07T08:58:00.000Z',
      now: fakes.clock.now(),
    });
    const page = notifications[0]!;
    expect(page.to).toBe('op@opsdesk.example');
    expect(page.text).toContain('Detected: Mon 7 Dec 2026, 03:58 (America/New York) — 08:58 UTC');
    expect(page.text).toContain('Customer’s local time when detected: Mon 7 Dec 2026, 09:58 (Europe/Berlin)');
    expect(page.text).toContain('Acknowledge by: Mon 7 Dec 2026, 04:15 (America/New York) — 09:15 UTC');

    // A waiting incident of an organisation in New York: its contacts read New York time, no UTC.
    fakes = monitoringFakes({
      planId: 'webmaster-eighth',
      start: '2026-12-05T12:00:00.000Z',
      tenant: { timeZone: 'America/New_York' },
    });
    const deps = {
      ...fakes.deps,
      contacts: { customerContacts: async () => [{ email: 'it@acme.example', name: 'Ida' }] },
    };
    const waiting = await openIncident(deps, {
      monitor: testMonitor(),
      detectedAt: '2026-12-05T11:58:00.000Z',
      now: fakes.clock.now(),
    });
    const mail = waiting.notifications[0]!;
    expect(mail.text).toContain('has been failing since Sat 5 Dec 2026, 06:58 (America/New York).');
    // Covered hours are the plan’s (08:00 Berlin = 07:00 UTC): 02:00 on the customer’s clock.
    expect(mail.subject).toMatch(/we respond from Mon 7 Dec 2026, 02:00 \(America\/New York\)$/);
  });

  it('rates severity by what failed', async () => {
    const severity = async (overrides: Parameters<typeof testMonitor>[0]) =>
      (
        await openIncident(fakes.deps, {
          monitor: testMonitor(overrides),
          detectedAt: '2026-12-07T08:58:00.000Z',
          now: fakes.clock.now(),
        })
      ).incident.severity;
    expect(await severity({ kind: 'tcp' })).toBe('critical');
    expect(await severity({ kind: 'heartbeat' })).toBe('major');
    expect(await severity({ kind: 'tls' })).toBe('major');
    expect(await severity({ kind: 'host', hostCheck: { check: 'service', service: 'nginx' } })).toBe('critical');
    expect(await severity({ kind: 'host', hostCheck: { check: 'disk' } })).toBe('major');
    expect(await severity({ kind: 'host', hostCheck: { check: 'certificate-file', path: '/etc/ssl/a.pem' } })).toBe(
      'minor',
    );
  });
});

describe('requestDiagnostics', () => {
  it('requests a disk report on the host of a disk monitor and records the task on the timeline', async () => {
    const fakes = monitoringFakes();
    const monitor = testMonitor({ kind: 'host', target: null, hostCheck: { check: 'disk', thresholdPercent: 90 } });
    const { incident } = await openStored(fakes, monitor);
    const stored = (await fakes.incidents.find(incident.id))!;
    const after = await requestDiagnostics(fakes.deps, stored, monitor);
    expect(fakes.diagnostics.requests).toEqual([
      {
        tenantId: 'tenant-a',
        incidentId: incident.id,
        typeId: 'disk-report',
        hostId: 'host-1',
        params: {},
        requestedBy: null,
      },
    ]);
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'diagnostic', taskId: 'task-1' });
    expect(after.version).toBe(stored.version + 1);
    expect((await fakes.incidents.find(incident.id))?.timeline.at(-1)?.taskId).toBe('task-1');
  });

  it('requests a certificate check with the domain and port of a TLS monitor’s target', async () => {
    const fakes = monitoringFakes();
    const monitor = testMonitor({ kind: 'tls', target: 'https://shop.example.org:8443/' });
    const { incident } = await openStored(fakes, monitor);
    await requestDiagnostics(fakes.deps, (await fakes.incidents.find(incident.id))!, monitor);
    expect(fakes.diagnostics.requests.map((r) => [r.typeId, r.params])).toEqual([
      ['certificate-check', { domain: 'shop.example.org', port: 8443 }],
    ]);
  });

  it('requests nothing and writes nothing for a monitor without a host', async () => {
    const fakes = monitoringFakes();
    const monitor = testMonitor({ hostId: null });
    const { incident } = await openStored(fakes, monitor);
    const stored = (await fakes.incidents.find(incident.id))!;
    const writes = fakes.incidents.writes.length;
    expect(await requestDiagnostics(fakes.deps, stored, monitor)).toEqual(stored);
    expect(fakes.diagnostics.requests).toEqual([]);
    expect(fakes.incidents.writes).toHaveLength(writes);
  });

  it('turns a failed request into a timeline note instead of an exception', async () => {
    const fakes = monitoringFakes();
    const monitor = testMonitor();
    const { incident } = await openStored(fakes, monitor);
    fakes.diagnostics.failWith = new Error('the host is offline');
    const after = await requestDiagnostics(fakes.deps, (await fakes.incidents.find(incident.id))!, monitor);
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'note', taskId: null });
    expect(after.timeline.at(-1)?.text).toBe('Disk report could not be requested: the host is offline');
  });

  it('applies its entries to the stored incident when the paging job wrote in between', async () => {
    const fakes = monitoringFakes();
    const monitor = testMonitor();
    const { incident } = await openStored(fakes, monitor);
    const stale = (await fakes.incidents.find(incident.id))!;
    await fakes.incidents.update(stale, { ...stale, pages: 2, version: stale.version + 1 }, {});
    const after = await requestDiagnostics(fakes.deps, stale, monitor);
    expect(after).toMatchObject({ pages: 2, version: stale.version + 2 });
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'diagnostic', taskId: 'task-1' });
  });
});

describe('recoverIncident', () => {
  it('resolves the incident with recovered and resolved entries and stops paging', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    const now = new Date('2026-12-07T09:30:00.000Z');
    const recovered = recoverIncident(incident, now);
    expect(recovered).toMatchObject({
      status: 'resolved',
      resolvedAt: '2026-12-07T09:30:00.000Z',
      nextPageAt: null,
      version: incident.version + 1,
    });
    expect(recovered.timeline.slice(-2).map((entry) => entry.kind)).toEqual(['recovered', 'resolved']);
    expect(recoverIncident(recovered, now)).toBe(recovered);
  });
});
