import { z } from 'zod';
import { API_KEY_SCOPES } from '../contracts/api-key-scopes.js';
import { IdSchema, IsoInstantSchema } from '../contracts/common.js';

/**
 * API keys: a customer-admin's credential for scripts (`Authorization: Bearer odk_…`). The secret is shown once,
 * at creation; only its SHA-256 is stored. A key acts as the person who created it, limited to its scopes: the
 * creator's current roles still apply (a demoted or removed creator takes the key's rights with them).
 */
export const API_KEY_PREFIX = 'odk_';
/** `odk_` and 32 random bytes in base64url (43 characters). */
export const API_KEY_PATTERN = /^odk_[A-Za-z0-9_-]{43}$/;
/** How much of the key is kept in clear to tell keys apart in lists (`odk_AbCd1234`): 8 of 43 random characters. */
export const API_KEY_VISIBLE_CHARS = API_KEY_PREFIX.length + 8;
/** A tenant has at most this many keys at once. */
export const MAX_API_KEYS_PER_TENANT = 50;
/** An expiry is at most this far ahead. */
export const MAX_API_KEY_LIFETIME_DAYS = 730;

export const isApiKeyToken = (token: string): boolean => token.startsWith(API_KEY_PREFIX);

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
