import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { DomainError } from '../errors.js';
import type { Incident, Monitor, MonitorState, Rollup } from '../monitoring/model.js';
import type { OperationsSnapshot } from '../operations/snapshot.js';
import { type Actor, hasAnyRole, tenantOf } from '../platform/actor.js';
import type { ReportsDeps } from './deps.js';
import {
  PROVIDER_STATUS_SLUG,
  type PublicStatus,
  SlugSchema,
  type StatusDay,
  type StatusPage,
  type StatusPageRequest,
} from './model.js';

/**
 * Public status pages (issue 14): a customer-admin publishes a page under a slug naming some of the organisation's
 * monitors; anyone may read it without signing in. What the public sees is built here from the monitors, their daily
 * rollups and their incidents — names, states and fixed wording only: never targets, hosts, people or operator notes.
 */

/** Days shown as bars (UTC days, today included). */
export const STATUS_DAYS = 90;
/** Resolved incidents stay on the page this long after their resolution. */
export const RECENT_INCIDENT_DAYS = 14;
/** Incident pages read (newest first) before giving up on older ones: open incidents beyond them are not shown. */
const MAX_INCIDENT_PAGES = 5;
const INCIDENT_PAGE_SIZE = 100;
/** Incidents opened longer ago than this are not looked for (an open one older than that is not shown). */
const INCIDENT_LOOKBACK_DAYS = STATUS_DAYS;
const DAY_MS = 86_400_000;

/** Where a page with this slug is served. */
export const statusPagePath = (slug: string): string => `/status/${slug}`;

/** The settings of a tenant without a page yet. */
export const emptyStatusPage = (tenantId: string): StatusPage => ({
  tenantId,
  slug: null,
  published: false,
  monitorIds: [],
  path: null,
  updatedAt: null,
  version: 0,
});

/** `GET /api/status-page`: the organisation's settings (any member may read them; only admins change them). */
export const getStatusPage = async (deps: Pick<ReportsDeps, 'statusPages'>, actor: Actor): Promise<StatusPage> => {
  const tenantId = tenantOf(actor);
  return (await deps.statusPages.get(tenantId)) ?? emptyStatusPage(tenantId);
};

/**
 * `PUT /api/status-page`: a customer-admin chooses the slug, the monitors shown (in order) and whether the page is
 * public. Each monitor must be one of the organisation's (422 naming `body.monitorIds.<i>`); a slug another
 * organisation holds is a 409 naming `body.slug` (checked here for a clear answer, and again by the repository's
 * transaction, which decides races).
 */
export const putStatusPage = async (
  deps: Pick<ReportsDeps, 'statusPages' | 'monitors' | 'clock' | 'ids'>,
  actor: Actor,
  body: StatusPageRequest,
): Promise<StatusPage> => {
  const tenantId = tenantOf(actor);
  if (!hasAnyRole(actor, ['customer-admin'])) {
    throw new DomainError('AUTH.FORBIDDEN', 'Only a customer-admin can change the status page.');
  }
  const own = new Set((await deps.monitors.list(tenantId)).map((monitor) => monitor.id));
  const foreign = body.monitorIds.flatMap((id, index) =>
    own.has(id) ? [] : [{ path: `body.monitorIds.${index}`, message: 'not a monitor of this organisation' }],
  );
  if (foreign.length) {
    throw new DomainError('REQUEST.INVALID', 'Only monitors of this organisation can be shown.', foreign);
  }
  const holder = await deps.statusPages.findBySlug(body.slug);
  if (holder && holder.tenantId !== tenantId) throw slugTaken(body.slug);
  const before = (await deps.statusPages.get(tenantId)) ?? emptyStatusPage(tenantId);
  const now = deps.clock.now().toISOString();
  const after: StatusPage = {
    tenantId,
    slug: body.slug,
    published: body.published,
    monitorIds: [...body.monitorIds],
    path: statusPagePath(body.slug),
    updatedAt: now,
    version: before.version + 1,
  };
  const audit = newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action: 'status_page.updated',
    target: { type: 'status_page', id: tenantId },
    details: {
      slug: after.slug,
      previousSlug: before.slug,
      published: after.published,
      monitorIds: after.monitorIds,
    },
  });
  await deps.statusPages.save(before, after, audit);
  return after;
};

