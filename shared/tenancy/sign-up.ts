import type { AuditEntry } from '../audit/audit-entry.js';
import { isDomainError, RetryLaterError } from '../errors.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import { DEFAULT_TIME_ZONE, type SignupRequest, type SignupResponse, type Tenant, type User } from './model.js';
import type { IdentityProvider, TenantRepository } from './ports.js';
import { SIGN_IN_SERVICE_RETRY_SECONDS } from './users.js';

export interface SignUpDeps {
  tenants: TenantRepository;
  identity: IdentityProvider;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * An organisation signs up: it becomes a tenant and the person signing up its customer-admin.
 * The table is the source of truth and enforces e-mail uniqueness, so it is written first; the
 * identity provider follows, and if it fails the table write is undone and the caller told to retry.
 *
 * An address that has an account already (a customer's or staff's) creates nothing and gets an answer of the
 * same shape — the ids this attempt drew, never stored — so sign-up cannot be used to find out who has an account. The timing is evened out by the caller
 * (functions/tenancy/http.ts), as creating an account calls the identity provider and a taken address does not.
 */
export async function signUp(deps: SignUpDeps, request: SignupRequest): Promise<SignupResponse> {
  const now = deps.clock.now().toISOString();
  const tenant: Tenant = {
    id: deps.ids.newId(),
    name: request.organisation,
    status: 'active',
    timeZone: request.timeZone ?? DEFAULT_TIME_ZONE,
    planId: null,
    createdAt: now,
    deletionDueAt: null,
  };
  const admin: User = {
    id: deps.ids.newId(),
    tenantId: tenant.id,
    email: request.email,
    name: request.name,
    roles: ['customer-admin'],
    createdAt: now,
  };
  const audit: AuditEntry = {
    id: deps.ids.newId(),
    tenantId: tenant.id,
    at: now,
    actor: { userId: admin.id, email: admin.email, roles: admin.roles },
    action: 'tenant.signed_up',
    target: { type: 'tenant', id: tenant.id },
    details: { organisation: tenant.name, timeZone: tenant.timeZone },
  };
  try {
    await deps.tenants.createTenantWithAdmin({ tenant, admin, audit });
  } catch (error) {
    if (isDomainError(error) && error.code === 'USER.ALREADY_EXISTS') return { tenantId: tenant.id, userId: admin.id };
    throw error;
  }
  try {
    await deps.identity.createUser({
      userId: admin.id,
      email: admin.email,
      name: admin.name,
      tenantId: tenant.id,
      role: 'customer-admin',
    });
  } catch (cause) {
    await deps.tenants.deleteTenantWithAdmin({ tenant, admin, audit });
    throw new RetryLaterError(
      'DEPENDENCY.UNAVAILABLE',
      'The sign-in service is unavailable; nothing was saved. Try again.',
      SIGN_IN_SERVICE_RETRY_SECONDS,
      { cause },
    );
  }
  return { tenantId: tenant.id, userId: admin.id };
}
