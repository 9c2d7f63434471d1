import type { AuditEntry } from '../../shared/audit/audit-entry.js';
import { periodOf } from '../../shared/billing/periods.js';
import type { SubscriptionRepository } from '../../shared/billing/ports.js';
import { activeLedgerSubscription } from '../../shared/billing/subscription.js';
import type { OnCallRotaRepository, StaffAvailabilityRepository } from '../../shared/booking/ports.js';
import type { Role } from '../../shared/contracts/roles.js';
import type { MonitoringDeps } from '../../shared/monitoring/deps.js';
import { pingHeartbeat } from '../../shared/monitoring/heartbeats.js';
import { createMonitor } from '../../shared/monitoring/monitors.js';
import type { Clock, IdGenerator } from '../../shared/platform/ports.js';
import type { ReportsDeps } from '../../shared/reports/deps.js';
import { putStatusPage } from '../../shared/reports/status-page.js';
import type { TenantRepository } from '../../shared/tenancy/ports.js';

/** Who can log in to a freshly seeded local stack (README and the start-up banner list them). */
export const SEEDED_USERS: { email: string; name: string; role: Role; tenant?: string }[] = [
  { email: 'admin@opsdesk.local', name: 'Ada Admin', role: 'provider-admin' },
  { email: 'operator@opsdesk.local', name: 'Otto Operator', role: 'operator' },
  { email: 'finance@opsdesk.local', name: 'Fiona Finance', role: 'finance' },
  { email: 'owner@demo.example', name: 'Olga Owner', role: 'customer-admin', tenant: 'Demo Verein' },
];

export const DEMO_TENANT = { name: 'Demo Verein', timeZone: 'Europe/Berlin', planId: 'webmaster-eighth' };

/** Where the demo tenant's public status page is (`/status/demo-verein`): its monitors, published at seeding. */
export const DEMO_STATUS_SLUG = 'demo-verein';

/** The demo tenant's one host: this machine, reached through the local host runner. */
export const DEMO_HOST = { id: 'mi-00000000000000001', name: 'demo-host' };

/**
 * The demo tenant's monitors: the stack's own health endpoint over HTTP (every 5 minutes, the plan's shortest
 * interval, keyword `"status":"ok"`), and a daily heartbeat pinged once by the seed, so a newcomer sees them green.
 * The URL is the stack's at the time of seeding (the port is known by then); a stack restarted on another port keeps
 * watching the first one (edit the monitor, or start afresh).
 */
export const DEMO_MONITORS = (stackUrl: string) => [
  {
    name: 'Opsdesk health',
    kind: 'http' as const,
    target: `${stackUrl}/api/health`,
    intervalMinutes: 5,
    confirmations: 2,
    keyword: '"status":"ok"',
    maxResponseMs: 3000,
  },
  {
    name: 'Nightly backup job',
    kind: 'heartbeat' as const,
    intervalMinutes: 5,
    confirmations: 1,
    periodMinutes: 24 * 60,
    graceMinutes: 60,
  },
];

/**
 * Demo data for an empty data dir, written through the same repository the API uses.
 * The seed is the actor of its own audit entries.
 */
export const seedDemoData = async (deps: {
  tenants: TenantRepository;
  subscriptions: SubscriptionRepository;
  staff: StaffAvailabilityRepository;
  onCall: OnCallRotaRepository;
  /** Registers the demo host to the demo tenant (the local stand-in for an SSM activation). */
  registerHost: (host: { id: string; tenantId: string; name: string; registeredAt: string }) => void;
  clock: Clock;
  ids: IdGenerator;
  /** The monitoring use cases and the stack's own URL: the demo tenant's monitors are created through them. */
  monitoring?: { deps: MonitoringDeps; stackUrl: string };
  /** The status page use cases: the demo tenant publishes its monitors at `/status/demo-verein`. */
  statusPages?: Pick<ReportsDeps, 'statusPages' | 'monitors' | 'clock' | 'ids'>;
}) => {
  const at = deps.clock.now().toISOString();
  const audit = (tenantId: string | null, action: string, target: { type: string; id: string }): AuditEntry => ({
    id: deps.ids.newId(),
    tenantId,
    at,
    actor: { userId: 'seed', email: 'seed@opsdesk.local', roles: ['provider-admin'] },
    action,
    target,
    details: { source: 'local-stack seed' },
  });

  for (const seeded of SEEDED_USERS) {
    const userId = deps.ids.newId();
    if (!seeded.tenant) {
      await deps.tenants.createUser(
        { id: userId, tenantId: null, email: seeded.email, name: seeded.name, roles: [seeded.role], createdAt: at },
        audit(null, 'staff.created', { type: 'user', id: userId }),
      );
      // The operator takes bookings on weekdays, 09:00–17:00 Berlin time.
      if (seeded.role === 'operator') {
        await deps.staff.put(
          userId,
          {
            timeZone: 'Europe/Berlin',
            weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
              day,
              start: '09:00',
              end: '17:00',
            })),
            exceptions: [],
          },
          audit(null, 'staff.availability_set', { type: 'staff', id: userId }),
        );
        // …and is on call around the clock for the coming two weeks (emergency call-outs).
        const from = deps.clock.now().getTime();
        await deps.onCall.put(
          {
            shifts: [
              {
                staffId: userId,
                start: new Date(from).toISOString(),
                end: new Date(from + 14 * 86_400_000).toISOString(),
              },
            ],
          },
          audit(null, 'staff.on_call_set', { type: 'rota', id: 'on-call' }),
        );
      }
      continue;
    }
    const tenantId = deps.ids.newId();
    await deps.tenants.createTenantWithAdmin({
      tenant: {
        id: tenantId,
        name: DEMO_TENANT.name,
        status: 'active',
        timeZone: DEMO_TENANT.timeZone,
        planId: DEMO_TENANT.planId,
        deletionDueAt: null,
        createdAt: at,
      },
      admin: { id: userId, tenantId, email: seeded.email, name: seeded.name, roles: [seeded.role], createdAt: at },
      audit: audit(tenantId, 'tenant.seeded', { type: 'tenant', id: tenantId }),
    });
    // Subscribed to the eighth-webmaster plan from the start of the current period (ledger billing).
    const period = periodOf(deps.clock.now());
    await deps.subscriptions.commit({
      subscription: activeLedgerSubscription(tenantId, DEMO_TENANT.planId, period, at),
      expectedRevision: null,
      audit: [audit(tenantId, 'subscription.seeded', { type: 'subscription', id: tenantId })],
    });
    deps.registerHost({ ...DEMO_HOST, tenantId, registeredAt: at });
    if (deps.monitoring) {
      const actor = { userId, email: seeded.email, roles: [seeded.role], tenantId };
      const monitorIds: string[] = [];
      for (const request of DEMO_MONITORS(deps.monitoring.stackUrl)) {
        const monitor = await createMonitor(deps.monitoring.deps, actor, request);
        monitorIds.push(monitor.id);
        const token = monitor.heartbeatUrl?.split('/').pop();
        if (token) await pingHeartbeat(deps.monitoring.deps, token, 'success');
      }
      if (deps.statusPages) {
        await putStatusPage(deps.statusPages, actor, { slug: DEMO_STATUS_SLUG, published: true, monitorIds });
      }
    }
  }
};
