import { type AuditActor, auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import type { BookingNotification } from '../booking/notifications.js';
import { DomainError, isDomainError } from '../errors.js';
import { type Actor, hasAnyRole } from '../platform/actor.js';
import type { Page } from '../platform/pagination.js';
import { plainText, singleLine } from '../platform/plain-text.js';
import { readableDateTime } from '../platform/readable-time.js';
import { findTaskType } from '../tasks/catalogue.js';
import { coverageAt, describeCoverage } from './coverage.js';
import type { MonitoringDeps } from './deps.js';
import type { Incident, IncidentStatus, IncidentView, Monitor, TimelineEntry } from './model.js';
import { describeTime, entry, pageRound, termsOf } from './paging.js';
import type { IncidentListQuery } from './ports.js';
import { diagnosticsFor, queueOrder, remediationsFor, severityOf } from './severity.js';

/**
 * Incidents (issue 13): a confirmed failure of a monitor opens one, pages the person on call (or waits for the
 * plan's covered hours, and says so), requests the runbook's diagnostic tasks on the monitor's host, and is then
 * acknowledged, annotated, remediated and resolved by operators — or resolved by the monitor's recovery.
 */

/**
 * Who at a customer hears that an incident waits for covered hours. MonitoringDeps has no way to list a tenant's
 * users; when wiring passes this, the customer gets an `incident_customer` e-mail (else the state in the app says it).
 */
export interface IncidentContacts {
  customerContacts(tenantId: string): Promise<{ email: string; name: string }[]>;
}
export type IncidentDeps = MonitoringDeps & { contacts?: IncidentContacts };

const OPERATOR_ROLES = ['operator', 'provider-admin'] as const;
const MAX_ID = 64;

const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

/** FNV-1a, 32 bits, base 36: a short stable digest for ids that would otherwise be too long. */
const digest = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
};

/**
 * The incident id of a monitor's failure detected at `detectedAt`: the same inputs give the same id, so a second
 * delivery of the confirming result puts the same incident (put-if-absent) instead of opening another.
 */
export const incidentIdFor = (monitorId: string, detectedAt: string): string => {
  const id = `inc-${monitorId}-${Date.parse(detectedAt).toString(36)}`;
  return id.length <= MAX_ID ? id : `inc-${digest(monitorId)}-${digest(id)}-${Date.parse(detectedAt).toString(36)}`;
};

/**
 * A confirmed failure becomes an incident: severity by kind, the plan's targets, and either the first page (to the
 * person on call; nobody on call → the provider-admins) or, outside the plan's covered hours, the `waiting` state
 * until `coverageStartsAt` (when the paging job pages). Returns the incident and its e-mails for the caller to write
 * in the same transaction as the monitor's change; nothing is written here. `reason` is the failing result's message
 * (defaults to the monitor's last result).
 */
export const openIncident = async (
  deps: IncidentDeps,
  input: { monitor: Monitor; detectedAt: string; now: Date; reason?: string },
): Promise<{ incident: Incident; notifications: BookingNotification[] }> => {
  const { monitor, detectedAt, now } = input;
  const tenant = await deps.tenants.getTenant(monitor.tenantId);
  const terms = termsOf(tenant);
  const zone = tenant?.timeZone ?? null;
  const coverage = coverageAt(terms, now);
  const from = coverage.covered ? now : coverage.startsAt;
  const reason = input.reason ?? monitor.lastResult?.message ?? 'the check failed';
  const base: Incident = {
    id: incidentIdFor(monitor.id, detectedAt),
    tenantId: monitor.tenantId,
    tenantName: tenant?.name ?? monitor.tenantId,
    monitorId: monitor.id,
    monitorName: monitor.name,
    monitorKind: monitor.kind,
    severity: severityOf(monitor),
    status: 'open',
    detectedAt,
    openedAt: now.toISOString(),
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    acknowledgeDueAt: minutesAfter(from, terms.acknowledgeMinutes).toISOString(),
    resolveDueAt: minutesAfter(from, terms.resolveMinutes).toISOString(),
    coverage: coverage.covered ? 'covered' : 'waiting',
    coverageStartsAt: coverage.covered ? null : coverage.startsAt.toISOString(),
    pages: 0,
    escalationLevel: 0,
    nextPageAt: null,
    pagedStaffIds: [],
    timeline: [
      entry(new Date(Date.parse(detectedAt)), 'detected', `${monitor.name} failed: ${reason}`),
      entry(now, 'confirmed', `Confirmed after ${monitor.confirmations} consecutive failures`),
    ],
    version: 1,
  };
  if (coverage.covered) {
    const round = await pageRound(deps, base, now, zone);
    return { incident: round.incident, notifications: round.notifications };
  }
  const startsAt = coverage.startsAt.toISOString();
  const waiting: Incident = {
    ...base,
    nextPageAt: startsAt,
    timeline: [
      ...base.timeline,
      entry(
        now,
        'waiting_coverage',
        `Outside the plan’s covered hours (${describeCoverage(terms)}): the on-call operator is paged when coverage begins at ${describeTime(startsAt, zone)}`,
      ),
    ],
  };
  const contacts = deps.contacts ? await deps.contacts.customerContacts(monitor.tenantId) : [];
  if (contacts.length === 0) return { incident: waiting, notifications: [] };
  const notifications = contacts.map((contact) => customerEmail(deps, waiting, contact, zone, now));
  return {
    incident: {
      ...waiting,
      timeline: [
        ...waiting.timeline,
        entry(now, 'customer_notified', `Told ${contacts.map((c) => c.email).join(', ')} that the incident waits`),
      ],
    },
    notifications,
  };
};

