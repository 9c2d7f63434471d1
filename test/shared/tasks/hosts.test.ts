import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import { periodOf } from '../../../shared/billing/periods.js';
import type { Subscription } from '../../../shared/billing/subscription.js';
import { hostAllowance } from '../../../shared/catalogue/plan.js';
import { findPlan } from '../../../shared/catalogue/plans.js';
import type { Actor } from '../../../shared/platform/actor.js';
import {
  ACTIVATION_LIFETIME_MS,
  createActivation,
  type HostDeps,
  MAX_OPEN_ACTIVATIONS,
  syncAllHosts,
} from '../../../shared/tasks/hosts.js';
import type { ActivationRecord, DirectoryHost, Host } from '../../../shared/tasks/model.js';
import type { ActivationRepository, HostDirectory, HostRepository } from '../../../shared/tasks/ports.js';
import type { Tenant } from '../../../shared/tenancy/model.js';
import { InMemoryTenantRepository } from '../../support/in-memory-tenants.js';

class InMemoryHosts implements HostRepository {
  readonly hosts = new Map<string, Host>();
  async list(tenantId: string) {
    return [...this.hosts.values()].filter((host) => host.tenantId === tenantId);
  }
  async get(tenantId: string, hostId: string) {
    const host = this.hosts.get(hostId);
    return host?.tenantId === tenantId ? host : null;
  }
  async replaceAll(tenantId: string, hosts: Host[]) {
    for (const host of await this.list(tenantId)) this.hosts.delete(host.id);
    for (const host of hosts) this.hosts.set(host.id, host);
  }
  async remove(host: Host) {
    this.hosts.delete(host.id);
  }
}

/** Same contract as DynamoActivationRepository: expired items are never listed. */
class InMemoryActivations implements ActivationRepository {
  readonly items = new Map<string, ActivationRecord>();
  readonly audit: AuditEntry[] = [];
  lockHolder: { owner: string; until: string } | null = null;
  async list(tenantId: string, now: string) {
    return [...this.items.values()].filter((item) => item.tenantId === tenantId && item.expiresAt > now);
  }
  async create(activation: ActivationRecord, audit: AuditEntry) {
    this.items.set(activation.activationId, activation);
    this.audit.push(audit);
  }
  async markUsed(tenantId: string, activationId: string, use: { hostId: string; at: string }) {
    const item = this.items.get(activationId);
    if (item?.tenantId === tenantId) this.items.set(activationId, { ...item, usedAt: use.at, hostId: use.hostId });
  }
  async lock(_tenantId: string, input: { owner: string; until: string; now: string }) {
    if (this.lockHolder && this.lockHolder.owner !== input.owner && this.lockHolder.until >= input.now) return false;
    this.lockHolder = { owner: input.owner, until: input.until };
    return true;
  }
  async unlock(_tenantId: string, owner: string) {
    if (this.lockHolder?.owner === owner) this.lockHolder = null;
  }
}

/** SSM played in memory: activations handed out, and servers that register with them. */
class FakeDirectory implements HostDirectory {
  readonly activations: { activationId: string; tenantId: string; name: string }[] = [];
  readonly nodes: (DirectoryHost & { tenantId: string })[] = [];
  async createActivation(input: { tenantId: string; name: string; expiresAt: Date; registrationLimit: number }) {
    const activationId = `act-${this.activations.length + 1}`;
    this.activations.push({ activationId, tenantId: input.tenantId, name: input.name });
    return { activationId, activationCode: `code-${activationId}`, region: 'eu-central-1' };
  }
  /** A server runs the register command. */
  register(activationId: string) {
    const activation = this.activations.find((candidate) => candidate.activationId === activationId);
    if (!activation) throw new Error(`no activation ${activationId}`);
    const id = `mi-${String(this.nodes.length + 1).padStart(17, '0')}`;
    this.nodes.push({ ...node(id, activation.name), tenantId: activation.tenantId, activationId });
    return id;
  }
  async describe(tenantId: string): Promise<DirectoryHost[]> {
    return this.nodes.filter((entry) => entry.tenantId === tenantId).map(({ tenantId: _tenant, ...info }) => info);
  }
  async deregister(tenantId: string, hostId: string) {
    const index = this.nodes.findIndex((entry) => entry.id === hostId && entry.tenantId === tenantId);
    if (index >= 0) this.nodes.splice(index, 1);
  }
}

const node = (id: string, name: string): DirectoryHost => ({
  id,
  name,
  platform: 'Ubuntu 24.04',
  agentVersion: '3.3.0',
  pingStatus: 'Online',
  lastSeenAt: null,
  registeredAt: null,
  ipAddress: null,
});

