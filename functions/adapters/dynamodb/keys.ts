import type { BookingNotification, NotificationKind } from '../../../shared/booking/notifications.js';
import type { RateBucketOwner } from '../../../shared/platform/rate-limits.js';

/** The e-mails that wait in the outbox's bulk partition (`keys.notification`). */
const BULK_NOTIFICATION_KINDS: ReadonlySet<NotificationKind> = new Set(['service_report']);

/**
 * Every key shape of the single table, and only here. Tenant-owned items start with `T#<tenantId>`
 * (the basis of IAM LeadingKeys isolation); provider-owned items with `P#`. docs/data-model.md lists
 * the access patterns these serve.
 */
export interface TableKey {
  pk: string;
  sk: string;
}

export const keys = {
  tenant: (tenantId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: 'TENANT' }),
  /** gsi1: all tenants, oldest first, for the provider's tenant list. */
  tenantListing: (createdAt: string, tenantId: string) => ({
    gsi1pk: keys.tenantListingPartition,
    gsi1sk: `${createdAt}#${tenantId}`,
  }),
  tenantUser: (tenantId: string, userId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `USER#${userId}`,
  }),
  staffUser: (userId: string): TableKey => ({ pk: 'P#STAFF', sk: `USER#${userId}` }),
  /** Uniqueness guard and sign-in lookup of an e-mail address across all tenants and staff. */
  email: (email: string): TableKey => ({ pk: `P#EMAIL#${email}`, sk: 'EMAIL' }),
  audit: (tenantId: string | null, at: string, id: string): TableKey => ({
    pk: keys.auditPartition(tenantId),
    sk: `AUDIT#${at}#${id}`,
  }),
  auditPartition: (tenantId: string | null): string => (tenantId ? `T#${tenantId}` : 'P#AUDIT'),
  /** Every tenant-owned partition key starts so (IAM LeadingKeys isolation, the tenant key guard). */
  tenantPartitionPrefix: 'T#',
  tenantPartition: (tenantId: string): string => `${keys.tenantPartitionPrefix}${tenantId}`,
  userPrefix: 'USER#',
  tenantListingPartition: 'P#TENANTS',
  /** Tenants waiting for deletion, by due instant: the scheduled purge reads the ones that are due. */
  deletionMarker: (deletionDueAt: string, tenantId: string): TableKey => ({
    pk: 'P#DELETIONS',
    sk: `${deletionDueAt}#${tenantId}`,
  }),
  deletionMarkerPartition: 'P#DELETIONS',
  subscription: (tenantId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: 'SUBSCRIPTION' }),
  /** Which tenant a Stripe customer belongs to (webhooks name only the customer). */
  stripeCustomer: (customerId: string): TableKey => ({ pk: `P#STRIPE_CUSTOMER#${customerId}`, sk: 'CUSTOMER' }),
  /** A Stripe event that has been applied: written in the same transaction, so each applies at most once. */
  stripeEvent: (eventId: string): TableKey => ({ pk: `P#STRIPE_EVENT#${eventId}`, sk: 'EVENT' }),
  /** Tenants past due, by the instant they fell behind: the suspension job reads those over the grace period. */
  pastDue: (since: string, tenantId: string): TableKey => ({ pk: 'P#PAST_DUE', sk: `${since}#${tenantId}` }),
  pastDuePartition: 'P#PAST_DUE',
  /** Usage records of a period (the usage ledger, issue 6): `USAGE#<YYYY-MM>#…`. */
  usagePrefix: (periodId: string): string => `USAGE#${periodId}#`,
  staffAvailability: (staffId: string): TableKey => ({ pk: 'P#STAFF', sk: `AVAILABILITY#${staffId}` }),
  staffAvailabilityPrefix: 'AVAILABILITY#',
  onCallRota: { pk: 'P#STAFF', sk: 'ONCALL' } as TableKey,
  staffPartition: 'P#STAFF',
  booking: (tenantId: string, bookingId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `BOOKING#${bookingId}`,
  }),
  bookingPrefix: 'BOOKING#',
  /** Operators reach a booking by id alone: this item names its tenant. */
  bookingPointer: (bookingId: string): TableKey => ({ pk: `P#BOOKING#${bookingId}`, sk: 'BOOKING' }),
  /** gsi1 of a booking: the staff member's calendar, by the start of the hold. */
  staffCalendar: (staffId: string, holdStart: string, bookingId: string) => ({
    gsi1pk: keys.staffCalendarPartition(staffId),
    gsi1sk: `${holdStart}#${bookingId}`,
  }),
  staffCalendarPartition: (staffId: string): string => `P#STAFF#${staffId}#BOOKINGS`,
  /** One item per quarter hour a staff member is held: double booking fails on `attribute_not_exists`. */
  slotLock: (staffId: string, date: string, time: string): TableKey => ({
    pk: `P#STAFF#${staffId}#${date}`,
    sk: `SLOT#${time}`,
  }),
  usage: (tenantId: string, periodId: string, occurredAt: string, id: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `USAGE#${periodId}#${occurredAt}#${id}`,
  }),
  /**
   * Queued notifications by due instant: the sender job takes the due ones. Bulk e-mails (the monthly service reports,
   * a thousand at once on the 1st) wait in a partition of their own, so a page or a booking e-mail never queues
   * behind them: the sender takes the urgent partition first.
   */
  notification: (n: Pick<BookingNotification, 'dueAt' | 'id' | 'kind'>): TableKey => ({
    pk: BULK_NOTIFICATION_KINDS.has(n.kind) ? keys.bulkNotificationPartition : keys.notificationPartition,
    sk: `${n.dueAt}#${n.id}`,
  }),
  notificationPartition: 'P#NOTIFY',
  bulkNotificationPartition: 'P#NOTIFY_BULK',
  /** The local stack's mailbox of sent notifications, newest last. */
  mailbox: (sentAt: string, id: string): TableKey => ({ pk: 'P#MAILBOX', sk: `${sentAt}#${id}` }),
  mailboxPartition: 'P#MAILBOX',
  task: (tenantId: string, taskId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: `TASK#${taskId}` }),
  taskPrefix: 'TASK#',
  /** gsi1 of a task while it is open: the operators' queue across tenants, oldest first. */
  openTask: (requestedAt: string, taskId: string) => ({
    gsi1pk: keys.openTaskPartition,
    gsi1sk: `${requestedAt}#${taskId}`,
  }),
  openTaskPartition: 'P#TASKS#OPEN',
  /** Operators and queue consumers reach a task by id alone: this item names its tenant. */
  taskPointer: (taskId: string): TableKey => ({ pk: `P#TASK#${taskId}`, sk: 'TASK' }),
  /** SSM status events name only the command: this item names its task. */
  commandPointer: (commandId: string): TableKey => ({ pk: `P#COMMAND#${commandId}`, sk: 'COMMAND' }),
  /** A task's next check (maintenance window opening, dispatch watchdog), by due instant. */
  taskRelease: (dueAt: string, taskId: string): TableKey => ({
    pk: keys.taskReleasePartition,
    sk: `${dueAt}#${taskId}`,
  }),
  taskReleasePartition: 'P#TASK_RELEASE',
  /** Dead-lettered tasks, by when they were dead-lettered. */
  deadTask: (at: string, taskId: string): TableKey => ({ pk: keys.deadTaskPartition, sk: `${at}#${taskId}` }),
  deadTaskPartition: 'P#TASK_DEAD',
  host: (tenantId: string, hostId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: `HOST#${hostId}` }),
  hostPrefix: 'HOST#',
  /** Held from a command's dispatch to its final status: one command at a time per host. */
  hostLock: (tenantId: string, hostId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `HOSTLOCK#${hostId}`,
  }),
  /** An activation handed out (counted against the plan's hosts until used or expired; TTL `expiresAt`). */
  activation: (tenantId: string, activationId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `ACTIVATION#${activationId}`,
  }),
  activationPrefix: 'ACTIVATION#',
  /** Held while one activation request checks the plan's limits and creates it: one at a time per tenant. */
  activationLock: (tenantId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: 'ACTIVATION_LOCK' }),
  taskSettings: (tenantId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: 'TASK_SETTINGS' }),
  billingProfile: (tenantId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: 'BILLING_PROFILE' }),
  /** A tenant's invoice of a period (one per period; the close is idempotent by this key). */
  invoice: (tenantId: string, periodId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `INVOICE#${periodId}`,
  }),
  /** A voided invoice's credit note, beside it in the tenant's partition. */
  creditNote: (tenantId: string, periodId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `INVOICE#${periodId}#CN`,
  }),
  invoicePrefix: 'INVOICE#',
  /** Where an invoice or credit note lives, by its id (finance and customers open invoices by id). */
  invoicePointer: (invoiceId: string): TableKey => ({ pk: `P#INVOICE#${invoiceId}`, sk: 'INVOICE' }),
  /** gsi1 of an invoice: a period's invoices in number order (finance). */
  periodInvoices: (periodId: string, number: string) => ({ gsi1pk: `P#INVOICES#${periodId}`, gsi1sk: number }),
  periodInvoicesPartition: (periodId: string): string => `P#INVOICES#${periodId}`,
  /** The last invoice number given out in a calendar year. */
  invoiceCounter: (year: string): TableKey => ({ pk: 'P#INVOICE_NUMBER', sk: year }),
  /** The last credit-note number given out in a calendar year (a series of its own). */
  creditNoteCounter: (year: string): TableKey => ({ pk: 'P#INVOICE_NUMBER', sk: `CN-${year}` }),
  periodClose: (periodId: string): TableKey => ({ pk: `P#PERIOD_CLOSE#${periodId}`, sk: 'CLOSE' }),
  /** A tenant with nothing to invoice for a closed period (counted once). */
  periodCloseSkip: (periodId: string, tenantId: string): TableKey => ({
    pk: `P#PERIOD_CLOSE#${periodId}`,
    sk: `SKIP#${tenantId}`,
  }),
  /** A Stripe invoice event that named an invoice of the period but did not match it (finance's reconciliation). */
  rejectedStripeEvent: (periodId: string, tenantId: string, eventId: string): TableKey => ({
    pk: keys.rejectedStripeEventsPartition(periodId),
    sk: `${keys.rejectedStripeEventsPrefix(tenantId)}${eventId}`,
  }),
  rejectedStripeEventsPrefix: (tenantId: string): string => `${tenantId}#`,
  rejectedStripeEventsPartition: (periodId: string): string => `P#STRIPE_REJECTED#${periodId}`,
  /** A tenant whose invoice of a closed period failed (dead-lettered). */
  periodCloseFailure: (periodId: string, tenantId: string): TableKey => ({
    pk: `P#PERIOD_CLOSE#${periodId}`,
    sk: `FAILED#${tenantId}`,
  }),
  // Monitoring (issue 13). Tenant-owned items stay in `T#<tenantId>` (export and purge read that partition whole).
  monitor: (tenantId: string, monitorId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `MONITOR#${monitorId}`,
  }),
  monitorPrefix: 'MONITOR#',
  /** The dispatcher's schedule: one marker per monitor at its `nextCheckAt`, across tenants, read by due instant. */
  monitorDue: (dueAt: string, tenantId: string, monitorId: string): TableKey => ({
    pk: keys.monitorDuePartition,
    sk: `${dueAt}#${tenantId}#${monitorId}`,
  }),
  monitorDuePartition: 'P#MONITOR_DUE',
  /** A heartbeat's token (its SHA-256, hex) → its monitor: the public ping names only the token. */
  heartbeatToken: (tokenHash: string): TableKey => ({ pk: `P#MONITOR_TOKEN#${tokenHash}`, sk: 'TOKEN' }),
  /** Which token hash a heartbeat monitor has (to delete its lookup item with it); the monitor item does not carry it. */
  monitorToken: (tenantId: string, monitorId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `MONITOR_TOKEN#${monitorId}`,
  }),
  /**
   * One check result (TTL `expiresAt`), keyed by its id so a second delivery is refused: the instant in the id
   * (`<monitorId>#<scheduledAt>`, `#hb-<at>`) comes first, so the newest results read back in order.
   */
  checkResult: (tenantId: string, monitorId: string, sortInstant: string, idSuffix: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `${keys.checkResultPrefix(monitorId)}${sortInstant}#${idSuffix}`,
  }),
  checkResultPrefix: (monitorId: string): string => `RESULT#${monitorId}#`,
  /** A monitor's hourly (`H`, `2026-12-06T14`) or daily (`D`, `2026-12-06`) counts and response-time histogram. */
  rollup: (tenantId: string, monitorId: string, granularity: 'hour' | 'day', bucket: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `${keys.rollupPrefix(monitorId, granularity)}${bucket}`,
  }),
  rollupPrefix: (monitorId: string, granularity: 'hour' | 'day'): string =>
    `ROLLUP#${monitorId}#${granularity === 'hour' ? 'H' : 'D'}#`,
  incident: (tenantId: string, incidentId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `INCIDENT#${incidentId}`,
  }),
  /** A tenant's incidents by opening instant (keys only; the incidents are read by BatchGet). */
  tenantIncidentListing: (tenantId: string, openedAt: string, incidentId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `${keys.tenantIncidentListingPrefix}${openedAt}#${incidentId}`,
  }),
  tenantIncidentListingPrefix: 'INCIDENTS#',
  /** gsi1 of an incident: every tenant's incidents by opening instant (staff). */
  incidentListing: (openedAt: string, incidentId: string) => ({
    gsi1pk: keys.incidentListingPartition,
    gsi1sk: `${openedAt}#${incidentId}`,
  }),
  incidentListingPartition: 'P#INCIDENTS',
  /** Operators and the acknowledgement link reach an incident by id alone: this item names its tenant. */
  incidentPointer: (incidentId: string): TableKey => ({ pk: `P#INCIDENT#${incidentId}`, sk: 'INCIDENT' }),
  /** Unresolved incidents across tenants (the operators' queue), by opening instant. */
  unresolvedIncident: (openedAt: string, incidentId: string): TableKey => ({
    pk: keys.unresolvedIncidentPartition,
    sk: `${openedAt}#${incidentId}`,
  }),
  unresolvedIncidentPartition: 'P#INCIDENTS_OPEN',
  /** The paging job's schedule: an incident's `nextPageAt`. */
  incidentPage: (dueAt: string, incidentId: string): TableKey => ({
    pk: keys.incidentPagePartition,
    sk: `${dueAt}#${incidentId}`,
  }),
  incidentPagePartition: 'P#INCIDENT_PAGE',
  /** A tenant's status page settings (issue 14). */
  statusPage: (tenantId: string): TableKey => ({ pk: keys.tenantPartition(tenantId), sk: 'STATUS_PAGE' }),
  /** Uniqueness guard of a status page's slug across tenants; names the tenant (the public page names only the slug). */
  statusSlug: (slug: string): TableKey => ({ pk: `P#STATUS_SLUG#${slug}`, sk: 'SLUG' }),
  /** The provider's own components, counted up and down per UTC day (`2026-12-06`) for its status page. */
  platformStatusDay: (day: string): TableKey => ({ pk: keys.platformStatusPartition, sk: `DAY#${day}` }),
  platformStatusPartition: 'P#PLATFORM_STATUS',
  /**
   * A tenant's service report of a period, stored as gzip'd JSON in numbered chunks (`REPORT#2026-11#000`, `#001`, …)
   * so a month with many tasks fits DynamoDB's item size.
   */
  reportChunk: (tenantId: string, periodId: string, chunk: number): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `${keys.reportPrefix}${periodId}#${String(chunk).padStart(3, '0')}`,
  }),
  reportPrefix: 'REPORT#',
  /** Every tenant's report of a period (staff's list), written with the report. */
  reportListing: (periodId: string, tenantId: string): TableKey => ({
    pk: `P#REPORTS#${periodId}`,
    sk: `TENANT#${tenantId}`,
  }),
  /** A balance warning (`80`, `95`, `over`) of a tenant's period: written with its e-mail, so it goes out once. */
  balanceNotice: (tenantId: string, periodId: string, level: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `BALANCE_NOTICE#${periodId}#${level}`,
  }),
  /** An API key of a tenant (issue 17): name, scopes, expiry, last use, and its hash (never exported). */
  apiKey: (tenantId: string, apiKeyId: string): TableKey => ({
    pk: keys.tenantPartition(tenantId),
    sk: `${keys.apiKeyPrefix}${apiKeyId}`,
  }),
  apiKeyPrefix: 'APIKEY#',
  /** An API key's SHA-256 (hex) → its tenant, id, creator, scopes and expiry: the authorizer names only the key. */
  apiKeyLookup: (keyHash: string): TableKey => ({ pk: `P#APIKEY#${keyHash}`, sk: 'KEY' }),
  /** Storage-only attributes, left out of exports. */
  storageAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'entity', 'v'] as const,
  auditPrefix: 'AUDIT#',
  /**
   * A scheduled job's last run (one item per job, overwritten): the operations page and the heartbeat gauge read the
   * whole partition in one Query.
   */
  heartbeat: (jobId: string): TableKey => ({ pk: keys.heartbeatPartition, sk: `${keys.heartbeatPrefix}${jobId}` }),
  heartbeatPartition: 'P#HEARTBEAT',
  heartbeatPrefix: 'JOB#',
  /** The item the health route reads to tell whether the table answers (it need not exist). */
  health: (): TableKey => ({ pk: 'P#HEALTH', sk: 'HEALTH' }),
  /** A remembered response to an `Idempotency-Key`; tenant-owned when the caller is a customer. */
  idempotency: (scope: { tenantId: string | null; owner: string; routeId: string; key: string }): TableKey => ({
    pk: scope.tenantId ? `T#${scope.tenantId}` : `P#IDEMPOTENCY#${scope.owner}#${scope.key}`,
    sk: `IDEMPOTENCY#${scope.routeId}#${scope.key}`,
  }),
  user: (tenantId: string | null, userId: string): TableKey =>
    tenantId ? keys.tenantUser(tenantId, userId) : keys.staffUser(userId),
  /**
   * A rate-limit bucket (GCRA `tat`, TTL `expiresAt`): tenant-owned for customers, so LeadingKeys isolation
   * holds; provider-owned per staff member or per anonymous client address.
   */
  rateBucket: (owner: RateBucketOwner, bucket: string): TableKey => ({
    pk:
      owner.kind === 'tenant'
        ? keys.tenantPartition(owner.tenantId)
        : owner.kind === 'staff'
          ? `P#RATE#user#${owner.userId}`
          : `P#RATE#ip#${owner.ip}`,
    sk: `RATE#${bucket}`,
  }),
};