const customerEmail = (
  deps: Pick<MonitoringDeps, 'links'>,
  incident: Incident,
  contact: { email: string; name: string },
  zone: string | null,
  now: Date,
): BookingNotification => {
  // The customer reads it: the organisation's zone, named (`Mon 7 Dec 2026, 08:00 (Europe/Berlin)`).
  const when = (iso: string) => readableDateTime(Date.parse(iso), zone ?? 'UTC');
  return {
    id: `${incident.id}-incident_customer-${digest(contact.email.toLowerCase())}`,
    kind: 'incident_customer',
    bookingId: null,
    incidentId: incident.id,
    tenantId: incident.tenantId,
    to: singleLine(contact.email),
    subject: singleLine(
      `Incident: ${incident.monitorName} is down — we respond from ${when(incident.coverageStartsAt ?? incident.openedAt)}`,
    ),
    text: plainText(
      [
        `Hello ${singleLine(contact.name)},`,
        '',
        `your monitor ${singleLine(incident.monitorName)} has been failing since ${when(incident.detectedAt)}.`,
        `This is outside the covered hours of your plan, so the on-call operator starts on it at ${when(incident.coverageStartsAt ?? incident.openedAt)}.`,
        '',
        `Follow the incident: ${deps.links.web}/incidents/${incident.id}`,
        '',
        '— Opsdesk',
      ].join('\n'),
    ),
    ics: null,
    dueAt: now.toISOString(),
  };
};

/**
 * Requests the runbook's diagnostic tasks (severity.ts `diagnosticsFor`) on the monitor's host once the incident is
 * written, and records each as a `diagnostic` timeline entry with its task; a request that fails is a note, never an
 * exception (the incident matters more than its diagnostics). A monitor without a host gets none, and nothing is
 * written. A lost write (`STATE.CONFLICT`) is retried once on the reloaded incident.
 */
export const requestDiagnostics = async (
  deps: MonitoringDeps,
  incident: Incident,
  monitor: Monitor,
): Promise<Incident> => {
  const plans = diagnosticsFor(monitor);
  if (plans.length === 0 || !monitor.hostId) return incident;
  const now = deps.clock.now();
  const entries: TimelineEntry[] = [];
  for (const plan of plans) {
    const name = findTaskType(plan.typeId)?.name ?? plan.typeId;
    try {
      const { taskId } = await deps.diagnostics.request({
        tenantId: incident.tenantId,
        incidentId: incident.id,
        typeId: plan.typeId,
        hostId: monitor.hostId,
        params: plan.params,
        requestedBy: null,
      });
      entries.push({ ...entry(now, 'diagnostic', `${name} requested on the host`), taskId });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      entries.push(entry(now, 'note', `${name} could not be requested: ${why}`));
    }
  }
  const append = (current: Incident): Incident => ({
    ...current,
    timeline: [...current.timeline, ...entries],
    version: current.version + 1,
  });
  try {
    const after = append(incident);
    await deps.incidents.update(incident, after, {});
    return after;
  } catch (error) {
    if (!(isDomainError(error) && error.code === 'STATE.CONFLICT')) throw error;
    const current = await deps.incidents.get(incident.tenantId, incident.id);
    if (!current) return incident;
    const after = append(current);
    await deps.incidents.update(current, after, {});
    return after;
  }
};

/**
 * The monitor recovered (confirmed): the incident is resolved by Opsdesk and paging stops. Pure: the caller writes it
 * with the monitor's change. An incident resolved already stays as it is.
 */
