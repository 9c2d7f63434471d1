import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Invoice } from '../../../shared/billing/invoices.js';
import type { Subscription } from '../../../shared/billing/subscription.js';
import type { Booking } from '../../../shared/booking/model.js';
import type { Incident, Monitor, Rollup } from '../../../shared/monitoring/model.js';
import type { Page, PageQuery } from '../../../shared/platform/pagination.js';
import type { ReportFactsReader } from '../../../shared/reports/ports.js';
import { isTerminal, type Task } from '../../../shared/tasks/model.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { DynamoBookingRepository } from './dynamo-booking-repository.js';
import { DynamoCheckResultStore } from './dynamo-check-result-store.js';
import { DynamoIncidentRepository } from './dynamo-incident-repository.js';
import { DynamoInvoiceRepository } from './dynamo-invoice-repository.js';
import { DynamoMonitorRepository } from './dynamo-monitor-repository.js';
import { DynamoSubscriptionRepository } from './dynamo-subscription-repository.js';
import { DynamoTaskRepository } from './dynamo-task-repository.js';
import { DynamoTenantRepository } from './dynamo-tenant-repository.js';
import { DynamoUsageLedger } from './dynamo-usage-ledger.js';

const PAGE = 200;
const DAY_MS = 86_400_000;
/**
 * How far before a period's start the incident listing is read: an incident opened earlier and still unresolved when
 * the period began is left out of the report (always, whatever page it was read on). The longest plan target is 7 days
 * to resolve, so its deadlines were judged in an earlier report; 90 days keeps the read bounded.
 */
export const INCIDENT_LOOKBACK_DAYS = 90;

/** Every page of a paged list, or until `enough` says the page read is the last one needed. */
const allPages = async <T>(
  read: (query: PageQuery) => Promise<Page<T>>,
  enough: (page: T[]) => boolean = () => false,
): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit: PAGE, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (enough(page.items)) break;
    cursor = page.nextCursor;
  } while (cursor);
  return items;
};

/** When a task reached its final status: its last history entry, if the task is in a final status. */
export const finishedAt = (task: Task): string | null =>
  isTerminal(task.status) ? (task.history.at(-1)?.at ?? task.updatedAt) : null;

/**
 * The facts of a tenant's period for its report, read through the repositories each context owns (read-only, the
 * function's own client: the period-close consumer runs outside any customer's request).
 */
export class DynamoReportFactsReader implements ReportFactsReader {
  private readonly tenants: DynamoTenantRepository;
  private readonly subscriptions: DynamoSubscriptionRepository;
  private readonly monitorRepository: DynamoMonitorRepository;
  private readonly results: DynamoCheckResultStore;
  private readonly incidents: DynamoIncidentRepository;
  private readonly tasks: DynamoTaskRepository;
  private readonly bookings: DynamoBookingRepository;
  private readonly ledger: DynamoUsageLedger;
  private readonly invoices: DynamoInvoiceRepository;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.tenants = new DynamoTenantRepository(client, tableName);
    this.subscriptions = new DynamoSubscriptionRepository(client, tableName);
    this.monitorRepository = new DynamoMonitorRepository(client, tableName);
    // Rollups are read by day; the store's clock serves only raw results (their TTL), never read here.
    this.results = new DynamoCheckResultStore(client, tableName, () => new Date(0));
    this.incidents = new DynamoIncidentRepository(client, tableName);
    this.tasks = new DynamoTaskRepository(client, tableName);
    this.bookings = new DynamoBookingRepository(client, tableName);
    this.ledger = new DynamoUsageLedger(client, tableName);
    this.invoices = new DynamoInvoiceRepository(client, tableName);
  }

  async tenant(tenantId: string) {
    const tenant = await this.tenants.getTenant(tenantId);
    return tenant ? { id: tenant.id, name: tenant.name, timeZone: tenant.timeZone, status: tenant.status } : null;
  }

  subscription(tenantId: string): Promise<Subscription | null> {
    return this.subscriptions.get(tenantId);
  }

  monitors(tenantId: string): Promise<Monitor[]> {
    return this.monitorRepository.list(tenantId);
  }

  dailyRollups(tenantId: string, monitorId: string, fromDay: string, toDay: string): Promise<Rollup[]> {
    return this.results.rollups(tenantId, monitorId, 'day', fromDay, toDay);
  }

  /** Read newest first, until the listing reaches incidents opened `INCIDENT_LOOKBACK_DAYS` before the start. */
  async incidentsOverlapping(tenantId: string, start: string, end: string): Promise<Incident[]> {
    const horizon = new Date(Date.parse(start) - INCIDENT_LOOKBACK_DAYS * DAY_MS).toISOString();
    const incidents = await allPages(
      (query) => this.incidents.listForTenant(tenantId, query),
      (page) => page.some((incident) => incident.openedAt < horizon),
    );
    return incidents
      .filter(
        (incident) =>
          incident.openedAt >= horizon &&
          incident.openedAt < end &&
          (incident.resolvedAt === null || incident.resolvedAt >= start),
      )
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  }

  /** Every task of the tenant is read (task ids carry no time), those that finished in `[start, end)` kept. */
  async tasksFinishedBetween(tenantId: string, start: string, end: string): Promise<Task[]> {
    const tasks = await allPages((query) => this.tasks.listForTenant(tenantId, query));
    return tasks
      .filter((task) => {
        const at = finishedAt(task);
        return at !== null && at >= start && at < end;
      })
      .sort((a, b) => (finishedAt(a) ?? '').localeCompare(finishedAt(b) ?? '') || a.id.localeCompare(b.id));
  }

  async bookingsBetween(tenantId: string, start: string, end: string): Promise<Booking[]> {
    const bookings = await allPages((query) => this.bookings.listForTenant(tenantId, query));
    return bookings
      .filter((booking) => booking.start >= start && booking.start < end)
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  }

  usage(tenantId: string, periodId: string): Promise<UsageRecord[]> {
    return this.ledger.list(tenantId, periodId);
  }

  invoice(tenantId: string, periodId: string): Promise<Invoice | null> {
    return this.invoices.forPeriod(tenantId, periodId);
  }

  async customerAdmins(tenantId: string): Promise<{ email: string; name: string }[]> {
    const users = await allPages((query) => this.tenants.listUsers(tenantId, query));
    return users
      .filter((user) => user.roles.includes('customer-admin'))
      .map((user) => ({ email: user.email, name: user.name }))
      .sort((a, b) => a.email.localeCompare(b.email));
  }
}
