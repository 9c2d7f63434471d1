import type { BookingNotification } from '../booking/notifications.js';
import { findPlan } from '../catalogue/plans.js';
import { isDomainError } from '../errors.js';
import { plainText, singleLine } from '../platform/plain-text.js';
import { readableDate, readableDateTime, readableTime } from '../platform/readable-time.js';
import { formatInZone } from '../platform/zoned-time.js';
import { DEFAULT_TIME_ZONE, type Tenant } from '../tenancy/model.js';
import { DEFAULT_TERMS, type MonitoringTerms } from './coverage.js';
import type { MonitoringDeps } from './deps.js';
import type { Incident, TimelineEntry } from './model.js';

/**
 * Paging (issue 13): who is told about an unacknowledged incident, and when. The person on call is paged, paged
 * again after `REPAGE_MINUTES`, and after `ESCALATE_AFTER_PAGES` unanswered pages the provider-admins are paged
 * (escalation level 1) every `ESCALATED_REPAGE_MINUTES` until someone acknowledges. Each round is one incident
 * update with its e-mails in the same write, and the e-mail ids are fixed by incident, kind, round and recipient,
 * so a retried write or a second run of the job cannot page twice.
 */

/** How long a page waits for an acknowledgement before the next one goes out. */
export const REPAGE_MINUTES = 10;
/** Unanswered pages to the person on call before the provider-admins are paged. */
export const ESCALATE_AFTER_PAGES = 2;
/** Once escalated, how often the provider-admins are reminded. */
export const ESCALATED_REPAGE_MINUTES = 30;
/** How long the one-click acknowledgement link of a page works. */
export const ACK_LINK_HOURS = 24;

export interface Pagee {
  staffId: string;
  email: string;
  name: string;
  /** The zone of the staff member's own working hours, which their pages are written in; absent: DEFAULT_TIME_ZONE. */
  timeZone?: string | null;
}

type TenantTerms = Pick<MonitoringTerms, 'coverage' | 'businessHours' | 'acknowledgeMinutes' | 'resolveMinutes'>;

/** The tenant's plan's monitoring terms; a tenant without a (known) plan gets `DEFAULT_TERMS`. */
export const termsOf = (tenant: Pick<Tenant, 'planId'> | null): TenantTerms =>
  (tenant?.planId ? findPlan(tenant.planId)?.monitoring : undefined) ?? DEFAULT_TERMS;

const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

/** `2026-12-06 15:40 UTC (16:40 Europe/Berlin)`: every time in a page names its zone. */
export const describeTime = (iso: string, zone: string | null): string => {
  const instant = Date.parse(iso);
  const utc = `${iso.slice(0, 10)} ${new Date(instant).toISOString().slice(11, 16)} UTC`;
  if (!zone || zone === 'UTC') return utc;
  return `${utc} (${formatInZone(instant, zone).slice(11, 16)} ${zone})`;
};

export const entry = (
  at: Date,
  kind: TimelineEntry['kind'],
  text: string,
  by: string | null = null,
): TimelineEntry => ({
  at: at.toISOString(),
  kind,
  text: singleLine(text),
  by,
  taskId: null,
});

/**
 * A time in a page: in the operator's own zone with a readable date, then UTC — the one clock incidents, logs and
 * other staff share (`Mon 7 Dec 2026, 03:58 (America/New York) — 08:58 UTC`; the UTC date is added when it differs).
 */
export const pageTime = (iso: string, zone: string): string => {
  const instant = Date.parse(iso);
  const local = readableDateTime(instant, zone);
  if (zone === 'UTC') return local;
  const sameDay = readableDate(instant, zone) === readableDate(instant, 'UTC');
  return `${local} — ${sameDay ? '' : `${readableDate(instant, 'UTC')}, `}${readableTime(instant, 'UTC')} UTC`;
};

const SUBJECT_PREFIX = { incident_page: 'Page', incident_escalation: 'Escalation' } as const;

/**
 * The e-mails of one paging round, one per recipient: the subject names severity, tenant and monitor; the text what
 * failed and when (in the recipient's own zone, then UTC — `pageTime`; the customer's local time too when their zone
 * differs), the acknowledgement deadline, the signed one-click
 * acknowledgement link (valid `ACK_LINK_HOURS`) and the incident's page in the web app.
 */
