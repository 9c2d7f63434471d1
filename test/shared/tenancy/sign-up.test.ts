import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { getMe } from '../../../shared/tenancy/get-me.js';
import { SignupRequestSchema } from '../../../shared/tenancy/model.js';
import { signUp } from '../../../shared/tenancy/sign-up.js';
import { InMemoryTenantRepository, recordingIdentity } from '../../support/in-memory-tenants.js';

const clock = { now: () => new Date('2026-03-29T00:30:00Z') };
const sequentialIds = () => {
  let n = 0;
  return { newId: () => `id-${++n}` };
};
const identityFor = (fail = false) => {
  const recording = recordingIdentity();
  recording.state.failing = fail;
  return { identity: recording.identity, created: recording.calls.map((call) => call.input), calls: recording.calls };
};

const request = SignupRequestSchema.parse({
  organisation: '  Kulturverein  ',
  name: 'Kim',
  email: 'Kim@Verein.example',
});

describe('signUp', () => {
  it('creates an active tenant in the default zone, its admin in the identity provider, and an audit entry', async () => {
    const tenants = new InMemoryTenantRepository();
    const { identity, calls } = identityFor();
    const answer = await signUp({ tenants, identity, clock, ids: sequentialIds() }, request);
    const created = calls.map((call) => call.input);
    const admin = await tenants.findUserByEmail('kim@verein.example');
    const result = { tenantId: admin?.tenantId as string, userId: admin?.id as string };
    expect(answer).toEqual(result);

    const tenant = tenants.tenants.get(result.tenantId);
    expect(tenant).toEqual({
      id: result.tenantId,
      name: 'Kulturverein',
      status: 'active',
      timeZone: 'Europe/Berlin',
      planId: null,
      deletionDueAt: null,
      createdAt: '2026-03-29T00:30:00.000Z',
    });
    expect(created).toEqual([
      {
        userId: result.userId,
        email: 'kim@verein.example',
        name: 'Kim',
        tenantId: result.tenantId,
        role: 'customer-admin',
      },
    ]);
    expect(tenants.audit).toEqual([
      expect.objectContaining({
        action: 'tenant.signed_up',
        tenantId: result.tenantId,
        actor: expect.objectContaining({ userId: result.userId }),
      }),
    ]);
    const me = await getMe(
      { tenants, staffZones: { zoneOf: async () => 'America/New_York' } },
      { userId: result.userId, email: 'kim@verein.example', roles: ['customer-admin'], tenantId: result.tenantId },
    );
    expect(me.tenant?.name).toBe('Kulturverein');
    // A customer's pages show the organisation's zone, never a staff zone.
    expect(me.timeZone).toBe(me.tenant?.timeZone);
  });

  it('undoes the table write and reports 503-worthy unavailability when the identity provider fails', async () => {
    const tenants = new InMemoryTenantRepository();
    const { identity } = identityFor(true);
    const error = await signUp({ tenants, identity, clock, ids: sequentialIds() }, request).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('DEPENDENCY.UNAVAILABLE');
    // …with when to try again (Retry-After), like every other 503.
    expect(error.retryAfterSeconds).toBe(5);
    expect(tenants.tenants.size + tenants.users.size + tenants.audit.length).toBe(0);
  });

  it('answers a taken e-mail — a customer’s or staff’s — as a new one, and creates nothing', async () => {
    const tenants = new InMemoryTenantRepository();
    const { identity, calls } = identityFor();
    const deps = { tenants, identity, clock, ids: sequentialIds() };
    const first = await signUp(deps, request);
    await tenants.createUser(
      {
        id: 'op',
        tenantId: null,
        email: 'op@opsdesk.local',
        name: 'Op',
        roles: ['operator'],
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      {
        id: 'seed',
        tenantId: null,
        at: '2026-01-01T00:00:00.000Z',
        actor: { userId: 'seed', email: 'seed@opsdesk.local', roles: ['provider-admin'] },
        action: 'test.seeded',
        target: { type: 'user', id: 'op' },
        details: {},
      },
    );
    const before = { tenants: tenants.tenants.size, users: tenants.users.size, audit: tenants.audit.length };
    for (const email of ['KIM@verein.example', 'op@opsdesk.local']) {
      const again = await signUp(deps, SignupRequestSchema.parse({ organisation: 'Zweiter Verein', name: 'X', email }));
      // The same shape, with the ids this attempt drew: fresh, and never stored.
      expect(Object.keys(again).sort()).toEqual(Object.keys(first).sort());
      expect(tenants.tenants.has(again.tenantId)).toBe(false);
    }
    expect({ tenants: tenants.tenants.size, users: tenants.users.size, audit: tenants.audit.length }).toEqual(before);
    expect(calls).toHaveLength(1);
  });
});

describe('SignupRequestSchema', () => {
  it('normalises the e-mail and trims names', () => {
    expect(request).toEqual({ organisation: 'Kulturverein', name: 'Kim', email: 'kim@verein.example' });
  });

  it.each([
    [{ organisation: 'A', name: 'Kim', email: 'k@v.example' }, 'organisation'],
    [{ organisation: 'Verein', name: '   ', email: 'k@v.example' }, 'name'],
    [{ organisation: 'Verein', name: 'Kim', email: 'kim' }, 'email'],
    [{ organisation: 'Verein', name: 'Kim', email: 'k@v.example', timeZone: 'Europe/Atlantis' }, 'timeZone'],
    [{ organisation: 'Verein', name: 42, email: 'k@v.example' }, 'name'],
  ])('rejects %j at %s', (input, field) => {
    const result = SignupRequestSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});
