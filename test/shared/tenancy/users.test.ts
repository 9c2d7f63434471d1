import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../shared/audit/list-audit.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { purgeDeletedTenants, requestDeletion, suspendTenant } from '../../../shared/tenancy/lifecycle.js';
import { InviteUserRequestSchema } from '../../../shared/tenancy/model.js';
import { signUp } from '../../../shared/tenancy/sign-up.js';
import { changeUserRole, inviteUser, removeUser } from '../../../shared/tenancy/users.js';
import { InMemoryTenantRepository, recordingIdentity } from '../../support/in-memory-tenants.js';

const setup = async () => {
  const tenants = new InMemoryTenantRepository();
  const recording = recordingIdentity();
  let n = 0;
  const deps = {
    tenants,
    identity: recording.identity,
    clock: { now: () => new Date('2026-10-25T01:30:00Z') },
    ids: { newId: () => `id-${++n}` },
  };
  const { tenantId, userId } = await signUp(deps, { organisation: 'Verein', name: 'Ada', email: 'ada@verein.example' });
  const admin: Actor = { userId, email: 'ada@verein.example', roles: ['customer-admin'], tenantId };
  return { deps, tenants, recording, admin, tenantId };
};

const invite = (email: string, role: 'customer-admin' | 'customer-member' = 'customer-member') =>
  InviteUserRequestSchema.parse({ email, role });

describe('user administration', () => {
  it('invites into the caller’s tenant and tells the identity provider', async () => {
    const { deps, recording, admin, tenantId } = await setup();
    const user = await inviteUser(deps, admin, invite('Bo@Verein.example'));
    expect(user).toMatchObject({ tenantId, email: 'bo@verein.example', name: 'bo', roles: ['customer-member'] });
    expect(recording.calls.at(-1)).toEqual({
      op: 'createUser',
      input: { userId: user.id, email: 'bo@verein.example', name: 'bo', tenantId, role: 'customer-member' },
    });
  });

  it('removes the stored invitation again when the identity provider fails, and says so in the audit log', async () => {
    const { deps, tenants, recording, admin } = await setup();
    recording.state.failing = true;
    await expect(inviteUser(deps, admin, invite('cy@verein.example'))).rejects.toMatchObject({
      code: 'DEPENDENCY.UNAVAILABLE',
    });
    expect(await tenants.findUserByEmail('cy@verein.example')).toBeNull();
    expect(tenants.audit.map((entry) => entry.action).slice(-2)).toEqual(['user.invited', 'user.invitation_reverted']);
  });

  it('reverts a role change the identity provider could not make', async () => {
    const { deps, tenants, recording, admin } = await setup();
    const bo = await inviteUser(deps, admin, invite('bo@verein.example'));
    recording.state.failing = true;
    await expect(changeUserRole(deps, admin, bo.id, 'customer-admin')).rejects.toMatchObject({
      code: 'DEPENDENCY.UNAVAILABLE',
    });
    expect((await tenants.getUser(bo.tenantId, bo.id))?.roles).toEqual(['customer-member']);
  });

  it('refuses a caller whose admin role was taken away since the token was issued', async () => {
    const { deps, admin } = await setup();
    const bo = await inviteUser(deps, admin, invite('bo@verein.example', 'customer-admin'));
    await changeUserRole(deps, admin, admin.userId, 'customer-member');
    await expect(inviteUser(deps, admin, invite('dee@verein.example'))).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    await expect(removeUser(deps, admin, bo.id)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });

  it('ends the sessions of a user it demotes or removes, not of one it promotes', async () => {
    const { deps, recording, admin } = await setup();
    const bo = await inviteUser(deps, admin, invite('bo@verein.example'));
    const cy = await inviteUser(deps, admin, invite('cy@verein.example'));
    await changeUserRole(deps, admin, bo.id, 'customer-admin');
    expect(recording.calls.filter((call) => call.op === 'signOut')).toEqual([]);
    await changeUserRole(deps, admin, bo.id, 'customer-member');
    await removeUser(deps, admin, cy.id);
    const ops = recording.calls.slice(-4).map((call) => `${call.op} ${JSON.stringify(call.input)}`);
    expect(ops).toEqual([
      `signOut "${bo.id}"`,
      `changeRole ${JSON.stringify({ userId: bo.id, from: 'customer-admin', to: 'customer-member' })}`,
      `signOut "${cy.id}"`,
      `deleteUser "${cy.id}"`,
    ]);
  });

  it('returns the user unchanged when the role is already the one asked for', async () => {
    const { deps, tenants, admin } = await setup();
    const before = tenants.audit.length;
    const same = await changeUserRole(deps, admin, admin.userId, 'customer-admin');
    expect(same.roles).toEqual(['customer-admin']);
    expect(tenants.audit.length).toBe(before);
  });
});

describe('lifecycle and audit', () => {
  it('sets the deletion due date 30 days ahead and moves only from allowed states', async () => {
    const { deps, admin, tenantId } = await setup();
    const pending = await requestDeletion(deps, admin);
    expect(pending).toMatchObject({ status: 'pending_deletion', deletionDueAt: '2026-11-24T01:30:00.000Z' });
    const provider: Actor = { userId: 'p', email: 'p@opsdesk.local', roles: ['provider-admin'], tenantId: null };
    await expect(suspendTenant(deps, provider, tenantId)).rejects.toMatchObject({ code: 'STATE.CONFLICT' });
  });

  it('purges a due tenant with its users and its Stripe customer, once', async () => {
    const { deps, tenants, recording, admin, tenantId } = await setup();
    await requestDeletion(deps, admin);
    const deleted: string[] = [];
    const paymentCustomers = {
      customerOf: async (id: string) => (id === tenantId ? 'cus_1' : null),
      deleteCustomer: async (customerId: string) => void deleted.push(customerId),
    };
    const later = { ...deps, clock: { now: () => new Date('2026-12-01T00:00:00Z') }, paymentCustomers };
    expect((await purgeDeletedTenants(later)).purged).toEqual([tenantId]);
    expect(deleted).toEqual(['cus_1']);
    expect(recording.calls).toContainEqual({ op: 'deleteUser', input: admin.userId });
    expect(await tenants.getTenant(tenantId)).toBeNull();
    expect((await purgeDeletedTenants(later)).purged).toEqual([]);
  });

  it('a customer-admin reads only their own tenant’s log; another tenant id is not found', async () => {
    const { tenants, admin } = await setup();
    const page = await listAudit({ audit: tenants }, admin, { limit: 10 });
    expect(page.items.every((entry) => entry.tenantId === admin.tenantId)).toBe(true);
    await expect(listAudit({ audit: tenants }, admin, { limit: 10, tenantId: 'other' })).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
  });
});