export const pageEmails = (
  deps: Pick<MonitoringDeps, 'ackLinks' | 'links'>,
  incident: Incident,
  recipients: Pagee[],
  kind: 'incident_page' | 'incident_escalation',
  round: number,
  now: Date,
  tenantZone: string | null,
): BookingNotification[] => {
  const expiresAt = minutesAfter(now, ACK_LINK_HOURS * 60).toISOString();
  const failure = incident.timeline.find((item) => item.kind === 'detected')?.text ?? `${incident.monitorName} failed`;
  return recipients.map((recipient) => {
    const token = deps.ackLinks.sign({ incidentId: incident.id, staffId: recipient.staffId, expiresAt });
    const zone = recipient.timeZone ?? DEFAULT_TIME_ZONE;
    const customerTime =
      tenantZone && tenantZone !== zone
        ? [`Customer’s local time when detected: ${readableDateTime(Date.parse(incident.detectedAt), tenantZone)}`]
        : [];
    return {
      id: `${incident.id}-${kind}-${round}-${recipient.staffId}`,
      kind,
      bookingId: null,
      incidentId: incident.id,
      tenantId: incident.tenantId,
      to: singleLine(recipient.email),
      subject: singleLine(
        `${SUBJECT_PREFIX[kind]} [${incident.severity.toUpperCase()}] ${incident.tenantName}: ${incident.monitorName} is down`,
      ),
      text: plainText(
        [
          `Hello ${singleLine(recipient.name)},`,
          '',
          kind === 'incident_escalation'
            ? `nobody has acknowledged this incident yet, so it is escalated to you (page ${round}).`
            : `you are on call: this incident needs you (page ${round}).`,
          '',
          `Tenant: ${singleLine(incident.tenantName)}`,
          `Monitor: ${singleLine(incident.monitorName)} (${incident.monitorKind})`,
          `What failed: ${singleLine(failure)}`,
          `Detected: ${pageTime(incident.detectedAt, zone)}`,
          ...customerTime,
          `Opened: ${pageTime(incident.openedAt, zone)}`,
          `Acknowledge by: ${pageTime(incident.acknowledgeDueAt, zone)}`,
          '',
          `Acknowledge with one click (valid until ${pageTime(expiresAt, zone)}):`,
          `${deps.links.web}/incidents/ack?token=${encodeURIComponent(token)}`,
          '',
          `The incident in Opsdesk: ${deps.links.web}/ops/incidents/${incident.id}`,
          '',
          '— Opsdesk',
        ].join('\n'),
      ),
      ics: null,
      dueAt: now.toISOString(),
    };
  });
};

/** What one paging round decided: the incident after it, its e-mails, and whether it escalated. */
export interface PageRound {
  incident: Incident;
  notifications: BookingNotification[];
  escalated: boolean;
}

/**
 * The next paging round of an open, covered incident: the person on call while fewer than `ESCALATE_AFTER_PAGES`
 * pages went unanswered (and someone is on call), else the provider-admins. Pure apart from reading the directory;
 * the caller writes the result. Nobody to page at all is a timeline note, and the job tries again later.
 */
export const pageRound = async (
  deps: Pick<MonitoringDeps, 'staff' | 'ackLinks' | 'links'>,
  incident: Incident,
  now: Date,
  tenantZone: string | null,
): Promise<PageRound> => {
  const round = incident.pages + 1;
  const onCall =
    incident.escalationLevel === 0 && incident.pages < ESCALATE_AFTER_PAGES ? await deps.staff.onCallAt(now) : null;
  if (onCall) {
    const paged: Incident = {
      ...incident,
      pages: round,
      pagedStaffIds: [onCall.staffId],
      nextPageAt: minutesAfter(now, REPAGE_MINUTES).toISOString(),
      timeline: [
        ...incident.timeline,
        entry(now, 'paged', `Paged ${onCall.name} <${onCall.email}> (on call, page ${round})`),
      ],
    };
    return {
      incident: paged,
      notifications: pageEmails(deps, paged, [onCall], 'incident_page', round, now, tenantZone),
      escalated: false,
    };
  }
  const admins = await deps.staff.providerAdmins();
  if (admins.length === 0) {
    return {
      incident: {
        ...incident,
        nextPageAt: minutesAfter(now, REPAGE_MINUTES).toISOString(),
        timeline: [
          ...incident.timeline,
          entry(now, 'note', 'Nobody is on call and there is no provider-admin to page'),
        ],
      },
      notifications: [],
      escalated: false,
    };
  }
  const firstEscalation = incident.escalationLevel === 0;
  const why =
    incident.pages === 0 && firstEscalation
      ? 'nobody is on call'
      : firstEscalation
        ? `${incident.pages} pages unanswered`
        : 'still unacknowledged';
  const escalated: Incident = {
    ...incident,
    pages: round,
    escalationLevel: 1,
    pagedStaffIds: admins.map((admin) => admin.staffId),
    nextPageAt: minutesAfter(now, ESCALATED_REPAGE_MINUTES).toISOString(),
    timeline: [
      ...incident.timeline,
      entry(
        now,
        firstEscalation ? 'escalated' : 'paged',
        `${firstEscalation ? 'Escalated to' : 'Paged again'} the provider-admins (${admins.map((a) => a.email).join(', ')}): ${why}`,
      ),
    ],
  };
  return {
    incident: escalated,
    notifications: pageEmails(deps, escalated, admins, 'incident_escalation', round, now, tenantZone),
    escalated: firstEscalation,
  };
};

