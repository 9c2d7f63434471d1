import { type AuditEntry, auditActorOf, newAuditEntry, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import { DomainError } from '../errors.js';
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
  tenant: { id: string; name?: string | undefined },
  action: string,
  details: Record<string, unknown> = {},
): AuditEntry =>
  newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId: tenant.id,
    action,
    target: { type: 'tenant', id: tenant.id, ...(tenant.name ? { name: tenant.name } : {}) },
    details,
  });

const ownTenant = (actor: Actor): string => tenantOf(actor, 'Only an organisation’s own admins can do this.');

export const listTenants = (deps: Pick<LifecycleDeps, 'tenants'>, page: PageQuery): Promise<Page<Tenant>> =>
  deps.tenants.listTenants(page);

const move = async (
  deps: LifecycleDeps,
  actor: Actor,
  tenantId: string,
  from: readonly TenantStatus[],
  to: TenantStatus,
  action: string,
  options: { deletionDueAt?: string | null; reason?: string } = {},
) => {
  const deletionDueAt = options.deletionDueAt ?? null;
  // The audit names the organisation as it is called now (the log outlives renames and deletion).
  const current = await deps.tenants.getTenant(tenantId);
  const change: StatusChange = {
    tenantId,
    from,
    to,
    deletionDueAt,
    // Only a suspension has a reason; a deletion request keeps it (the organisation is still suspended while it waits,
    // and calling the deletion off returns it there); every other move clears it, so no one reads a stale one.
    suspendedReason:
      to === 'suspended'
        ? (options.reason ?? null)
        : to === 'pending_deletion'
          ? (current?.suspendedReason ?? null)
          : null,
    audit: audit(deps, actor, { id: tenantId, name: current?.name }, action, {
      to,
      ...(deletionDueAt ? { deletionDueAt } : {}),
      ...(options.reason ? { reason: options.reason } : {}),
    }),
  };
  return deps.tenants.setTenantStatus(change);
};

/** What `setTenantStatus` stores: the port's input and the suspension's reason (adapters that know it keep it). */
export type StatusChange = Parameters<TenantRepository['setTenantStatus']>[0] & { suspendedReason: string | null };

const REASON_MAX = 500;

/**
 * Provider-admin: a suspended tenant's customers still see billing and can pay, but cannot book or request tasks.
 * The reason is required: the organisation's customers read it on every page while suspended.
 */
export const suspendTenant = async (deps: LifecycleDeps, actor: Actor, tenantId: string, reason: string) => {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed.length === 0 || trimmed.length > REASON_MAX) {
    throw new DomainError('REQUEST.INVALID', 'Say why the organisation is suspended.', [
      {
        path: 'body.reason',
        message: trimmed.length === 0 ? 'a reason is required' : `a reason is at most ${REASON_MAX} characters`,
      },
    ]);
  }
  return move(deps, actor, tenantId, ['active', 'past_due'], 'suspended', 'tenant.suspended', { reason: trimmed });
};

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
    { deletionDueAt: due },
  );
};

/**
 * Within the grace period the deletion can be called off: the tenant is active again — or suspended again, with the
 * provider's reason, when it was suspended before it asked (asking and calling off must not lift a suspension).
 */
export const cancelDeletion = async (deps: LifecycleDeps, actor: Actor) => {
  const tenantId = ownTenant(actor);
  const reason = (await deps.tenants.getTenant(tenantId))?.suspendedReason ?? null;
  return reason
    ? move(deps, actor, tenantId, ['pending_deletion'], 'suspended', 'tenant.deletion_cancelled', { reason })
    : move(deps, actor, tenantId, ['pending_deletion'], 'active', 'tenant.deletion_cancelled');
};

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
        target: { type: 'tenant', id: tenant.id, name: tenant.name },
        details: { name: tenant.name, deletionDueAt: tenant.deletionDueAt },
      }),
    );
    purged.push(tenant.id);
  }
  return { purged };
}
