import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { TenantRepository } from '../tenancy/ports.js';
import type { Activation, Host } from './model.js';
import type { HostDirectory, HostRepository } from './ports.js';

export interface HostDeps {
  hosts: HostRepository;
  directory: HostDirectory;
  tenants: Pick<TenantRepository, 'getTenant' | 'listTenants'>;
  clock: Clock;
  ids: IdGenerator;
}

/** An activation registers one server and expires after a day: a leaked code is worth little. */
export const ACTIVATION_LIFETIME_MS = 24 * 3_600_000;
export const ACTIVATION_REGISTRATION_LIMIT = 1;

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

/** `POST /api/hosts/activations`: an SSM hybrid activation tagged with the tenant. */
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
  const expiresAt = new Date(deps.clock.now().getTime() + ACTIVATION_LIFETIME_MS);
  const activation = await deps.directory.createActivation({
    tenantId,
    name: request.name,
    expiresAt,
    registrationLimit: ACTIVATION_REGISTRATION_LIMIT,
  });
  return {
    activationId: activation.activationId,
    activationCode: activation.activationCode,
    expiresAt: expiresAt.toISOString(),
    registerCommand: activation.registerCommand ?? registerCommand(activation),
  };
};

/** Reads the tenant's managed nodes from SSM into the inventory. */
export const syncTenantHosts = async (
  deps: Pick<HostDeps, 'hosts' | 'directory' | 'clock'>,
  tenantId: string,
): Promise<Host[]> => {
  const syncedAt = deps.clock.now().toISOString();
  const hosts = (await deps.directory.describe(tenantId)).map((info) => ({ ...info, tenantId, syncedAt }));
  await deps.hosts.replaceAll(tenantId, hosts);
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
