import { type AuditEntry, auditActorOf, newAuditEntry, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import { DELETION_GRACE_DAYS } from './deletion-policy.js';
import type { Tenant, TenantStatus } from './model.js';
import type { IdentityProvider, TenantRepository } from './ports.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LifecycleDeps {
  tenants: TenantRepository;
  clock: Clock;
  ids: IdGenerator;
}

const audit = (
  deps: Pick<LifecycleDeps, 'clock' | 'ids'>,
  actor: Actor,
  tenantId: string,
  action: string,
  details: Record<string, unknown> = {},
): AuditEntry =>
  newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action,
    target: { type: 'tenant', id: tenantId },
    details,
  });

const ownTenant = (actor: Actor): string => tenantOf(actor, 'Only an organisation’s own admins can do this.');

export const listTenants = (deps: Pick<LifecycleDeps, 'tenants'>, page: PageQuery): Promise<Page<Tenant>> =>
  deps.tenants.listTenants(page);

const move = (
  deps: LifecycleDeps,
  actor: Actor,
  tenantId: string,
  from: readonly TenantStatus[],
  to: TenantStatus,
  action: string,
  deletionDueAt: string | null = null,
) =>
  deps.tenants.setTenantStatus({
    tenantId,
    from,
    to,
    deletionDueAt,
    audit: audit(deps, actor, tenantId, action, { to, ...(deletionDueAt ? { deletionDueAt } : {}) }),
  });

/** Provider-admin: a suspended tenant's customers still see billing and can pay, but cannot book or request tasks. */
export const suspendTenant = (deps: LifecycleDeps, actor: Actor, tenantId: string) =>
  move(deps, actor, tenantId, ['active', 'past_due'], 'suspended', 'tenant.suspended');

export const reactivateTenant = (deps: LifecycleDeps, actor: Actor, tenantId: string) =>
  move(deps, actor, tenantId, ['suspended', 'past_due'], 'active', 'tenant.reactivated');

/** A customer-admin asks for the organisation to be deleted; it is, after the grace period. */
export const requestDeletion = (deps: LifecycleDeps, actor: Actor) => {
  const due = new Date(deps.clock.now().getTime() + DELETION_GRACE_DAYS * DAY_MS).toISOString();
  return move(
    deps,
    actor,
    ownTenant(actor),
    ['active', 'past_due', 'suspended'],
    'pending_deletion',
    'tenant.deletion_requested',
    due,
  );
};

/** Within the grace period the deletion can be called off; the tenant is active again. */
export const cancelDeletion = (deps: LifecycleDeps, actor: Actor) =>
  move(deps, actor, ownTenant(actor), ['pending_deletion'], 'active', 'tenant.deletion_cancelled');

/** All of the caller's organisation's data, as one JSON document. */
export async function exportTenant(deps: Pick<LifecycleDeps, 'tenants' | 'clock'>, actor: Actor) {
  const tenantId = ownTenant(actor);
  const data = await deps.tenants.exportTenantData(tenantId);
  return { tenantId, exportedAt: deps.clock.now().toISOString(), format: 'opsdesk-export/1' as const, data };
}

/**
 * Scheduled: removes tenants whose grace period is over — their users in the identity provider,
 * then every stored item. Safe to run again after a partial failure.
 */
export async function purgeDeletedTenants(
  deps: LifecycleDeps & {
    identity: IdentityProvider;
    /** Stripe customers to remove (Stripe mode), found from the tenant's subscription. */
    paymentCustomers?: {
      customerOf(tenantId: string): Promise<string | null>;
      deleteCustomer(customerId: string): Promise<void>;
    };
  },
  batchSize = 25,
): Promise<{ purged: string[] }> {
  const now = deps.clock.now().toISOString();
  const due = await deps.tenants.listTenantsDueForDeletion(now, batchSize);
  const purged: string[] = [];
  for (const tenant of due) {
    let cursor: string | undefined;
    do {
      const page = await deps.tenants.listUsers(tenant.id, { limit: 200, ...(cursor ? { cursor } : {}) });
      for (const user of page.items) await deps.identity.deleteUser(user.id);
      cursor = page.nextCursor;
    } while (cursor);
    const customerId = deps.paymentCustomers ? await deps.paymentCustomers.customerOf(tenant.id) : null;
    if (customerId) await deps.paymentCustomers?.deleteCustomer(customerId);
    await deps.tenants.purgeTenant(
      tenant,
      newAuditEntry(deps, {
        actor: SYSTEM_ACTOR,
        tenantId: null,
        action: 'tenant.purged',
        target: { type: 'tenant', id: tenant.id },
        details: { name: tenant.name, deletionDueAt: tenant.deletionDueAt },
      }),
    );
    purged.push(tenant.id);
  }
  return { purged };
}
