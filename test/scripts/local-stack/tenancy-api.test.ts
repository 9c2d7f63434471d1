import { beforeAll, describe, expect, it } from 'vitest';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import { purgeDeletedTenants } from '../../../shared/tenancy/lifecycle.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { recordingIdentity } from '../../support/in-memory-tenants.js';
import { setTestRateLimits } from '../../support/rate-limits.js';

// An organisation per test, each signed up from 127.0.0.1: more than the per-address default lets through.
setTestRateLimits({ anonymousWrites: { burst: 100 } });

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

/** A user's token and their record as `GET /api/me` gives it. */
const signedIn = async (email: string) => {
  const { token } = (await api.request('POST', '/auth/dev/login', { body: { email } })).json();
  const { user } = (await api.request('GET', '/api/me', { token })).json();
  return { ...(user as { id: string; tenantId: string; email: string; roles: string[] }), token: token as string };
};

/** A fresh organisation through the API, with a token for its admin. */
const newOrganisation = async (name: string) => {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.com`;
  const signup = await api.request('POST', '/api/signup', { body: { organisation: name, name, email } });
  expect(signup.status).toBe(201);
  const admin = await signedIn(email);
  return { tenantId: admin.tenantId, userId: admin.id, email, token: admin.token };
};

/** Invites a colleague into `org` (201) and signs them in. */
const inviteColleague = async (org: { token: string }, email: string, role: string) => {
  const invited = await api.request('POST', '/api/users/invitations', { token: org.token, body: { email, role } });
  expect(invited.status, invited.body.toString()).toBe(201);
  return signedIn(email.toLowerCase());
};

/** Every item but the rate limiter's buckets (each request takes a token). */
const storedData = async () => (await api.table.items()).filter((item) => item.entity !== 'rate_bucket');

describe('users and roles', () => {
  it('an admin invites a member, who can sign in; the list shows both; the audit log says who did it', async () => {
    const org = await newOrganisation('Invite Verein');
    const invited = await api.request('POST', '/api/users/invitations', {
      token: org.token,
      body: { email: 'Member@Invite.example', role: 'customer-member' },
    });
    expect(invited.status).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'member@invite.example',
      roles: ['customer-member'],
      tenantId: org.tenantId,
    });

    const login = await api.request('POST', '/auth/dev/login', { body: { email: 'member@invite.example' } });
    const member = (await api.request('GET', '/api/me', { token: login.json().token })).json();
    expect(member.tenant.id).toBe(org.tenantId);
    expect(member.user.roles).toEqual(['customer-member']);
    expect((await api.request('GET', '/api/users', { token: login.json().token })).status).toBe(403);

    const list = (await api.request('GET', '/api/users', { token: org.token })).json();
    expect(list.items.map((user: { email: string }) => user.email).sort()).toEqual(
      [org.email, 'member@invite.example'].sort(),
    );

    const audit = (await api.request('GET', '/api/audit', { token: org.token })).json();
    expect(audit.items[0]).toMatchObject({ action: 'user.invited', actor: { userId: org.userId } });
    expect(audit.items.at(-1)).toMatchObject({ action: 'tenant.signed_up' });
  });

  it('tells an admin that their own colleague is a member already (409), and refuses an unknown role (422)', async () => {
    const org = await newOrganisation('Taken Verein');
    for (const email of [org.email, org.email.toUpperCase()]) {
      const taken = await api.request('POST', '/api/users/invitations', {
        token: org.token,
        body: { email, role: 'customer-member' },
      });
      expect(taken.status).toBe(409);
      expect(taken.json()).toMatchObject({
        code: 'USER.ALREADY_EXISTS',
        errors: [{ path: 'body.email', message: expect.stringContaining('already a member of your organisation') }],
      });
    }
    const badRole = await api.request('POST', '/api/users/invitations', {
      token: org.token,
      body: { email: 'x@taken.example', role: 'provider-admin' },
    });
    expect(badRole.status).toBe(422);
    expect(badRole.json().errors).toEqual([{ path: 'body.role', message: 'customer-admin or customer-member' }]);
  });

  it('answers an address of another organisation or of staff exactly as a new one, and changes nothing', async () => {
    const org = await newOrganisation('Probe Verein');
    const fresh = await api.request('POST', '/api/users/invitations', {
      token: org.token,
      body: { email: `new-${org.tenantId}@example.com`, role: 'customer-admin' },
    });
    const before = await storedData();
    for (const email of [api.users['customer-admin-B'].email, api.users['provider-admin'].email.toUpperCase()]) {
      const probe = await api.request('POST', '/api/users/invitations', {
        token: org.token,
        body: { email, role: 'customer-admin' },
      });
      expect(probe.status, email).toBe(fresh.status);
      expect(probe.headers['content-type']).toBe(fresh.headers['content-type']);
      // The same shape — a user of the caller's organisation with its own fresh id — that was never stored.
      expect(Object.keys(probe.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
      expect(probe.json()).toMatchObject({
        email: email.toLowerCase(),
        tenantId: org.tenantId,
        roles: ['customer-admin'],
      });
      expect(probe.json().id).not.toBe(fresh.json().id);
    }
    expect(await storedData()).toEqual(before);
    // Their accounts stay where they are.
    expect((await signedIn(api.users['customer-admin-B'].email)).tenantId).toBe(api.tenantB.id);
    expect((await signedIn(api.users['provider-admin'].email)).roles).toEqual(['provider-admin']);
  });

  it('the last admin can neither be demoted nor removed; with a second admin both work', async () => {
    const org = await newOrganisation('Admin Verein');
    const demoteSelf = await api.request('PATCH', `/api/users/${org.userId}`, {
      token: org.token,
      body: { role: 'customer-member' },
    });
    expect(demoteSelf.status).toBe(409);
    expect(demoteSelf.json().code).toBe('TENANT.LAST_ADMIN');
    expect((await api.request('DELETE', `/api/users/${org.userId}`, { token: org.token })).status).toBe(409);

    const second = await inviteColleague(org, `second-${org.tenantId}@example.com`, 'customer-member');
    const promoted = await api.request('PATCH', `/api/users/${second.id}`, {
      token: org.token,
      body: { role: 'customer-admin' },
    });
    expect(promoted.json().roles).toEqual(['customer-admin']);
    expect(
      (await api.request('PATCH', `/api/users/${org.userId}`, { token: org.token, body: { role: 'customer-member' } }))
        .status,
    ).toBe(200);
    // Now the second admin is the last one.
    expect((await api.request('DELETE', `/api/users/${second.id}`, { token: org.token })).status).toBe(403);
  });

  it('two admins demoting each other at once: exactly one wins', async () => {
    const org = await newOrganisation('Race Verein');
    const other = await inviteColleague(org, `race-${org.tenantId}@example.com`, 'customer-admin');
    const otherToken = other.token;
    const results = await Promise.all([
      api.request('PATCH', `/api/users/${other.id}`, { token: org.token, body: { role: 'customer-member' } }),
      api.request('PATCH', `/api/users/${org.userId}`, { token: otherToken, body: { role: 'customer-member' } }),
    ]);
    // The loser is refused by the table's condition (409) or, if it arrives after, as no longer admin (403).
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const admins = (
      await api.request('GET', '/api/users', { token: results[0].status === 200 ? org.token : otherToken })
    )
      .json()
      .items.filter((user: { roles: string[] }) => user.roles.includes('customer-admin'));
    expect(admins).toHaveLength(1);
  });

  it('a demoted admin’s token loses the admin’s rights at once, and a removed user’s token everything', async () => {
    const org = await newOrganisation('Revoke Verein');
    const invite = (role: string) => inviteColleague(org, `${role}-${org.tenantId}@example.com`, role);
    const admin = await invite('customer-admin');
    const member = await invite('customer-member');
    // Both tokens work, and are remembered by the container (the first request reads the table).
    expect((await api.request('GET', '/api/tenant/export', { token: admin.token })).status).toBe(200);
    expect((await api.request('GET', '/api/me', { token: member.token })).status).toBe(200);

    expect(
      (await api.request('PATCH', `/api/users/${admin.id}`, { token: org.token, body: { role: 'customer-member' } }))
        .status,
    ).toBe(200);
    expect((await api.request('DELETE', `/api/users/${member.id}`, { token: org.token })).status).toBe(204);

    // The demoted admin: what a member may do still works; what needs an admin is refused.
    const me = await api.request('GET', '/api/me', { token: admin.token });
    expect(me.json().roles).toEqual(['customer-member']);
    for (const [method, path, body] of [
      ['GET', '/api/tenant/export', undefined],
      ['PUT', '/api/billing/profile', { legalName: 'Revoke Verein e.V.' }],
      ['POST', '/api/tenant/deletion', undefined],
      ['POST', '/api/hosts/activations', { name: 'web-1' }],
      ['POST', '/api/users/invitations', { email: `late-${org.tenantId}@example.com`, role: 'customer-admin' }],
    ] as const) {
      const refused = await api.request(method, path, { token: admin.token, ...(body ? { body } : {}) });
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.json().code).toBe('AUTH.FORBIDDEN');
    }
    // The removed member: nothing, not even reading.
    for (const path of ['/api/me', '/api/bookings', '/api/tasks', '/api/hosts']) {
      const refused = await api.request('GET', path, { token: member.token });
      expect(refused.status, path).toBe(401);
      expect(refused.json().code).toBe('AUTH.UNAUTHENTICATED');
    }
    // Nothing was exported or requested on the stale tokens' behalf.
    const actions = (await api.request('GET', '/api/audit', { token: org.token }))
      .json()
      .items.map((entry: { action: string }) => entry.action);
    expect(actions).not.toContain('tenant.deletion_requested');
  });

  it('removes a member: gone from the list, the e-mail free again, another tenant cannot touch it', async () => {
    const org = await newOrganisation('Remove Verein');
    const email = `gone-${org.tenantId}@example.com`;
    const member = await inviteColleague(org, email, 'customer-member');
    const stranger = await newOrganisation('Stranger Verein');
    expect((await api.request('DELETE', `/api/users/${member.id}`, { token: stranger.token })).status).toBe(404);
    expect(
      (
        await api.request('PATCH', `/api/users/${member.id}`, {
          token: stranger.token,
          body: { role: 'customer-admin' },
        })
      ).status,
    ).toBe(404);
    expect((await api.request('DELETE', `/api/users/${member.id}`, { token: org.token })).status).toBe(204);
    expect((await api.request('POST', '/auth/dev/login', { body: { email } })).status).toBe(404);
    const again = await api.request('POST', '/api/users/invitations', {
      token: org.token,
      body: { email, role: 'customer-member' },
    });
    expect(again.status).toBe(201);
    expect((await signedIn(email)).tenantId).toBe(org.tenantId);
  });

  it('pages through users with limit and cursor, and refuses a cursor from another tenant', async () => {
    const org = await newOrganisation('Paging Verein');
    for (let i = 0; i < 4; i++) {
      await api.request('POST', '/api/users/invitations', {
        token: org.token,
        body: { email: `p${i}-${org.tenantId}@example.com`, role: 'customer-member' },
      });
    }
    const first = (await api.request('GET', '/api/users?limit=2', { token: org.token })).json();
    expect(first.items).toHaveLength(2);
    const second = (
      await api.request('GET', `/api/users?limit=2&cursor=${first.nextCursor}`, { token: org.token })
    ).json();
    const third = (
      await api.request('GET', `/api/users?limit=2&cursor=${second.nextCursor}`, { token: org.token })
    ).json();
    const ids = [...first.items, ...second.items, ...third.items].map((user: { id: string }) => user.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeUndefined();

    const stranger = await newOrganisation('Cursor Thief');
    const stolen = await api.request('GET', `/api/users?cursor=${first.nextCursor}`, { token: stranger.token });
    expect(stolen.status).toBe(422);
    expect(stolen.json().errors[0].path).toBe('query.cursor');
    expect((await api.request('GET', '/api/users?limit=500', { token: org.token })).status).toBe(422);
    expect((await api.request('GET', '/api/users?cursor=%%%', { token: org.token })).status).toBe(422);
  });
});

describe('tenant lifecycle', () => {
  it('provider-admin suspends and reactivates a tenant; illegal moves are 409; unknown ids 404', async () => {
    const org = await newOrganisation('Suspend Verein');
    const suspend = await api.request('POST', `/api/admin/tenants/${org.tenantId}/suspend`, {
      persona: 'provider-admin',
      body: { reason: 'Unpaid invoices since September.' },
    });
    expect(suspend.json()).toMatchObject({
      id: org.tenantId,
      status: 'suspended',
      suspendedReason: 'Unpaid invoices since September.',
    });
    expect(
      (
        await api.request('POST', `/api/admin/tenants/${org.tenantId}/suspend`, {
          persona: 'provider-admin',
          body: { reason: 'Unpaid invoices since September.' },
        })
      ).status,
    ).toBe(409);
    const me = (await api.request('GET', '/api/me', { token: org.token })).json();
    expect(me.tenant.status).toBe('suspended');
    const reactivate = await api.request('POST', `/api/admin/tenants/${org.tenantId}/reactivate`, {
      persona: 'provider-admin',
    });
    expect(reactivate.json().status).toBe('active');
    expect(
      (
        await api.request('POST', '/api/admin/tenants/nope/suspend', {
          persona: 'provider-admin',
          body: { reason: 'Unpaid invoices since September.' },
        })
      ).status,
    ).toBe(404);

    const providerAudit = (
      await api.request('GET', `/api/audit?tenantId=${org.tenantId}`, { persona: 'provider-admin' })
    ).json();
    expect(providerAudit.items.map((e: { action: string }) => e.action).slice(0, 2)).toEqual([
      'tenant.reactivated',
      'tenant.suspended',
    ]);
    expect((await api.request('GET', `/api/audit?tenantId=${api.tenantB.id}`, { token: org.token })).status).toBe(404);
  });

  it('lists tenants for the provider, oldest first, with paging', async () => {
    const all: { id: string; createdAt: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = (
        await api.request('GET', `/api/admin/tenants?limit=3${cursor ? `&cursor=${cursor}` : ''}`, {
          persona: 'provider-admin',
        })
      ).json();
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.map((t) => t.id)).toContain(api.tenantA.id);
    expect(all.map((t) => t.createdAt)).toEqual([...all.map((t) => t.createdAt)].sort());
  });

  it('exports the tenant’s data without storage keys', async () => {
    const org = await newOrganisation('Export Verein');
    const exported = (await api.request('GET', '/api/tenant/export', { token: org.token })).json();
    expect(exported).toMatchObject({ tenantId: org.tenantId, format: 'opsdesk-export/1' });
    expect(exported.data.tenant[0]).toMatchObject({ id: org.tenantId, name: 'Export Verein' });
    expect(exported.data.user[0]).toMatchObject({ id: org.userId });
    expect(exported.data.audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(exported)).not.toMatch(/"pk"|"sk"|"gsi1pk"/);
    expect(JSON.stringify(exported)).not.toContain(api.tenantB.id);
  });

  it('deletion: requested with a grace period, can be cancelled, and is purged once due', async () => {
    const org = await newOrganisation('Delete Verein');
    const requested = await api.request('POST', '/api/tenant/deletion', { token: org.token });
    expect(requested.status).toBe(202);
    const due = new Date(requested.json().deletionDueAt).getTime();
    expect(due - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await api.request('DELETE', '/api/tenant/deletion', { token: org.token })).json()).toMatchObject({
      status: 'active',
      deletionDueAt: null,
    });
    // Tasks are reachable through provider-side pointers and markers: the purge removes those too.
    const host = await api.addHost({ tenantId: org.tenantId });
    const tasks = await Promise.all([
      api.request('POST', '/api/tasks', { token: org.token, body: { typeId: 'disk-report', hostId: host.id } }),
      api.request('POST', '/api/tasks', { token: org.token, body: { typeId: 'custom', params: { description: 'x' } } }),
    ]);
    expect(tasks.map((task) => task.status)).toEqual([202, 202]);
    await api.request('POST', '/api/tenant/deletion', { token: org.token });
    // A booking of the tenant holds staff time in provider-side locks: the purge frees them too.
    await api.addBooking({ tenantId: org.tenantId, bookedBy: org.userId, start: Date.parse('2031-01-06T10:00:00Z') });

    // Invoices must be kept for ten years: the purge leaves them (and their id pointers) in place.
    const invoice = await api.addInvoice({ tenantId: org.tenantId });

    const identity = recordingIdentity();
    const ids = new RandomIds();
    const notYet = await purgeDeletedTenants({
      tenants: api.tenants,
      identity: identity.identity,
      ids,
      clock: { now: () => new Date() },
    });
    expect(notYet.purged).not.toContain(org.tenantId);

    const later = { now: () => new Date(Date.now() + 31 * 86_400_000) };
    const purged = await purgeDeletedTenants({ tenants: api.tenants, identity: identity.identity, ids, clock: later });
    expect(purged.purged).toContain(org.tenantId);
    expect(identity.calls).toContainEqual({ op: 'deleteUser', input: org.userId });
    const left = (await api.table.items()).filter(
      (item) =>
        String(item.pk).includes(org.tenantId) ||
        String(item.sk).includes(org.tenantId) ||
        item.email === org.email ||
        item.tenantId === org.tenantId,
    );
    expect(left.map((item) => item.entity).sort()).toEqual(['invoice', 'invoice_pointer']);
    expect(left.every((item) => item.id === invoice.id || item.pk === `P#INVOICE#${invoice.id}`)).toBe(true);
    expect(
      (await api.request('GET', `/api/finance/invoices/${invoice.id}`, { persona: 'finance' })).json(),
    ).toMatchObject({ number: invoice.number, tenantId: org.tenantId });
    const providerLog = (await api.request('GET', '/api/audit', { persona: 'provider-admin' })).json();
    expect(providerLog.items).toContainEqual(
      expect.objectContaining({
        action: 'tenant.purged',
        target: expect.objectContaining({ type: 'tenant', id: org.tenantId }),
      }),
    );
    expect((await api.request('POST', '/auth/dev/login', { body: { email: org.email } })).status).toBe(404);
    const again = await purgeDeletedTenants({ tenants: api.tenants, identity: identity.identity, ids, clock: later });
    expect(again.purged).not.toContain(org.tenantId);
  });
});