/** The 409 a slug held by another organisation gets (the repository raises the same). */
export const slugTaken = (slug: string): DomainError =>
  new DomainError('STATE.CONFLICT', `The address /status/${slug} is taken; choose another.`, [
    { path: 'body.slug', message: 'taken by another organisation' },
  ]);

/** Not found, in the same words whether the slug is unknown, unpublished or malformed (nothing to learn from it). */
export const statusPageNotFound = (): DomainError =>
  new DomainError('RESOURCE.NOT_FOUND', 'There is no published status page at this address.');

/** The UTC dates (`YYYY-MM-DD`) of the `STATUS_DAYS` days ending with `now`'s day, oldest first. */
export const statusDates = (now: Date): string[] => {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: STATUS_DAYS }, (_, index) =>
    new Date(today - (STATUS_DAYS - 1 - index) * DAY_MS).toISOString().slice(0, 10),
  );
};

const ratio = (up: number, down: number): number | null => (up + down > 0 ? up / (up + down) : null);

/** Every date present, in order: days without results have zero counts (and uptime null). */
export const fillDays = (
  dates: readonly string[],
  counts: readonly { day: string; up: number; down: number; noData: number; maintenance: number }[],
): StatusDay[] => {
  const byDay = new Map(counts.map((count) => [count.day, count]));
  return dates.map((date) => {
    const count = byDay.get(date);
    const up = count?.up ?? 0;
    const down = count?.down ?? 0;
    return {
      date,
      up,
      down,
      noData: count?.noData ?? 0,
      maintenance: count?.maintenance ?? 0,
      uptime: ratio(up, down),
    };
  });
};

/** up / (up + down) over the days; null when nothing was counted (no data is never up). */
export const uptimeOf = (days: readonly StatusDay[]): number | null =>
  ratio(
    days.reduce((sum, day) => sum + day.up, 0),
    days.reduce((sum, day) => sum + day.down, 0),
  );

/**
 * The page's headline from the states shown: all down → outage, some down → degraded, else any in maintenance →
 * maintenance, else any up → operational; nothing known (no monitors, only pending or no data) → unknown.
 */
export const overallOf = (states: readonly MonitorState[]): PublicStatus['overall'] => {
  const down = states.filter((state) => state === 'down').length;
  if (down > 0) return down === states.length ? 'outage' : 'degraded';
  if (states.includes('maintenance')) return 'maintenance';
  if (states.includes('up')) return 'operational';
  return 'unknown';
};

type PublicIncident = PublicStatus['incidents'][number];
type PublicUpdate = PublicIncident['updates'][number];

/** The fixed public wording of each step; nothing an operator typed ever reaches the page. */
export const PUBLIC_UPDATE_TEXT = {
  investigating: (name: string) => `We are investigating a problem with ${name}.`,
  identified: () => 'The problem has been identified and an engineer is working on it.',
  monitoring: (name: string) => `${name} is working again. We are watching it closely.`,
  resolved: () => 'This incident has been resolved.',
} as const;

/** The title shown for an incident: the monitor's published name and a fixed phrase. */
export const publicIncidentTitle = (name: string): string => `Problem with ${name}`;

/**
 * What the public sees of an incident, derived from its facts alone: opened → investigating, acknowledged →
 * identified, recovered (not yet resolved) → monitoring, resolved → resolved. Updates newest first.
 */
export const publicIncident = (incident: Incident, name: string): PublicIncident => {
  const updates: PublicUpdate[] = [
    { at: incident.openedAt, status: 'investigating', text: PUBLIC_UPDATE_TEXT.investigating(name) },
  ];
  if (incident.acknowledgedAt) {
    updates.push({ at: incident.acknowledgedAt, status: 'identified', text: PUBLIC_UPDATE_TEXT.identified() });
  }
  const recovered = incident.timeline.findLast((entry) => entry.kind === 'recovered');
  // A recovery that resolved the incident at once is one step (resolved), not two.
  if (recovered && recovered.at !== incident.resolvedAt) {
    updates.push({ at: recovered.at, status: 'monitoring', text: PUBLIC_UPDATE_TEXT.monitoring(name) });
  }
  if (incident.status === 'resolved' && incident.resolvedAt) {
    updates.push({ at: incident.resolvedAt, status: 'resolved', text: PUBLIC_UPDATE_TEXT.resolved() });
  }
  updates.sort((a, b) => b.at.localeCompare(a.at));
  return {
    title: publicIncidentTitle(name),
    status: updates[0]?.status ?? 'investigating',
    startedAt: incident.openedAt,
    resolvedAt: incident.status === 'resolved' ? incident.resolvedAt : null,
    updates,
  };
};

