import * as z from 'zod';
import { type AuditEntry, auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../contracts/api-key-scopes.js';
import { IdSchema, IsoInstantSchema } from '../contracts/common.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import { API_KEY_PATTERN, API_KEY_PREFIX, API_KEY_VISIBLE_CHARS, isApiKeyToken } from './api-key-format.js';
import type { User } from './model.js';

/**
 * API keys: a customer-admin's credential for scripts (`Authorization: Bearer odk_…`). The secret is shown once,
 * at creation; only its SHA-256 is stored. A key acts as the person who created it, limited to its scopes: the
 * creator's current roles still apply (a demoted or removed creator takes the key's rights with them).
 */
export { API_KEY_PATTERN, API_KEY_PREFIX, API_KEY_VISIBLE_CHARS, isApiKeyToken };
/** A tenant has at most this many keys at once. */
export const MAX_API_KEYS_PER_TENANT = 50;
/** An expiry is at most this far ahead. */
export const MAX_API_KEY_LIFETIME_DAYS = 730;

export const ApiKeyScopeSchema = z.enum(API_KEY_SCOPES);

export const ApiKeySchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    scopes: z.array(ApiKeyScopeSchema),
    /** The key's first characters (`odk_AbCd1234`), to tell keys apart; never enough to use it. */
    prefix: z.string(),
    createdAt: IsoInstantSchema,
    createdBy: z.object({ userId: z.string(), name: z.string().optional() }),
    /** Null: the key does not expire. */
    expiresAt: IsoInstantSchema.nullable(),
    /** The last call made with the key (recorded at most once a minute); null before the first. */
    lastUsedAt: IsoInstantSchema.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof ApiKeySchema>;

export const ApiKeyListSchema = z.object({ items: z.array(ApiKeySchema) }).meta({ id: 'ApiKeyList' });

export const CreateApiKeyRequestSchema = z
  .strictObject({
    name: z
      .string({ error: (issue) => (issue.input === undefined ? 'the name is required' : 'the name must be text') })
      .trim()
      .min(1, 'the name is required')
      .max(100, 'the name is at most 100 characters'),
    scopes: z
      .array(ApiKeyScopeSchema)
      .min(1, 'choose at least one scope')
      .max(API_KEY_SCOPES.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, 'each scope once'),
    /** Optional: when the key stops working; in the future, at most two years ahead. */
    expiresAt: IsoInstantSchema.optional(),
  })
  .meta({ id: 'CreateApiKeyRequest' });
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequestSchema>;

export const CreatedApiKeySchema = ApiKeySchema.extend({
  /** The key itself: shown this once, never stored. */
  key: z.string().regex(API_KEY_PATTERN),
}).meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

/** What the table keeps of a key (the API's view plus what only the server reads). */
export interface StoredApiKey extends ApiKey {
  tenantId: string;
  /** SHA-256 (hex) of the whole key. */
  keyHash: string;
}

export const ApiKeyIdSchema = IdSchema;

/** What the authorizer reads by the key's hash alone (the lookup item): enough to decide, never the key. */
export interface ApiKeyLookup {
  tenantId: string;
  apiKeyId: string;
  /** The creator's user id: the key acts as them. */
  createdBy: string;
  scopes: ApiKeyScope[];
  expiresAt: string | null;
}

/** Makes keys and hashes them (node:crypto in functions/identity/authorize-request.ts). */
export interface ApiKeyGenerator {
  /** `odk_` and 32 random bytes in base64url. */
  newKey(): string;
  /** SHA-256 of the whole key, hex. */
  hash(key: string): string;
}

export interface ApiKeyRepository {
  /** Writes the key item, its lookup item (`attribute_not_exists`) and the audit entry at once. */
  create(input: { key: StoredApiKey; audit: AuditEntry }): Promise<void>;
  /** How many keys the tenant has now. */
  count(tenantId: string): Promise<number>;
  /** The tenant's keys, newest first (creators by user id only: `createdBy.name` unset). */
  list(tenantId: string): Promise<StoredApiKey[]>;
  get(tenantId: string, apiKeyId: string): Promise<StoredApiKey | null>;
  /** Deletes the key item and its lookup item with the audit entry; `RESOURCE.NOT_FOUND` when already gone. */
  revoke(input: { key: StoredApiKey; audit: AuditEntry }): Promise<void>;
  /** The lookup item of a hash (the authorizer's read), or null. */
  findByHash(keyHash: string): Promise<ApiKeyLookup | null>;
  /**
   * Writes the use's audit entry, and `lastUsedAt = at` when the stored one is a minute old or more (a conditional
   * update: a busy key costs one small write per call and one more per minute). Nothing for a key that is gone.
   */
  recordUse(input: { tenantId: string; apiKeyId: string; at: string; audit: AuditEntry }): Promise<void>;
}

export interface ApiKeyDeps {
  apiKeys: ApiKeyRepository;
  keyGenerator: ApiKeyGenerator;
  /** Names of the keys' creators. */
  tenants: { getUser(tenantId: string | null, userId: string): Promise<User | null> };
  clock: Clock;
  ids: IdGenerator;
}

const DAY_MS = 86_400_000;

/** Key ids sort by creation time (newest first in the list): base-36 milliseconds + random, like task ids. */
export const newApiKeyId = (now: Date, ids: IdGenerator): string =>
  `${now.getTime().toString(36).padStart(9, '0')}-${ids.newId().replace(/-/g, '').slice(0, 12)}`;

/** The API's view of a stored key: never its hash. */
export const apiKeyView = (stored: StoredApiKey): ApiKey => ({
  id: stored.id,
  name: stored.name,
  scopes: stored.scopes,
  prefix: stored.prefix,
  createdAt: stored.createdAt,
  createdBy: stored.createdBy,
  expiresAt: stored.expiresAt,
  lastUsedAt: stored.lastUsedAt,
});

/** Keys manage keys never: the routes say `apiKey: false`, and the use cases hold to it too. */
const refuseKeyCallers = (actor: Actor) => {
  if (actor.apiKey) throw new DomainError('AUTH.FORBIDDEN', 'An API key cannot manage API keys: sign in as a person.');
};

const apiKeyAudit = (
  deps: Pick<ApiKeyDeps, 'clock' | 'ids'>,
  actor: Actor,
  tenantId: string,
  key: Pick<StoredApiKey, 'id' | 'name'>,
  action: 'api_key.created' | 'api_key.revoked' | 'api_key.used',
  details: Record<string, unknown>,
): AuditEntry =>
  newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action,
    target: { type: 'api_key', id: key.id, name: key.name },
    details,
  });

