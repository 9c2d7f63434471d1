import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import {
  acknowledgeByLink,
  acknowledgeIncident,
  addIncidentNote,
  getIncident,
  incidentQueue,
  listIncidents,
  remediateIncident,
  resolveIncident,
} from '../../../shared/monitoring/incidents.js';
import type { Incident } from '../../../shared/monitoring/model.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { type MonitoringFakes, monitoringFakes, testTenant } from '../../support/monitoring-fakes.js';
import { openStored } from './incident-fixtures.js';

const operator: Actor = { userId: 'staff-op', email: 'op@opsdesk.example', roles: ['operator'], tenantId: null };
const customer: Actor = { userId: 'u-a', email: 'admin@acme.example', roles: ['customer-admin'], tenantId: 'tenant-a' };
const stranger: Actor = { userId: 'u-b', email: 'admin@beta.example', roles: ['customer-admin'], tenantId: 'tenant-b' };
const query = { limit: 50 };

const rejects = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
};

const ackTokenOf = (text: string) => decodeURIComponent(/incidents\/ack\?token=(\S+)/.exec(text)?.[1] ?? '');

describe('incidents seen by customers and operators', () => {
  let fakes: MonitoringFakes;
  let incident: Incident;
  beforeEach(async () => {
    fakes = monitoringFakes();
    fakes.tenants.set('tenant-b', testTenant({ id: 'tenant-b', name: 'Beta AG' }));
    incident = (await openStored(fakes)).incident;
    await openStored(fakes, { id: 'mon-b', tenantId: 'tenant-b', name: 'Beta site' });
  });

  it('lists only the customer’s own tenant’s incidents, and every tenant’s for operators', async () => {
    expect((await listIncidents(fakes.deps, customer, query)).items.map((i) => i.tenantId)).toEqual(['tenant-a']);
    expect((await listIncidents(fakes.deps, stranger, query)).items.map((i) => i.tenantId)).toEqual(['tenant-b']);
    expect((await listIncidents(fakes.deps, operator, query)).items).toHaveLength(2);
  });

  it('shows a customer their incident and answers 404 for another tenant’s', async () => {
    expect((await getIncident(fakes.deps, customer, incident.id)).id).toBe(incident.id);
    await rejects(getIncident(fakes.deps, stranger, incident.id), 'RESOURCE.NOT_FOUND');
    await rejects(getIncident(fakes.deps, operator, 'inc-missing'), 'RESOURCE.NOT_FOUND');
  });

  it('lets only operators act on incidents: a customer of the tenant is refused and nothing changes', async () => {
    await rejects(acknowledgeIncident(fakes.deps, customer, incident.id), 'AUTH.FORBIDDEN');
    await rejects(resolveIncident(fakes.deps, customer, incident.id, {}), 'AUTH.FORBIDDEN');
    await rejects(incidentQueue(fakes.deps, customer), 'AUTH.FORBIDDEN');
    expect((await fakes.incidents.find(incident.id))?.status).toBe('open');
  });

  it('attaches the status and output of the incident’s tasks to the view', async () => {
    fakes.diagnostics.tasks.set('task-9', {
      id: 'task-9',
      typeId: 'disk-report',
      status: 'succeeded',
      output: '/dev/sda1 97%',
      updatedAt: '2026-12-07T09:02:00.000Z',
    });
    const stored = (await fakes.incidents.find(incident.id))!;
    await fakes.incidents.update(
      stored,
      {
        ...stored,
        timeline: [
          ...stored.timeline,
          { at: '2026-12-07T09:01:00.000Z', kind: 'diagnostic', text: 'Disk report', by: null, taskId: 'task-9' },
        ],
        version: stored.version + 1,
      },
      {},
    );
    const view = await getIncident(fakes.deps, customer, incident.id);
    expect(view.tasks).toEqual([expect.objectContaining({ id: 'task-9', output: '/dev/sda1 97%' })]);
  });
});

