import { STSClient } from '@aws-sdk/client-sts';
import { createDynamoClient } from '../adapters/dynamodb/client.js';
import { TenantDocumentClients } from '../adapters/dynamodb/tenant-document-clients.js';
import { type TenantClientFor, TenantScopedDocumentClient } from '../adapters/dynamodb/tenant-scoped-client.js';
import { traceClient } from '../observability/tracer.js';
import { ENV, optionalEnv, requireEnv } from './env.js';

let tenantClients: TenantDocumentClients | undefined;

/** AWS: per-tenant clients of the tenant-data role, one cache per process. Locally: none (the guard suffices). */
const tenantClientFor = (): TenantClientFor | undefined => {
  const roleArn = optionalEnv(ENV.tenantDataRoleArn);
  if (!roleArn) return undefined;
  tenantClients ??= new TenantDocumentClients(traceClient(new STSClient({})), roleArn);
  const clients = tenantClients;
  return (scope) => clients.forScope(scope);
};

/**
 * The table's document client and name, read once at cold start: one client (and connection pool) per process,
 * shared by the handler's repositories, the caller directory and the rate limiter. The client is tenant-scoped: inside a
 * customer's request (runInTenantScope) it refuses other tenants' keys and, in AWS, acts with the tenant's
 * credentials; everywhere else it is the function's own client.
 */
let config: { client: TenantScopedDocumentClient; tableName: string } | undefined;

export const tableConfig = () => {
  config ??= {
    // Traced in Lambda (X-Ray subsegments per call); the document client shares the client's middleware stack.
    client: TenantScopedDocumentClient.over(
      traceClient(createDynamoClient(optionalEnv(ENV.dynamoDbEndpoint))),
      tenantClientFor(),
    ),
    tableName: requireEnv(ENV.tableName),
  };
  return config;
};
