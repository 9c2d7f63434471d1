import { SSMClient } from '@aws-sdk/client-ssm';
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import { TENANT_SESSION_TAG } from '../../../shared/contracts/resources.js';

/** Credentials are reused until five minutes before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

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
    const { Credentials } = await this.sts.send(
      new AssumeRoleCommand({
        RoleArn: this.roleArn,
        RoleSessionName: `opsdesk-tenant-${tenantId}`.slice(0, 64),
        DurationSeconds: 3600,
        Tags: [{ Key: TENANT_SESSION_TAG, Value: tenantId }],
      }),
    );
    if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) {
      throw new Error(`STS returned no credentials for tenant ${tenantId}`);
    }
    cached?.client.destroy();
    const client = new SSMClient({
      // Throttling is retried by the adapter with backoff (withBackoff); the SDK tries once.
      maxAttempts: 1,
      credentials: {
        accessKeyId: Credentials.AccessKeyId,
        secretAccessKey: Credentials.SecretAccessKey,
        ...(Credentials.SessionToken ? { sessionToken: Credentials.SessionToken } : {}),
      },
    });
    this.cache.set(tenantId, {
      client,
      expiresAt: Credentials.Expiration ? Credentials.Expiration.getTime() : this.now() + 3_600_000,
    });
    return client;
  }
}

/** What the SSM adapters need: an SSM client acting for a tenant. */
export type SsmClientFor = (tenantId: string) => Promise<Pick<SSMClient, 'send'>>;