/** A provider-owned partition a customer's request must reach, as an IAM `StringLike` pattern. */
export interface ProviderKeyGrant {
  pattern: string;
  /** `read`: GetItem, Query, BatchGetItem, ConditionCheckItem; `read-write` adds Put, Update, Delete. */
  access: 'read' | 'read-write';
}

/**
 * The provider-owned partition keys customers' requests touch, and how: the one list used by the key guard
 * (key-guard.ts) and by the tenant-data role's `dynamodb:LeadingKeys` (infra/constructs/tenant-data-role.ts).
 * Each entry is justified in docs/security.md ("Isolation in depth").
 */
export const TENANT_REQUEST_PROVIDER_KEYS: readonly ProviderKeyGrant[] = [
  // Invitations put the e-mail guard in the user's transaction; removing a user deletes it.
  { pattern: 'P#EMAIL#*', access: 'read-write' },
  // Availability and booking read the staff's availability (AVAILABILITY#…) and the on-call rota (ONCALL).
  { pattern: 'P#STAFF', access: 'read' },
  // …and each staff member's calendar (gsi1) to find free slots.
  { pattern: 'P#STAFF#*#BOOKINGS', access: 'read' },
  // Book, reschedule, cancel: the quarter-hour slot locks, in the booking's transaction.
  { pattern: 'P#STAFF#*#????-??-??', access: 'read-write' },
  // Book: the operators' pointer to the booking, in the booking's transaction.
  { pattern: 'P#BOOKING#*', access: 'read-write' },
  // Book, reschedule, cancel: the booking e-mails of the outbox, in the booking's transaction.
  { pattern: 'P#NOTIFY', access: 'read-write' },
  // Request, approve, cancel a task: its pointer and its release marker, in the task's transaction.
  { pattern: 'P#TASK#*', access: 'read-write' },
  { pattern: 'P#TASK_RELEASE', access: 'read-write' },
  // Open an invoice by id: the pointer names its tenant (checked before the invoice is read).
  { pattern: 'P#INVOICE#*', access: 'read' },
  // Subscribe: the Stripe customer → tenant mapping webhooks need, in the subscription's transaction.
  { pattern: 'P#STRIPE_CUSTOMER#*', access: 'read-write' },
  // Request or cancel the organisation's deletion: the purge's marker, in the tenant's transaction.
  { pattern: 'P#DELETIONS', access: 'read-write' },
  // Create, change, pause, delete a monitor: its marker in the dispatcher's schedule, in the monitor's transaction.
  { pattern: 'P#MONITOR_DUE', access: 'read-write' },
  // Create and delete a heartbeat monitor: its token's lookup item, in the monitor's transaction.
  { pattern: 'P#MONITOR_TOKEN#*', access: 'read-write' },
  // Create and revoke an API key: its hash's lookup item (what the authorizer reads), in the key's transaction.
  { pattern: 'P#APIKEY#*', access: 'read-write' },
  // Delete a monitor with an open incident (resolved with it): the incident's unresolved entry and its page marker
  // go in the incident's transaction. (Customers read incidents by their own key, never by the pointer.)
  { pattern: 'P#INCIDENTS_OPEN', access: 'read-write' },
  { pattern: 'P#INCIDENT_PAGE', access: 'read-write' },
  // Save the status page: the slug's uniqueness guard (holding a copy of the page), in the page's transaction.
  { pattern: 'P#STATUS_SLUG#*', access: 'read-write' },
];
