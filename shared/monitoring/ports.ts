import type { AuditEntry } from '../audit/audit-entry.js';
import type { BookingNotification } from '../booking/notifications.js';
import type { Role } from '../contracts/roles.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { UsageRecord } from '../usage/usage-record.js';
import type { CheckOutcome, CheckResult, Incident, IncidentStatus, Monitor, Rollup } from './model.js';

/** A monitor's place in the dispatcher's schedule (`nextCheckAt`), as the minute tick reads it. */
export interface DueMonitor {
  dueAt: string;
  tenantId: string;
  monitorId: string;
}

/** An incident's place in the paging job's schedule (`nextPageAt`). */
export interface DuePage {
  dueAt: string;
  tenantId: string;
  incidentId: string;
}

/**
 * What is written in the same transaction as a monitor change: the result that caused it (put once by its id — a
 * result delivered twice changes nothing: `MONITOR.DUPLICATE_RESULT`), the hour and day rollups it adds to, an
 * incident opened (put if absent) or changed (version-conditional), e-mails for the outbox, usage, an audit entry.
 */
export interface MonitorChange {
  audit?: AuditEntry;
  result?: CheckResult;
  openIncident?: Incident;
  updateIncident?: { before: Incident; after: Incident };
  notifications?: BookingNotification[];
  usage?: UsageRecord[];
}

export interface MonitorRepository {
  /** Stores a new monitor, its schedule marker and (heartbeats) its token's lookup item (the token's SHA-256). */
  create(monitor: Monitor, audit: AuditEntry, heartbeatTokenHash: string | null): Promise<void>;
  /**
   * Writes `after` if the stored monitor is still at `before.version` (else `STATE.CONFLICT`), moves its schedule
   * marker from `before.nextCheckAt` to `after.nextCheckAt`, and writes `change` — all in one transaction.
   */
  update(before: Monitor, after: Monitor, change: MonitorChange): Promise<void>;
  /** Deletes the monitor, its marker and token item (its results expire; its incidents stay). */
  remove(monitor: Monitor, audit: AuditEntry): Promise<void>;
  get(tenantId: string, monitorId: string): Promise<Monitor | null>;
  /** The tenant's monitors, by name. */
  list(tenantId: string): Promise<Monitor[]>;
  /** The heartbeat monitor whose token has this SHA-256 (hex), or null. */
  findByHeartbeatToken(tokenHash: string): Promise<Monitor | null>;
  /** Monitors due at or before `now`, oldest first, across tenants (the dispatcher's query). */
  due(now: string, limit: number): Promise<DueMonitor[]>;
  /**
   * Deletes one schedule marker as `due` returned it. The dispatcher drops a marker whose monitor is gone (a tenant
   * purged before markers were cleaned up): left alone, such markers fill the front of every `due` page for good.
   */
  removeDue(marker: DueMonitor): Promise<void>;
  /** The tenant’s monitors that name `hostId` (a disruptive task on it puts them into maintenance). */
  listForHost(tenantId: string, hostId: string): Promise<Monitor[]>;
}

export interface CheckResultStore {
  /** The newest results of a monitor, newest first. */
  recent(tenantId: string, monitorId: string, limit: number): Promise<CheckResult[]>;
  /** Hourly (`2026-12-06T14`) or daily (`2026-12-06`) rollups with `from <= bucket <= to`, oldest first. */
  rollups(
    tenantId: string,
    monitorId: string,
    granularity: 'hour' | 'day',
    from: string,
    to: string,
  ): Promise<Rollup[]>;
}

export interface IncidentListQuery extends PageQuery {
  status?: IncidentStatus;
}

export interface IncidentRepository {
  get(tenantId: string, incidentId: string): Promise<Incident | null>;
  /** Any tenant's incident by id (operators, the acknowledgement link). */
  find(incidentId: string): Promise<Incident | null>;
  /** One tenant's incidents, newest first. */
  listForTenant(tenantId: string, query: IncidentListQuery): Promise<Page<Incident>>;
  /** Every tenant's incidents, newest first (staff); `status` filters. */
  listAll(query: IncidentListQuery): Promise<Page<Incident>>;
  /** Every tenant's incidents not resolved (the operators' queue; the use case orders them). At most 500. */
  listUnresolved(): Promise<Incident[]>;
  /**
   * Writes `after` if the stored incident is still at `before.version` (else `STATE.CONFLICT`), keeps its page
   * marker (`nextPageAt`) and its unresolved index in step, and writes the e-mails, usage and audit entry with it.
   */
  update(
    before: Incident,
    after: Incident,
    change: { audit?: AuditEntry; notifications?: BookingNotification[]; usage?: UsageRecord[] },
  ): Promise<void>;
  /** Incidents whose `nextPageAt` is at or before `now`. */
  duePages(now: string, limit: number): Promise<DuePage[]>;
  /** Deletes one paging marker as `duePages` returned it (the pager drops one whose incident is gone). */
  removePage(marker: DuePage): Promise<void>;
}