describe('acknowledging', () => {
  let fakes: MonitoringFakes;
  let incident: Incident;
  beforeEach(async () => {
    fakes = monitoringFakes();
    incident = (await openStored(fakes)).incident;
    fakes.clock.advanceMinutes(3);
  });

  it('stops paging when an operator acknowledges, with a timeline entry and an audit entry', async () => {
    const view = await acknowledgeIncident(fakes.deps, operator, incident.id);
    expect(view).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'op@opsdesk.example',
      acknowledgedAt: '2026-12-07T09:03:00.000Z',
      nextPageAt: null,
    });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'acknowledged', by: 'op@opsdesk.example' });
    expect(fakes.incidents.audit.map((a) => [a.action, a.target.id, a.tenantId, a.actor.email])).toEqual([
      ['incident.acknowledged', incident.id, 'tenant-a', 'op@opsdesk.example'],
    ]);
    expect(await fakes.incidents.duePages('2026-12-08T00:00:00.000Z', 10)).toEqual([]);
  });

  it('changes nothing when acknowledged twice', async () => {
    const first = await acknowledgeIncident(fakes.deps, operator, incident.id);
    fakes.clock.advanceMinutes(1);
    const second = await acknowledgeIncident(fakes.deps, operator, incident.id);
    expect(second).toEqual(first);
    expect(fakes.incidents.audit).toHaveLength(1);
  });

  it('acknowledges through the signed link of the page and answers the same the second time', async () => {
    const token = ackTokenOf(fakes.monitors.notifications[0]!.text);
    const answer = await acknowledgeByLink(fakes.deps, token);
    expect(answer).toEqual({ incidentId: incident.id, status: 'acknowledged', acknowledgedBy: 'op@opsdesk.example' });
    expect(await fakes.incidents.find(incident.id)).toMatchObject({ status: 'acknowledged', nextPageAt: null });
    expect(fakes.incidents.audit.at(-1)).toMatchObject({
      action: 'incident.acknowledged',
      details: { via: 'link', monitorId: 'mon-1' },
    });
    fakes.clock.advanceMinutes(5);
    expect(await acknowledgeByLink(fakes.deps, token)).toEqual(answer);
    expect(fakes.incidents.audit).toHaveLength(1);
  });

  it('refuses an expired link and a tampered one', async () => {
    const token = ackTokenOf(fakes.monitors.notifications[0]!.text);
    const [prefix, body, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, incidentId: 'inc-other' })).toString('base64url');
    await rejects(acknowledgeByLink(fakes.deps, `${prefix}.${forged}.${sig}`), 'REQUEST.INVALID');
    fakes.clock.advanceMinutes(24 * 60);
    await rejects(acknowledgeByLink(fakes.deps, token), 'REQUEST.INVALID');
    expect((await fakes.incidents.find(incident.id))?.status).toBe('open');
  });

  it('refuses the link of a staff member since removed, as it refuses an invalid one', async () => {
    const token = ackTokenOf(fakes.monitors.notifications[0]!.text);
    fakes.staff.users.set('staff-op', null);
    const error = await rejects(acknowledgeByLink(fakes.deps, token), 'REQUEST.INVALID');
    expect(error.errors).toEqual([{ path: 'body.token', message: 'not valid or expired' }]);
    expect((await fakes.incidents.find(incident.id))?.status).toBe('open');
    expect(fakes.incidents.audit).toEqual([]);
  });

  it('refuses the link of a staff member demoted to finance, and records the e-mail of one who may acknowledge', async () => {
    const token = ackTokenOf(fakes.monitors.notifications[0]!.text);
    const olga = { staffId: 'staff-op', email: 'olga@opsdesk.example', name: 'Olga Operator' };
    fakes.staff.users.set('staff-op', { ...olga, roles: ['finance'] });
    await rejects(acknowledgeByLink(fakes.deps, token), 'REQUEST.INVALID');
    expect((await fakes.incidents.find(incident.id))?.status).toBe('open');
    // Promoted to provider-admin since (and her address changed): the link works and names her current address.
    fakes.staff.users.set('staff-op', { ...olga, roles: ['provider-admin'] });
    expect(await acknowledgeByLink(fakes.deps, token)).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'olga@opsdesk.example',
    });
    expect(fakes.incidents.audit.at(-1)?.actor).toMatchObject({ userId: 'staff-op', email: 'olga@opsdesk.example' });
  });

  it('answers “resolved” for the link of an incident resolved meanwhile', async () => {
    const token = ackTokenOf(fakes.monitors.notifications[0]!.text);
    await resolveIncident(fakes.deps, operator, incident.id, {});
    expect(await acknowledgeByLink(fakes.deps, token)).toEqual({
      incidentId: incident.id,
      status: 'resolved',
      acknowledgedBy: 'op@opsdesk.example',
    });
  });
});

