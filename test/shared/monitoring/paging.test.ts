import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { acknowledgeByLink, acknowledgeIncident } from '../../../shared/monitoring/incidents.js';
import { pageDueIncidents, pageTime } from '../../../shared/monitoring/paging.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { type MonitoringFakes, monitoringFakes } from '../../support/monitoring-fakes.js';
import { openStored } from './incident-fixtures.js';

const operator: Actor = { userId: 'staff-op', email: 'op@opsdesk.example', roles: ['operator'], tenantId: null };
const ackTokenOf = (text: string) => decodeURIComponent(/incidents\/ack\?token=(\S+)/.exec(text)?.[1] ?? '');

/** Every e-mail written so far (the opening page goes with the monitor's write, the rest with incident updates). */
const mails = (fakes: MonitoringFakes) => [...fakes.monitors.notifications, ...fakes.incidents.notifications];

describe('pageDueIncidents', () => {
  it('re-pages the person on call after the timeout, not before', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    fakes.clock.advanceMinutes(9);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    fakes.clock.advanceMinutes(1);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 1, escalated: 0 });
    expect(await fakes.incidents.find(incident.id)).toMatchObject({
      pages: 2,
      escalationLevel: 0,
      nextPageAt: '2026-12-07T09:20:00.000Z',
    });
    expect(mails(fakes).map((m) => [m.id, m.to])).toEqual([
      [`${incident.id}-incident_page-1-staff-op`, 'op@opsdesk.example'],
      [`${incident.id}-incident_page-2-staff-op`, 'op@opsdesk.example'],
    ]);
    expect(mails(fakes)[1]!.text).toContain('(page 2)');
  });

  it('escalates to the provider-admins after two unanswered pages, then reminds them every 30 minutes', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    fakes.clock.advanceMinutes(10);
    await pageDueIncidents(fakes.deps);
    fakes.clock.advanceMinutes(10);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 1 });
    const escalated = (await fakes.incidents.find(incident.id))!;
    expect(escalated).toMatchObject({
      escalationLevel: 1,
      pages: 3,
      pagedStaffIds: ['staff-admin'],
      nextPageAt: '2026-12-07T09:50:00.000Z',
    });
    expect(escalated.timeline.at(-1)).toMatchObject({ kind: 'escalated' });
    expect(escalated.timeline.at(-1)?.text).toContain('2 pages unanswered');
    const escalation = mails(fakes).at(-1)!;
    expect(escalation).toMatchObject({ kind: 'incident_escalation', to: 'admin@opsdesk.example' });
    expect(escalation.subject).toBe('Escalation [CRITICAL] Acme GmbH: Shop is down');
    // The admin's own link acknowledges in the admin's name.
    fakes.clock.advanceMinutes(29);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    fakes.clock.advanceMinutes(1);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 1, escalated: 0 });
    expect(mails(fakes).at(-1)?.id).toBe(`${incident.id}-incident_escalation-4-staff-admin`);
    const answer = await acknowledgeByLink(fakes.deps, ackTokenOf(escalation.text));
    expect(answer.acknowledgedBy).toBe('admin@opsdesk.example');
  });

  it('pages no more once acknowledged (by the API)', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    fakes.clock.advanceMinutes(4);
    await acknowledgeIncident(fakes.deps, operator, incident.id);
    for (let minute = 0; minute < 60; minute += 10) {
      fakes.clock.advanceMinutes(10);
      expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    }
    expect(mails(fakes)).toHaveLength(1);
  });

  it('pages no more once acknowledged by the link in the e-mail', async () => {
    const fakes = monitoringFakes();
    await openStored(fakes);
    fakes.clock.advanceMinutes(2);
    await acknowledgeByLink(fakes.deps, ackTokenOf(mails(fakes)[0]!.text));
    fakes.clock.advanceMinutes(30);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    expect(mails(fakes)).toHaveLength(1);
  });

  it('clears the marker of an incident acknowledged behind its back without paging', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    const stored = (await fakes.incidents.find(incident.id))!;
    // A write that acknowledged but left the marker (an older writer): the job only removes it.
    await fakes.incidents.update(stored, { ...stored, status: 'acknowledged', version: stored.version + 1 }, {});
    fakes.clock.advanceMinutes(10);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    expect((await fakes.incidents.find(incident.id))?.nextPageAt).toBeNull();
    expect(mails(fakes)).toHaveLength(1);
  });

  it('pages once when coverage begins on the Monday after the spring DST change (Europe/Berlin)', async () => {
    // webmaster-eighth: Mon–Fri 08:00–18:00 Berlin. Friday 2026-03-27 19:30 CET.
    const fakes = monitoringFakes({ planId: 'webmaster-eighth', start: '2026-03-27T18:30:00.000Z' });
    const { incident, notifications } = await openStored(fakes);
    expect(notifications).toEqual([]);
    expect(incident).toMatchObject({ coverage: 'waiting', coverageStartsAt: '2026-03-30T06:00:00.000Z' });
    // Sunday and early Monday (05:59 UTC = 07:59 CEST): still waiting.
    fakes.clock.set('2026-03-30T05:59:00.000Z');
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    expect((await fakes.incidents.find(incident.id))?.coverage).toBe('waiting');
    fakes.clock.set('2026-03-30T06:00:00.000Z');
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 1, escalated: 0 });
    const paged = (await fakes.incidents.find(incident.id))!;
    expect(paged).toMatchObject({
      coverage: 'covered',
      pages: 1,
      // Targets from when coverage began: acknowledge 60 min, resolve 480 min.
      acknowledgeDueAt: '2026-03-30T07:00:00.000Z',
      resolveDueAt: '2026-03-30T14:00:00.000Z',
      nextPageAt: '2026-03-30T06:10:00.000Z',
    });
    expect(paged.timeline.map((e) => e.kind)).toEqual(['detected', 'confirmed', 'waiting_coverage', 'note', 'paged']);
    const page = mails(fakes)[0]!;
    expect(page.kind).toBe('incident_page');
    // After the change the operator’s Berlin is UTC+2, before it UTC+1.
    expect(page.text).toContain('Acknowledge by: Mon 30 Mar 2026, 09:00 (Europe/Berlin) — 07:00 UTC');
    expect(page.text).toContain('Opened: Fri 27 Mar 2026, 19:30 (Europe/Berlin) — 18:30 UTC');
    // Run again in the same minute (a retried schedule): nothing more.
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    expect(mails(fakes)).toHaveLength(1);
  });

  it('skips an incident whose write lost to another writer, and pages it at most once', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    fakes.clock.advanceMinutes(10);
    const original = fakes.incidents.update.bind(fakes.incidents);
    let raced = false;
    fakes.incidents.update = async (before, after, change) => {
      if (!raced) {
        raced = true;
        // The operator acknowledges between the job's read and its write.
        await acknowledgeIncident(fakes.deps, operator, incident.id);
      }
      return original(before, after, change);
    };
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    expect(await fakes.incidents.find(incident.id)).toMatchObject({ status: 'acknowledged', pages: 1 });
    expect(mails(fakes)).toHaveLength(1);
  });

  it('passes on errors other than a lost race', async () => {
    const fakes = monitoringFakes();
    await openStored(fakes);
    fakes.clock.advanceMinutes(10);
    fakes.incidents.update = async () => {
      throw new DomainError('DEPENDENCY.UNAVAILABLE', 'the table is not there');
    };
    await expect(pageDueIncidents(fakes.deps)).rejects.toThrow('the table is not there');
  });

  it('deletes the page markers of incidents that are gone, so the live ones behind them are paged next run', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    // A purged tenant left two markers, older than the live one; the limit is filled by them alone.
    const orphans = [
      { dueAt: '2026-12-01T00:00:00.000Z', tenantId: 'tenant-gone', incidentId: 'inc-x' },
      { dueAt: '2026-12-01T00:01:00.000Z', tenantId: 'tenant-gone', incidentId: 'inc-y' },
    ];
    fakes.incidents.strayPages.push(...orphans);
    fakes.clock.advanceMinutes(10);
    expect(await pageDueIncidents(fakes.deps, { limit: 2 })).toEqual({ paged: 0, escalated: 0 });
    expect(fakes.incidents.removedPages).toEqual(orphans);
    expect(await pageDueIncidents(fakes.deps, { limit: 2 })).toEqual({ paged: 1, escalated: 0 });
    expect(await fakes.incidents.find(incident.id)).toMatchObject({ pages: 2 });
    expect(fakes.incidents.removedPages).toHaveLength(2);
  });

  it('keeps user text on one line in the page’s headers and body lines', async () => {
    const fakes = monitoringFakes({ tenant: { name: 'Acme\r\nBcc: x@evil.example' } });
    await openStored(fakes, { name: 'Shop\nX-Injected: 1' });
    const page = mails(fakes)[0]!;
    expect(page.subject).toBe('Page [CRITICAL] Acme Bcc: x@evil.example: Shop X-Injected: 1 is down');
    expect(page.text).not.toMatch(/\r/);
    expect(page.text).toContain('Monitor: Shop X-Injected: 1 (http)');
  });
});

