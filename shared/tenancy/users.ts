import { type AuditEntry, auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import type { Role } from '../contracts/roles.js';
import { DomainError, isDomainError, RetryLaterError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { CustomerRole, InviteUserRequest, User } from './model.js';
import type { IdentityProvider, TenantRepository } from './ports.js';

export interface UserDeps {
  tenants: TenantRepository;
  identity: IdentityProvider;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * Role changes reach tokens only when they are refreshed (up to an hour in AWS), so user
 * administration checks the caller's current role in the table, not only the token's.
 */
const currentAdminTenant = async (deps: Pick<UserDeps, 'tenants'>, actor: Actor): Promise<string> => {
  const tenantId = tenantOf(actor, 'Only members of an organisation manage its users.');
  const self = await deps.tenants.getUser(tenantId, actor.userId);
  if (!self?.roles.includes('customer-admin')) {
    throw new DomainError('AUTH.FORBIDDEN', 'You are no longer a customer-admin of this organisation.');
  }
  return tenantId;
};

const customerRole = (user: User): CustomerRole =>
  user.roles.includes('customer-admin') ? 'customer-admin' : 'customer-member';

const auditEntry = (
  deps: Pick<UserDeps, 'clock' | 'ids'>,
  actor: Actor,
  tenantId: string,
  action: string,
  user: User,
  details: Record<string, unknown>,
): AuditEntry =>
  newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action,
    target: { type: 'user', id: user.id },
    details: { email: user.email, ...details },
  });

/** Seconds to wait before trying again when the sign-in service fails (sent as `Retry-After`). */
export const SIGN_IN_SERVICE_RETRY_SECONDS = 5;

const unavailable = (cause: unknown) =>
  new RetryLaterError(
    'DEPENDENCY.UNAVAILABLE',
    'The sign-in service is unavailable; nothing was changed. Try again.',
    SIGN_IN_SERVICE_RETRY_SECONDS,
    { cause },
  );

export const listUsers = (deps: Pick<UserDeps, 'tenants'>, actor: Actor, page: PageQuery): Promise<Page<User>> =>
  deps.tenants.listUsers(tenantOf(actor, 'Only members of an organisation manage its users.'), page);

/**
 * A customer-admin invites a colleague: the user is stored first (the table guards e-mail
 * uniqueness), then created in the identity provider, which e-mails the invitation. If that fails,
 * the stored user is removed again and the audit log says so.
 *
 * An address that already has an account is told apart only when it is a member of the caller's own organisation
 * (their own data: 409). One of another organisation or of the provider's staff gets the answer any invitation
 * gets — the user this attempt would have been, never stored — and nothing is sent, so the answer cannot be used
 * to find out who has an account elsewhere (the user list still can: docs/decisions.md says why it stays so).
 */
export async function inviteUser(deps: UserDeps, actor: Actor, request: InviteUserRequest): Promise<User> {
  const tenantId = await currentAdminTenant(deps, actor);
  const user: User = {
    id: deps.ids.newId(),
    tenantId,
    email: request.email,
    name: request.name ?? request.email.split('@')[0] ?? request.email,
    roles: [request.role],
    createdAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.tenants.createUser(
      user,
      auditEntry(deps, actor, tenantId, 'user.invited', user, { role: request.role }),
    );
  } catch (error) {
    if (!(isDomainError(error) && error.code === 'USER.ALREADY_EXISTS')) throw error;
    // The guard alone says whose the address is: another organisation's user is never read.
    const holder = await deps.tenants.emailHolder(request.email);
    if (holder?.tenantId === tenantId) {
      throw new DomainError('USER.ALREADY_EXISTS', `${request.email} is already a member of your organisation.`, [
        { path: 'body.email', message: 'is already a member of your organisation' },
      ]);
    }
    return user;
  }
  try {
    await deps.identity.createUser({
      userId: user.id,
      email: user.email,
      name: user.name,
      tenantId,
      role: request.role,
    });
  } catch (cause) {
    await deps.tenants.removeUser({
      user,
      audit: auditEntry(deps, actor, tenantId, 'user.invitation_reverted', user, {
        reason: 'identity provider failed',
      }),
    });
    throw unavailable(cause);
  }
  return user;
}

const findUser = async (deps: Pick<UserDeps, 'tenants'>, tenantId: string, userId: string): Promise<User> => {
  const user = await deps.tenants.getUser(tenantId, userId);
  if (!user) throw new DomainError('RESOURCE.NOT_FOUND', `No user ${userId} in your organisation.`);
  return user;
};

/** Changes a colleague's role; the last customer-admin cannot be demoted (409). */
export async function changeUserRole(deps: UserDeps, actor: Actor, userId: string, to: CustomerRole): Promise<User> {
  const tenantId = await currentAdminTenant(deps, actor);
  const user = await findUser(deps, tenantId, userId);
  const from = customerRole(user);
  if (from === to) return user;
  const changed = await deps.tenants.changeUserRole({
    tenantId,
    userId,
    from,
    to,
    audit: auditEntry(deps, actor, tenantId, 'user.role_changed', user, { from, to }),
  });
  try {
    // A demoted user's sessions end (refresh tokens revoked), so their next token carries the lower role;
    // until then the old one is judged by the table's role on every request.
    if (to === 'customer-member') await deps.identity.signOut(userId);
    await deps.identity.changeRole({ userId, from: from as Role, to: to as Role });
  } catch (cause) {
    await deps.tenants.changeUserRole({
      tenantId,
      userId,
      from: to,
      to: from,
      audit: auditEntry(deps, actor, tenantId, 'user.role_change_reverted', user, {
        reason: 'identity provider failed',
      }),
    });
    throw unavailable(cause);
  }
  return changed;
}

/** Removes a colleague (or oneself); the last customer-admin cannot be removed (409). */
export async function removeUser(deps: UserDeps, actor: Actor, userId: string): Promise<void> {
  const tenantId = await currentAdminTenant(deps, actor);
  const user = await findUser(deps, tenantId, userId);
  await deps.tenants.removeUser({
    user,
    audit: auditEntry(deps, actor, tenantId, 'user.removed', user, { role: customerRole(user) }),
  });
  // The table no longer knows the user, so the API refuses its tokens' data at once; the identity
  // provider's copy is signed out and removed after. A failure there leaves a user who can sign in to nothing.
  await deps.identity.signOut(userId);
  await deps.identity.deleteUser(userId);
}
