import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { planInForce } from '../billing/periods.js';
import type { SubscriptionRepository } from '../billing/ports.js';
import { hostAllowance } from '../catalogue/plan.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { TenantRepository } from '../tenancy/ports.js';
import type { Activation, ActivationRecord, Host } from './model.js';
import type { ActivationRepository, HostDirectory, HostRepository } from './ports.js';

export interface HostDeps {
  hosts: HostRepository;
  activations: ActivationRepository;
  directory: HostDirectory;
  tenants: Pick<TenantRepository, 'getTenant' | 'listTenants'>;
  subscriptions: Pick<SubscriptionRepository, 'get'>;
  clock: Clock;
  ids: IdGenerator;
}

/** An activation registers one server and expires after a day: a leaked code is worth little. */
export const ACTIVATION_LIFETIME_MS = 24 * 3_600_000;
export const ACTIVATION_REGISTRATION_LIMIT = 1;
/** Unused activations a tenant may hold at a time, whatever its plan allows. */
export const MAX_OPEN_ACTIVATIONS = 3;
/** How long one activation request holds the tenant's activation lock at most. */
const ACTIVATION_LOCK_MS = 60_000;

/** The command to paste on a Linux server with the SSM agent installed (snap or package). */
export const registerCommand = (activation: { activationId: string; activationCode: string; region: string }) =>
  [
    'sudo systemctl stop amazon-ssm-agent 2>/dev/null || sudo systemctl stop snap.amazon-ssm-agent.amazon-ssm-agent 2>/dev/null;',
    `sudo amazon-ssm-agent -register -code "${activation.activationCode}" -id "${activation.activationId}" -region "${activation.region}" -y &&`,
    '(sudo systemctl start amazon-ssm-agent 2>/dev/null || sudo systemctl start snap.amazon-ssm-agent.amazon-ssm-agent)',
  ].join(' ');

export const listHosts = async (deps: Pick<HostDeps, 'hosts'>, actor: Actor) => ({
  items: await deps.hosts.list(tenantOf(actor)),
});

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * `POST /api/hosts/activations`: an SSM hybrid activation tagged with the tenant. Only on a plan with
 * hosts, and within it: registered servers plus unused activations stay within the plan's hosts, and
 * at most `MAX_OPEN_ACTIVATIONS` are unused at a time (docs/decisions.md, "Security (issue 11)").
 */
export const createActivation = async (
  deps: HostDeps,
  actor: Actor,
  request: { name: string },
): Promise<Activation> => {
  const tenantId = tenantOf(actor);
  const tenant = await deps.tenants.getTenant(tenantId);
  if (!tenant || tenant.status === 'suspended' || tenant.status === 'pending_deletion') {
    throw new DomainError('STATE.CONFLICT', 'Only an active organisation can register hosts.');
  }
  const plan = planInForce(await deps.subscriptions.get(tenantId), deps.clock.now());
  const allowance = plan ? hostAllowance(plan) : 0;
  if (!plan || allowance === 0) {
    throw new DomainError(
      'STATE.CONFLICT',
      plan
        ? `Your plan (${plan.name}) includes no managed hosts; choose a plan with hosts first.`
        : 'Your organisation has no plan yet, so it includes no managed hosts; choose a plan with hosts first.',
    );
  }

  const owner = deps.ids.newId();
  const lockedAt = deps.clock.now();
  const locked = await deps.activations.lock(tenantId, {
    owner,
    now: lockedAt.toISOString(),
    until: new Date(lockedAt.getTime() + ACTIVATION_LOCK_MS).toISOString(),
  });
  if (!locked) {
    throw new DomainError(
      'STATE.CONFLICT',
      'Another activation for your organisation is being created just now; try again in a minute.',
    );
  }
  try {
    // SSM's list now (not the inventory of the last sync), which also marks the activations servers used.
    const registered = (await syncTenantHosts(deps, tenantId)).length;
    const now = deps.clock.now();
    const open = (await deps.activations.list(tenantId, now.toISOString()))
      .filter((activation) => activation.usedAt === null)
      .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
    if (open.length >= MAX_OPEN_ACTIVATIONS) {
      throw new DomainError(
        'STATE.CONFLICT',
        `Your organisation already has ${plural(open.length, 'unused activation')}, the most at a time: register servers with them, or wait until one expires (the next at ${open[0]?.expiresAt}).`,
      );
    }
    if (registered + open.length >= allowance) {
      throw new DomainError(
        'STATE.CONFLICT',
        `Your plan (${plan.name}) includes at most ${plural(allowance, 'managed host')}: ${registered} registered and ${plural(open.length, 'unused activation')} already take ${allowance === 1 ? 'it' : 'them all'}. Deregister a host, wait until an unused activation expires, or choose a plan with more hosts.`,
      );
    }

    const expiresAt = new Date(now.getTime() + ACTIVATION_LIFETIME_MS);
    const activation = await deps.directory.createActivation({
      tenantId,
      name: request.name,
      expiresAt,
      registrationLimit: ACTIVATION_REGISTRATION_LIMIT,
    });
    const record: ActivationRecord = {
      activationId: activation.activationId,
      tenantId,
      name: request.name,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      createdBy: actor.userId,
      usedAt: null,
      hostId: null,
    };
    await deps.activations.create(
      record,
      newAuditEntry(deps, {
        actor: auditActorOf(actor),
        tenantId,
        action: 'host.activation_created',
        target: { type: 'activation', id: activation.activationId },
        details: { name: request.name, expiresAt: record.expiresAt },
      }),
    );
    return {
      activationId: activation.activationId,
      activationCode: activation.activationCode,
      expiresAt: record.expiresAt,
      registerCommand: activation.registerCommand ?? registerCommand(activation),
    };
  } finally {
    await deps.activations.unlock(tenantId, owner);
  }
};

