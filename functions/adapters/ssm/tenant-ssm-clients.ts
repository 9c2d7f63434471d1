import { SSMClient } from '@aws-sdk/client-ssm';
import type { STSClient } from '@aws-sdk/client-sts';
import { traceClient } from '../../observability/tracer.js';
import { assumeTenantRole, REFRESH_MARGIN_MS } from '../sts/assume-tenant-role.js';

/**
 * SSM clients that act for one tenant: each assumes the task-runner role with the session tag
 * `tenantId`, and that role's policy allows SSM only on resources tagged `opsdesk:tenantId` equal to
 * `${aws:PrincipalTag/tenantId}`. Even a bug that picked another tenant's host would be refused by IAM.
 */
export class TenantSsmClients {
  private readonly cache = new Map<string, { client: SSMClient; expiresAt: number }>();

  constructor(
    private readonly sts: STSClient,
    private readonly roleArn: string,
    private readonly now: () => number = Date.now,
  ) {}

  async forTenant(tenantId: string): Promise<SSMClient> {
    const cached = this.cache.get(tenantId);
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > this.now()) return cached.client;
    const { credentials, expiresAt } = await assumeTenantRole(
      this.sts,
      { roleArn: this.roleArn, tenantId, sessionName: `opsdesk-tenant-${tenantId}`.slice(0, 64) },
      this.now,
    );
    cached?.client.destroy();
    // Throttling is retried by the adapter with backoff (withBackoff); the SDK tries once.
    const client = traceClient(new SSMClient({ maxAttempts: 1, credentials }));
    this.cache.set(tenantId, { client, expiresAt });
    return client;
  }
}

/** What the SSM adapters need: an SSM client acting for a tenant. */
export type SsmClientFor = (tenantId: string) => Promise<Pick<SSMClient, 'send'>>;
