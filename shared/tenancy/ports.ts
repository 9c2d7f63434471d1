import type { AuditEntry } from '../audit/audit-entry.js';
import type { Role } from '../contracts/roles.js';
import type { Tenant, User } from './model.js';

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
   * Adds a user: provider staff when `tenantId` is null, else a user of an existing tenant
   * (`RESOURCE.NOT_FOUND` if the tenant does not exist). Throws `USER.ALREADY_EXISTS` for a taken e-mail.
   */
  createUser(user: User, audit: AuditEntry): Promise<void>;
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
  deleteUser(userId: string): Promise<void>;
}