/**
 * Creates a key for the caller's organisation: the answer holds the key itself, which is never stored (the table
 * keeps its SHA-256) nor written to the audit log. 422 for an expiry in the past or over two years ahead; 409 when
 * the organisation has as many keys as it may.
 */
export const createApiKey = async (
  deps: ApiKeyDeps,
  actor: Actor,
  request: CreateApiKeyRequest,
): Promise<CreatedApiKey> => {
  refuseKeyCallers(actor);
  const tenantId = tenantOf(actor);
  const now = deps.clock.now();
  let expiresAt: string | null = null;
  if (request.expiresAt !== undefined) {
    const expires = Date.parse(request.expiresAt);
    if (!(expires > now.getTime())) {
      throw new DomainError('REQUEST.INVALID', 'The expiry must be in the future.', [
        { path: 'body.expiresAt', message: 'must be in the future' },
      ]);
    }
    if (expires > now.getTime() + MAX_API_KEY_LIFETIME_DAYS * DAY_MS) {
      throw new DomainError('REQUEST.INVALID', `A key expires at most ${MAX_API_KEY_LIFETIME_DAYS} days ahead.`, [
        { path: 'body.expiresAt', message: `must be at most ${MAX_API_KEY_LIFETIME_DAYS} days ahead` },
      ]);
    }
    expiresAt = new Date(expires).toISOString();
  }
  if ((await deps.apiKeys.count(tenantId)) >= MAX_API_KEYS_PER_TENANT) {
    throw new DomainError(
      'STATE.CONFLICT',
      `Your organisation has ${MAX_API_KEYS_PER_TENANT} API keys, the most it may have: revoke one it no longer needs first.`,
    );
  }
  const key = deps.keyGenerator.newKey();
  if (!API_KEY_PATTERN.test(key)) throw new Error('The key generator made a key of the wrong format');
  const creator = await deps.tenants.getUser(tenantId, actor.userId);
  const stored: StoredApiKey = {
    id: newApiKeyId(now, deps.ids),
    tenantId,
    name: request.name,
    scopes: [...request.scopes],
    prefix: key.slice(0, API_KEY_VISIBLE_CHARS),
    createdAt: now.toISOString(),
    createdBy: { userId: actor.userId, ...(creator?.name ? { name: creator.name } : {}) },
    expiresAt,
    lastUsedAt: null,
    keyHash: deps.keyGenerator.hash(key),
  };
  await deps.apiKeys.create({
    key: stored,
    audit: apiKeyAudit(deps, actor, tenantId, stored, 'api_key.created', {
      name: stored.name,
      scopes: stored.scopes,
      expiresAt,
    }),
  });
  return { ...apiKeyView(stored), key };
};

