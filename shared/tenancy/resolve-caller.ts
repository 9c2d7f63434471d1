import { DomainError } from '../errors.js';
import type { Actor } from '../platform/actor.js';
import type { CallerDirectory } from './ports.js';

/**
 * The caller as the table knows them now, from the caller a verified token claims to be. A token says
 * who signed in and what they could do then; rights change faster than tokens expire (an hour in AWS), so
 * every authenticated request takes roles, tenant and e-mail from the table and only the identity from
 * the token:
 * - a removed user, or a customer whose organisation is gone, is not signed in any more (401);
 * - a token whose organisation claim differs from the stored user's cannot be the same user (401);
 * - roles are the stored ones, so a demoted user keeps only what the lower role may do (403 on the rest).
 */
export const resolveCaller = async (directory: CallerDirectory, claimed: Actor): Promise<Actor> => {
  const found = await directory.findCaller(claimed.tenantId, claimed.userId);
  if (!found) {
    throw new DomainError(
      'AUTH.UNAUTHENTICATED',
      claimed.tenantId
        ? 'Your user or your organisation no longer exists in Opsdesk. Sign in again.'
        : 'Your user no longer exists in Opsdesk. Sign in again.',
    );
  }
  const { user, tenant } = found;
  if (user.tenantId !== claimed.tenantId || (user.tenantId !== null && tenant?.id !== user.tenantId)) {
    throw new DomainError('AUTH.UNAUTHENTICATED', 'Your token does not match your user any more. Sign in again.');
  }
  return {
    userId: user.id,
    email: user.email,
    roles: [...user.roles],
    tenantId: user.tenantId,
  };
};

/**
 * The caller of a request made with an API key, from what the authorizer verified (the key's id, tenant and
 * creator): the key, its creator and the organisation as the table has them now — so a revoked key (deleted), an
 * expired one, a removed creator or a gone organisation is refused (401) on the very next call, whatever the
 * gateway's authorizer cache remembers. The actor is the creator with their current roles, and the key.
 */
export const resolveKeyCaller = async (
  directory: CallerDirectory,
  credential: { apiKeyId: string; tenantId: string; createdBy: string },
  now: Date,
  /** SHA-256 of the key the request presented: must be the stored key's (the lookup item only pointed here). */
  presentedKeyHash: string | null,
): Promise<Actor> => {
  if (!directory.findKeyCaller) throw new DomainError('AUTH.UNAUTHENTICATED', 'API keys are not accepted here.');
  const found = await directory.findKeyCaller(credential.tenantId, credential.apiKeyId, credential.createdBy);
  if (!found) {
    throw new DomainError(
      'AUTH.UNAUTHENTICATED',
      'This API key was revoked, or the person who created it or their organisation no longer exists.',
    );
  }
  const { key, user, tenant } = found;
  if (
    key.tenantId !== credential.tenantId ||
    key.createdBy.userId !== credential.createdBy ||
    user.tenantId !== credential.tenantId ||
    tenant.id !== credential.tenantId ||
    presentedKeyHash !== key.keyHash
  ) {
    throw new DomainError('AUTH.UNAUTHENTICATED', 'This API key does not match its organisation.');
  }
  if (key.expiresAt !== null && Date.parse(key.expiresAt) <= now.getTime()) {
    throw new DomainError('AUTH.UNAUTHENTICATED', `This API key expired at ${key.expiresAt}.`);
  }
  return {
    userId: user.id,
    email: user.email,
    roles: [...user.roles],
    tenantId: user.tenantId,
    apiKey: { id: key.id, name: key.name, scopes: [...key.scopes] },
  };
};
