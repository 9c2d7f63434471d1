import { AsyncLocalStorage } from 'node:async_hooks';

/** The tenant a customer's request acts for, and the request (named in the STS session). */
export interface TenantScope {
  readonly tenantId: string;
  readonly requestId: string | undefined;
}

const storage = new AsyncLocalStorage<TenantScope>();

/**
 * Runs `fn` as work of one tenant: every table call made from it (however deep, across awaits) is
 * checked against the tenant's keys and, in AWS, made with credentials scoped to the tenant
 * (TenantScopedDocumentClient). Staff, public routes, queue consumers and schedules run outside.
 */
export const runInTenantScope = <T>(tenantId: string, fn: () => T, requestId?: string): T =>
  storage.run({ tenantId, requestId }, fn);

/** The scope of the running request, or undefined outside a customer's request. */
export const currentTenantScope = (): TenantScope | undefined => storage.getStore();