/** A slot a task set (patching with reboot) says only that; a slot the customer planned shows its reason. */
const TASK_MAINTENANCE_REASON = 'Planned maintenance';

const publicMaintenance = (monitors: readonly Monitor[], now: Date): PublicStatus['maintenance'] =>
  monitors
    .flatMap((monitor) =>
      monitor.maintenance
        .filter((slot) => Date.parse(slot.end) > now.getTime())
        .map((slot) => ({
          name: monitor.name,
          start: slot.start,
          end: slot.end,
          reason: slot.taskId ? TASK_MAINTENANCE_REASON : slot.reason,
        })),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));

/**
 * The tenant's incidents that may show: newest first, page after page until they were opened before the look-back
 * (or `MAX_INCIDENT_PAGES` pages were read).
 */
const recentIncidents = async (deps: Pick<ReportsDeps, 'incidents'>, tenantId: string, now: Date) => {
  const oldest = new Date(now.getTime() - INCIDENT_LOOKBACK_DAYS * DAY_MS).toISOString();
  const found: Incident[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_INCIDENT_PAGES; page++) {
    const result = await deps.incidents.listForTenant(tenantId, {
      limit: INCIDENT_PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    found.push(...result.items);
    cursor = result.nextCursor;
    const last = result.items.at(-1);
    if (!cursor || (last && last.openedAt < oldest)) break;
  }
  return found;
};

const publicIncidents = (incidents: readonly Incident[], names: ReadonlyMap<string, string>, now: Date) => {
  const since = now.getTime() - RECENT_INCIDENT_DAYS * DAY_MS;
  return incidents
    .filter((incident) => names.has(incident.monitorId))
    .filter(
      (incident) =>
        incident.status !== 'resolved' || (incident.resolvedAt !== null && Date.parse(incident.resolvedAt) >= since),
    )
    .map((incident) => publicIncident(incident, names.get(incident.monitorId) ?? ''))
    .sort(
      (a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null) || b.startedAt.localeCompare(a.startedAt),
    );
};

const rollupDays = (rollups: readonly Rollup[]) =>
  rollups.map((rollup) => ({
    day: rollup.bucket,
    up: rollup.up,
    down: rollup.down,
    noData: rollup.noData,
    maintenance: rollup.maintenance,
  }));

/**
 * `GET /api/status/{slug}`: the published page of a slug (404 `RESOURCE.NOT_FOUND` when unknown or unpublished, or
 * when its organisation is being deleted). Monitors in the chosen order (deleted ones skipped), each with its state
 * and 90 UTC days of rollups; its open incidents and those resolved in the last 14 days; maintenance not yet over.
 * The provider's own slug is Opsdesk's page (`providerStatus`).
 */
export const publicStatus = async (deps: ReportsDeps, slug: string): Promise<PublicStatus> => {
  if (!SlugSchema.safeParse(slug).success) throw statusPageNotFound();
  if (slug === PROVIDER_STATUS_SLUG) return providerStatus(deps);
  const page = await deps.statusPages.findBySlug(slug);
  if (!page?.published) throw statusPageNotFound();
  const tenant = await deps.tenants.getTenant(page.tenantId);
  if (!tenant || tenant.status === 'pending_deletion') throw statusPageNotFound();
  const now = deps.clock.now();
  const dates = statusDates(now);
  const first = dates[0] ?? '';
  const last = dates.at(-1) ?? '';
  const byId = new Map((await deps.monitors.list(page.tenantId)).map((monitor) => [monitor.id, monitor]));
  const shown = page.monitorIds.flatMap((id) => {
    const monitor = byId.get(id);
    return monitor ? [monitor] : [];
  });
  const [rollups, incidents] = await Promise.all([
    Promise.all(shown.map((monitor) => deps.results.rollups(page.tenantId, monitor.id, 'day', first, last))),
    shown.length ? recentIncidents(deps, page.tenantId, now) : Promise.resolve([]),
  ]);
  const monitors = shown.map((monitor, index) => {
    const days = fillDays(dates, rollupDays(rollups[index] ?? []));
    return { name: monitor.name, state: monitor.state, uptime90d: uptimeOf(days), days };
  });
  return {
    name: tenant.name,
    slug,
    updatedAt: now.toISOString(),
    overall: overallOf(monitors.map((monitor) => monitor.state)),
    monitors,
    incidents: publicIncidents(incidents, new Map(shown.map((monitor) => [monitor.id, monitor.name])), now),
    maintenance: publicMaintenance(shown, now),
  };
};

/**
 * Opsdesk's own page (`/status/opsdesk`): its components as the operations job sees them every 5 minutes, each with
 * its daily counts. There is no incident or maintenance record of the platform itself, so none are shown.
 */
export const providerStatus = async (deps: Pick<ReportsDeps, 'platform' | 'clock'>): Promise<PublicStatus> => {
  const now = deps.clock.now();
  const dates = statusDates(now);
  const [current, counts] = await Promise.all([
    deps.platform.current(),
    deps.platform.days(dates[0] ?? '', dates.at(-1) ?? ''),
  ]);
  // Always the same components, in the same order: one without a recent sample shows "no data", never disappears.
  const monitors = PLATFORM_COMPONENTS.map((name) => {
    const days = fillDays(
      dates,
      counts
        .filter((count) => count.name === name)
        .map((count) => ({ day: count.day, up: count.up, down: count.down, noData: 0, maintenance: 0 })),
    );
    const state = current.find((component) => component.name === name)?.state ?? 'no_data';
    return { name, state, uptime90d: uptimeOf(days), days };
  });
  return {
    name: 'Opsdesk',
    slug: PROVIDER_STATUS_SLUG,
    updatedAt: now.toISOString(),
    overall: overallOf(monitors.map((monitor) => monitor.state)),
    monitors,
    incidents: [],
    maintenance: [],
  };
};

/** Opsdesk's components on its own status page, in the page's order. */
export const PLATFORM_COMPONENTS = [
  'API and database',
  'Scheduled jobs',
  'E-mail delivery',
  'Monitoring checker',
] as const;

/** One sample of Opsdesk's components, recorded every 5 minutes from the operations snapshot. */
export interface PlatformSample {
  name: string;
  state: 'up' | 'down';
}

/** The outbox's oldest due e-mail may wait this long before e-mail delivery counts as down. */
export const EMAIL_BACKLOG_DOWN_SECONDS = 15 * 60;
const CHECKER_JOBS = new Set(['dispatch-monitors', 'page-incidents']);
const EMAIL_JOBS = new Set(['send-notifications']);

/**
 * Opsdesk's components as one operations snapshot shows them: the API and database are up when the snapshot could
 * be taken at all (it reads the table); scheduled jobs, e-mail delivery and the monitoring checker are down while
 * their jobs are late or failed (e-mail also while its backlog is older than 15 minutes).
 */
export const platformSamples = (snapshot: Pick<OperationsSnapshot, 'heartbeats' | 'outbox'>): PlatformSample[] => {
  const failing = (jobs: (jobId: string) => boolean) =>
    snapshot.heartbeats.some(
      (heartbeat) => jobs(heartbeat.jobId) && (heartbeat.late || heartbeat.outcome === 'failed'),
    );
  const state = (down: boolean): 'up' | 'down' => (down ? 'down' : 'up');
  const [api, jobs, email, checker] = PLATFORM_COMPONENTS;
  return [
    { name: api, state: 'up' },
    { name: jobs, state: state(failing((jobId) => !CHECKER_JOBS.has(jobId) && !EMAIL_JOBS.has(jobId))) },
    {
      name: email,
      state: state(
        failing((jobId) => EMAIL_JOBS.has(jobId)) || snapshot.outbox.oldestAgeSeconds > EMAIL_BACKLOG_DOWN_SECONDS,
      ),
    },
    { name: checker, state: state(failing((jobId) => CHECKER_JOBS.has(jobId))) },
  ];
};