/** What one probe of a monitor found (`no_data`: the checker could not tell — its own failure, not the target's). */
export interface ProbeResult {
  outcome: CheckOutcome;
  responseMs: number | null;
  message: string;
}

/**
 * Runs one check of an http, tls, dns or tcp monitor against the network, within `timeoutMs`; never throws (a
 * refused target is `down` with the reason; an SSRF refusal is `down` too: "the address … may not be checked").
 */
export interface Prober {
  probe(monitor: Monitor, timeoutMs: number): Promise<ProbeResult>;
}

/** Host checks through SSM (the local runner locally): one command per check, its verdict read when it is done. */
export interface HostChecker {
  /** Sends the check to the host; resolves with a command id. */
  start(monitor: Monitor): Promise<{ commandId: string }>;
  /** The verdict once the command finished, or null while it still runs. */
  verdict(monitor: Monitor, commandId: string): Promise<ProbeResult | null>;
}

/**
 * Who is on call and who escalations go to, with their e-mail addresses (staff are provider users) and the zone their
 * pages are written in: their own working hours' zone (null or absent: DEFAULT_TIME_ZONE, as `getMe` decides).
 */
export interface StaffDirectory {
  /** The staff member on call at `at` per the rota, or null when the rota has a gap. */
  onCallAt(at: Date): Promise<{ staffId: string; email: string; name: string; timeZone?: string | null } | null>;
  /** The provider-admins (escalation level 1). */
  providerAdmins(): Promise<{ staffId: string; email: string; name: string; timeZone?: string | null }[]>;
  /**
   * A staff user as they are now, or null when removed: an acknowledgement link names a staff id, and works only while
   * that person still holds `operator` or `provider-admin`.
   */
  get(staffId: string): Promise<{ staffId: string; email: string; name: string; roles: Role[] } | null>;
}

/** Signs and verifies the one-click acknowledgement links of pages (HMAC-SHA256 with a secret of the stage). */
export interface AckLinkSigner {
  sign(claims: { incidentId: string; staffId: string; expiresAt: string }): string;
  /** The claims of a token that is authentic and not expired at `now`; null otherwise. */
  verify(token: string, now: Date): { incidentId: string; staffId: string; expiresAt: string } | null;
}

/**
 * Whether the checker may reach a monitor's target (the SSRF guard): the reason it may not, or null. It resolves the
 * name and classifies every address (loopback only where the stage allows it; link-local and metadata never).
 */
export interface TargetGuard {
  refusal(kind: 'http' | 'tls' | 'dns' | 'tcp', target: string): Promise<string | null>;
}

/** Requests the diagnostic task types of an incident, and remediation tasks, through the task lifecycle. */
export interface DiagnosticsRunner {
  /**
   * Requests `typeId` on the tenant's host for the incident, as Opsdesk (diagnostics) or as the operator named in
   * `requestedBy` (remediation): approvals and maintenance windows apply as to any task; the run is billed.
   */
  request(input: {
    tenantId: string;
    incidentId: string;
    typeId: string;
    hostId: string;
    params: Record<string, unknown>;
    requestedBy: { userId: string; email: string } | null;
  }): Promise<{ taskId: string }>;
  /** A task's status and the excerpt of its output, for the incident's timeline. */
  describe(
    tenantId: string,
    taskId: string,
  ): Promise<{ id: string; typeId: string; status: string; output: string | null; updatedAt: string } | null>;
}

/** The task holding a host right now, if it is disruptive (patching with reboot): its monitors are in maintenance. */
export interface HostActivity {
  disruptiveTaskOn(tenantId: string, hostId: string): Promise<{ taskId: string } | null>;
}
