import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import { keys } from './keys.js';

/** Audit entries are written inside the transaction of the change they record. */
export const auditToItem = (entry: AuditEntry) => ({
  ...keys.audit(entry.tenantId, entry.at, entry.id),
  entity: 'audit',
  v: 1,
  ...entry,
});

export const auditFromItem = (item: Record<string, unknown>): AuditEntry => ({
  id: item.id as string,
  tenantId: (item.tenantId as string | undefined) ?? null,
  at: item.at as string,
  actor: item.actor as AuditEntry['actor'],
  action: item.action as string,
  target: item.target as AuditEntry['target'],
  details: (item.details as Record<string, unknown>) ?? {},
});