export const recoverIncident = (incident: Incident, now: Date): Incident => {
  if (incident.status === 'resolved') return incident;
  const at = now.toISOString();
  return {
    ...incident,
    status: 'resolved',
    resolvedAt: at,
    nextPageAt: null,
    timeline: [
      ...incident.timeline,
      entry(now, 'recovered', `${incident.monitorName} recovered`),
      entry(now, 'resolved', 'Resolved: the monitor recovered'),
    ],
    version: incident.version + 1,
  };
};

const isOperator = (actor: Actor) => hasAnyRole(actor, OPERATOR_ROLES);

const notFound = (incidentId: string) => new DomainError('RESOURCE.NOT_FOUND', `No incident ${incidentId}.`);

/** The incident as the actor may see it: operators any tenant's, customers only their own (else 404, not 403). */
const load = async (deps: MonitoringDeps, actor: Actor, incidentId: string): Promise<Incident> => {
  const incident = isOperator(actor)
    ? await deps.incidents.find(incidentId)
    : actor.tenantId
      ? await deps.incidents.get(actor.tenantId, incidentId)
      : null;
  if (!incident || (!isOperator(actor) && incident.tenantId !== actor.tenantId)) throw notFound(incidentId);
  return incident;
};

const requireOperator = (actor: Actor) => {
  if (!isOperator(actor)) throw new DomainError('AUTH.FORBIDDEN', 'Only operators and provider-admins can do this.');
};

/** An incident with the status and output excerpt of its diagnostic and remediation tasks. */
const viewOf = async (deps: MonitoringDeps, incident: Incident): Promise<IncidentView> => {
  const taskIds = [...new Set(incident.timeline.flatMap((item) => (item.taskId ? [item.taskId] : [])))];
  const tasks = await Promise.all(
    taskIds.map((taskId) => deps.diagnostics.describe(incident.tenantId, taskId).catch(() => null)),
  );
  return { ...incident, tasks: tasks.filter((task) => task !== null) };
};

/** Incidents, newest first: a customer's own organisation's; operators and provider-admins every tenant's. */
export const listIncidents = async (
  deps: MonitoringDeps,
  actor: Actor,
  query: IncidentListQuery,
): Promise<Page<Incident>> => {
  if (isOperator(actor)) return deps.incidents.listAll(query);
  if (!actor.tenantId)
    throw new DomainError('AUTH.FORBIDDEN', 'Only members of an organisation and operators can do this.');
  return deps.incidents.listForTenant(actor.tenantId, query);
};

/** One incident with its timeline and task outputs; another tenant's is 404 (its existence is not disclosed). */
export const getIncident = async (deps: MonitoringDeps, actor: Actor, incidentId: string): Promise<IncidentView> =>
  viewOf(deps, await load(deps, actor, incidentId));

/**
 * Loads, changes and writes an incident as an operator, retrying once on a lost race (the paging job wrote a page
 * in between): the change is applied to what is stored then. `change` returns null when there is nothing to do.
 */
const operate = async (
  deps: MonitoringDeps,
  actor: Actor,
  incidentId: string,
  change: (
    incident: Incident,
    now: Date,
  ) => Promise<{ after: Incident; action: string; details?: Record<string, unknown> } | null>,
  write?: (before: Incident, after: Incident, audit: ReturnType<typeof newAuditEntry>) => Promise<void>,
): Promise<IncidentView> => {
  requireOperator(actor);
  for (let attempt = 0; ; attempt++) {
    const incident = await load(deps, actor, incidentId);
    const now = deps.clock.now();
    const result = await change(incident, now);
    if (!result) return viewOf(deps, incident);
    const after = { ...result.after, version: incident.version + 1 };
    const audit = newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId: incident.tenantId,
      action: result.action,
      target: { type: 'incident', id: incident.id },
      details: { monitorId: incident.monitorId, ...result.details },
    });
    try {
      if (write) await write(incident, after, audit);
      else await deps.incidents.update(incident, after, { audit });
      return viewOf(deps, after);
    } catch (error) {
      if (attempt === 0 && isDomainError(error) && error.code === 'STATE.CONFLICT') continue;
      throw error;
    }
  }
};

/** The acknowledgement itself, shared by the API and the e-mail link: paging and escalation stop. */
const acknowledged = (incident: Incident, by: string, now: Date): Incident => ({
  ...incident,
  status: 'acknowledged',
  acknowledgedAt: now.toISOString(),
  acknowledgedBy: by,
  nextPageAt: null,
  timeline: [...incident.timeline, entry(now, 'acknowledged', `Acknowledged by ${by}`, by)],
});

