import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { DOCUMENT_TRANSLATION } from './client.js';
import { assertTenantKeys } from './key-guard.js';
import { currentTenantScope, type TenantScope } from './tenant-scope.js';
import { currentWriteFence, fencedTransaction, supersededBy } from './write-fence.js';

/** The client a tenant's request sends with (in AWS: STS credentials for that tenant). */
export type TenantClientFor = (scope: TenantScope) => Promise<Pick<DynamoDBDocumentClient, 'send'>>;

/**
 * The document client every handler uses (functions/config/table.ts). Outside a tenant's scope it is a
 * plain document client. Inside one (a customer's request, runInTenantScope) every command is first
 * checked by the key guard — another tenant's key, a provider key not granted to customers, Scan or PartiQL
 * throw before anything is sent — and then sent with the tenant's client when there is one (AWS: credentials
 * of the tenant-data role, so IAM enforces the same rule again), else with this one (DynamoDB Local has no IAM).
 * Inside a request holding an Idempotency-Key claim (runFenced), every transaction also carries the claim's fence.
 */
export class TenantScopedDocumentClient extends DynamoDBDocumentClient {
  private constructor(
    client: DynamoDBClient,
    private readonly tenantClient: TenantClientFor | undefined,
  ) {
    super(client, DOCUMENT_TRANSLATION);
  }

  static over(client: DynamoDBClient, tenantClient?: TenantClientFor): TenantScopedDocumentClient {
    return new TenantScopedDocumentClient(client, tenantClient);
  }

  // The repositories call `send(command)` and await it (callbacks are not used in Opsdesk); `any` only so the
  // override fits all of the base class's overloads.
  // biome-ignore lint/suspicious/noExplicitAny: the overloads of Client.send
  override send(...args: [any, ...any[]]): any {
    const fence = currentWriteFence();
    const command = fence && args[0] instanceof TransactWriteCommand ? fencedTransaction(args[0], fence) : args[0];
    const sent = this.sendScoped(command) as Promise<unknown>;
    if (command === args[0]) return sent;
    return sent.catch((error: unknown) => {
      throw supersededBy(error, command) ?? error;
    });
  }

  // biome-ignore lint/suspicious/noExplicitAny: any command of the document client
  private sendScoped(command: any): Promise<unknown> {
    const scope = currentTenantScope();
    if (!scope) return super.send(command);
    try {
      assertTenantKeys(command, scope);
    } catch (error) {
      return Promise.reject(error);
    }
    if (!this.tenantClient) return super.send(command);
    return this.tenantClient(scope).then((client) => client.send(command));
  }
}
