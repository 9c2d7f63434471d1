import { DomainError } from '../errors.js';
import type { Actor } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { AuditLog, TenantRepository } from '../tenancy/ports.js';
import type { AuditEntry } from './audit-entry.js';

/** Where the log's reader finds the names of the people and organisations entries mention by id. */
export type AuditDirectory = Pick<TenantRepository, 'getTenant' | 'getUser'>;

/** Who acts without being a person: the names the log shows for them. */
const NON_PERSONS: Record<string, string> = { system: 'Opsdesk (scheduled job)', stripe: 'Stripe' };

/** Detail keys that hold a person's id (staff: operators, finance; users: the entry's organisation). */
const STAFF_KEYS = new Set(['staffId', 'operatorId']);
const USER_KEYS = new Set(['userId', 'createdBy', 'invitedBy']);

/**
 * Customer-admins read their own tenant's log; a provider-admin reads any tenant's with
 * `tenantId`, or the provider-level log without it. Entries come with names: the actor's, the
 * target's where the log can find it, and `names` for the people and organisations the details
 * mention by id (docs/decisions.md, "Audit entries name things").
 */
export async function listAudit(
  deps: { audit: AuditLog; directory?: AuditDirectory },
  actor: Actor,
  query: PageQuery & { tenantId?: string | undefined },
): Promise<Page<AuditEntry>> {
  const page = await readPage(deps, actor, query);
  return deps.directory ? { ...page, items: await withNames(deps.directory, page.items) } : page;
}

function readPage(
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

/** Fills in names, reading each person and organisation once per page. */
export async function withNames(directory: AuditDirectory, entries: AuditEntry[]): Promise<AuditEntry[]> {
  const cache = new Map<string, Promise<string | null>>();
  const once = (key: string, read: () => Promise<string | null>) => {
    let found = cache.get(key);
    if (!found) {
      found = read().catch(() => null);
      cache.set(key, found);
    }
    return found;
  };
  const tenantName = (tenantId: string) =>
    once(`T#${tenantId}`, async () => (await directory.getTenant(tenantId))?.name ?? null);
  const userName = (tenantId: string | null, userId: string) =>
    once(`U#${tenantId ?? '-'}#${userId}`, async () => (await directory.getUser(tenantId, userId))?.name ?? null);
  /** A person of the entry's organisation, or provider staff. */
  const personName = async (tenantId: string | null, userId: string) =>
    (tenantId ? await userName(tenantId, userId) : null) ?? (await userName(null, userId));

  return Promise.all(
    entries.map(async (entry) => {
      const actorName =
        entry.actor.name ?? NON_PERSONS[entry.actor.userId] ?? (await personName(entry.tenantId, entry.actor.userId));
      let targetName = entry.target.name ?? null;
      if (!targetName && entry.target.type === 'tenant') targetName = await tenantName(entry.target.id);
      if (!targetName && entry.target.type === 'user') targetName = await personName(entry.tenantId, entry.target.id);
      if (!targetName && entry.target.type === 'staff') targetName = await userName(null, entry.target.id);

      const names: Record<string, string> = { ...entry.names };
      for (const [key, value] of Object.entries(entry.details)) {
        if (typeof value !== 'string' || names[value]) continue;
        let name: string | null = null;
        if (STAFF_KEYS.has(key)) name = await userName(null, value);
        else if (USER_KEYS.has(key)) name = await personName(entry.tenantId, value);
        else if (key === 'tenantId') name = await tenantName(value);
        if (name) names[value] = name;
      }
      return {
        ...entry,
        actor: { ...entry.actor, ...(actorName ? { name: actorName } : {}) },
        target: { ...entry.target, ...(targetName ? { name: targetName } : {}) },
        ...(Object.keys(names).length > 0 ? { names } : {}),
      };
    }),
  );
}