/**
 * When coverage begins for a waiting incident: it becomes covered, its targets count from the start of coverage,
 * and the first page goes out.
 */
export const beginCoverage = (incident: Incident, terms: TenantTerms, startsAt: Date, now: Date): Incident => ({
  ...incident,
  coverage: 'covered',
  acknowledgeDueAt: minutesAfter(startsAt, terms.acknowledgeMinutes).toISOString(),
  resolveDueAt: minutesAfter(startsAt, terms.resolveMinutes).toISOString(),
  timeline: [...incident.timeline, entry(now, 'note', 'Covered hours began: paging the person on call')],
});

/**
 * The paging job (a schedule each minute): for every incident whose `nextPageAt` has come — page when coverage
 * begins, re-page the person on call, escalate to the provider-admins. An incident acknowledged or resolved in the
 * meantime only loses its marker; a marker whose incident is gone (its tenant purged) is deleted. A write that lost
 * to another (`STATE.CONFLICT`: the operator acknowledged, or a second run) is skipped: the next run sees the new
 * state.
 */
export const pageDueIncidents = async (
  deps: MonitoringDeps,
  options: { limit?: number } = {},
): Promise<{ paged: number; escalated: number }> => {
  const now = deps.clock.now();
  const due = await deps.incidents.duePages(now.toISOString(), options.limit ?? 100);
  let paged = 0;
  let escalated = 0;
  for (const marker of due) {
    const incident = await deps.incidents.get(marker.tenantId, marker.incidentId);
    if (!incident) {
      // Its tenant was purged: the marker would stay at the front of every read and starve every later page.
      await deps.incidents.removePage(marker);
      continue;
    }
    if (!incident.nextPageAt) continue;
    if (incident.status !== 'open') {
      await write(deps, incident, { ...incident, nextPageAt: null, version: incident.version + 1 }, []);
      continue;
    }
    if (Date.parse(incident.nextPageAt) > now.getTime()) continue;
    const held = await maintenanceHold(deps, incident, now);
    if (held) {
      await write(deps, incident, { ...held, version: incident.version + 1 }, []);
      continue;
    }
    const tenant = await deps.tenants.getTenant(incident.tenantId);
    const zone = tenant?.timeZone ?? null;
    let current = incident;
    if (incident.coverage === 'waiting') {
      const startsAt = new Date(Date.parse(incident.coverageStartsAt ?? incident.nextPageAt));
      current = beginCoverage(incident, termsOf(tenant), startsAt, now);
    }
    const round = await pageRound(deps, current, now, zone);
    const after = { ...round.incident, version: incident.version + 1 };
    if (await write(deps, incident, after, round.notifications)) {
      if (round.escalated) escalated++;
      else if (round.notifications.length > 0) paged++;
    }
  }
  return { paged, escalated };
};

/**
 * Maintenance silences pages: while the incident's monitor is in a maintenance slot (or its host runs a disruptive
 * task) the next page waits for the slot's end (or the next look, for a task), with one timeline note saying so.
 * Null when paging may go on.
 */
const maintenanceHold = async (deps: MonitoringDeps, incident: Incident, now: Date): Promise<Incident | null> => {
  const monitor = await deps.monitors.get(incident.tenantId, incident.monitorId);
  if (!monitor) return null;
  const slot = monitor.maintenance.find(
    (item) => Date.parse(item.start) <= now.getTime() && now.getTime() < Date.parse(item.end),
  );
  const task =
    slot || !monitor.hostId ? null : await deps.hostActivity.disruptiveTaskOn(monitor.tenantId, monitor.hostId);
  if (!slot && !task) return null;
  const until = slot ? slot.end : minutesAfter(now, REPAGE_MINUTES).toISOString();
  const why = slot
    ? `maintenance until ${describeTime(slot.end, null)} (${slot.reason})`
    : `task ${task?.taskId} is running on its host`;
  const last = incident.timeline.at(-1);
  const said = last?.kind === 'note' && last.text.startsWith('Paging paused');
  return {
    ...incident,
    nextPageAt: until,
    timeline: said
      ? incident.timeline
      : [...incident.timeline, entry(now, 'note', `Paging paused: ${monitor.name} is in ${why}`)],
  };
};

const write = async (
  deps: MonitoringDeps,
  before: Incident,
  after: Incident,
  notifications: BookingNotification[],
): Promise<boolean> => {
  try {
    await deps.incidents.update(before, after, notifications.length ? { notifications } : {});
    return true;
  } catch (error) {
    if (isDomainError(error) && error.code === 'STATE.CONFLICT') return false;
    throw error;
  }
};