const START = new Date('2026-11-10T09:00:00.000Z');
const TENANT: Tenant = {
  id: 'tenant-a',
  name: 'Tenant A',
  status: 'active',
  timeZone: 'Europe/Berlin',
  planId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  deletionDueAt: null,
};
const admin: Actor = {
  userId: 'admin-a',
  email: 'admin@tenant-a.example',
  tenantId: TENANT.id,
  roles: ['customer-admin'],
} as Actor;

const subscription = (planId: string, status: Subscription['status'] = 'active'): Subscription => ({
  tenantId: TENANT.id,
  planId,
  status,
  paymentStatus: 'current',
  period: periodOf(START),
  pendingPlanId: null,
  planHistory: status === 'active' ? [{ planId, effectiveFrom: '2026-11-01T00:00:00.000Z' }] : [],
  stripeCustomerId: null,
  paymentMethodOnFile: false,
  pastDueSince: null,
  suspendedForNonPayment: false,
  paymentStateAt: null,
  paymentMethodAt: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  revision: 0,
});

let now: Date;
let hosts: InMemoryHosts;
let activations: InMemoryActivations;
let directory: FakeDirectory;
let subscriptions: Map<string, Subscription>;
let deps: HostDeps;

beforeEach(async () => {
  now = START;
  hosts = new InMemoryHosts();
  activations = new InMemoryActivations();
  directory = new FakeDirectory();
  subscriptions = new Map();
  const tenants = new InMemoryTenantRepository();
  tenants.tenants.set(TENANT.id, TENANT);
  let id = 0;
  deps = {
    hosts,
    activations,
    directory,
    tenants,
    subscriptions: { get: async (tenantId: string) => subscriptions.get(tenantId) ?? null },
    clock: { now: () => now },
    ids: { newId: () => `id-${++id}` },
  };
});

const subscribe = (planId: string, status?: Subscription['status']) =>
  subscriptions.set(TENANT.id, subscription(planId, status));
const activate = (name = 'web-01') => createActivation(deps, admin, { name });
const refusal = async (name = 'web-01') => {
  const error = await activate(name).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'the activation was refused').not.toBeNull();
  return error as { code: string; message: string };
};

describe('host activations need a plan with hosts', () => {
  it('refuses an organisation without a plan: 409, no SSM activation', async () => {
    const error = await refusal();
    expect(error.code).toBe('STATE.CONFLICT');
    expect(error.message).toMatch(/no managed hosts; choose a plan with hosts first/);
    expect(directory.activations).toEqual([]);
    expect(activations.items.size).toBe(0);
  });

  it('refuses a plan that is chosen but not in force (waiting for a payment method)', async () => {
    subscribe('managed-host', 'incomplete');
    expect((await refusal()).message).toMatch(/choose a plan with hosts first/);
    subscribe('managed-host', 'cancelled');
    expect((await refusal()).message).toMatch(/choose a plan with hosts first/);
    expect(directory.activations).toEqual([]);
  });

  it('refuses a plan that includes no hosts (on demand), naming it', async () => {
    subscribe('on-demand');
    const error = await refusal();
    expect(error.code).toBe('STATE.CONFLICT');
    expect(error.message).toBe('Your plan (On demand) includes no managed hosts; choose a plan with hosts first.');
    expect(directory.activations).toEqual([]);
  });

  it('creates an activation on a plan with hosts, stores it (no code) and audits it', async () => {
    subscribe('webmaster-quarter');
    const activation = await activate('web-01');
    expect(activation).toMatchObject({ activationId: 'act-1', activationCode: 'code-act-1' });
    expect(activation.expiresAt).toBe(new Date(START.getTime() + ACTIVATION_LIFETIME_MS).toISOString());
    expect([...activations.items.values()]).toEqual([
      {
        activationId: 'act-1',
        tenantId: TENANT.id,
        name: 'web-01',
        createdAt: START.toISOString(),
        expiresAt: activation.expiresAt,
        createdBy: admin.userId,
        usedAt: null,
        hostId: null,
      },
    ]);
    expect(JSON.stringify([...activations.items.values()])).not.toContain('code-act-1');
    expect(activations.audit).toEqual([
      expect.objectContaining({
        tenantId: TENANT.id,
        action: 'host.activation_created',
        target: { type: 'activation', id: 'act-1', name: 'web-01' },
        details: { name: 'web-01', expiresAt: activation.expiresAt },
        actor: expect.objectContaining({ userId: admin.userId }),
      }),
    ]);
    expect(activations.lockHolder).toBeNull();
  });
});

