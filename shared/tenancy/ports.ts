import type { AuditEntry } from '../audit/audit-entry.js';
import type { Role } from '../contracts/roles.js';
import type { Actor } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { ApiKeyUse, StoredApiKey } from './api-keys.js';
import type { CustomerRole, Tenant, TenantStatus, User } from './model.js';

export interface TenantRepository {
  /**
   * Writes the tenant, its first admin, the e-mail's uniqueness guard and the audit entry at once.
   * Throws DomainError `USER.ALREADY_EXISTS` when the e-mail is taken; writes nothing then.
   */
  createTenantWithAdmin(input: { tenant: Tenant; admin: User; audit: AuditEntry }): Promise<void>;
  /** Compensation for a failed identity-provider call right after `createTenantWithAdmin`. */
  deleteTenantWithAdmin(input: { tenant: Tenant; admin: User; audit: AuditEntry }): Promise<void>;
  getTenant(tenantId: string): Promise<Tenant | null>;
  /** Staff users have `tenantId` null. */
  getUser(tenantId: string | null, userId: string): Promise<User | null>;
  findUserByEmail(email: string): Promise<User | null>;
  /**
   * Whose an e-mail address is, from its uniqueness guard alone: the organisation (null for staff), or
   * undefined when nobody has it. Reads no user item, so a customer's request may ask it about any address.
   */
  emailHolder(email: string): Promise<{ tenantId: string | null } | undefined>;
  /**
   * Adds a user: provider staff when `tenantId` is null, else a user of an existing tenant
   * (`RESOURCE.NOT_FOUND` if the tenant does not exist). Throws `USER.ALREADY_EXISTS` for a taken e-mail.
   */
  createUser(user: User, audit: AuditEntry): Promise<void>;
  /** Users of one tenant, in id order. */
  listUsers(tenantId: string, page: PageQuery): Promise<Page<User>>;
  /**
   * Changes a user's role from `from` to `to`. Throws `RESOURCE.NOT_FOUND` for an unknown user,
   * `STATE.CONFLICT` if the role is no longer `from`, and `TENANT.LAST_ADMIN` if it would leave the
   * tenant without a customer-admin — atomically, so two admins demoting each other cannot both win.
   */
  changeUserRole(input: {
    tenantId: string;
    userId: string;
    from: CustomerRole;
    to: CustomerRole;
    audit: AuditEntry;
  }): Promise<User>;
  /** Removes a user and its e-mail guard; same errors as `changeUserRole`. */
  removeUser(input: { user: User; audit: AuditEntry }): Promise<void>;
  /** All tenants, oldest first. */
  listTenants(page: PageQuery): Promise<Page<Tenant>>;
  /**
   * Moves a tenant to `to` if its status is one of `from`; writes the audit entry with it.
   * Throws `RESOURCE.NOT_FOUND` or `STATE.CONFLICT`. `deletionDueAt` is set for `pending_deletion`, cleared otherwise.
   */
  setTenantStatus(input: {
    tenantId: string;
    from: readonly TenantStatus[];
    to: TenantStatus;
    deletionDueAt: string | null;
    audit: AuditEntry;
  }): Promise<Tenant>;
  /** Everything stored for a tenant, grouped by entity, without storage keys. */
  exportTenantData(tenantId: string): Promise<Record<string, Record<string, unknown>[]>>;
  /** Tenants whose deletion grace period ended at or before `now`. */
  listTenantsDueForDeletion(now: string, limit: number): Promise<Tenant[]>;
  /** Removes every item of the tenant, its users' e-mail guards and its deletion marker. Idempotent. */
  purgeTenant(tenant: Tenant, audit: AuditEntry): Promise<void>;
}

/**
 * Who a token's caller is now: the user as stored and, for customers, their organisation. Read on every
 * authenticated request (see resolve-caller.ts), so it is one round trip and strongly consistent.
 */
export interface CallerDirectory {
  /** Null when the user (or a customer's organisation) no longer exists. */
  findCaller(tenantId: string | null, userId: string): Promise<{ user: User; tenant: Tenant | null } | null>;
  /**
   * A call made with an API key: the key item, its creator and their organisation, in one strongly consistent
   * read, never cached (a revoked key — its item deleted — is refused on the very next call). Null when any of
   * the three is gone. Optional: a directory without it refuses keys (401).
   */
  findKeyCaller?(
    tenantId: string,
    apiKeyId: string,
    userId: string,
  ): Promise<{ key: StoredApiKey; user: User; tenant: Tenant } | null>;
  /** Records a call made with a key (shared/tenancy/api-keys.ts `recordApiKeyUse`). */
  recordKeyUse?(actor: Actor, use: ApiKeyUse): Promise<void>;
}

export interface AuditLog {
  /** Newest first; `tenantId` null lists provider-level entries. */
  list(tenantId: string | null, page: PageQuery): Promise<Page<AuditEntry>>;
}

/**
 * The identity provider that signs users in: Cognito in AWS; in the local stack the dev identity
 * provider reads users straight from the table, so its adapter has nothing to store.
 */
export interface IdentityProvider {
  createUser(input: {
    userId: string;
    email: string;
    name: string;
    tenantId: string | null;
    role: Role;
  }): Promise<void>;
  /** Moves the user from one role group to another. Tokens already issued keep the old role until refreshed. */
  changeRole(input: { userId: string; from: Role; to: Role }): Promise<void>;
  deleteUser(userId: string): Promise<void>;
  /**
   * Ends every session of the user: refresh tokens stop working (Cognito's `AdminUserGlobalSignOut`).
   * Access tokens already issued stay valid until they expire, which is why every request resolves its
   * caller against the table (resolve-caller.ts) rather than trusting the token's groups.
   */
  signOut(userId: string): Promise<void>;
}
