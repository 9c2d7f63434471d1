import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { STSClient } from '@aws-sdk/client-sts';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traceClient } from '../../observability/tracer.js';
import { assumeTenantRole, REFRESH_MARGIN_MS, type TenantCredentials } from '../sts/assume-tenant-role.js';
import { DOCUMENT_TRANSLATION, DYNAMO_CLIENT_LIMITS } from './client.js';
import type { TenantScope } from './tenant-scope.js';

export { REFRESH_MARGIN_MS };

/**
 * `opsdesk-<tenant>-<request>`: the tenant whole, the request cut to fit STS's 64 characters of
 * [\w+=,.@-] (CloudTrail shows both; the credentials serve the tenant's later requests too).
 */
export const tenantSessionName = (tenantId: string, requestId: string | undefined): string => {
  const clean = (text: string) => text.replace(/[^\w+=,.@-]/g, '_');
  return `opsdesk-${clean(tenantId)}-${clean(requestId ?? 'none')}`.slice(0, 64);
};

type Credentials = TenantCredentials['credentials'];

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
      DynamoDBDocumentClient.from(
        traceClient(new DynamoDBClient({ ...DYNAMO_CLIENT_LIMITS, credentials })),
        DOCUMENT_TRANSLATION,
      ),
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
    const { credentials, expiresAt } = await assumeTenantRole(
      this.sts,
      { roleArn: this.roleArn, tenantId, sessionName: tenantSessionName(tenantId, requestId) },
      this.now,
    );
    // The old client may still serve a request in flight: left to the garbage collector, not destroyed.
    const client = this.createClient(credentials);
    this.cache.set(tenantId, { client, expiresAt });
    return client;
  }
}