/** Takes the incident: paging and escalation stop. Acknowledging twice (or a resolved incident) changes nothing. */
export const acknowledgeIncident = (deps: MonitoringDeps, actor: Actor, incidentId: string): Promise<IncidentView> =>
  operate(deps, actor, incidentId, async (incident, now) =>
    incident.status !== 'open'
      ? null
      : { after: acknowledged(incident, actor.email, now), action: 'incident.acknowledged' },
  );

/**
 * Closes the incident with an optional note (the customer sees it). The monitor's `incidentId` is cleared in the
 * same transaction; a monitor still down goes back to `pending` with a fresh confirmation count, so if it keeps
 * failing, its next confirmation opens a new incident (and pages) instead of failing silently. Resolving a resolved
 * incident is a 409.
 */
export const resolveIncident = (
  deps: MonitoringDeps,
  actor: Actor,
  incidentId: string,
  body: { note?: string | undefined },
): Promise<IncidentView> =>
  operate(
    deps,
    actor,
    incidentId,
    async (incident, now) => {
      if (incident.status === 'resolved') {
        throw new DomainError('STATE.CONFLICT', `Incident ${incident.id} is resolved already.`);
      }
      const note = body.note ? [entry(now, 'note', body.note, actor.email)] : [];
      return {
        after: {
          ...incident,
          status: 'resolved',
          resolvedAt: now.toISOString(),
          nextPageAt: null,
          timeline: [...incident.timeline, ...note, entry(now, 'resolved', `Resolved by ${actor.email}`, actor.email)],
        },
        action: 'incident.resolved',
        details: body.note ? { note: body.note } : {},
      };
    },
    async (before, after, audit) => {
      const monitor = await deps.monitors.get(before.tenantId, before.monitorId);
      if (!monitor || monitor.incidentId !== before.id) {
        await deps.incidents.update(before, after, { audit });
        return;
      }
      const stillDown = monitor.state === 'down';
      const released: Monitor = {
        ...monitor,
        incidentId: null,
        ...(stillDown ? { state: 'pending' as const, confirmation: { phase: 'stable' as const, count: 0 } } : {}),
        updatedAt: deps.clock.now().toISOString(),
        version: monitor.version + 1,
      };
      await deps.monitors.update(monitor, released, { updateIncident: { before, after }, audit });
    },
  );

/** Adds an operator's note to the timeline (the customer sees it); resolved incidents take notes too (post-mortems). */
export const addIncidentNote = (
  deps: MonitoringDeps,
  actor: Actor,
  incidentId: string,
  body: { text: string },
): Promise<IncidentView> =>
  operate(deps, actor, incidentId, async (incident, now) => ({
    after: { ...incident, timeline: [...incident.timeline, entry(now, 'note', body.text, actor.email)] },
    action: 'incident.noted',
  }));

/**
 * Starts a remediation task (service restart, certificate renewal, …) on the monitor's host through the task
 * lifecycle, as the operator: approvals and maintenance windows apply and the run is billed. The task's own checks
 * (its parameters, the host) answer as for any task request; a monitor without a host, a deleted monitor or a
 * resolved incident is a 409 naming it. Only the monitor's `remediationsFor` task types may be started (else 422).
 */
export const remediateIncident = (
  deps: MonitoringDeps,
  actor: Actor,
  incidentId: string,
  body: { typeId: string; params?: Record<string, unknown> | undefined },
): Promise<IncidentView> => {
  let taskId: string | null = null;
  return operate(deps, actor, incidentId, async (incident, now) => {
    const type = findTaskType(body.typeId);
    if (!type) {
      throw new DomainError('REQUEST.INVALID', `There is no task type ${body.typeId}.`, [
        { path: 'body.typeId', message: 'a task type of the catalogue' },
      ]);
    }
    if (incident.status === 'resolved') {
      throw new DomainError(
        'STATE.CONFLICT',
        `Incident ${incident.id} is resolved: start a task from the host instead.`,
      );
    }
    const monitor = await deps.monitors.get(incident.tenantId, incident.monitorId);
    if (!monitor) {
      throw new DomainError(
        'STATE.CONFLICT',
        `The monitor “${incident.monitorName}” was deleted: there is no host to run ${type.name} on.`,
      );
    }
    // Only the runbook's remediations: the task runs as the tenant's customer-admin, so anything else (a custom
    // script, a backup, a disruptive task) would be an operator acting with the customer's authority.
    const allowed = remediationsFor(monitor);
    if (!allowed.includes(type.id)) {
      const offered = allowed.length ? allowed.join(', ') : 'none';
      throw new DomainError(
        'REQUEST.INVALID',
        `${type.name} is not a remediation for the monitor “${monitor.name}”; allowed: ${offered}.`,
        [{ path: 'body.typeId', message: `one of the monitor’s remediations (${offered})` }],
      );
    }
    if (!monitor.hostId) {
      throw new DomainError(
        'STATE.CONFLICT',
        `The monitor “${monitor.name}” names no host: remediation tasks run on a host (set the monitor’s host first).`,
      );
    }
    // Requested once, even when the incident write is retried after a lost race.
    if (!taskId) {
      const requested = await deps.diagnostics.request({
        tenantId: incident.tenantId,
        incidentId: incident.id,
        typeId: type.id,
        hostId: monitor.hostId,
        params: body.params ?? {},
        requestedBy: { userId: actor.userId, email: actor.email },
      });
      taskId = requested.taskId;
    }
    return {
      after: {
        ...incident,
        timeline: [
          ...incident.timeline,
          { ...entry(now, 'remediation', `${type.name} started by ${actor.email}`, actor.email), taskId },
        ],
      },
      action: 'incident.remediated',
      details: { typeId: type.id, taskId, hostId: monitor.hostId },
    };
  });
};

