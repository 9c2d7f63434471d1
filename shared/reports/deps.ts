import type { CheckResultStore, IncidentRepository, MonitorRepository } from '../monitoring/ports.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { Tenant } from '../tenancy/model.js';
import type { ReportFactsReader, ReportStore, StatusPageRepository } from './ports.js';

/**
 * Opsdesk's own components for the provider's status page (`/status/opsdesk`): their state now, and per UTC day how
 * often they were seen up and down (recorded by the operations job every 5 minutes).
 */
export interface PlatformStatusSource {
  current(): Promise<{ name: string; state: 'up' | 'down' | 'no_data' }[]>;
  /** Daily counts per component with `fromDay <= day <= toDay`. */
  days(fromDay: string, toDay: string): Promise<{ name: string; day: string; up: number; down: number }[]>;
}

/** Everything the status page and report use cases reach; functions/reports/wiring.ts builds it once per process. */
export interface ReportsDeps {
  clock: Clock;
  ids: IdGenerator;
  statusPages: StatusPageRepository;
  monitors: Pick<MonitorRepository, 'list' | 'get'>;
  results: Pick<CheckResultStore, 'rollups'>;
  incidents: Pick<IncidentRepository, 'listForTenant'>;
  tenants: { getTenant(tenantId: string): Promise<Tenant | null> };
  platform: PlatformStatusSource;
  reports: ReportStore;
  facts: ReportFactsReader;
  /** Where the e-mails link to: the web app's origin (`https://app.example`), no trailing slash. */
  links: { web: string };
}