describe('the plan caps registered hosts plus open activations', () => {
  it('an eighth webmaster share (one host): one activation, then 409 naming the numbers', async () => {
    subscribe('webmaster-eighth');
    await activate('web-01');
    const error = await refusal('web-02');
    expect(error.code).toBe('STATE.CONFLICT');
    expect(error.message).toContain('includes at most 1 managed host');
    expect(error.message).toContain('0 registered and 1 unused activation');
    expect(directory.activations).toHaveLength(1);
  });

  it('counts servers registered in SSM, even before the inventory has synchronised them', async () => {
    subscribe('webmaster-quarter');
    const { activationId } = await activate('web-01');
    directory.register(activationId);
    await activate('web-02');
    await activate('web-03');
    const error = await refusal('web-04');
    expect(error.message).toContain('includes at most 3 managed hosts');
    expect(error.message).toContain('1 registered and 2 unused activations');
    expect(activations.items.get(activationId)).toMatchObject({
      usedAt: START.toISOString(),
      hostId: 'mi-00000000000000001',
    });
  });

  it('a deregistered server frees its place', async () => {
    subscribe('webmaster-eighth');
    const hostId = directory.register((await activate('web-01')).activationId);
    await expect(activate('web-02')).rejects.toMatchObject({ code: 'STATE.CONFLICT' });
    await directory.deregister(TENANT.id, hostId);
    await expect(activate('web-02')).resolves.toMatchObject({ activationId: 'act-2' });
  });

  it(`managed host plans: at most ${MAX_OPEN_ACTIVATIONS} open activations, up to the plan's maxHosts`, async () => {
    subscribe('managed-host');
    const plan = findPlan('managed-host');
    expect(plan && hostAllowance(plan)).toBe(plan?.perHost?.maxHosts);
    for (let index = 1; index <= MAX_OPEN_ACTIVATIONS; index++) await activate(`web-0${index}`);
    const error = await refusal('web-09');
    expect(error.code).toBe('STATE.CONFLICT');
    expect(error.message).toContain(`${MAX_OPEN_ACTIVATIONS} unused activations`);
    expect(error.message).toContain(`the most at a time`);
    expect(directory.activations).toHaveLength(MAX_OPEN_ACTIVATIONS);

    // Using one makes room for another.
    directory.register('act-1');
    await expect(activate('web-09')).resolves.toMatchObject({ activationId: `act-${MAX_OPEN_ACTIVATIONS + 1}` });
  });

  it('managed host plans stop at maxHosts', async () => {
    subscribe('managed-host');
    const max = findPlan('managed-host')?.perHost?.maxHosts ?? 0;
    for (let index = 0; index < max - 1; index++) directory.register((await activate(`web-${index}`)).activationId);
    await activate('last');
    const error = await refusal('one-too-many');
    expect(error.message).toContain(`includes at most ${max} managed hosts`);
    expect(error.message).toContain(`${max - 1} registered and 1 unused activation`);
  });

  it('an expired activation no longer counts', async () => {
    subscribe('webmaster-eighth');
    await activate('web-01');
    await expect(activate('web-02')).rejects.toMatchObject({ code: 'STATE.CONFLICT' });
    now = new Date(START.getTime() + ACTIVATION_LIFETIME_MS);
    await expect(activate('web-02')).resolves.toMatchObject({ activationId: 'act-2' });
  });

  it('refuses while another activation of the organisation is being created', async () => {
    subscribe('managed-host');
    await activations.lock(TENANT.id, {
      owner: 'other-request',
      until: '2026-11-10T09:01:00.000Z',
      now: START.toISOString(),
    });
    const error = await refusal();
    expect(error.code).toBe('STATE.CONFLICT');
    expect(error.message).toMatch(/being created/);
    expect(directory.activations).toEqual([]);
    // A holder that died loses the lock at its expiry.
    now = new Date('2026-11-10T09:01:01.000Z');
    await expect(activate()).resolves.toMatchObject({ activationId: 'act-1' });
    expect(activations.lockHolder).toBeNull();
  });

  it('frees the lock when SSM fails', async () => {
    subscribe('managed-host');
    directory.createActivation = async () => {
      throw new Error('SSM is down');
    };
    await expect(activate()).rejects.toThrow('SSM is down');
    expect(activations.lockHolder).toBeNull();
    expect(activations.items.size).toBe(0);
  });
});

describe('the host sync marks used activations', () => {
  it('records the server that used an activation, and keeps the activation id out of the inventory', async () => {
    subscribe('webmaster-quarter');
    const { activationId } = await activate('web-01');
    const hostId = directory.register(activationId);
    now = new Date(START.getTime() + 60_000);
    expect(await syncAllHosts(deps)).toEqual({ tenants: 1, hosts: 1, failed: 0 });
    expect(activations.items.get(activationId)).toMatchObject({ usedAt: now.toISOString(), hostId });
    expect(hosts.hosts.get(hostId)).not.toHaveProperty('activationId');
  });
});
