import type { AuditEntry } from '../../shared/audit/audit-entry.js';
import type { BookingNotification } from '../../shared/booking/notifications.js';
import type { Role } from '../../shared/contracts/roles.js';
import { DomainError } from '../../shared/errors.js';
import type { MonitoringDeps } from '../../shared/monitoring/deps.js';
import type { CheckResult, Incident, Monitor, Rollup } from '../../shared/monitoring/model.js';
import { newMonitor } from '../../shared/monitoring/monitors.js';
import type {
  AckLinkSigner,
  CheckResultStore,
  DiagnosticsRunner,
  DueMonitor,
  DuePage,
  HostActivity,
  HostChecker,
  IncidentListQuery,
  IncidentRepository,
  MonitorChange,
  MonitorRepository,
  ProbeResult,
  Prober,
  StaffDirectory,
  TargetGuard,
} from '../../shared/monitoring/ports.js';
import type { Page } from '../../shared/platform/pagination.js';
import type { Clock, IdGenerator } from '../../shared/platform/ports.js';
import type { Tenant } from '../../shared/tenancy/model.js';
import type { UsageRecord } from '../../shared/usage/usage-record.js';

/**
 * In-memory fakes of every monitoring port (shared/monitoring/ports.ts, deps.ts), with the same contract as the
 * DynamoDB adapters: version-conditional writes (`STATE.CONFLICT`), results put once by id
 * (`MONITOR.DUPLICATE_RESULT`), incidents put if absent, e-mails, usage and audit written with the change.
 */

/** The message prefix (and code, once shared/errors.ts knows it) of a result stored twice. */
export const DUPLICATE_RESULT = 'MONITOR.DUPLICATE_RESULT';

const copy = <T>(value: T): T => structuredClone(value);

/** A clock the test moves. */
export class FakeClock implements Clock {
  private instant: number;
  constructor(start: string | Date = '2026-12-07T09:00:00.000Z') {
    this.instant = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.instant);
  }
  set(at: string | Date): void {
    this.instant = new Date(at).getTime();
  }
  advanceMinutes(minutes: number): void {
    this.instant += minutes * 60_000;
  }
  advanceMs(ms: number): void {
    this.instant += ms;
  }
}

/** Ids `id-1`, `id-2`, … (valid for IdSchema). */
export class SequentialIds implements IdGenerator {
  private next = 0;
  constructor(private readonly prefix = 'id') {}
  newId(): string {
    this.next += 1;
    return `${this.prefix}-${this.next}`;
  }
}

const percentile = (sorted: number[], p: number): number | null =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null) : null;

/** Hour (`2026-12-06T14`) and day (`2026-12-06`) buckets of results, as the store's rollups count them. */
export const rollupsOf = (results: CheckResult[], granularity: 'hour' | 'day'): Rollup[] => {
  const buckets = new Map<string, CheckResult[]>();
  // As the store counts: an immediate re-check is kept but not counted (each scheduled check is one interval).
  for (const result of results.filter((candidate) => !candidate.recheck)) {
    const bucket = granularity === 'hour' ? result.at.slice(0, 13) : result.at.slice(0, 10);
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), result]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bucket, items]) => {
      const counted = items.filter((r) => !r.inMaintenance);
      const times = counted
        .filter((r) => r.outcome !== 'no_data' && r.responseMs !== null)
        .map((r) => r.responseMs as number)
        .sort((a, b) => a - b);
      return {
        monitorId: items[0]?.monitorId ?? '',
        bucket,
        up: counted.filter((r) => r.outcome === 'up').length,
        down: counted.filter((r) => r.outcome === 'down').length,
        noData: counted.filter((r) => r.outcome === 'no_data').length,
        maintenance: items.length - counted.length,
        p50Ms: percentile(times, 50),
        p95Ms: percentile(times, 95),
      };
    });
};

/** Incidents in memory; shares nothing with the monitors but is written by their transactions too. */
export class InMemoryIncidentRepository implements IncidentRepository {
  readonly incidents = new Map<string, Incident>();
  readonly notifications: BookingNotification[] = [];
  readonly usage: UsageRecord[] = [];
  readonly audit: AuditEntry[] = [];
  /** Incident writes in order (open and updates), for “nothing twice” assertions. */
  readonly writes: { kind: 'open' | 'update'; incident: Incident }[] = [];

