import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DirectoryHost } from '../../../shared/tasks/model.js';
import type { HostDirectory } from '../../../shared/tasks/ports.js';
import type { LocalHostRegistry } from './local-host-registry.js';

export const LOCAL_AGENT_VERSION = 'opsdesk-local-runner/1';

const platformName = (): string => {
  if (!existsSync('/etc/os-release')) return process.platform;
  const line = readFileSync('/etc/os-release', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('PRETTY_NAME='));
  return line ? line.slice('PRETTY_NAME='.length).replace(/^"|"$/g, '') : process.platform;
};

/**
 * SSM's hybrid activations and inventory, played by the local stack: every registered host is
 * this machine, online, reached through the local host runner.
 */
export class LocalHostDirectory implements HostDirectory {
  constructor(
    private readonly registry: LocalHostRegistry,
    private readonly now: () => Date,
  ) {}

  async createActivation(input: { tenantId: string; name: string; expiresAt: Date; registrationLimit: number }) {
    const activation = {
      activationId: randomUUID(),
      activationCode: randomBytes(15).toString('base64url').slice(0, 20),
      tenantId: input.tenantId,
      name: input.name,
      expiresAt: input.expiresAt.toISOString(),
      registrationLimit: input.registrationLimit,
      registrations: 0,
    };
    this.registry.update((registry) => {
      registry.activations.push(activation);
    });
    return {
      activationId: activation.activationId,
      activationCode: activation.activationCode,
      region: 'local',
      // No SSM agent locally: this registers this machine again, for the activation's tenant.
      registerCommand: `DATA_DIR=${dirname(this.registry.dir)} npm run host:register -- --id ${activation.activationId} --code ${activation.activationCode}`,
    };
  }

  async describe(tenantId: string): Promise<DirectoryHost[]> {
    const seenAt = this.now().toISOString();
    return this.registry
      .read()
      .hosts.filter((host) => host.tenantId === tenantId)
      .map((host) => ({
        id: host.id,
        name: host.name,
        platform: platformName(),
        agentVersion: LOCAL_AGENT_VERSION,
        pingStatus: 'Online' as const,
        lastSeenAt: seenAt,
        registeredAt: host.registeredAt,
        ipAddress: '127.0.0.1',
        activationId: host.activationId ?? null,
      }));
  }

  /** Like SSM's: only a host of the tenant is removed; one not registered (any more) is gone already. */
  async deregister(tenantId: string, hostId: string): Promise<void> {
    if (this.registry.host(hostId)?.tenantId !== tenantId) return;
    this.registry.update((registry) => {
      registry.hosts = registry.hosts.filter((host) => host.id !== hostId);
    });
  }
}

/**
 * Redeems an activation as the SSM agent's `-register` would: a new managed node id for the
 * activation's tenant. Used by `npm run host:register` in the local stack.
 */
export const redeemActivation = (
  registry: LocalHostRegistry,
  input: { activationId: string; activationCode: string; now: Date },
): { hostId: string; tenantId: string; name: string } => {
  let result: { hostId: string; tenantId: string; name: string } | null = null;
  registry.update((state) => {
    const activation = state.activations.find(
      (candidate) => candidate.activationId === input.activationId && candidate.activationCode === input.activationCode,
    );
    if (!activation) throw new Error('No activation with this id and code.');
    if (Date.parse(activation.expiresAt) <= input.now.getTime()) throw new Error('The activation has expired.');
    if (activation.registrations >= activation.registrationLimit) {
      throw new Error('The activation has reached its registration limit.');
    }
    activation.registrations += 1;
    const hostId = `mi-${randomBytes(9).toString('hex').slice(0, 17)}`;
    state.hosts.push({
      id: hostId,
      tenantId: activation.tenantId,
      name: activation.name,
      registeredAt: input.now.toISOString(),
      activationId: activation.activationId,
    });
    result = { hostId, tenantId: activation.tenantId, name: activation.name };
  });
  if (!result) throw new Error('unreachable');
  return result;
};
