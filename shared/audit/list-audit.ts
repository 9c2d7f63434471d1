import { DomainError } from '../errors.js';
import type { Actor } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { AuditLog } from '../tenancy/ports.js';
import type { AuditEntry } from './audit-entry.js';

/**
 * Customer-admins read their own tenant's log; a provider-admin reads any tenant's with
 * `tenantId`, or the provider-level log without it.
 */
export async function listAudit(
  deps: { audit: AuditLog },
  actor: Actor,
  query: PageQuery & { tenantId?: string | undefined },
): Promise<Page<AuditEntry>> {
  if (actor.roles.includes('provider-admin')) return deps.audit.list(query.tenantId ?? null, query);
  if (!actor.tenantId) throw new DomainError('AUTH.FORBIDDEN', 'Only admins read the audit log.');
  if (query.tenantId && query.tenantId !== actor.tenantId) {
    throw new DomainError('RESOURCE.NOT_FOUND', `No organisation ${query.tenantId}.`);
  }
  return deps.audit.list(actor.tenantId, query);
}