  /** Used by the monitor repository's transaction: put if absent. */
  putIfAbsent(incident: Incident): void {
    if (this.incidents.has(incident.id)) throw new DomainError('STATE.CONFLICT', `incident ${incident.id} exists`);
  }
  commitOpen(incident: Incident): void {
    this.incidents.set(incident.id, copy(incident));
    this.writes.push({ kind: 'open', incident: copy(incident) });
  }
  checkVersion(before: Incident): void {
    const stored = this.incidents.get(before.id);
    if (!stored || stored.version !== before.version) {
      throw new DomainError('STATE.CONFLICT', `incident ${before.id} changed`);
    }
  }
  commitUpdate(after: Incident): void {
    this.incidents.set(after.id, copy(after));
    this.writes.push({ kind: 'update', incident: copy(after) });
  }

  async get(tenantId: string, incidentId: string) {
    const incident = this.incidents.get(incidentId);
    return incident && incident.tenantId === tenantId ? copy(incident) : null;
  }
  async find(incidentId: string) {
    const incident = this.incidents.get(incidentId);
    return incident ? copy(incident) : null;
  }
  private page(items: Incident[], query: IncidentListQuery): Page<Incident> {
    const sorted = items
      .filter((i) => !query.status || i.status === query.status)
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt) || b.id.localeCompare(a.id));
    const start = query.cursor ? Number(query.cursor) : 0;
    const slice = sorted.slice(start, start + query.limit).map(copy);
    return start + query.limit < sorted.length
      ? { items: slice, nextCursor: String(start + query.limit) }
      : { items: slice };
  }
  async listForTenant(tenantId: string, query: IncidentListQuery) {
    return this.page(
      [...this.incidents.values()].filter((i) => i.tenantId === tenantId),
      query,
    );
  }
  async listAll(query: IncidentListQuery) {
    return this.page([...this.incidents.values()], query);
  }
  async listUnresolved() {
    return [...this.incidents.values()].filter((i) => i.status !== 'resolved').map(copy);
  }
  async update(
    before: Incident,
    after: Incident,
    change: { audit?: AuditEntry; notifications?: BookingNotification[]; usage?: UsageRecord[] },
  ) {
    this.checkVersion(before);
    this.commitUpdate(after);
    this.notifications.push(...(change.notifications ?? []));
    this.usage.push(...(change.usage ?? []));
    if (change.audit) this.audit.push(change.audit);
  }
  async duePages(now: string, limit: number): Promise<DuePage[]> {
    const live = [...this.incidents.values()]
      .filter((i) => i.nextPageAt !== null)
      .map((i) => ({ dueAt: i.nextPageAt as string, tenantId: i.tenantId, incidentId: i.id }));
    return [...live, ...this.strayPages]
      .filter((page) => page.dueAt <= now)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.incidentId.localeCompare(b.incidentId))
      .slice(0, limit)
      .map(copy);
  }
  /** Page markers whose incident is not stored (left behind by a purge); `duePages` returns them with the live ones. */
  readonly strayPages: DuePage[] = [];
  /** Every `removePage` call, in order. */
  readonly removedPages: DuePage[] = [];
  async removePage(marker: DuePage) {
    this.removedPages.push(copy(marker));
    const index = this.strayPages.findIndex((p) => p.dueAt === marker.dueAt && p.incidentId === marker.incidentId);
    if (index >= 0) this.strayPages.splice(index, 1);
  }
}

/**
 * Monitors, their results (the CheckResultStore side) and what their transactions write: e-mails, usage (by id: a
 * record written twice is kept once, like the ledger), audit. `beforeUpdate` lets a test interleave another writer.
 */
