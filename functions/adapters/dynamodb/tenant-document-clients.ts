import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TENANT_SESSION_TAG } from '../../../shared/contracts/resources.js';
import { DOCUMENT_TRANSLATION } from './client.js';
import type { TenantScope } from './tenant-scope.js';

/** Credentials are reused until five minutes before they expire. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * `opsdesk-<tenant>-<request>`: the tenant whole, the request cut to fit STS's 64 characters of
 * [\w+=,.@-] (CloudTrail shows both; the credentials serve the tenant's later requests too).
 */
export const tenantSessionName = (tenantId: string, requestId: string | undefined): string => {
  const clean = (text: string) => text.replace(/[^\w+=,.@-]/g, '_');
  return `opsdesk-${clean(tenantId)}-${clean(requestId ?? 'none')}`.slice(0, 64);
};

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * DynamoDB document clients that act for one tenant: each assumes the tenant-data role with the session tag
 * `tenantId`, and that role's policy allows only items whose partition key is `T#${aws:PrincipalTag/tenantId}`
 * (or below it) and the provider keys customers' requests must reach (dynamodb:LeadingKeys), and never a
 * Scan or PartiQL. Even a repository that built another tenant's key would be refused by IAM.
 */
export class TenantDocumentClients {
  private readonly cache = new Map<string, { client: DynamoDBDocumentClient; expiresAt: number }>();
  private readonly pending = new Map<string, Promise<DynamoDBDocumentClient>>();

  constructor(
    private readonly sts: Pick<STSClient, 'send'>,
    private readonly roleArn: string,
    private readonly now: () => number = Date.now,
    private readonly createClient: (credentials: Credentials) => DynamoDBDocumentClient = (credentials) =>
      DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 3, credentials }), DOCUMENT_TRANSLATION),
  ) {}

  async forScope(scope: TenantScope): Promise<DynamoDBDocumentClient> {
    const cached = this.cache.get(scope.tenantId);
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > this.now()) return cached.client;
    // Concurrent requests of a tenant share one AssumeRole.
    let pending = this.pending.get(scope.tenantId);
    if (!pending) {
      pending = this.assume(scope).finally(() => this.pending.delete(scope.tenantId));
      this.pending.set(scope.tenantId, pending);
    }
    return pending;
  }

  private async assume({ tenantId, requestId }: TenantScope): Promise<DynamoDBDocumentClient> {
    const { Credentials } = await this.sts.send(
      new AssumeRoleCommand({
        RoleArn: this.roleArn,
        RoleSessionName: tenantSessionName(tenantId, requestId),
        DurationSeconds: 3600,
        Tags: [{ Key: TENANT_SESSION_TAG, Value: tenantId }],
      }),
    );
    if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) {
      throw new Error(`STS returned no credentials for tenant ${tenantId}`);
    }
    const client = this.createClient({
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      ...(Credentials.SessionToken ? { sessionToken: Credentials.SessionToken } : {}),
    });
    // The old client may still serve a request in flight: left to the garbage collector, not destroyed.
    this.cache.set(tenantId, {
      client,
      expiresAt: Credentials.Expiration ? Credentials.Expiration.getTime() : this.now() + 3_600_000,
    });
    return client;
  }
}