/** The organisation's keys, newest first, with their creators' names. */
export const listApiKeys = async (deps: ApiKeyDeps, actor: Actor): Promise<{ items: ApiKey[] }> => {
  refuseKeyCallers(actor);
  const tenantId = tenantOf(actor);
  const stored = await deps.apiKeys.list(tenantId);
  const creators = [...new Set(stored.map((key) => key.createdBy.userId))];
  const names = new Map(
    await Promise.all(
      creators.map(async (userId) => [userId, (await deps.tenants.getUser(tenantId, userId))?.name] as const),
    ),
  );
  return {
    items: [...stored]
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((key) => {
        const name = names.get(key.createdBy.userId);
        return apiKeyView({ ...key, createdBy: { userId: key.createdBy.userId, ...(name ? { name } : {}) } });
      }),
  };
};

/** Revokes a key of the caller's organisation: the next call made with it is refused. 404 for any other id. */
export const revokeApiKey = async (deps: ApiKeyDeps, actor: Actor, apiKeyId: string): Promise<void> => {
  refuseKeyCallers(actor);
  const tenantId = tenantOf(actor);
  const key = await deps.apiKeys.get(tenantId, apiKeyId);
  if (!key) throw new DomainError('RESOURCE.NOT_FOUND', 'No such API key.');
  await deps.apiKeys.revoke({
    key,
    audit: apiKeyAudit(deps, actor, tenantId, key, 'api_key.revoked', { name: key.name, scopes: key.scopes }),
  });
};

/** One call made with a key, as its audit entry records it: the route's template, never its ids or body. */
export interface ApiKeyUse {
  method: string;
  /** The route's template (`/api/tasks/{taskId}`). */
  route: string;
  status: number;
}

/** Records a call made with a key: its audit entry, and the key's `lastUsedAt` (at most once a minute). */
export const recordApiKeyUse = async (
  deps: Pick<ApiKeyDeps, 'apiKeys' | 'clock' | 'ids'>,
  actor: Actor,
  use: ApiKeyUse,
): Promise<void> => {
  if (!actor.apiKey || !actor.tenantId) return;
  const at = deps.clock.now().toISOString();
  await deps.apiKeys.recordUse({
    tenantId: actor.tenantId,
    apiKeyId: actor.apiKey.id,
    at,
    audit: apiKeyAudit(deps, actor, actor.tenantId, actor.apiKey, 'api_key.used', {
      method: use.method,
      route: use.route,
      status: use.status,
    }),
  });
};
