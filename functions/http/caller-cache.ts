import type { Actor } from '../../shared/platform/actor.js';
import type { ApiKeyUse, StoredApiKey } from '../../shared/tenancy/api-keys.js';
import type { Tenant, User } from '../../shared/tenancy/model.js';
import type { CallerDirectory } from '../../shared/tenancy/ports.js';

type Found = { user: User; tenant: Tenant | null } | null;

/**
 * A warm container's memory of who its callers are, for `ttlMs` at most (seconds): a burst of requests by
 * one user costs one read. Only found callers are kept — a removed user is asked about again every time —
 * and `forget` drops a user at once when this process changes them (in the local stack every context runs
 * in one process, so a demotion bites on the next request; in AWS other functions' containers follow within
 * `ttlMs`). The clock is the machine's monotonic one: the cache measures age, not wall time.
 */
export class CachedCallerDirectory implements CallerDirectory {
  private readonly entries = new Map<string, { found: Exclude<Found, null>; at: number }>();

  constructor(
    private readonly inner: CallerDirectory,
    private readonly ttlMs: number,
    private readonly monotonicMs: () => number = () => performance.now(),
    private readonly maxEntries = 1000,
  ) {}

  async findCaller(tenantId: string | null, userId: string): Promise<Found> {
    const key = `${tenantId ?? '-'}/${userId}`;
    const cached = this.entries.get(key);
    if (cached && this.monotonicMs() - cached.at < this.ttlMs) return cached.found;
    this.entries.delete(key);
    const found = await this.inner.findCaller(tenantId, userId);
    if (found && this.ttlMs > 0) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { found, at: this.monotonicMs() });
    }
    return found;
  }

  /**
   * Calls made with API keys are never answered from memory: the key item is read on every call, so a revoked
   * key is refused at once (in every container), and so are a removed creator's keys.
   */
  findKeyCaller(
    tenantId: string,
    apiKeyId: string,
    userId: string,
  ): Promise<{ key: StoredApiKey; user: User; tenant: Tenant } | null> {
    return this.inner.findKeyCaller ? this.inner.findKeyCaller(tenantId, apiKeyId, userId) : Promise.resolve(null);
  }

  async recordKeyUse(actor: Actor, use: ApiKeyUse): Promise<void> {
    await this.inner.recordKeyUse?.(actor, use);
  }

  /** Drops what is kept of a user (their role changed or they were removed). */
  forget(tenantId: string | null, userId: string): void {
    this.entries.delete(`${tenantId ?? '-'}/${userId}`);
  }
}