export class InMemoryMonitorRepository implements MonitorRepository, CheckResultStore {
  readonly monitors = new Map<string, Monitor>();
  readonly tokenHashes = new Map<string, string>();
  readonly results = new Map<string, CheckResult>();
  readonly notifications: BookingNotification[] = [];
  readonly usage = new Map<string, UsageRecord>();
  /** Every usage record handed to a committed write, duplicates included (the ledger would keep one). */
  readonly usageWrites: UsageRecord[] = [];
  readonly audit: AuditEntry[] = [];
  /** Called at the start of every update (once per call); a test may change the store here or throw. */
  beforeUpdate: ((before: Monitor, after: Monitor, change: MonitorChange) => void | Promise<void>) | null = null;
  updates = 0;

  constructor(readonly incidents: InMemoryIncidentRepository = new InMemoryIncidentRepository()) {}

  private key(tenantId: string, monitorId: string) {
    return `${tenantId}#${monitorId}`;
  }

  async create(monitor: Monitor, audit: AuditEntry, heartbeatTokenHash: string | null) {
    const key = this.key(monitor.tenantId, monitor.id);
    if (this.monitors.has(key)) throw new DomainError('STATE.CONFLICT', `monitor ${monitor.id} exists`);
    this.monitors.set(key, copy(monitor));
    if (heartbeatTokenHash) this.tokenHashes.set(heartbeatTokenHash, key);
    this.audit.push(audit);
  }

  async update(before: Monitor, after: Monitor, change: MonitorChange) {
    this.updates += 1;
    await this.beforeUpdate?.(before, after, change);
    const key = this.key(before.tenantId, before.id);
    const stored = this.monitors.get(key);
    if (!stored || stored.version !== before.version) {
      throw new DomainError('STATE.CONFLICT', `monitor ${before.id} changed`);
    }
    if (change.result && this.results.has(change.result.id)) {
      throw new DomainError('STATE.CONFLICT', `${DUPLICATE_RESULT}: result ${change.result.id} is stored already`, [
        { path: 'result.id', message: DUPLICATE_RESULT },
      ]);
    }
    if (change.openIncident) this.incidents.putIfAbsent(change.openIncident);
    if (change.updateIncident) this.incidents.checkVersion(change.updateIncident.before);
    // All conditions hold: commit everything.
    this.monitors.set(key, copy(after));
    if (change.result) this.results.set(change.result.id, copy(change.result));
    if (change.openIncident) this.incidents.commitOpen(change.openIncident);
    if (change.updateIncident) this.incidents.commitUpdate(change.updateIncident.after);
    this.notifications.push(...(change.notifications ?? []).map(copy));
    for (const record of change.usage ?? []) {
      this.usageWrites.push(copy(record));
      if (!this.usage.has(record.id)) this.usage.set(record.id, copy(record));
    }
    if (change.audit) this.audit.push(change.audit);
  }

  async remove(monitor: Monitor, audit: AuditEntry) {
    const key = this.key(monitor.tenantId, monitor.id);
    this.monitors.delete(key);
    for (const [hash, target] of this.tokenHashes) if (target === key) this.tokenHashes.delete(hash);
    this.audit.push(audit);
  }

  async get(tenantId: string, monitorId: string) {
    const monitor = this.monitors.get(this.key(tenantId, monitorId));
    return monitor ? copy(monitor) : null;
  }

  async list(tenantId: string) {
    return [...this.monitors.values()]
      .filter((m) => m.tenantId === tenantId)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map(copy);
  }

  async findByHeartbeatToken(tokenHash: string) {
    const key = this.tokenHashes.get(tokenHash);
    const monitor = key ? this.monitors.get(key) : undefined;
    return monitor ? copy(monitor) : null;
  }

