import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../shared/audit/list-audit.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { purgeDeletedTenants, requestDeletion, suspendTenant } from '../../../shared/tenancy/lifecycle.js';
import { type InviteUserRequest, InviteUserRequestSchema } from '../../../shared/tenancy/model.js';
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
  await signUp(deps, { organisation: 'Verein', name: 'Ada', email: 'ada@verein.example' });
  const ada = await tenants.findUserByEmail('ada@verein.example');
  const tenantId = ada?.tenantId as string;
  const admin: Actor = { userId: ada?.id as string, email: 'ada@verein.example', roles: ['customer-admin'], tenantId };
  return { deps, tenants, recording, admin, tenantId };
};

const invite = (email: string, role: 'customer-admin' | 'customer-member' = 'customer-member') =>
  InviteUserRequestSchema.parse({ email, role });

/** Invites and returns the user stored: the answer itself names nobody. */
const invited = async (deps: Awaited<ReturnType<typeof setup>>['deps'], admin: Actor, request: InviteUserRequest) => {
  await inviteUser(deps, admin, request);
  const user = await deps.tenants.findUserByEmail(request.email);
  if (!user) throw new Error(`${request.email} was not stored`);
  return user;
};

describe('user administration', () => {
  it('invites into the caller’s tenant and tells the identity provider', async () => {
    const { deps, recording, admin, tenantId } = await setup();
    const answer = await inviteUser(deps, admin, invite('Bo@Verein.example'));
    const user = await deps.tenants.findUserByEmail('bo@verein.example');
    expect(answer).toEqual(user);
    expect(user).toMatchObject({ tenantId, email: 'bo@verein.example', name: 'bo', roles: ['customer-member'] });
    expect(recording.calls.at(-1)).toEqual({
      op: 'createUser',
      input: { userId: user?.id, email: 'bo@verein.example', name: 'bo', tenantId, role: 'customer-member' },
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

  it('tells the admin that their own colleague is a member already (409 at body.email)', async () => {
    const { deps, tenants, recording, admin } = await setup();
    await inviteUser(deps, admin, invite('bo@verein.example'));
    const calls = recording.calls.length;
    const audit = tenants.audit.length;
    const error = await inviteUser(deps, admin, invite('BO@verein.example', 'customer-admin')).catch((e) => e);
    expect(error).toMatchObject({
      code: 'USER.ALREADY_EXISTS',
      errors: [{ path: 'body.email', message: expect.stringContaining('already a member of your organisation') }],
    });
    expect(recording.calls.length).toBe(calls);
    expect(tenants.audit.length).toBe(audit);
  });

  it('answers an address of another organisation or of staff as any invitation, and changes nothing', async () => {
    const { deps, tenants, recording, admin } = await setup();
    const at = '2026-01-01T00:00:00.000Z';
    await tenants.createUser(
      { id: 'staff-1', tenantId: null, email: 'op@opsdesk.local', name: 'Op', roles: ['operator'], createdAt: at },
      {
        id: 'seed',
        tenantId: null,
        at,
        actor: { userId: 'seed', email: 'seed@opsdesk.local', roles: ['provider-admin'] },
        action: 'test.seeded',
        target: { type: 'user', id: 'staff-1' },
        details: {},
      },
    );
    await signUp(deps, { organisation: 'Nachbarn', name: 'Nel', email: 'nel@nachbarn.example' });
    const fresh = await inviteUser(deps, admin, invite('new@verein.example', 'customer-admin'));
    const before = { users: [...tenants.users.values()], audit: tenants.audit.length, calls: recording.calls.length };
    for (const email of ['nel@nachbarn.example', 'OP@opsdesk.local']) {
      const answer = await inviteUser(deps, admin, invite(email, 'customer-admin'));
      // The same shape as a new colleague's, with an id of its own that was never stored.
      expect({ ...answer, id: fresh.id, name: fresh.name }).toEqual({ ...fresh, email: email.toLowerCase() });
      expect(await tenants.getUser(answer.tenantId, answer.id)).toBeNull();
    }
    expect([...tenants.users.values()]).toEqual(before.users);
    expect(tenants.audit.length).toBe(before.audit);
    expect(recording.calls.length).toBe(before.calls);
  });

  it('reverts a role change the identity provider could not make', async () => {
    const { deps, tenants, recording, admin } = await setup();
    const bo = await invited(deps, admin, invite('bo@verein.example'));
    recording.state.failing = true;
    await expect(changeUserRole(deps, admin, bo.id, 'customer-admin')).rejects.toMatchObject({
      code: 'DEPENDENCY.UNAVAILABLE',
    });
    expect((await tenants.getUser(bo.tenantId, bo.id))?.roles).toEqual(['customer-member']);
  });

  it('refuses a caller whose admin role was taken away since the token was issued', async () => {
    const { deps, admin } = await setup();
    const bo = await invited(deps, admin, invite('bo@verein.example', 'customer-admin'));
    await changeUserRole(deps, admin, admin.userId, 'customer-member');
    await expect(inviteUser(deps, admin, invite('dee@verein.example'))).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    await expect(removeUser(deps, admin, bo.id)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });

  it('ends the sessions of a user it demotes or removes, not of one it promotes', async () => {
    const { deps, recording, admin } = await setup();
    const bo = await invited(deps, admin, invite('bo@verein.example'));
    const cy = await invited(deps, admin, invite('cy@verein.example'));
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
    await expect(suspendTenant(deps, provider, tenantId, 'Unpaid invoices')).rejects.toMatchObject({
      code: 'STATE.CONFLICT',
    });
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
