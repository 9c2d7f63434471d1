import type { AuditEntry } from '../../shared/audit/audit-entry.js';
import { DomainError } from '../../shared/errors.js';
import type { ReportsDeps } from '../../shared/reports/deps.js';
import type { StatusPage } from '../../shared/reports/model.js';
import type { StatusPageRepository } from '../../shared/reports/ports.js';
import { slugTaken } from '../../shared/reports/status-page.js';
import type { Tenant } from '../../shared/tenancy/model.js';
import { type MonitoringFakes, monitoringFakes } from './monitoring-fakes.js';

const copy = <T>(value: T): T => structuredClone(value);

/** Status page settings in memory, with the DynamoDB adapter's contract: version-conditional, one slug per tenant. */
export class InMemoryStatusPageRepository implements StatusPageRepository {
  readonly pages = new Map<string, StatusPage>();
  readonly slugs = new Map<string, string>();
  readonly audit: AuditEntry[] = [];

  async get(tenantId: string) {
    const page = this.pages.get(tenantId);
    return page ? copy(page) : null;
  }

  async findBySlug(slug: string) {
    const tenantId = this.slugs.get(slug);
    return tenantId ? this.get(tenantId) : null;
  }

  async save(before: StatusPage, after: StatusPage, audit: AuditEntry) {
    const stored = this.pages.get(after.tenantId);
    if ((stored?.version ?? 0) !== before.version) throw new DomainError('STATE.CONFLICT', 'status page changed');
    const holder = after.slug ? this.slugs.get(after.slug) : undefined;
    if (after.slug && holder && holder !== after.tenantId) throw slugTaken(after.slug);
    if (before.slug && before.slug !== after.slug) this.slugs.delete(before.slug);
    if (after.slug) this.slugs.set(after.slug, after.tenantId);
    this.pages.set(after.tenantId, copy(after));
    this.audit.push(copy(audit));
  }
}

/** Opsdesk's components as a test sets them: `components` now, `counts` per day. */
export class FakePlatformStatus {
  components: { name: string; state: 'up' | 'down' | 'no_data' }[] = [];
  counts: { name: string; day: string; up: number; down: number }[] = [];
  async current() {
    return copy(this.components);
  }
  async days(fromDay: string, toDay: string) {
    return this.counts.filter((count) => count.day >= fromDay && count.day <= toDay).map(copy);
  }
}

export interface StatusFakes extends MonitoringFakes {
  reportsDeps: ReportsDeps;
  statusPages: InMemoryStatusPageRepository;
  platform: FakePlatformStatus;
}

const unused = (what: string) =>
  new Proxy(
    {},
    {
      get: () => () => {
        throw new Error(`${what} is not used by status pages`);
      },
    },
  );

/**
 * ReportsDeps for the status page use cases on the monitoring fakes (tenant `tenant-a`, its monitors, rollups and
 * incidents) plus in-memory status pages and platform components; the report ports throw if touched.
 */
export const statusFakes = (options: { start?: string; tenant?: Partial<Tenant> } = {}): StatusFakes => {
  const fakes = monitoringFakes(options);
  const statusPages = new InMemoryStatusPageRepository();
  const platform = new FakePlatformStatus();
  const reportsDeps: ReportsDeps = {
    clock: fakes.clock,
    ids: fakes.deps.ids,
    statusPages,
    monitors: fakes.monitors,
    results: fakes.monitors,
    incidents: fakes.incidents,
    tenants: { getTenant: async (tenantId) => fakes.tenants.get(tenantId) ?? null },
    platform,
    reports: unused('reports') as ReportsDeps['reports'],
    facts: unused('facts') as ReportsDeps['facts'],
    links: { web: 'http://127.0.0.1:3000' },
  };
  return { ...fakes, reportsDeps, statusPages, platform };
};