  async due(now: string, limit: number): Promise<DueMonitor[]> {
    const live = [...this.monitors.values()]
      .filter((m) => m.nextCheckAt !== null)
      .map((m) => ({ dueAt: m.nextCheckAt as string, tenantId: m.tenantId, monitorId: m.id }));
    return [...live, ...this.strayDue]
      .filter((entry) => entry.dueAt <= now)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.monitorId.localeCompare(b.monitorId))
      .slice(0, limit)
      .map(copy);
  }

  /** Schedule markers whose monitor is not stored (left behind by a purge); `due` returns them with the live ones. */
  readonly strayDue: DueMonitor[] = [];
  /** Every `removeDue` call, in order. */
  readonly removedDue: DueMonitor[] = [];
  async removeDue(marker: DueMonitor) {
    this.removedDue.push(copy(marker));
    const index = this.strayDue.findIndex(
      (m) => m.dueAt === marker.dueAt && m.tenantId === marker.tenantId && m.monitorId === marker.monitorId,
    );
    if (index >= 0) this.strayDue.splice(index, 1);
  }

  async listForHost(tenantId: string, hostId: string) {
    return [...this.monitors.values()].filter((m) => m.tenantId === tenantId && m.hostId === hostId).map(copy);
  }

  /** Every stored result of a monitor, oldest first (test helper). */
  resultsOf(monitorId: string): CheckResult[] {
    return [...this.results.values()].filter((r) => r.monitorId === monitorId).sort((a, b) => a.at.localeCompare(b.at));
  }

  async recent(tenantId: string, monitorId: string, limit: number) {
    return [...this.results.values()]
      .filter((r) => r.tenantId === tenantId && r.monitorId === monitorId)
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))
      .slice(0, limit)
      .map(copy);
  }

  async rollups(tenantId: string, monitorId: string, granularity: 'hour' | 'day', from: string, to: string) {
    const results = [...this.results.values()].filter((r) => r.tenantId === tenantId && r.monitorId === monitorId);
    return rollupsOf(results, granularity).filter((r) => r.bucket >= from && r.bucket <= to);
  }
}

/** Refuses the targets it is told to, with the given reason. */
export class FakeTargetGuard implements TargetGuard {
  readonly refused = new Map<string, string>();
  readonly asked: { kind: string; target: string }[] = [];
  async refusal(kind: 'http' | 'tls' | 'dns' | 'tcp', target: string) {
    this.asked.push({ kind, target });
    return this.refused.get(target) ?? null;
  }
}

export interface FakeStaff {
  staffId: string;
  email: string;
  name: string;
  /** Their working hours' zone (absent: the default zone). */
  timeZone?: string | null;
}

/**
 * A rota of `{ from, to, staff }` slots (ISO instants) and a list of provider-admins. `get` knows the rota's people
 * as operators and the admins as provider-admins, unless `users` says otherwise (null: removed; other roles: demoted).
 */
export class FakeStaffDirectory implements StaffDirectory {
  readonly users = new Map<string, (FakeStaff & { roles: Role[] }) | null>();
  constructor(
    public rota: { from: string; to: string; staff: FakeStaff }[] = [],
    public admins: FakeStaff[] = [],
  ) {}
  async onCallAt(at: Date) {
    const iso = at.toISOString();
    return this.rota.find((slot) => slot.from <= iso && iso < slot.to)?.staff ?? null;
  }
  async providerAdmins() {
    return [...this.admins];
  }
  async get(staffId: string) {
    if (this.users.has(staffId)) {
      const user = this.users.get(staffId);
      return user ? copy(user) : null;
    }
    const admin = this.admins.find((a) => a.staffId === staffId);
    if (admin) return { ...admin, roles: ['provider-admin' as const] };
    const onRota = this.rota.find((slot) => slot.staff.staffId === staffId)?.staff;
    return onRota ? { ...onRota, roles: ['operator' as const] } : null;
  }
}

/** Tokens `ack.<base64url JSON claims>.<sig>`; `verify` checks the fake signature and the expiry. */
export class FakeAckLinkSigner implements AckLinkSigner {
  sign(claims: { incidentId: string; staffId: string; expiresAt: string }): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `ack.${body}.${this.sig(body)}`;
  }
  verify(token: string, now: Date) {
    const [prefix, body, sig] = token.split('.');
    if (prefix !== 'ack' || !body || sig !== this.sig(body)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
        incidentId: string;
        staffId: string;
        expiresAt: string;
      };
      return Date.parse(claims.expiresAt) > now.getTime() ? claims : null;
    } catch {
      return null;
    }
  }
  private sig(body: string) {
    let hash = 7;
    for (const char of body) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
    return `s${hash}`;
  }
}

