import * as z from 'zod';
import { AuditEntrySchema } from '../audit/audit-entry.js';
import { BillingProfileSchema, BillingProfileViewSchema } from '../billing/billing-profile.js';
import {
  CustomerInvoiceSchema,
  RecordPaymentRequestSchema,
  UncollectibleRequestSchema,
  VoidInvoiceRequestSchema,
  VoidInvoiceResponseSchema,
} from '../billing/invoice-actions.js';
import { INVOICE_STATUSES, InvoiceSchema, PeriodCloseSchema } from '../billing/invoices.js';
import { invoicesCsv } from '../billing/invoices-csv.js';
import { PeriodIdSchema } from '../billing/periods.js';
import { ReconciliationSchema } from '../billing/reconciliation.js';
import {
  PortalResponseSchema,
  SubscribeRequestSchema,
  SubscribeResponseSchema,
  SubscriptionPreviewQuerySchema,
  SubscriptionPreviewSchema,
  SubscriptionViewSchema,
} from '../billing/subscription.js';
import { BookingTypeSchema } from '../booking/booking-types.js';
import {
  AvailabilityQuerySchema,
  AvailabilityResponseSchema,
  BookingViewSchema,
  BookRequestSchema,
  CompleteBookingRequestSchema,
  OnCallRotaSchema,
  OnCallRotaViewSchema,
  RescheduleRequestSchema,
  StaffAvailabilitySchema,
} from '../booking/model.js';
import { NOTIFICATION_KINDS } from '../booking/notifications.js';
import { PlanSchema } from '../catalogue/plan.js';
import {
  AckLinkRequestSchema,
  IncidentListQuerySchema,
  IncidentNoteRequestSchema,
  IncidentSchema,
  IncidentViewSchema,
  MaintenanceRequestSchema,
  MonitorDetailSchema,
  MonitorHistorySchema,
  MonitorPatchSchema,
  MonitorRequestSchema,
  MonitorSchema,
  RemediateRequestSchema,
  ResolveIncidentRequestSchema,
} from '../monitoring/model.js';
import { OperationsSnapshotSchema } from '../operations/snapshot.js';
import { PageQuerySchema, pageSchema } from '../platform/pagination.js';
import type { RateLimitName } from '../platform/rate-limits.js';
import {
  BookingQuoteQuerySchema,
  BookingQuoteSchema,
  PublicStatusSchema,
  ReportExportSchema,
  ReportListQuerySchema,
  ReportListSchema,
  ReportQuerySchema,
  ServiceReportSchema,
  StatusPageRequestSchema,
  StatusPageSchema,
} from '../reports/model.js';
import { serviceReportCsv } from '../reports/report-csv.js';
import { TaskTypeViewSchema } from '../tasks/catalogue.js';
import {
  ActivationRequestSchema,
  ActivationSchema,
  CompleteTaskRequestSchema,
  DeclineTaskRequestSchema,
  HostIdSchema,
  HostSchema,
  MaintenanceWindowSchema,
  MaintenanceWindowViewSchema,
  TaskRequestSchema,
  TaskSchema,
} from '../tasks/model.js';
import { ApiKeyListSchema, CreateApiKeyRequestSchema, CreatedApiKeySchema } from '../tenancy/api-keys.js';
import {
  ChangeRoleRequestSchema,
  InviteUserRequestSchema,
  MeResponseSchema,
  SignupRequestSchema,
  SignupResponseSchema,
  SuspendTenantRequestSchema,
  TenantExportSchema,
  TenantSchema,
  UserSchema,
} from '../tenancy/model.js';
import { UsageQuerySchema, UsageViewSchema } from '../usage/ledger.js';
import { ID_PATTERN, IdSchema, IsoInstantSchema } from './common.js';
import { CUSTOMER_ROLES, type Role } from './roles.js';

/**
 * The route manifest: every HTTP route, once. API Gateway routes and authorizer scopes (infra),
 * local dispatch (scripts/local-stack), the Lambda routers (functions/http), the OpenAPI document
 * and the authorization-matrix test are all derived from this object.
 */

/** One Lambda per bounded context serves that context's routes. */
export const CONTEXTS = [
  'platform',
  'tenancy',
  'billing',
  'booking',
  'tasks',
  'monitoring',
  'reports',
  'webhooks',
  'dev-identity',
] as const;
export type BoundedContext = (typeof CONTEXTS)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDefinition {
  method: HttpMethod;
  /** API Gateway style: `/api/users/{userId}`. */
  path: string;
  context: BoundedContext;
  /** `public` routes have no authorizer; otherwise the roles allowed (any one suffices). */
  access: 'public' | readonly Role[];
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A valid request body: published in the OpenAPI document and sent by the authorization matrix. */
  example?: unknown;
  /** A valid query string for routes whose query has required fields. */
  exampleQuery?: Record<string, string>;
  /** A non-JSON response: the implementation returns the body as text. */
  produces?: 'text/calendar' | 'text/html';
  /**
   * A public answer that caches may keep this many seconds (CloudFront in AWS): `Cache-Control: public` on success.
   * Every other answer says `no-store`.
   */
  cacheSeconds?: number;
  /** Also served as CSV when the request sends `Accept: text/csv`: renders the JSON response. */
  csv?: (response: never) => string;
  /**
   * The route also answers with a file of this type (`{id}.pdf`): the implementation returns a
   * `FileBody` instead of the JSON response.
   */
  files?: 'application/pdf';
  /** `null` when the route answers without a body (204). */
  response: z.ZodType | null;
  successStatus: 200 | 201 | 202 | 204;
  /** Accepts an `Idempotency-Key` header: the same key and request get the first response again. */
  idempotent?: true;
  /** Exists only in the local stack; never synthesized into the AWS template nor published. */
  localOnly?: true;
  /**
   * The per-caller token bucket its requests take from, when not the default for its method and access (reads
   * none; writes `writes`, or `anonymousWrites` when public): see shared/platform/rate-limits.ts.
   */
  rateLimit?: RateLimitName | 'none';
  /**
   * `false`: no API key may call it, whatever its scopes (identity and key management, the organisation's deletion
   * and export, the browser-only billing portal). Otherwise a key needs the scope `keyScopeOf` derives from the
   * route (shared/contracts/api-key-scopes.ts).
   */
  apiKey?: false;
  /**
   * Any query string is ignored instead of refused (422): public answers that probes, caches and cron lines call
   * with cache-busters of their own (health, status pages, heartbeat pings). Published as `x-opsdesk-query-ignored`.
   */
  ignoresQuery?: true;
}

const route = <const R extends RouteDefinition>(definition: R): R => definition;

/** A file answer of a route with `files` (a PDF), served as base64 through API Gateway. */
export interface FileBody {
  file: { contentType: 'application/pdf'; filename: string; bytes: Uint8Array };
}
export const isFileBody = (body: unknown): body is FileBody =>
  typeof body === 'object' && body !== null && 'file' in body && (body as FileBody).file.bytes instanceof Uint8Array;