/**
 * Reads the tenant's managed nodes from SSM into the inventory, and marks the activations they
 * registered with as used (an activation registers one server).
 */
export const syncTenantHosts = async (
  deps: Pick<HostDeps, 'hosts' | 'directory' | 'activations' | 'clock'>,
  tenantId: string,
): Promise<Host[]> => {
  const now = deps.clock.now();
  const syncedAt = now.toISOString();
  const described = await deps.directory.describe(tenantId);
  const hosts = described.map(({ activationId: _activationId, ...info }) => ({ ...info, tenantId, syncedAt }));
  await deps.hosts.replaceAll(tenantId, hosts);
  // Only a server registered within an activation's lifetime can have used one that has not expired.
  const recentlyRegistered = described.filter(
    (host) =>
      host.activationId &&
      (host.registeredAt === null || Date.parse(host.registeredAt) > now.getTime() - ACTIVATION_LIFETIME_MS),
  );
  if (recentlyRegistered.length > 0) {
    const unused = (await deps.activations.list(tenantId, syncedAt)).filter((activation) => activation.usedAt === null);
    for (const activation of unused) {
      const host = recentlyRegistered.find((candidate) => candidate.activationId === activation.activationId);
      if (host) await deps.activations.markUsed(tenantId, activation.activationId, { hostId: host.id, at: syncedAt });
    }
  }
  return hosts;
};

/** `POST /api/hosts/sync`: on demand, for the caller's organisation. */
export const syncHosts = async (deps: HostDeps, actor: Actor) => ({
  items: await syncTenantHosts(deps, tenantOf(actor)),
});

/** The schedule: every tenant's inventory (tenants waiting for deletion are skipped). */
export const syncAllHosts = async (deps: HostDeps): Promise<{ tenants: number; hosts: number; failed: number }> => {
  const result = { tenants: 0, hosts: 0, failed: 0 };
  let cursor: string | undefined;
  do {
    const page = await deps.tenants.listTenants({ limit: 100, ...(cursor ? { cursor } : {}) });
    for (const tenant of page.items) {
      if (tenant.status === 'pending_deletion') continue;
      try {
        result.hosts += (await syncTenantHosts(deps, tenant.id)).length;
        result.tenants += 1;
      } catch {
        result.failed += 1;
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return result;
};

/** A customer-admin removes a server: SSM forgets it, and so does the inventory. */
export const deregisterHost = async (deps: HostDeps, actor: Actor, hostId: string): Promise<void> => {
  const tenantId = tenantOf(actor);
  const host = await deps.hosts.get(tenantId, hostId);
  if (!host) throw new DomainError('RESOURCE.NOT_FOUND', `There is no host ${hostId} in your organisation.`);
  await deps.directory.deregister(tenantId, hostId);
  await deps.hosts.remove(
    host,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId,
      action: 'host.deregistered',
      target: { type: 'host', id: hostId },
      details: { name: host.name },
    }),
  );
};
