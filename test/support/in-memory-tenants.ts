import type { AuditEntry } from '../../shared/audit/audit-entry.js';
import { DomainError } from '../../shared/errors.js';
import type { Tenant, User } from '../../shared/tenancy/model.js';
import type { TenantRepository } from '../../shared/tenancy/ports.js';

/** An in-memory TenantRepository for use-case tests; same contract as the DynamoDB adapter. */
export class InMemoryTenantRepository implements TenantRepository {
  readonly tenants = new Map<string, Tenant>();
  readonly users = new Map<string, User>();
  readonly audit: AuditEntry[] = [];

  async createTenantWithAdmin({ tenant, admin, audit }: { tenant: Tenant; admin: User; audit: AuditEntry }) {
    if ([...this.users.values()].some((user) => user.email === admin.email)) {
      throw new DomainError('USER.ALREADY_EXISTS', `A user with the e-mail ${admin.email} already exists.`);
    }
    this.tenants.set(tenant.id, tenant);
    this.users.set(admin.id, admin);
    this.audit.push(audit);
  }

  async deleteTenantWithAdmin({ tenant, admin, audit }: { tenant: Tenant; admin: User; audit: AuditEntry }) {
    this.tenants.delete(tenant.id);
    this.users.delete(admin.id);
    this.audit.splice(this.audit.indexOf(audit), 1);
  }

  async getTenant(tenantId: string) {
    return this.tenants.get(tenantId) ?? null;
  }

  async getUser(tenantId: string | null, userId: string) {
    const user = this.users.get(userId);
    return user && user.tenantId === tenantId ? user : null;
  }

  async findUserByEmail(email: string) {
    return [...this.users.values()].find((user) => user.email === email) ?? null;
  }

  async createUser(user: User, audit: AuditEntry) {
    if (await this.findUserByEmail(user.email)) throw new DomainError('USER.ALREADY_EXISTS', 'taken');
    this.users.set(user.id, user);
    this.audit.push(audit);
  }
}