/** `<invoice id>` (JSON) or `<invoice id>.pdf` (the PDF): one path segment, as API Gateway routes it. */
const InvoiceFileSchema = z.string().regex(new RegExp(`^${ID_PATTERN}(\\.pdf)?$`), '<invoice id> or <invoice id>.pdf');

/** `YYYY-MM` (JSON, or CSV with `Accept: text/csv`) or `YYYY-MM.pdf` (the PDF): one path segment. */
const ReportFileSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(\.pdf)?$/, 'YYYY-MM or YYYY-MM.pdf');
/** Status pages are read by anyone, often at once during an outage: caches keep them this long. */
const STATUS_CACHE_SECONDS = 30;

const ReadinessStateSchema = z.enum(['ok', 'unavailable']);
export const HealthResponseSchema = z
  .object({
    /** `ok` (200) when every check passed; `unavailable` (503, with Retry-After) when one did not. */
    status: z.enum(['ok', 'unavailable']),
    /** The server's clock (the local stack's runs from `CLOCK_START`): clients and tests take "now" from here. */
    time: IsoInstantSchema,
    /** Readiness: can this API reach its table and its queues right now (checked at most every few seconds). */
    checks: z.object({ table: ReadinessStateSchema, queues: ReadinessStateSchema }),
  })
  .meta({ id: 'Health' });
/** A heartbeat monitor's secret (in its push URL). */
const HeartbeatTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'a heartbeat token');
const HeartbeatAckSchema = z.object({ ok: z.literal(true) }).meta({ id: 'HeartbeatAck' });
const PING_SUMMARY = 'A heartbeat monitor’s job succeeded (the secret token is the credential); unknown token 404';
const SIGNAL_SUMMARY = '`/start`: the job began (a run longer than the grace is a failure); `/fail`: the job failed';
const CRON_SUMMARY = 'The same as POST, for `curl` and `wget` in a cron line';
const PingParamsSchema = z.object({ token: HeartbeatTokenSchema });
const SignalParamsSchema = z.object({ token: HeartbeatTokenSchema, signal: z.enum(['start', 'fail']) });
/**
 * A heartbeat ping route (GET and POST alike, with or without `/start|/fail`): public — the token is the credential —
 * and without a per-address bucket (a customer's cron jobs ping many monitors from one address; decision 204).
 */
const heartbeatRoute = <const M extends 'GET' | 'POST', const P extends string, const Q extends z.ZodObject>(
  method: M,
  path: P,
  summary: string,
  params: Q,
) =>
  route({
    method,
    path,
    context: 'monitoring',
    access: 'public',
    summary,
    params,
    response: HeartbeatAckSchema,
    successStatus: 200,
    rateLimit: 'none',
    ignoresQuery: true,
  });
export const PlanListSchema = z.object({ items: z.array(PlanSchema) }).meta({ id: 'PlanList' });
export const HostListSchema = z.object({ items: z.array(HostSchema) }).meta({ id: 'HostList' });
export const TaskPageSchema = pageSchema(TaskSchema).meta({ id: 'TaskPage' });
export const DevLoginRequestSchema = z.strictObject({
  email: z.string().trim().pipe(z.email('a valid e-mail address')),
});
export const DevLoginResponseSchema = z.object({ token: z.string() });

