import type { AuditEntry } from '../../shared/audit/audit-entry.js';
import { DomainError } from '../../shared/errors.js';
import type { Page, PageQuery } from '../../shared/platform/pagination.js';
import type { CustomerRole, Tenant, TenantStatus, User } from '../../shared/tenancy/model.js';
import type { AuditLog, IdentityProvider, TenantRepository } from '../../shared/tenancy/ports.js';

const pageOf = <T>(all: T[], page: PageQuery): Page<T> => {
  const start = page.cursor ? Number(page.cursor) : 0;
  const items = all.slice(start, start + page.limit);
  return start + page.limit < all.length ? { items, nextCursor: String(start + page.limit) } : { items };
};

/** An in-memory TenantRepository and AuditLog for use-case tests; same contract as the DynamoDB adapters. */
export class InMemoryTenantRepository implements TenantRepository, AuditLog {
  readonly tenants = new Map<string, Tenant>();
  readonly users = new Map<string, User>();
  readonly audit: AuditEntry[] = [];

  private admins(tenantId: string) {
    return [...this.users.values()].filter((u) => u.tenantId === tenantId && u.roles.includes('customer-admin')).length;
  }

  async createTenantWithAdmin({ tenant, admin, audit }: { tenant: Tenant; admin: User; audit: AuditEntry }) {
    if (await this.findUserByEmail(admin.email)) {
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

  async emailHolder(email: string) {
    const user = await this.findUserByEmail(email);
    return user ? { tenantId: user.tenantId } : undefined;
  }

  async createUser(user: User, audit: AuditEntry) {
    if (await this.findUserByEmail(user.email)) throw new DomainError('USER.ALREADY_EXISTS', 'taken');
    if (user.tenantId && !this.tenants.has(user.tenantId)) throw new DomainError('RESOURCE.NOT_FOUND', 'no tenant');
    this.users.set(user.id, user);
    this.audit.push(audit);
  }

  async listUsers(tenantId: string, page: PageQuery) {
    const all = [...this.users.values()]
      .filter((u) => u.tenantId === tenantId)
      .sort((a, b) => a.id.localeCompare(b.id));
    return pageOf(all, page);
  }

  async changeUserRole(input: {
    tenantId: string;
    userId: string;
    from: CustomerRole;
    to: CustomerRole;
    audit: AuditEntry;
  }) {
    const user = await this.getUser(input.tenantId, input.userId);
    if (!user) throw new DomainError('RESOURCE.NOT_FOUND', 'no user');
    if (!user.roles.includes(input.from)) throw new DomainError('STATE.CONFLICT', 'changed');
    if (input.from === 'customer-admin' && input.to !== 'customer-admin' && this.admins(input.tenantId) <= 1) {
      throw new DomainError('TENANT.LAST_ADMIN', 'last admin');
    }
    const changed = { ...user, roles: [input.to] };
    this.users.set(user.id, changed);
    this.audit.push(input.audit);
    return changed;
  }

  async removeUser({ user, audit }: { user: User; audit: AuditEntry }) {
    if (!this.users.has(user.id)) throw new DomainError('RESOURCE.NOT_FOUND', 'no user');
    if (user.roles.includes('customer-admin') && this.admins(user.tenantId!) <= 1) {
      throw new DomainError('TENANT.LAST_ADMIN', 'last admin');
    }
    this.users.delete(user.id);
    this.audit.push(audit);
  }

  async listTenants(page: PageQuery) {
    return pageOf([...this.tenants.values()], page);
  }

  async setTenantStatus(input: {
    tenantId: string;
    from: readonly TenantStatus[];
    to: TenantStatus;
    deletionDueAt: string | null;
    audit: AuditEntry;
  }) {
    const tenant = this.tenants.get(input.tenantId);
    if (!tenant) throw new DomainError('RESOURCE.NOT_FOUND', 'no tenant');
    if (!input.from.includes(tenant.status)) throw new DomainError('STATE.CONFLICT', 'wrong status');
    const changed = { ...tenant, status: input.to, deletionDueAt: input.deletionDueAt };
    this.tenants.set(tenant.id, changed);
    this.audit.push(input.audit);
    return changed;
  }

  async exportTenantData(tenantId: string) {
    return {
      tenant: [...this.tenants.values()].filter((t) => t.id === tenantId),
      user: [...this.users.values()].filter((u) => u.tenantId === tenantId),
      audit: this.audit.filter((a) => a.tenantId === tenantId),
    } as Record<string, Record<string, unknown>[]>;
  }

  async listTenantsDueForDeletion(now: string, limit: number) {
    return [...this.tenants.values()]
      .filter((t) => t.status === 'pending_deletion' && t.deletionDueAt !== null && t.deletionDueAt <= now)
      .slice(0, limit);
  }

  async purgeTenant(tenant: Tenant, audit: AuditEntry) {
    this.tenants.delete(tenant.id);
    for (const user of [...this.users.values()]) if (user.tenantId === tenant.id) this.users.delete(user.id);
    this.audit.push(audit);
  }

  async list(tenantId: string | null, page: PageQuery) {
    return pageOf(this.audit.filter((a) => a.tenantId === tenantId).reverse(), page);
  }
}

/** An identity provider that records what it was asked, and can be made to fail. */
export const recordingIdentity = () => {
  const calls: { op: string; input: unknown }[] = [];
  const state = { failing: false };
  const act = async (op: string, input: unknown) => {
    if (state.failing) throw new Error('identity provider down');
    calls.push({ op, input });
  };
  const identity: IdentityProvider = {
    createUser: (input) => act('createUser', input),
    changeRole: (input) => act('changeRole', input),
    deleteUser: (userId) => act('deleteUser', userId),
    signOut: (userId) => act('signOut', userId),
  };
  return { identity, calls, state };
};