describe('resolving, notes and remediation', () => {
  let fakes: MonitoringFakes;
  let incident: Incident;
  beforeEach(async () => {
    fakes = monitoringFakes();
    incident = (await openStored(fakes)).incident;
    fakes.clock.advanceMinutes(20);
  });

  it('resolves with a note, releases the monitor in the same write and audits it', async () => {
    const view = await resolveIncident(fakes.deps, operator, incident.id, { note: 'Restarted php-fpm.' });
    expect(view).toMatchObject({ status: 'resolved', resolvedAt: '2026-12-07T09:20:00.000Z', nextPageAt: null });
    expect(view.timeline.slice(-2).map((e) => [e.kind, e.text, e.by])).toEqual([
      ['note', 'Restarted php-fpm.', 'op@opsdesk.example'],
      ['resolved', 'Resolved by op@opsdesk.example', 'op@opsdesk.example'],
    ]);
    const monitor = await fakes.monitors.get('tenant-a', 'mon-1');
    // Still down when resolved by hand: back to pending, so a failure that goes on opens a new incident.
    expect(monitor).toMatchObject({ incidentId: null, state: 'pending', confirmation: { phase: 'stable', count: 0 } });
    expect(fakes.monitors.audit.map((a) => [a.action, a.details])).toEqual([
      ['incident.resolved', { monitorId: 'mon-1', note: 'Restarted php-fpm.' }],
    ]);
    await rejects(resolveIncident(fakes.deps, operator, incident.id, {}), 'STATE.CONFLICT');
  });

  it('resolves an incident whose monitor was deleted', async () => {
    fakes.monitors.monitors.clear();
    const view = await resolveIncident(fakes.deps, operator, incident.id, {});
    expect(view.status).toBe('resolved');
    expect(fakes.incidents.audit.map((a) => a.action)).toEqual(['incident.resolved']);
  });

  it('adds an operator’s note to the timeline', async () => {
    const view = await addIncidentNote(fakes.deps, operator, incident.id, { text: 'Disk at 97 %: rotating logs.' });
    expect(view.timeline.at(-1)).toMatchObject({
      kind: 'note',
      text: 'Disk at 97 %: rotating logs.',
      by: operator.email,
    });
    expect(fakes.incidents.audit.map((a) => a.action)).toEqual(['incident.noted']);
  });

  it('requests a remediation task on the monitor’s host as the operator', async () => {
    const view = await remediateIncident(fakes.deps, operator, incident.id, {
      typeId: 'service-restart',
      params: { service: 'nginx' },
    });
    expect(fakes.diagnostics.requests).toEqual([
      {
        tenantId: 'tenant-a',
        incidentId: incident.id,
        typeId: 'service-restart',
        hostId: 'host-1',
        params: { service: 'nginx' },
        requestedBy: { userId: 'staff-op', email: 'op@opsdesk.example' },
      },
    ]);
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'remediation', taskId: 'task-1', by: operator.email });
    expect(view.tasks.map((t) => t.id)).toEqual(['task-1']);
    expect(fakes.incidents.audit.at(-1)).toMatchObject({
      action: 'incident.remediated',
      details: { typeId: 'service-restart', taskId: 'task-1', hostId: 'host-1' },
    });
  });

  it('refuses remediation for a monitor without a host, naming the monitor', async () => {
    const monitor = (await fakes.monitors.get('tenant-a', 'mon-1'))!;
    fakes.monitors.monitors.set('tenant-a#mon-1', { ...monitor, hostId: null });
    const error = await rejects(
      remediateIncident(fakes.deps, operator, incident.id, { typeId: 'service-restart' }),
      'STATE.CONFLICT',
    );
    expect(error.message).toContain('“Shop” names no host');
    expect(fakes.diagnostics.requests).toEqual([]);
  });

  it('refuses a catalogue task that is not one of the monitor’s remediations, naming the allowed ones', async () => {
    for (const typeId of ['custom', 'database-backup', 'os-patching', 'disk-report', 'certificate-renewal']) {
      const error = await rejects(remediateIncident(fakes.deps, operator, incident.id, { typeId }), 'REQUEST.INVALID');
      expect(error.errors).toEqual([
        { path: 'body.typeId', message: 'one of the monitor’s remediations (service-restart)' },
      ]);
      expect(error.message).toContain('allowed: service-restart');
    }
    expect(fakes.diagnostics.requests).toEqual([]);
    expect(fakes.incidents.audit).toEqual([]);
  });

  it('offers no remediation for a DNS monitor’s incident', async () => {
    const dns = (await openStored(fakes, { id: 'mon-dns', name: 'Name', kind: 'dns' })).incident;
    const error = await rejects(
      remediateIncident(fakes.deps, operator, dns.id, { typeId: 'service-restart' }),
      'REQUEST.INVALID',
    );
    expect(error.message).toContain('allowed: none');
    expect(fakes.diagnostics.requests).toEqual([]);
  });

  it('refuses an unknown task type as a field error', async () => {
    const error = await rejects(
      remediateIncident(fakes.deps, operator, incident.id, { typeId: 'format-disk' }),
      'REQUEST.INVALID',
    );
    expect(error.errors).toEqual([{ path: 'body.typeId', message: 'a task type of the catalogue' }]);
  });
});

describe('incidentQueue', () => {
  it('orders unresolved incidents most severe first, then oldest, and leaves resolved ones out', async () => {
    const fakes = monitoringFakes();
    const heartbeat = (await openStored(fakes, { id: 'mon-hb', kind: 'heartbeat', name: 'Backup' })).incident;
    fakes.clock.advanceMinutes(5);
    const later = (await openStored(fakes, { id: 'mon-late', name: 'API' })).incident;
    fakes.clock.advanceMinutes(5);
    const resolved = (await openStored(fakes, { id: 'mon-gone', name: 'Old' })).incident;
    await resolveIncident(fakes.deps, operator, resolved.id, {});
    fakes.clock.advanceMinutes(5);
    const minor = (
      await openStored(fakes, {
        id: 'mon-cert',
        kind: 'host',
        hostCheck: { check: 'certificate-file', path: '/etc/ssl/site.pem' },
      })
    ).incident;
    const { items } = await incidentQueue(fakes.deps, operator);
    expect(items.map((i) => i.id)).toEqual([later.id, heartbeat.id, minor.id]);
    // The oldest critical first among equals.
    fakes.clock.advanceMinutes(5);
    const newest = (await openStored(fakes, { id: 'mon-new', name: 'Newest' })).incident;
    expect((await incidentQueue(fakes.deps, operator)).items.map((i) => i.id).slice(0, 2)).toEqual([
      later.id,
      newest.id,
    ]);
  });
});