describe('pageDueIncidents during maintenance', () => {
  it('holds pages while the monitor is in a maintenance slot and pages again when it ends', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    const monitor = (await fakes.monitors.get('tenant-a', 'mon-1'))!;
    fakes.monitors.monitors.set('tenant-a#mon-1', {
      ...monitor,
      maintenance: [
        {
          id: 'slot-1',
          start: '2026-12-07T09:05:00.000Z',
          end: '2026-12-07T10:00:00.000Z',
          reason: 'Database upgrade',
          taskId: null,
        },
      ],
    });
    fakes.clock.advanceMinutes(10);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    const held = (await fakes.incidents.find(incident.id))!;
    expect(held).toMatchObject({ pages: 1, nextPageAt: '2026-12-07T10:00:00.000Z' });
    expect(held.timeline.at(-1)?.text).toBe(
      'Paging paused: Shop is in maintenance until 2026-12-07 10:00 UTC (Database upgrade)',
    );
    fakes.clock.set('2026-12-07T10:00:00.000Z');
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 1, escalated: 0 });
    expect(mails(fakes)).toHaveLength(2);
  });

  it('holds pages while a disruptive task runs on the monitor’s host', async () => {
    const fakes = monitoringFakes();
    const { incident } = await openStored(fakes);
    fakes.hostActivity.busy.set('tenant-a#host-1', 'task-patch');
    fakes.clock.advanceMinutes(10);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    fakes.clock.advanceMinutes(10);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 0, escalated: 0 });
    const held = (await fakes.incidents.find(incident.id))!;
    expect(held.timeline.filter((e) => e.text.startsWith('Paging paused'))).toHaveLength(1);
    fakes.hostActivity.busy.clear();
    fakes.clock.advanceMinutes(10);
    expect(await pageDueIncidents(fakes.deps)).toEqual({ paged: 1, escalated: 0 });
  });
});

describe('pageTime', () => {
  it('writes the operator’s own time with UTC alongside, and the UTC date when it differs', () => {
    expect(pageTime('2026-12-07T08:58:00.000Z', 'America/New_York')).toBe(
      'Mon 7 Dec 2026, 03:58 (America/New York) — 08:58 UTC',
    );
    expect(pageTime('2026-12-07T02:00:00.000Z', 'America/New_York')).toBe(
      'Sun 6 Dec 2026, 21:00 (America/New York) — Mon 7 Dec 2026, 02:00 UTC',
    );
    expect(pageTime('2026-12-07T20:00:00.000Z', 'Asia/Kolkata')).toBe(
      'Tue 8 Dec 2026, 01:30 (Asia/Kolkata) — Mon 7 Dec 2026, 20:00 UTC',
    );
    expect(pageTime('2026-12-07T08:58:00.000Z', 'UTC')).toBe('Mon 7 Dec 2026, 08:58 (UTC)');
  });
});
