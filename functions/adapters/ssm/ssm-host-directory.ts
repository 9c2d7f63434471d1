import {
  CreateActivationCommand,
  DeregisterManagedInstanceCommand,
  DescribeInstanceInformationCommand,
  type InstanceInformation,
} from '@aws-sdk/client-ssm';
import { TENANT_TAG } from '../../../shared/contracts/resources.js';
import { DomainError } from '../../../shared/errors.js';
import { type DirectoryHost, type HostInfo, PING_STATUSES } from '../../../shared/tasks/model.js';
import type { HostDirectory } from '../../../shared/tasks/ports.js';
import { type BackoffOptions, withBackoff } from './backoff.js';
import type { SsmClientFor } from './tenant-ssm-clients.js';

const pingStatus = (status: string | undefined): HostInfo['pingStatus'] =>
  (PING_STATUSES as readonly string[]).includes(status ?? '') ? (status as HostInfo['pingStatus']) : 'Inactive';

const hostInfo = (node: InstanceInformation): DirectoryHost => ({
  id: node.InstanceId ?? '',
  name: node.Name || node.ComputerName || node.InstanceId || '',
  platform: [node.PlatformName, node.PlatformVersion].filter(Boolean).join(' ') || (node.PlatformType ?? 'unknown'),
  agentVersion: node.AgentVersion ?? 'unknown',
  pingStatus: pingStatus(node.PingStatus),
  lastSeenAt: node.LastPingDateTime?.toISOString() ?? null,
  registeredAt: node.RegistrationDate?.toISOString() ?? null,
  ipAddress: node.IPAddress ?? null,
  // Hybrid nodes name the activation they registered with: the sync marks it used.
  activationId: node.ActivationId ?? null,
});

/** An SSM failure a customer request cannot fix: 503 with a sentence, never a 500. */
const unavailable =
  (action: string) =>
  (error: unknown): never => {
    if (error instanceof DomainError) throw error;
    throw new DomainError(
      'DEPENDENCY.UNAVAILABLE',
      `AWS Systems Manager could not ${action} just now (${(error as Error).name ?? 'error'}); try again in a minute.`,
      undefined,
      { cause: error },
    );
  };

/** Hybrid activations and the managed-node inventory, always filtered by the tenant tag. */
export class SsmHostDirectory implements HostDirectory {
  constructor(
    private readonly clientFor: SsmClientFor,
    private readonly settings: { managedNodeRoleName: string; region: string; backoff?: BackoffOptions },
  ) {}

  private get backoff(): BackoffOptions {
    return this.settings.backoff ?? { attempts: 5, baseMs: 200 };
  }

  createActivation(input: { tenantId: string; name: string; expiresAt: Date; registrationLimit: number }) {
    return this.activate(input).catch(unavailable('create an activation'));
  }

  private async activate(input: { tenantId: string; name: string; expiresAt: Date; registrationLimit: number }) {
    const client = await this.clientFor(input.tenantId);
    const result = await withBackoff(
      () =>
        client.send(
          new CreateActivationCommand({
            IamRole: this.settings.managedNodeRoleName,
            DefaultInstanceName: input.name,
            Description: `Opsdesk host ${input.name}`,
            RegistrationLimit: input.registrationLimit,
            ExpirationDate: input.expiresAt,
            Tags: [{ Key: TENANT_TAG, Value: input.tenantId }],
          }),
        ),
      this.backoff,
    );
    if (!result.ActivationId || !result.ActivationCode) throw new Error('SSM returned no activation');
    return { activationId: result.ActivationId, activationCode: result.ActivationCode, region: this.settings.region };
  }

  describe(tenantId: string): Promise<DirectoryHost[]> {
    return this.list(tenantId).catch(unavailable('list the servers'));
  }

  private async list(tenantId: string): Promise<DirectoryHost[]> {
    const client = await this.clientFor(tenantId);
    const hosts: DirectoryHost[] = [];
    let nextToken: string | undefined;
    do {
      const page = await withBackoff(
        () =>
          client.send(
            new DescribeInstanceInformationCommand({
              Filters: [{ Key: `tag:${TENANT_TAG}`, Values: [tenantId] }],
              MaxResults: 50,
              ...(nextToken ? { NextToken: nextToken } : {}),
            }),
          ),
        this.backoff,
      );
      hosts.push(...(page.InstanceInformationList ?? []).filter((node) => node.InstanceId).map(hostInfo));
      nextToken = page.NextToken;
    } while (nextToken);
    return hosts;
  }

  /**
   * Checked in code as well as by IAM: only a node carrying this tenant's tag is deregistered. A node
   * SSM no longer lists for the tenant is gone already: nothing to do, and the inventory may drop it.
   */
  async deregister(tenantId: string, hostId: string): Promise<void> {
    if (!(await this.describe(tenantId)).some((host) => host.id === hostId)) return;
    const client = await this.clientFor(tenantId);
    await withBackoff(
      () => client.send(new DeregisterManagedInstanceCommand({ InstanceId: hostId })),
      this.backoff,
    ).catch(unavailable('deregister the server'));
  }
}
