import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/actor.js';
import {
  cancelDeletion,
  reactivateTenant,
  requestDeletion,
  type StatusChange,
  suspendTenant,
} from '../../../shared/tenancy/lifecycle.js';
import { SuspendTenantRequestSchema } from '../../../shared/tenancy/model.js';
import { signUp } from '../../../shared/tenancy/sign-up.js';
import { InMemoryTenantRepository, recordingIdentity } from '../../support/in-memory-tenants.js';

/** The in-memory repository, keeping the reason as the DynamoDB adapter does. */
class ReasonKeepingTenants extends InMemoryTenantRepository {
  override async setTenantStatus(input: StatusChange) {
    const changed = await super.setTenantStatus(input);
    const kept = { ...changed, suspendedReason: input.suspendedReason };
    this.tenants.set(kept.id, kept);
    return kept;
  }
}

const provider: Actor = { userId: 'p-1', email: 'admin@opsdesk.local', roles: ['provider-admin'], tenantId: null };

const setup = async () => {
  const tenants = new ReasonKeepingTenants();
  let n = 0;
  const deps = {
    tenants,
    identity: recordingIdentity().identity,
    clock: { now: () => new Date('2026-12-06T10:00:00Z') },
    ids: { newId: () => `id-${++n}` },
  };
  const { tenantId } = await signUp(deps, { organisation: 'Demo Verein', name: 'Ada', email: 'ada@verein.example' });
  return { deps, tenants, tenantId };
};

describe('suspending a tenant with a reason', () => {
  it('is not lifted by asking for deletion and calling it off: the tenant is suspended again, with the reason', async () => {
    const { deps, tenantId } = await setup();
    await suspendTenant(deps, provider, tenantId, 'Two invoices are unpaid.');
    const admin: Actor = { userId: 'u-1', email: 'ada@verein.example', roles: ['customer-admin'], tenantId };
    expect(await requestDeletion(deps, admin)).toMatchObject({
      status: 'pending_deletion',
      suspendedReason: 'Two invoices are unpaid.',
    });
    expect(await cancelDeletion(deps, admin)).toMatchObject({
      status: 'suspended',
      suspendedReason: 'Two invoices are unpaid.',
    });
    // Reactivated by the provider, asking and calling off leaves it active.
    await reactivateTenant(deps, provider, tenantId);
    await requestDeletion(deps, admin);
    expect(await cancelDeletion(deps, admin)).toMatchObject({ status: 'active', suspendedReason: null });
  });

  it('stores the reason the customers read and audits it, naming the organisation', async () => {
    const { deps, tenants, tenantId } = await setup();
    const suspended = await suspendTenant(deps, provider, tenantId, '  Two invoices are unpaid.  ');
    expect(suspended).toMatchObject({ status: 'suspended', suspendedReason: 'Two invoices are unpaid.' });
    const entry = tenants.audit.at(-1);
    expect(entry).toMatchObject({
      action: 'tenant.suspended',
      target: { type: 'tenant', id: tenantId, name: 'Demo Verein' },
      details: { to: 'suspended', reason: 'Two invoices are unpaid.' },
    });
  });

  it('refuses a missing or blank reason with a 422 naming body.reason, and changes nothing', async () => {
    const { deps, tenants, tenantId } = await setup();
    for (const reason of ['', '   ', undefined as unknown as string]) {
      await expect(suspendTenant(deps, provider, tenantId, reason)).rejects.toMatchObject({
        code: 'REQUEST.INVALID',
        errors: [{ path: 'body.reason', message: 'a reason is required' }],
      });
    }
    await expect(suspendTenant(deps, provider, tenantId, 'x'.repeat(501))).rejects.toMatchObject({
      errors: [{ path: 'body.reason' }],
    });
    expect((await tenants.getTenant(tenantId))?.status).toBe('active');
    expect(tenants.audit.map((entry) => entry.action)).toEqual(['tenant.signed_up']);
  });

  it('the request body needs a reason of 1 to 500 characters', () => {
    const missing = SuspendTenantRequestSchema.safeParse({});
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['reason']);
    expect(SuspendTenantRequestSchema.safeParse({ reason: ' ' }).success).toBe(false);
    expect(SuspendTenantRequestSchema.parse({ reason: ' Unpaid ' })).toEqual({ reason: 'Unpaid' });
  });

  it('reactivating clears the reason', async () => {
    const { deps, tenants, tenantId } = await setup();
    await suspendTenant(deps, provider, tenantId, 'Terms broken.');
    const active = await reactivateTenant(deps, provider, tenantId);
    expect(active).toMatchObject({ status: 'active', suspendedReason: null });
    expect(tenants.audit.at(-1)).toMatchObject({
      action: 'tenant.reactivated',
      target: { name: 'Demo Verein' },
      details: { to: 'active' },
    });
    expect(tenants.audit.at(-1)?.details).not.toHaveProperty('reason');
  });
});