/** Records requested tasks; `failWith` makes `request` throw; `tasks` answers `describe`. */
export class FakeDiagnosticsRunner implements DiagnosticsRunner {
  readonly requests: Parameters<DiagnosticsRunner['request']>[0][] = [];
  readonly tasks = new Map<
    string,
    { id: string; typeId: string; status: string; output: string | null; updatedAt: string }
  >();
  failWith: Error | null = null;
  private next = 0;
  async request(input: Parameters<DiagnosticsRunner['request']>[0]) {
    if (this.failWith) throw this.failWith;
    this.requests.push(copy(input));
    this.next += 1;
    const taskId = `task-${this.next}`;
    this.tasks.set(taskId, {
      id: taskId,
      typeId: input.typeId,
      status: 'requested',
      output: null,
      updatedAt: '2026-12-07T09:00:00.000Z',
    });
    return { taskId };
  }
  async describe(_tenantId: string, taskId: string) {
    return this.tasks.get(taskId) ?? null;
  }
}

/** `busy.set('<tenantId>#<hostId>', taskId)` puts a host's monitors into maintenance. */
export class FakeHostActivity implements HostActivity {
  readonly busy = new Map<string, string>();
  async disruptiveTaskOn(tenantId: string, hostId: string) {
    const taskId = this.busy.get(`${tenantId}#${hostId}`);
    return taskId ? { taskId } : null;
  }
}

/** Tokens `tok-<n>-…` and a readable (not cryptographic) hash `sha-<token>`. */
export class FakeTokens {
  private next = 0;
  newToken(): string {
    this.next += 1;
    return `tok-${this.next}-abcdefghijklmnopqrstuv`;
  }
  hash(token: string): string {
    return `sha-${token}`;
  }
}

/** Answers each monitor's probes from a script (`outcomes.set(monitorId, [...])`), else `fallback`. */
export class ScriptedProber implements Prober {
  readonly outcomes = new Map<string, ProbeResult[]>();
  readonly calls: { monitorId: string; timeoutMs: number }[] = [];
  fallback: ProbeResult = { outcome: 'up', responseMs: 42, message: 'HTTP 200' };
  /** Delay before answering (ms of real time; keep it small), per monitor. */
  readonly delays = new Map<string, number>();
  async probe(monitor: Monitor, timeoutMs: number): Promise<ProbeResult> {
    this.calls.push({ monitorId: monitor.id, timeoutMs });
    const delay = this.delays.get(monitor.id);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const queue = this.outcomes.get(monitor.id);
    return queue?.length ? (queue.shift() as ProbeResult) : this.fallback;
  }
  /** Sets what the next probes of `monitorId` answer, in order. */
  script(monitorId: string, ...outcomes: ('up' | 'down' | 'no_data')[]): void {
    this.outcomes.set(
      monitorId,
      outcomes.map((outcome) => ({
        outcome,
        responseMs: outcome === 'no_data' ? null : 50,
        message: outcome === 'up' ? 'HTTP 200' : outcome === 'down' ? 'HTTP 503' : 'checker failed',
      })),
    );
  }
}

/** Host checks: `start` hands out command ids; `verdicts` answers them (absent: still running). */
export class FakeHostChecker implements HostChecker {
  readonly started: { monitorId: string; commandId: string }[] = [];
  readonly verdicts = new Map<string, ProbeResult>();
  nextVerdict: ProbeResult | null = { outcome: 'up', responseMs: null, message: 'disk / at 41 %' };
  startFailure: Error | null = null;
  private next = 0;
  async start(monitor: Monitor) {
    if (this.startFailure) throw this.startFailure;
    this.next += 1;
    const commandId = `cmd-${this.next}`;
    this.started.push({ monitorId: monitor.id, commandId });
    if (this.nextVerdict) this.verdicts.set(commandId, this.nextVerdict);
    return { commandId };
  }
  async verdict(_monitor: Monitor, commandId: string) {
    return this.verdicts.get(commandId) ?? null;
  }
}