export const routes = {
  health: route({
    method: 'GET',
    path: '/api/health',
    context: 'platform',
    access: 'public',
    summary: 'Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not',
    response: HealthResponseSchema,
    successStatus: 200,
    ignoresQuery: true,
  }),
  openapi: route({
    method: 'GET',
    path: '/api/openapi.json',
    context: 'platform',
    access: 'public',
    summary: 'This API as an OpenAPI 3.1 document, generated from the route manifest',
    response: z.record(z.string(), z.unknown()),
    successStatus: 200,
  }),
  getApiDocs: route({
    method: 'GET',
    path: '/api/docs',
    context: 'platform',
    access: 'public',
    summary: 'This API’s reference as a web page: the OpenAPI document rendered by Redoc, served from this origin',
    response: z.string(),
    produces: 'text/html',
    successStatus: 200,
    cacheSeconds: 300,
  }),
  listPlans: route({
    method: 'GET',
    path: '/api/plans',
    context: 'platform',
    access: 'public',
    summary: 'The plan catalogue',
    response: PlanListSchema,
    successStatus: 200,
  }),
  getOperations: route({
    method: 'GET',
    path: '/api/operations',
    context: 'platform',
    access: ['operator', 'finance', 'provider-admin'],
    summary:
      'Staff: queue depths and dead letters, the booking e-mails’ outbox backlog, the latest period close and every ' +
      'scheduled job’s heartbeat — the figures the operations alarms are published from',
    response: OperationsSnapshotSchema,
    successStatus: 200,
  }),
  signUp: route({
    method: 'POST',
    path: '/api/signup',
    context: 'tenancy',
    access: 'public',
    summary:
      'Sign an organisation up: creates the tenant and its first customer-admin, whom the identity provider e-mails; ' +
      'an address that has an account already creates nothing and gets an answer of the same shape (ids never stored)',
    body: SignupRequestSchema,
    example: { organisation: 'Kulturverein Nord e.V.', name: 'Kim Nord', email: 'kim@kulturverein-nord.example' },
    response: SignupResponseSchema,
    successStatus: 201,
    idempotent: true,
  }),
  getMe: route({
    method: 'GET',
    path: '/api/me',
    context: 'tenancy',
    access: ['customer-admin', 'customer-member', 'operator', 'finance', 'provider-admin'],
    summary: 'The calling user, their organisation (customers) and roles',
    response: MeResponseSchema,
    successStatus: 200,
  }),
  getUser: route({
    method: 'GET',
    path: '/api/users/{userId}',
    context: 'tenancy',
    access: CUSTOMER_ROLES,
    summary: 'One user of the caller’s organisation',
    params: z.object({ userId: IdSchema }),
    response: UserSchema,
    successStatus: 200,
  }),
  listUsers: route({
    method: 'GET',
    path: '/api/users',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'Users of the caller’s organisation with their roles',
    query: PageQuerySchema,
    response: pageSchema(UserSchema).meta({ id: 'UserPage' }),
    successStatus: 200,
  }),
  inviteUser: route({
    method: 'POST',
    path: '/api/users/invitations',
    context: 'tenancy',
    access: ['customer-admin'],
    summary:
      'Invite a colleague as customer-admin or customer-member; the identity provider e-mails them. 409 for a member ' +
      'of the caller’s organisation; an address of another organisation or of staff gets an answer of the same shape ' +
      '(the user, never stored, and no e-mail)',
    body: InviteUserRequestSchema,
    example: { email: 'alex@kulturverein-nord.example', name: 'Alex Nord', role: 'customer-member' },
    response: UserSchema,
    successStatus: 201,
    idempotent: true,
    apiKey: false,
  }),
  changeUserRole: route({
    method: 'PATCH',
    path: '/api/users/{userId}',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'Change a colleague’s role; 409 if it would leave no customer-admin',
    params: z.object({ userId: IdSchema }),
    body: ChangeRoleRequestSchema,
    example: { role: 'customer-admin' },
    response: UserSchema,
    successStatus: 200,
    apiKey: false,
  }),
  removeUser: route({
    method: 'DELETE',
    path: '/api/users/{userId}',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'Remove a user from the organisation; 409 for the last customer-admin',
    params: z.object({ userId: IdSchema }),
    response: null,
    successStatus: 204,
    apiKey: false,
  }),
  listAudit: route({
    method: 'GET',
    path: '/api/audit',
    context: 'tenancy',
    access: ['customer-admin', 'provider-admin'],
    summary:
      'Audit entries, newest first: the caller’s organisation, or (provider-admin) `tenantId`’s or the provider’s own',
    query: PageQuerySchema.extend({ tenantId: IdSchema.optional() }),
    response: pageSchema(AuditEntrySchema).meta({ id: 'AuditPage' }),
    successStatus: 200,
  }),
  exportTenant: route({
    method: 'GET',
    path: '/api/tenant/export',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'Everything Opsdesk stores for the caller’s organisation, as one JSON document',
    response: TenantExportSchema,
    successStatus: 200,
    apiKey: false,
  }),
  requestTenantDeletion: route({
    method: 'POST',
    path: '/api/tenant/deletion',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'Ask for the organisation to be deleted after the grace period',
    response: TenantSchema,
    successStatus: 202,
    apiKey: false,
  }),
  cancelTenantDeletion: route({
    method: 'DELETE',
    path: '/api/tenant/deletion',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'Call off a requested deletion within the grace period',
    response: TenantSchema,
    successStatus: 200,
    apiKey: false,
  }),
  listApiKeys: route({
    method: 'GET',
    path: '/api/api-keys',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'The organisation’s API keys, newest first: name, scopes, expiry and last use — never the key itself',
    response: ApiKeyListSchema,
    successStatus: 200,
    apiKey: false,
  }),
  createApiKey: route({
    method: 'POST',
    path: '/api/api-keys',
    context: 'tenancy',
    access: ['customer-admin'],
    summary:
      'Create an API key for scripts: `key` is in this answer only (Opsdesk keeps its SHA-256). Use it as ' +
      '`Authorization: Bearer <key>` on the routes its scopes allow; it acts as its creator, within their roles',
    body: CreateApiKeyRequestSchema,
    example: { name: 'Deploy pipeline', scopes: ['tasks:read', 'tasks:write'], expiresAt: '2027-12-31T23:00:00Z' },
    response: CreatedApiKeySchema,
    successStatus: 201,
    apiKey: false,
  }),
  revokeApiKey: route({
    method: 'DELETE',
    path: '/api/api-keys/{apiKeyId}',
    context: 'tenancy',
    access: ['customer-admin'],
    summary: 'Revoke an API key: the next call made with it is refused (401; in AWS the gateway may answer 403)',
    params: z.object({ apiKeyId: IdSchema }),
    response: null,
    successStatus: 204,
    apiKey: false,
  }),
  listTenants: route({
    method: 'GET',
    path: '/api/admin/tenants',
    context: 'tenancy',
    access: ['provider-admin'],
    summary: 'All tenants, oldest first, with plan and status',
    query: PageQuerySchema,
    response: pageSchema(TenantSchema).meta({ id: 'TenantPage' }),
    successStatus: 200,
  }),
  suspendTenant: route({
    method: 'POST',
    path: '/api/admin/tenants/{tenantId}/suspend',
    context: 'tenancy',
    access: ['provider-admin'],
    summary:
      'Suspend a tenant with a reason its customers read: they can still see billing and pay, but not book or request tasks',
    params: z.object({ tenantId: IdSchema }),
    body: SuspendTenantRequestSchema,
    example: { reason: 'Two invoices are unpaid; please pay them or contact billing.' },
    response: TenantSchema,
    successStatus: 200,
  }),
  reactivateTenant: route({
    method: 'POST',
    path: '/api/admin/tenants/{tenantId}/reactivate',
    context: 'tenancy',
    access: ['provider-admin'],
    summary: 'Reactivate a suspended tenant (its suspension reason is cleared)',
    params: z.object({ tenantId: IdSchema }),
    response: TenantSchema,
    successStatus: 200,
  }),
  getSubscription: route({
    method: 'GET',
    path: '/api/subscription',
    context: 'billing',
    access: ['customer-admin', 'customer-member'],
    summary: 'Current plan, status, period, and each entitlement included vs used so far',
    response: SubscriptionViewSchema,
    successStatus: 200,
  }),
  subscribe: route({
    method: 'POST',
    path: '/api/subscription',
    context: 'billing',
    access: ['customer-admin'],
    summary:
      'Choose or change the plan: `{ checkoutUrl }` when Stripe needs a payment method first, else the subscription (upgrades at once, downgrades at period end)',
    body: SubscribeRequestSchema,
    example: { planId: 'webmaster-quarter' },
    response: SubscribeResponseSchema,
    successStatus: 200,
    idempotent: true,
  }),
  previewSubscription: route({
    method: 'GET',
    path: '/api/subscription/preview',
    context: 'billing',
    access: ['customer-admin'],
    summary:
      'What choosing `?planId=` would do, without doing it: when it takes effect, its price, and what this period’s invoice charges for it (prorated by days, as rated)',
    query: SubscriptionPreviewQuerySchema,
    exampleQuery: { planId: 'webmaster-quarter' },
    response: SubscriptionPreviewSchema,
    successStatus: 200,
  }),
  openBillingPortal: route({
    method: 'POST',
    path: '/api/billing/portal',
    context: 'billing',
    access: ['customer-admin'],
    summary: 'A Stripe Customer Portal session for payment methods (Stripe mode only)',
    response: PortalResponseSchema,
    successStatus: 200,
    apiKey: false,
  }),
  getBillingProfile: route({
    method: 'GET',
    path: '/api/billing/profile',
    context: 'billing',
    access: ['customer-admin'],
    summary: 'Who the organisation’s invoices are addressed to (null until set)',
    response: BillingProfileViewSchema,
    successStatus: 200,
  }),
  setBillingProfile: route({
    method: 'PUT',
    path: '/api/billing/profile',
    context: 'billing',
    access: ['customer-admin'],
    summary:
      'Set the invoice address, country and VAT number (EU businesses abroad: reverse charge) for the next invoices',
    body: BillingProfileSchema,
    example: {
      legalName: 'Kulturverein Nord e.V.',
      addressLines: ['Hafenstraße 12'],
      postalCode: '20457',
      city: 'Hamburg',
      country: 'DE',
      vatId: null,
    },
    response: BillingProfileViewSchema,
    successStatus: 200,
  }),
  getUsage: route({
    method: 'GET',
    path: '/api/usage',
    context: 'billing',
    access: ['customer-admin'],
    summary:
      'Usage records of a period (`?period=YYYY-MM`, default the current one) with running totals, allowances and the estimate so far',
    query: UsageQuerySchema,
    response: UsageViewSchema,
    successStatus: 200,
  }),
  closePeriod: route({
    method: 'POST',
    path: '/api/finance/periods/{period}/close',
    context: 'billing',
    access: ['finance'],
    summary:
      'Close an ended period: one message per tenant rates its usage into a finalized invoice with the next number; 409 before the period ends; closing again changes nothing (and retries failed tenants)',
    params: z.object({ period: PeriodIdSchema }),
    response: PeriodCloseSchema,
    successStatus: 202,
  }),
  getPeriodClose: route({
    method: 'GET',
    path: '/api/finance/periods/{period}',
    context: 'billing',
    access: ['finance'],
    summary: 'Progress of a period’s close: tenants invoiced, skipped (nothing to invoice) and failed',
    params: z.object({ period: PeriodIdSchema }),
    response: PeriodCloseSchema,
    successStatus: 200,
  }),
  listFinanceInvoices: route({
    method: 'GET',
    path: '/api/finance/invoices',
    context: 'billing',
    access: ['finance'],
    summary:
      'A period’s invoices and credit notes in number order (`&status=` one status); `Accept: text/csv` → all of them as CSV for finance',
    query: PageQuerySchema.extend({ period: PeriodIdSchema, status: z.enum(INVOICE_STATUSES).optional() }),
    exampleQuery: { period: '2026-01' },
    response: pageSchema(InvoiceSchema).meta({ id: 'InvoicePage' }),
    csv: invoicesCsv,
    successStatus: 200,
  }),
  listInvoices: route({
    method: 'GET',
    path: '/api/invoices',
    context: 'billing',
    access: ['customer-admin'],
    summary: 'The organisation’s invoices and credit notes, newest period first',
    query: PageQuerySchema,
    response: pageSchema(CustomerInvoiceSchema).meta({ id: 'CustomerInvoicePage' }),
    successStatus: 200,
  }),
  getInvoice: route({
    method: 'GET',
    path: '/api/invoices/{invoiceId}',
    context: 'billing',
    access: ['customer-admin'],
    summary: 'One of the organisation’s invoices: `/api/invoices/{id}` as JSON, `/api/invoices/{id}.pdf` the PDF',
    params: z.object({ invoiceId: InvoiceFileSchema }),
    response: CustomerInvoiceSchema,
    files: 'application/pdf',
    successStatus: 200,
  }),
  getFinanceInvoice: route({
    method: 'GET',
    path: '/api/finance/invoices/{invoiceId}',
    context: 'billing',
    access: ['finance'],
    summary:
      'Any invoice or credit note with its Stripe collection: `/api/finance/invoices/{id}` as JSON, `/api/finance/invoices/{id}.pdf` the PDF',
    params: z.object({ invoiceId: InvoiceFileSchema }),
    response: InvoiceSchema,
    files: 'application/pdf',
    successStatus: 200,
  }),
  voidInvoice: route({
    method: 'POST',
    path: '/api/finance/invoices/{invoiceId}/void',
    context: 'billing',
    access: ['finance'],
    summary:
      'Void an unpaid invoice: a credit note with its own number cancels it (and Stripe’s invoice is voided); 409 for a paid or void one',
    params: z.object({ invoiceId: IdSchema }),
    body: VoidInvoiceRequestSchema,
    example: { reason: 'Billed the wrong organisation' },
    response: VoidInvoiceResponseSchema,
    idempotent: true,
    successStatus: 200,
  }),
  markInvoiceUncollectible: route({
    method: 'POST',
    path: '/api/finance/invoices/{invoiceId}/uncollectible',
    context: 'billing',
    access: ['finance'],
    summary: 'Write an unpaid invoice off as uncollectible (it can still be paid or voided later)',
    params: z.object({ invoiceId: IdSchema }),
    body: UncollectibleRequestSchema,
    example: { reason: 'Organisation dissolved; no assets' },
    response: InvoiceSchema,
    idempotent: true,
    successStatus: 200,
  }),
  recordInvoicePayment: route({
    method: 'POST',
    path: '/api/finance/invoices/{invoiceId}/payments',
    context: 'billing',
    access: ['finance'],
    summary:
      'Ledger billing: record a payment that arrived outside Stripe (bank transfer); 409 for an invoice Stripe collects',
    params: z.object({ invoiceId: IdSchema }),
    body: RecordPaymentRequestSchema,
    example: { reference: 'SEPA transfer 2026-11-03 RF18 5390 0754 7034' },
    response: InvoiceSchema,
    idempotent: true,
    successStatus: 200,
  }),
  retryInvoiceCollection: route({
    method: 'POST',
    path: '/api/finance/invoices/{invoiceId}/collect',
    context: 'billing',
    access: ['finance'],
    summary:
      'Send an invoice to Stripe again after its collection failed (the billing-sync queue gave up); 409 otherwise',
    params: z.object({ invoiceId: IdSchema }),
    response: InvoiceSchema,
    successStatus: 202,
  }),
  getReconciliation: route({
    method: 'GET',
    path: '/api/finance/reconciliation',
    context: 'billing',
    access: ['finance'],
    summary:
      'Per tenant of a period: the ledger’s rating now vs the Opsdesk invoice vs Stripe’s invoice and payment status, differences flagged; paged by tenant',
    query: PageQuerySchema.extend({ period: PeriodIdSchema }),
    exampleQuery: { period: '2026-01' },
    response: ReconciliationSchema,
    successStatus: 200,
  }),
  stripeWebhook: route({
    method: 'POST',
    path: '/api/webhooks/stripe',
    context: 'webhooks',
    access: 'public',
    summary: 'Stripe events, verified by the Stripe-Signature header on the raw body; replays are no-ops',
    response: z.object({ received: z.literal(true), outcome: z.string() }),
    successStatus: 200,
    // Stripe signs every webhook, sends bursts at period close and retries a 429 for days: the stage throttles it.
    rateLimit: 'none',
  }),
  listBookingTypes: route({
    method: 'GET',
    path: '/api/booking-types',
    context: 'booking',
    access: ['customer-admin', 'customer-member', 'operator', 'provider-admin'],
    summary: 'Booking types with allowed durations, buffers, notice, horizon and cancellation policy',
    response: z.object({ items: z.array(BookingTypeSchema) }).meta({ id: 'BookingTypeList' }),
    successStatus: 200,
  }),
  findAvailability: route({
    method: 'GET',
    path: '/api/availability',
    context: 'booking',
    access: CUSTOMER_ROLES,
    summary: 'Free slots of a booking type between `from` and `to` (at most 62 days), shown in `timeZone`',
    query: AvailabilityQuerySchema,
    exampleQuery: {
      type: 'consultation',
      from: '2027-01-04T00:00:00Z',
      to: '2027-01-11T00:00:00Z',
      timeZone: 'Europe/Berlin',
    },
    response: AvailabilityResponseSchema,
    successStatus: 200,
  }),
  book: route({
    method: 'POST',
    path: '/api/bookings',
    context: 'booking',
    access: CUSTOMER_ROLES,
    summary: 'Book a slot; 409 names the quarter hour that is taken',
    body: BookRequestSchema,
    example: { typeId: 'consultation', start: '2027-01-04T09:00:00Z', durationMinutes: 30 },
    response: BookingViewSchema,
    successStatus: 201,
    idempotent: true,
  }),
  listBookings: route({
    method: 'GET',
    path: '/api/bookings',
    context: 'booking',
    access: CUSTOMER_ROLES,
    summary: 'This organisation’s bookings',
    query: PageQuerySchema,
    response: pageSchema(BookingViewSchema).meta({ id: 'BookingPage' }),
    successStatus: 200,
  }),
  cancelBooking: route({
    method: 'POST',
    path: '/api/bookings/{bookingId}/cancel',
    context: 'booking',
    access: CUSTOMER_ROLES,
    summary: 'Cancel a booking: free before the type’s notice, a late-cancellation fee after it',
    params: z.object({ bookingId: IdSchema }),
    response: BookingViewSchema,
    successStatus: 200,
  }),
  rescheduleBooking: route({
    method: 'POST',
    path: '/api/bookings/{bookingId}/reschedule',
    context: 'booking',
    access: CUSTOMER_ROLES,
    summary: 'Move a booking with the same webmaster; 409 if the new slot is taken',
    params: z.object({ bookingId: IdSchema }),
    body: RescheduleRequestSchema,
    example: { start: '2027-01-05T10:00:00Z' },
    response: BookingViewSchema,
    successStatus: 200,
  }),
  getBookingCalendar: route({
    method: 'GET',
    path: '/api/bookings/{bookingId}',
    context: 'booking',
    access: CUSTOMER_ROLES,
    summary:
      'One booking as an RFC 5545 calendar, `GET /api/bookings/{id}.ics` (one path segment, as API Gateway routes it), in the organisation’s time zone',
    params: z.object({ bookingId: z.string().regex(new RegExp(`^${ID_PATTERN}\\.ics$`), '<booking id>.ics') }),
    produces: 'text/calendar',
    response: z.string(),
    successStatus: 200,
  }),
  getStaffAvailability: route({
    method: 'GET',
    path: '/api/ops/availability',
    context: 'booking',
    access: ['operator'],
    summary: 'The calling operator’s weekly hours and exceptions',
    response: StaffAvailabilitySchema,
    successStatus: 200,
  }),
  setStaffAvailability: route({
    method: 'PUT',
    path: '/api/ops/availability',
    context: 'booking',
    access: ['operator'],
    summary: 'Set the calling operator’s weekly hours (in their IANA zone) and dated exceptions',
    body: StaffAvailabilitySchema,
    example: { timeZone: 'Europe/Berlin', weekly: [{ day: 'mon', start: '09:00', end: '17:00' }], exceptions: [] },
    response: StaffAvailabilitySchema,
    successStatus: 200,
  }),
  getOnCallRota: route({
    method: 'GET',
    path: '/api/ops/on-call',
    context: 'booking',
    access: ['operator', 'provider-admin'],
    summary: 'The on-call rota: who takes emergency call-outs when, and every operator who can be on call',
    response: OnCallRotaViewSchema,
    successStatus: 200,
  }),
  setOnCallRota: route({
    method: 'PUT',
    path: '/api/ops/on-call',
    context: 'booking',
    access: ['provider-admin'],
    summary: 'Replace the on-call rota (shifts never overlap; each shift’s staff member is an operator)',
    body: OnCallRotaSchema,
    example: { shifts: [] },
    response: OnCallRotaViewSchema,
    successStatus: 200,
  }),
  listStaffBookings: route({
    method: 'GET',
    path: '/api/ops/bookings',
    context: 'booking',
    access: ['operator'],
    summary: 'The calling operator’s bookings between `from` and `to` (their calendar)',
    query: z.object({ from: IsoInstantSchema, to: IsoInstantSchema }),
    exampleQuery: { from: '2027-01-04T00:00:00Z', to: '2027-01-11T00:00:00Z' },
    response: z.object({ items: z.array(BookingViewSchema) }).meta({ id: 'StaffBookings' }),
    successStatus: 200,
  }),
  completeBooking: route({
    method: 'POST',
    path: '/api/ops/bookings/{bookingId}/complete',
    context: 'booking',
    access: ['operator'],
    summary: 'Log the minutes actually spent; records usage once (a retry records nothing new)',
    params: z.object({ bookingId: IdSchema }),
    body: CompleteBookingRequestSchema,
    example: { minutesSpent: 45, note: 'Updated plugins and checked backups' },
    response: BookingViewSchema,
    successStatus: 200,
  }),
  markNoShow: route({
    method: 'POST',
    path: '/api/ops/bookings/{bookingId}/no-show',
    context: 'booking',
    access: ['operator'],
    summary: 'The customer did not turn up: status `no_show`, the late-cancellation fee recorded once',
    params: z.object({ bookingId: IdSchema }),
    response: BookingViewSchema,
    successStatus: 200,
  }),
  listTaskTypes: route({
    method: 'GET',
    path: '/api/task-types',
    context: 'tasks',
    access: [...CUSTOMER_ROLES, 'operator', 'provider-admin'],
    summary: 'The task catalogue: flags and each type’s parameters as JSON Schema',
    response: z.object({ items: z.array(TaskTypeViewSchema) }).meta({ id: 'TaskTypeList' }),
    successStatus: 200,
  }),
  requestTask: route({
    method: 'POST',
    path: '/api/tasks',
    context: 'tasks',
    access: CUSTOMER_ROLES,
    summary:
      'Request a task on one of the organisation’s hosts: awaiting approval, scheduled for the maintenance window, or queued',
    body: TaskRequestSchema,
    example: { typeId: 'custom', params: { description: 'Please add a redirect from /old to /new.' } },
    response: TaskSchema,
    successStatus: 202,
    idempotent: true,
    rateLimit: 'taskRequests',
  }),
  listTasks: route({
    method: 'GET',
    path: '/api/tasks',
    context: 'tasks',
    access: CUSTOMER_ROLES,
    summary: 'The organisation’s tasks, newest first, with status history and output excerpt',
    query: PageQuerySchema,
    response: TaskPageSchema,
    successStatus: 200,
  }),
  getTask: route({
    method: 'GET',
    path: '/api/tasks/{taskId}',
    context: 'tasks',
    access: CUSTOMER_ROLES,
    summary: 'One task with its status history and output excerpt',
    params: z.object({ taskId: IdSchema }),
    response: TaskSchema,
    successStatus: 200,
  }),
  approveTask: route({
    method: 'POST',
    path: '/api/tasks/{taskId}/approve',
    context: 'tasks',
    access: ['customer-admin'],
    summary: 'Approve a task awaiting approval: it is queued, or scheduled for the maintenance window',
    params: z.object({ taskId: IdSchema }),
    response: TaskSchema,
    successStatus: 200,
    rateLimit: 'taskRequests',
  }),
  declineTask: route({
    method: 'POST',
    path: '/api/tasks/{taskId}/decline',
    context: 'tasks',
    access: ['customer-admin'],
    summary:
      'Decline a task awaiting approval, with a reason the requester reads: it never runs (a repeated decline answers the declined task)',
    params: z.object({ taskId: IdSchema }),
    body: DeclineTaskRequestSchema,
    example: { reason: 'Not before the shop’s sale ends on Friday.' },
    response: TaskSchema,
    successStatus: 200,
  }),
  cancelTask: route({
    method: 'POST',
    path: '/api/tasks/{taskId}/cancel',
    context: 'tasks',
    access: CUSTOMER_ROLES,
    summary: 'Withdraw a task that has not started (waiting for approval, a maintenance window or the queue)',
    params: z.object({ taskId: IdSchema }),
    response: TaskSchema,
    successStatus: 200,
  }),
  getMaintenanceWindow: route({
    method: 'GET',
    path: '/api/maintenance-window',
    context: 'tasks',
    access: CUSTOMER_ROLES,
    summary: 'The organisation’s weekly maintenance window (in its time zone) and its next opening',
    response: MaintenanceWindowViewSchema,
    successStatus: 200,
  }),
  setMaintenanceWindow: route({
    method: 'PUT',
    path: '/api/maintenance-window',
    context: 'tasks',
    access: ['customer-admin'],
    summary: 'Set the weekly maintenance window disruptive tasks wait for',
    body: MaintenanceWindowSchema,
    example: { day: 'sun', start: '02:00', durationMinutes: 180 },
    response: MaintenanceWindowViewSchema,
    successStatus: 200,
  }),
  listHosts: route({
    method: 'GET',
    path: '/api/hosts',
    context: 'tasks',
    access: CUSTOMER_ROLES,
    summary: 'The organisation’s managed hosts as last synchronised from SSM',
    response: HostListSchema,
    successStatus: 200,
  }),
  createActivation: route({
    method: 'POST',
    path: '/api/hosts/activations',
    context: 'tasks',
    access: ['customer-admin'],
    summary:
      'An SSM hybrid activation for one server, with the command that registers it; 409 without a plan that includes hosts, with 3 unused activations, or when registered hosts plus unused activations reach the plan’s hosts',
    body: ActivationRequestSchema,
    example: { name: 'web-01' },
    response: ActivationSchema,
    successStatus: 201,
  }),
  syncHosts: route({
    method: 'POST',
    path: '/api/hosts/sync',
    context: 'tasks',
    access: CUSTOMER_ROLES,
    summary: 'Read the organisation’s hosts from SSM now',
    response: HostListSchema,
    successStatus: 200,
  }),
  deregisterHost: route({
    method: 'DELETE',
    path: '/api/hosts/{hostId}',
    context: 'tasks',
    access: ['customer-admin'],
    summary: 'Deregister a host from SSM and remove it from the inventory',
    params: z.object({ hostId: HostIdSchema }),
    response: null,
    successStatus: 204,
  }),
  listTaskQueue: route({
    method: 'GET',
    path: '/api/ops/queue',
    context: 'tasks',
    access: ['operator', 'provider-admin'],
    summary: 'Open tasks across tenants, oldest first, with tenant name and SLA due time',
    query: PageQuerySchema,
    response: TaskPageSchema,
    successStatus: 200,
  }),
  getOpsTask: route({
    method: 'GET',
    path: '/api/ops/tasks/{taskId}',
    context: 'tasks',
    access: ['operator', 'provider-admin'],
    summary: 'Any tenant’s task, for operators',
    params: z.object({ taskId: IdSchema }),
    response: TaskSchema,
    successStatus: 200,
  }),
  claimTask: route({
    method: 'POST',
    path: '/api/ops/tasks/{taskId}/claim',
    context: 'tasks',
    access: ['operator'],
    summary: 'Take a manual task; 409 if another operator has it',
    params: z.object({ taskId: IdSchema }),
    response: TaskSchema,
    successStatus: 200,
  }),
  unclaimTask: route({
    method: 'POST',
    path: '/api/ops/tasks/{taskId}/unclaim',
    context: 'tasks',
    access: ['operator'],
    summary: 'Hand a claimed manual task back to the queue (only the operator who claimed it)',
    params: z.object({ taskId: IdSchema }),
    response: TaskSchema,
    successStatus: 200,
  }),
  completeTask: route({
    method: 'POST',
    path: '/api/ops/tasks/{taskId}/complete',
    context: 'tasks',
    access: ['operator'],
    summary: 'Finish a claimed manual task; the minutes are recorded as usage',
    params: z.object({ taskId: IdSchema }),
    body: CompleteTaskRequestSchema,
    example: { minutesSpent: 30, note: 'Redirect added and tested.', outcome: 'succeeded' },
    response: TaskSchema,
    successStatus: 200,
  }),
  listDeadLetters: route({
    method: 'GET',
    path: '/api/ops/dead-letters',
    context: 'tasks',
    access: ['operator', 'provider-admin'],
    summary: 'Tasks whose dispatch failed three times, newest first',
    query: PageQuerySchema,
    response: TaskPageSchema,
    successStatus: 200,
  }),
  redriveTask: route({
    method: 'POST',
    path: '/api/ops/tasks/{taskId}/redrive',
    context: 'tasks',
    access: ['operator', 'provider-admin'],
    summary: 'Send a dead-lettered task back to the dispatch queue',
    params: z.object({ taskId: IdSchema }),
    response: TaskSchema,
    successStatus: 200,
  }),
  listMonitors: route({
    method: 'GET',
    path: '/api/monitors',
    context: 'monitoring',
    access: CUSTOMER_ROLES,
    summary: 'This organisation’s monitors with their current state, by name',
    response: z.object({ items: z.array(MonitorSchema) }).meta({ id: 'MonitorList' }),
    successStatus: 200,
  }),
  createMonitor: route({
    method: 'POST',
    path: '/api/monitors',
    context: 'monitoring',
    access: ['customer-admin'],
    summary:
      'Create a monitor (http, tls, dns, tcp, heartbeat, host); the plan decides how many and how often; 422 names a field or a target the checker may not reach',
    body: MonitorRequestSchema,
    example: {
      name: 'Shop front page',
      kind: 'http',
      target: 'https://shop.example.org/',
      intervalMinutes: 5,
      confirmations: 2,
      keyword: 'Add to cart',
      maxResponseMs: 3000,
    },
    response: MonitorSchema,
    successStatus: 201,
    idempotent: true,
  }),
  getMonitor: route({
    method: 'GET',
    path: '/api/monitors/{monitorId}',
    context: 'monitoring',
    access: CUSTOMER_ROLES,
    summary: 'One monitor with its newest results',
    params: z.object({ monitorId: IdSchema }),
    response: MonitorDetailSchema,
    successStatus: 200,
  }),
  updateMonitor: route({
    method: 'PATCH',
    path: '/api/monitors/{monitorId}',
    context: 'monitoring',
    access: ['customer-admin'],
    summary: 'Change a monitor (any field but its kind), or pause and resume it',
    params: z.object({ monitorId: IdSchema }),
    body: MonitorPatchSchema,
    example: { intervalMinutes: 10, paused: false },
    response: MonitorSchema,
    successStatus: 200,
  }),
  deleteMonitor: route({
    method: 'DELETE',
    path: '/api/monitors/{monitorId}',
    context: 'monitoring',
    access: ['customer-admin'],
    summary: 'Delete a monitor (its incidents stay, resolved)',
    params: z.object({ monitorId: IdSchema }),
    response: null,
    successStatus: 204,
  }),
  checkMonitorNow: route({
    method: 'POST',
    path: '/api/monitors/{monitorId}/check-now',
    context: 'monitoring',
    access: ['customer-admin'],
    summary: 'Check the monitor at the next dispatch (within a minute) instead of after its interval: after a fix',
    params: z.object({ monitorId: IdSchema }),
    response: MonitorSchema,
    successStatus: 200,
  }),
  getMonitorHistory: route({
    method: 'GET',
    path: '/api/monitors/{monitorId}/history',
    context: 'monitoring',
    access: CUSTOMER_ROLES,
    summary: 'Up/down counts and response-time percentiles per hour (24h, 7d) or day (90d): what the charts draw',
    params: z.object({ monitorId: IdSchema }),
    query: z.object({ range: z.enum(['24h', '7d', '90d']).default('24h') }),
    response: MonitorHistorySchema,
    successStatus: 200,
  }),
  scheduleMaintenance: route({
    method: 'POST',
    path: '/api/monitors/{monitorId}/maintenance',
    context: 'monitoring',
    access: ['customer-admin'],
    summary: 'Plan a maintenance: checks go on, no page goes out, the time is not counted in uptime',
    params: z.object({ monitorId: IdSchema }),
    body: MaintenanceRequestSchema,
    example: { start: '2027-01-09T22:00:00Z', end: '2027-01-09T23:30:00Z', reason: 'PHP upgrade' },
    response: MonitorSchema,
    successStatus: 201,
  }),
  cancelMaintenance: route({
    method: 'DELETE',
    path: '/api/monitors/{monitorId}/maintenance/{slotId}',
    context: 'monitoring',
    access: ['customer-admin'],
    summary: 'Cancel a planned maintenance (or end a running one now)',
    params: z.object({ monitorId: IdSchema, slotId: IdSchema }),
    response: null,
    successStatus: 204,
  }),
  pingHeartbeat: heartbeatRoute('POST', '/api/heartbeats/{token}', PING_SUMMARY, PingParamsSchema),
  pingHeartbeatGet: heartbeatRoute('GET', '/api/heartbeats/{token}', CRON_SUMMARY, PingParamsSchema),
  signalHeartbeat: heartbeatRoute('POST', '/api/heartbeats/{token}/{signal}', SIGNAL_SUMMARY, SignalParamsSchema),
  signalHeartbeatGet: heartbeatRoute('GET', '/api/heartbeats/{token}/{signal}', CRON_SUMMARY, SignalParamsSchema),
  listIncidents: route({
    method: 'GET',
    path: '/api/incidents',
    context: 'monitoring',
    access: [...CUSTOMER_ROLES, 'operator', 'provider-admin'],
    summary: 'Incidents, newest first: a customer’s own organisation’s; operators and provider-admins every tenant’s',
    query: IncidentListQuerySchema,
    response: pageSchema(IncidentSchema).meta({ id: 'IncidentPage' }),
    successStatus: 200,
  }),
  getIncident: route({
    method: 'GET',
    path: '/api/incidents/{incidentId}',
    context: 'monitoring',
    access: [...CUSTOMER_ROLES, 'operator', 'provider-admin'],
    summary: 'One incident with its timeline and the output of its diagnostic and remediation tasks',
    params: z.object({ incidentId: IdSchema }),
    response: IncidentViewSchema,
    successStatus: 200,
  }),
  acknowledgeIncident: route({
    method: 'POST',
    path: '/api/incidents/{incidentId}/acknowledge',
    context: 'monitoring',
    access: ['operator', 'provider-admin'],
    summary: 'Take the incident: paging and escalation stop (acknowledging twice changes nothing)',
    params: z.object({ incidentId: IdSchema }),
    response: IncidentViewSchema,
    successStatus: 200,
  }),
  resolveIncident: route({
    method: 'POST',
    path: '/api/incidents/{incidentId}/resolve',
    context: 'monitoring',
    access: ['operator', 'provider-admin'],
    summary: 'Close the incident with an optional note (the customer sees it)',
    params: z.object({ incidentId: IdSchema }),
    body: ResolveIncidentRequestSchema,
    example: { note: 'Restarted php-fpm; the shop answers again.' },
    response: IncidentViewSchema,
    successStatus: 200,
  }),
  addIncidentNote: route({
    method: 'POST',
    path: '/api/incidents/{incidentId}/notes',
    context: 'monitoring',
    access: ['operator', 'provider-admin'],
    summary: 'Add a note to the timeline (the customer sees it)',
    params: z.object({ incidentId: IdSchema }),
    body: IncidentNoteRequestSchema,
    example: { text: 'Disk at 97 %: rotating the access logs.' },
    response: IncidentViewSchema,
    successStatus: 201,
  }),
  remediateIncident: route({
    method: 'POST',
    path: '/api/incidents/{incidentId}/remediate',
    context: 'monitoring',
    access: ['operator', 'provider-admin'],
    summary:
      'Start a remediation task on the monitor’s host (service restart, certificate renewal) through the task lifecycle: approvals and maintenance windows apply, the run is billed',
    params: z.object({ incidentId: IdSchema }),
    body: RemediateRequestSchema,
    example: { typeId: 'service-restart', params: { service: 'nginx' } },
    response: IncidentViewSchema,
    successStatus: 201,
    rateLimit: 'taskRequests',
  }),
  acknowledgeByLink: route({
    method: 'POST',
    path: '/api/incident-acks',
    context: 'monitoring',
    access: 'public',
    summary: 'The one-click acknowledgement of a page’s e-mail: the signed, expiring token is the credential',
    body: AckLinkRequestSchema,
    example: { token: 'eyJpbmNpZGVudElkIjoi…signature' },
    response: z
      .object({
        incidentId: IdSchema,
        status: z.enum(['open', 'acknowledged', 'resolved']),
        acknowledgedBy: z.string(),
      })
      .meta({ id: 'AckLinkResponse' }),
    successStatus: 200,
  }),
  listIncidentQueue: route({
    method: 'GET',
    path: '/api/ops/incidents',
    context: 'monitoring',
    access: ['operator', 'provider-admin'],
    summary:
      'Every tenant’s unresolved incidents in one queue: most severe first, then oldest, with the plan’s acknowledge and resolve deadlines',
    response: z.object({ items: z.array(IncidentSchema) }).meta({ id: 'IncidentQueue' }),
    successStatus: 200,
  }),
  getStatusPage: route({
    method: 'GET',
    path: '/api/status-page',
    context: 'reports',
    access: CUSTOMER_ROLES,
    summary: 'The organisation’s public status page settings (slug null until one is chosen)',
    response: StatusPageSchema,
    successStatus: 200,
  }),
  putStatusPage: route({
    method: 'PUT',
    path: '/api/status-page',
    context: 'reports',
    access: ['customer-admin'],
    summary:
      'Choose the slug, the monitors shown and whether the page is published; 409 naming `body.slug` when another organisation has it',
    body: StatusPageRequestSchema,
    example: { slug: 'demo-verein', published: true, monitorIds: [] },
    response: StatusPageSchema,
    successStatus: 200,
  }),
  getPublicStatus: route({
    method: 'GET',
    path: '/api/status/{slug}',
    context: 'reports',
    access: 'public',
    summary:
      'A published status page: current state and 90-day uptime of the chosen monitors, open and recent incidents, planned maintenance; 404 when unknown or unpublished',
    // Any segment: a malformed slug gets the same 404 as an unknown one (a slug's existence is not revealed).
    params: z.object({ slug: z.string() }),
    response: PublicStatusSchema,
    successStatus: 200,
    cacheSeconds: STATUS_CACHE_SECONDS,
    ignoresQuery: true,
  }),
  getStatusHtml: route({
    method: 'GET',
    path: '/status/{slug}',
    context: 'reports',
    access: 'public',
    summary: 'The same status page as HTML (no script); an unknown or unpublished slug gets a 404 page',
    params: z.object({ slug: z.string() }),
    response: z.string(),
    produces: 'text/html',
    successStatus: 200,
    cacheSeconds: STATUS_CACHE_SECONDS,
    ignoresQuery: true,
  }),
  listReports: route({
    method: 'GET',
    path: '/api/reports',
    context: 'reports',
    access: [...CUSTOMER_ROLES, 'finance', 'operator', 'provider-admin'],
    summary:
      'Monthly service reports of the organisation, newest first; finance, operators and provider-admins name a tenant (`?tenantId=`) or a period (`?period=`: every tenant’s report of it)',
    query: ReportListQuerySchema,
    response: ReportListSchema,
    successStatus: 200,
  }),
  getReport: route({
    method: 'GET',
    path: '/api/reports/{period}',
    context: 'reports',
    access: [...CUSTOMER_ROLES, 'finance', 'operator', 'provider-admin'],
    summary:
      'The monthly service report of a closed period: `/api/reports/{YYYY-MM}` as JSON (CSV with `Accept: text/csv`), `/api/reports/{YYYY-MM}.pdf` the PDF; staff name the organisation with `?tenantId=`',
    params: z.object({ period: ReportFileSchema }),
    query: ReportQuerySchema,
    response: ServiceReportSchema,
    files: 'application/pdf',
    csv: serviceReportCsv,
    successStatus: 200,
  }),
  getReportExport: route({
    method: 'GET',
    path: '/api/reports/{period}/export',
    context: 'reports',
    access: [...CUSTOMER_ROLES, 'finance', 'operator', 'provider-admin'],
    summary: 'The raw records behind every figure of a report (rollups, incidents, tasks, bookings, usage, invoice)',
    params: z.object({ period: PeriodIdSchema }),
    query: ReportQuerySchema,
    response: ReportExportSchema,
    successStatus: 200,
  }),
  quoteBooking: route({
    method: 'GET',
    path: '/api/booking-quote',
    context: 'booking',
    access: CUSTOMER_ROLES,
    summary:
      'What a booking of this length would do to the month’s included webmaster hours, and what the time beyond them costs',
    query: BookingQuoteQuerySchema,
    exampleQuery: { durationMinutes: '60' },
    response: BookingQuoteSchema,
    successStatus: 200,
  }),
  devLogin: route({
    method: 'POST',
    path: '/auth/dev/login',
    context: 'dev-identity',
    access: 'public',
    summary: 'Local stack only: a signed token for an existing user, as Cognito would issue',
    body: DevLoginRequestSchema,
    example: { email: 'owner@demo.example' },
    response: DevLoginResponseSchema,
    successStatus: 200,
    localOnly: true,
    // Local stack only: the dev identity provider's sign-in writes nothing.
    rateLimit: 'none',
  }),
  devMailbox: route({
    method: 'GET',
    path: '/auth/dev/mailbox',
    context: 'dev-identity',
    access: ['customer-admin', 'customer-member', 'operator', 'finance', 'provider-admin'],
    summary:
      'Local stack only: the e-mails the stack has "sent" (bookings, incident pages), newest first — provider staff every tenant’s, a customer their organisation’s',
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(NOTIFICATION_KINDS),
          bookingId: z.string().nullable(),
          incidentId: z.string().nullable().optional(),
          tenantId: z.string(),
          to: z.string(),
          subject: z.string(),
          text: z.string(),
          ics: z.string().nullable(),
          attachment: z
            .object({ type: z.literal('service_report'), periodId: z.string() })
            .nullable()
            .optional(),
          dueAt: z.string(),
          sentAt: z.string(),
        }),
      ),
    }),
    successStatus: 200,
    localOnly: true,
  }),
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type RouteId = keyof Routes;

export const routeEntries = (): [RouteId, RouteDefinition][] => Object.entries(routes) as [RouteId, RouteDefinition][];

/** `METHOD /path` as API Gateway names a route. */
export const routeKey = (definition: RouteDefinition): string => `${definition.method} ${definition.path}`;

const paramPattern = /\{([A-Za-z0-9_]+)\}/g;

/** Matches a concrete path against a route's template; returns its path parameters or null. */
export const matchPath = (template: string, path: string): Record<string, string> | null => {
  const names: string[] = [];
  const source = template
    .split(paramPattern)
    .map((part, index) => {
      if (index % 2 === 1) {
        names.push(part);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
};

export const pathParamNames = (template: string): string[] =>
  [...template.matchAll(paramPattern)].map((m) => m[1] ?? '');