/** The audit actor of a staff member acknowledging through a page's link (no session: the signed token). */
const linkActor = (staffId: string, email: string): AuditActor => ({ userId: staffId, email, roles: [] });

/**
 * The one-click acknowledgement from a page's e-mail; the signed, expiring token is the whole credential (a bad,
 * tampered or expired token is 422 naming `body.token`, and so is the link of a staff member since removed or no
 * longer an operator or provider-admin). Acknowledging twice gives the same answer; an incident resolved meanwhile
 * answers `resolved`.
 */
export const acknowledgeByLink = async (
  deps: MonitoringDeps,
  token: string,
): Promise<{ incidentId: string; status: IncidentStatus; acknowledgedBy: string }> => {
  for (let attempt = 0; ; attempt++) {
    const now = deps.clock.now();
    const claims = deps.ackLinks.verify(token, now);
    // 422 naming the token, not 401: the route is public, and the link is the request's only content.
    if (!claims) throw invalidLink();
    // The link speaks for its staff member only while they may still acknowledge (not removed, not demoted).
    const staff = await staffMember(deps, claims.staffId);
    if (!staff) throw invalidLink();
    const incident = await deps.incidents.find(claims.incidentId);
    if (!incident) throw notFound(claims.incidentId);
    if (incident.status !== 'open') {
      const by =
        incident.acknowledgedBy ?? incident.timeline.findLast((item) => item.kind === 'resolved')?.by ?? 'Opsdesk';
      return { incidentId: incident.id, status: incident.status, acknowledgedBy: by };
    }
    const after = { ...acknowledged(incident, staff.email, now), version: incident.version + 1 };
    const audit = newAuditEntry(deps, {
      actor: linkActor(claims.staffId, staff.email),
      tenantId: incident.tenantId,
      action: 'incident.acknowledged',
      target: { type: 'incident', id: incident.id },
      details: { monitorId: incident.monitorId, via: 'link' },
    });
    try {
      await deps.incidents.update(incident, after, { audit });
      return { incidentId: after.id, status: after.status, acknowledgedBy: staff.email };
    } catch (error) {
      if (attempt === 0 && isDomainError(error) && error.code === 'STATE.CONFLICT') continue;
      throw error;
    }
  }
};

const invalidLink = () =>
  new DomainError('REQUEST.INVALID', 'This acknowledgement link is not valid or has expired: sign in to acknowledge.', [
    { path: 'body.token', message: 'not valid or expired' },
  ]);

/**
 * The staff member a link was issued to, as the directory knows them now: null when removed or no longer holding a
 * role that may acknowledge (a link in an old e-mail must not outlive its holder's access).
 */
const staffMember = async (deps: MonitoringDeps, staffId: string): Promise<{ email: string } | null> => {
  const member = await deps.staff.get(staffId);
  const mayAcknowledge = member?.roles.some((role) => (OPERATOR_ROLES as readonly string[]).includes(role));
  return member && mayAcknowledge ? { email: member.email } : null;
};

/** The operators' queue: every tenant's unresolved incidents, most severe first, then the oldest. */
export const incidentQueue = async (deps: MonitoringDeps, actor: Actor): Promise<{ items: Incident[] }> => {
  requireOperator(actor);
  const items = await deps.incidents.listUnresolved();
  return { items: [...items].sort(queueOrder) };
};
