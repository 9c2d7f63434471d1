import { recordApiKeyUse } from '../../shared/tenancy/api-keys.js';
import { DynamoApiKeyRepository } from '../adapters/dynamodb/dynamo-api-key-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { CachedCallerDirectory } from '../http/caller-cache.js';
import { clock, ids } from './platform.js';
import { tableConfig } from './table.js';

/** How long a warm container trusts what it read about a caller: seconds at most (decision in docs/security.md). */
export const CALLER_CACHE_TTL_MS = 5_000;

let directory: CachedCallerDirectory | undefined;

/**
 * The one caller directory of this process, built on first use: every context's handler resolves its callers
 * through it, and user administration forgets a user in it the moment it changes them. Calls made with API keys
 * read the key, its creator and the tenant on every call (never cached) and record their use.
 */
export const callerDirectory = (): CachedCallerDirectory => {
  if (!directory) {
    const { client, tableName } = tableConfig();
    const tenants = new DynamoTenantRepository(client, tableName);
    const apiKeys = new DynamoApiKeyRepository(client, tableName);
    directory = new CachedCallerDirectory(
      {
        findCaller: (tenantId, userId) => tenants.findCaller(tenantId, userId),
        findKeyCaller: (tenantId, apiKeyId, userId) => tenants.findKeyCaller(tenantId, apiKeyId, userId),
        recordKeyUse: (actor, use) => recordApiKeyUse({ apiKeys, clock, ids }, actor, use),
      },
      CALLER_CACHE_TTL_MS,
    );
  }
  return directory;
};
