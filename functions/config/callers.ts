import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { CachedCallerDirectory } from '../http/caller-cache.js';
import { tableConfig } from './table.js';

/** How long a warm container trusts what it read about a caller: seconds at most (decision in docs/security.md). */
export const CALLER_CACHE_TTL_MS = 5_000;

let directory: CachedCallerDirectory | undefined;

/**
 * The one caller directory of this process, built on first use: every context's handler resolves its callers
 * through it, and user administration forgets a user in it the moment it changes them.
 */
export const callerDirectory = (): CachedCallerDirectory => {
  if (!directory) {
    const { client, tableName } = tableConfig();
    directory = new CachedCallerDirectory(new DynamoTenantRepository(client, tableName), CALLER_CACHE_TTL_MS);
  }
  return directory;
};