/** A tenant record for the fake tenant port. */
export const testTenant = (overrides: Partial<Tenant> = {}): Tenant => ({
  id: 'tenant-a',
  name: 'Acme GmbH',
  status: 'active',
  timeZone: 'Europe/Berlin',
  planId: 'managed-host',
  createdAt: '2026-01-01T00:00:00.000Z',
  deletionDueAt: null,
  ...overrides,
});

export interface MonitoringFakes {
  deps: MonitoringDeps;
  clock: FakeClock;
  monitors: InMemoryMonitorRepository;
  incidents: InMemoryIncidentRepository;
  tenants: Map<string, Tenant>;
  hosts: Map<string, { id: string; name: string }>;
  targets: FakeTargetGuard;
  staff: FakeStaffDirectory;
  ackLinks: FakeAckLinkSigner;
  diagnostics: FakeDiagnosticsRunner;
  hostActivity: FakeHostActivity;
  tokens: FakeTokens;
}

/**
 * MonitoringDeps on fakes: tenant `tenant-a` (“Acme GmbH”, Berlin) on `planId` (default `managed-host`), host
 * `host-1` registered, one operator on call around the clock and one provider-admin.
 */
export const monitoringFakes = (
  options: { start?: string; tenant?: Partial<Tenant>; planId?: string | null } = {},
): MonitoringFakes => {
  const clock = new FakeClock(options.start);
  const incidents = new InMemoryIncidentRepository();
  const monitors = new InMemoryMonitorRepository(incidents);
  const tenant = testTenant({
    ...options.tenant,
    ...(options.planId !== undefined ? { planId: options.planId } : {}),
  });
  const tenants = new Map([[tenant.id, tenant]]);
  const hosts = new Map([[`${tenant.id}#host-1`, { id: 'host-1', name: 'web-1' }]]);
  const targets = new FakeTargetGuard();
  const staff = new FakeStaffDirectory(
    [
      {
        from: '2000-01-01T00:00:00.000Z',
        to: '2100-01-01T00:00:00.000Z',
        staff: { staffId: 'staff-op', email: 'op@opsdesk.example', name: 'Olga Operator' },
      },
    ],
    [{ staffId: 'staff-admin', email: 'admin@opsdesk.example', name: 'Paul Admin' }],
  );
  const ackLinks = new FakeAckLinkSigner();
  const diagnostics = new FakeDiagnosticsRunner();
  const hostActivity = new FakeHostActivity();
  const tokens = new FakeTokens();
  const deps: MonitoringDeps = {
    clock,
    ids: new SequentialIds(),
    monitors,
    results: monitors,
    incidents,
    tenants: { getTenant: async (tenantId) => tenants.get(tenantId) ?? null },
    hosts: { get: async (tenantId, hostId) => hosts.get(`${tenantId}#${hostId}`) ?? null },
    targets,
    staff,
    ackLinks,
    diagnostics,
    hostActivity,
    tokens,
    links: { web: 'https://app.opsdesk.example', api: 'https://api.opsdesk.example' },
  };
  return {
    deps,
    clock,
    monitors,
    incidents,
    tenants,
    hosts,
    targets,
    staff,
    ackLinks,
    diagnostics,
    hostActivity,
    tokens,
  };
};

/** The customer-admin of `tenant-a`. */
export const tenantAdmin = {
  userId: 'user-admin',
  email: 'admin@acme.example',
  roles: ['customer-admin' as const],
  tenantId: 'tenant-a',
};

/** A member of `tenant-a` (reads only). */
export const tenantMember = {
  userId: 'user-member',
  email: 'member@acme.example',
  roles: ['customer-member' as const],
  tenantId: 'tenant-a',
};

/** The customer-admin of another tenant, `tenant-b`. */
export const otherAdmin = {
  userId: 'user-other',
  email: 'admin@other.example',
  roles: ['customer-admin' as const],
  tenantId: 'tenant-b',
};

/** A monitor with every field at its default (pending, never checked); tests override what they check. */
export const newTestMonitor = (overrides: Partial<Monitor> = {}): Monitor =>
  newMonitor({
    id: 'mon-1',
    tenantId: 'tenant-a',
    name: 'test',
    kind: 'http',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  });
