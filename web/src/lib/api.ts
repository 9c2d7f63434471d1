import type { z } from 'zod';
import type { CustomerInvoice } from '../../../shared/billing/invoice-actions.js';
import type { Invoice, InvoiceStatus, PeriodClose, StripeCollection } from '../../../shared/billing/invoices.js';
import type {
  Reconciliation,
  ReconciliationDifference,
  ReconciliationRow,
} from '../../../shared/billing/reconciliation.js';
import type { BookingType } from '../../../shared/booking/booking-types.js';
import type {
  BookingView as Booking,
  OnCallRota,
  OnCallRotaView,
  StaffAvailability,
  StaffMember,
} from '../../../shared/booking/model.js';
import type { Problem } from '../../../shared/contracts/common.js';
import type { DevLoginResponseSchema, HttpMethod, PlanListSchema, Routes } from '../../../shared/contracts/routes.js';
import type {
  Incident,
  IncidentListQuery,
  IncidentView,
  MaintenanceRequest,
  Monitor,
  MonitorDetail,
  MonitorHistory,
  MonitorPatch,
  MonitorRequest,
} from '../../../shared/monitoring/model.js';
import type { TaskTypeView } from '../../../shared/tasks/catalogue.js';
import type { Activation, Host, MaintenanceWindowView, Task, TaskStatus } from '../../../shared/tasks/model.js';
import type { ApiKey, CreateApiKeyRequest, CreatedApiKey } from '../../../shared/tenancy/api-keys.js';
import type {
  CustomerRole,
  MeResponse,
  SignupRequest,
  SignupResponse,
  Tenant,
  User,
} from '../../../shared/tenancy/model.js';
import type { UsageView } from '../../../shared/usage/ledger.js';
import { noteServerDate } from './clock.js';
import { loginPath, navigate } from './router.js';
import { getToken, signOut } from './session.js';

/**
 * The one way this app talks HTTP: adds the bearer token, turns problem+json into an ApiError,
 * a failed connection into a NetworkError, and a 401 on a signed-in request into signing out.
 */

export type PlanList = z.infer<typeof PlanListSchema>;
export type DevLoginResponse = z.infer<typeof DevLoginResponseSchema>;
export type UserPage = z.infer<Routes['listUsers']['response']>;
export type AuditPage = z.infer<Routes['listAudit']['response']>;
export type AuditEntry = AuditPage['items'][number];
export type TenantPage = z.infer<Routes['listTenants']['response']>;
export type TenantExport = z.infer<Routes['exportTenant']['response']>;
export type InviteUserRequest = z.input<Routes['inviteUser']['body']>;
export type SubscriptionView = z.infer<Routes['getSubscription']['response']>;
export type SubscriptionPreview = z.infer<Routes['previewSubscription']['response']>;
export type BookingQuote = z.infer<Routes['quoteBooking']['response']>;
export type StatusPageSettings = z.infer<Routes['getStatusPage']['response']>;
export type StatusPageInput = z.input<Routes['putStatusPage']['body']>;
export type Entitlement = SubscriptionView['entitlements'][number];
/** `{ checkoutUrl }` when Stripe needs a payment method first (send the browser there), else the subscription. */
export type SubscribeResponse = z.infer<Routes['subscribe']['response']>;
export type PortalSession = z.infer<Routes['openBillingPortal']['response']>;
/** `{ profile }`: who the invoices are addressed to; null until an admin sets it. */
export type BillingProfileView = z.infer<Routes['getBillingProfile']['response']>;
export type BillingProfile = NonNullable<BillingProfileView['profile']>;
export type BillingProfileInput = z.input<Routes['setBillingProfile']['body']>;
export type { Booking, BookingType, OnCallRota, OnCallRotaView, StaffAvailability, StaffMember };
export type OnCallShift = OnCallRota['shifts'][number];
export type BookingPage = z.infer<Routes['listBookings']['response']>;
/** Free slots of one booking type, `start`/`end` with the offset of the zone asked for. */
export type Availability = z.infer<Routes['findAvailability']['response']>;
export type Slot = Availability['slots'][number];
export interface AvailabilityQuery {
  type: string;
  /** ISO instants, at most 62 days apart. */
  from: string;
  to: string;
  /** The zone the slots are given in. */
  timeZone: string;
  durationMinutes?: number | undefined;
  staffId?: string | undefined;
}
export type BookRequest = z.input<Routes['book']['body']>;
export type RescheduleRequest = z.input<Routes['rescheduleBooking']['body']>;
export type CompleteBookingRequest = z.input<Routes['completeBooking']['body']>;
export type StaffAvailabilityInput = z.input<Routes['setStaffAvailability']['body']>;
export type OnCallRotaInput = z.input<Routes['setOnCallRota']['body']>;
/** `{ items, nextCursor? }`: one page of any list route. */
export type Page<T> = { items: T[]; nextCursor?: string | undefined };
/** Local stack only: the booking e-mails it has "sent" (the caller's organisation's, or all for staff), newest first. */
export type Mailbox = z.infer<Routes['devMailbox']['response']>;
/** Staff: queues, outbox, the latest period close and the schedules' heartbeats (the operations alarms' figures). */
export type OperationsSnapshot = z.infer<Routes['getOperations']['response']>;
export type MailboxMessage = Mailbox['items'][number];

export type { Activation, Host, MaintenanceWindowView, Task, TaskStatus, TaskTypeView };
export type TaskPage = z.infer<Routes['listTasks']['response']>;
export type HostList = z.infer<Routes['listHosts']['response']>;
export type TaskRequestBody = z.input<Routes['requestTask']['body']>;
export type CompleteTaskRequestBody = z.input<Routes['completeTask']['body']>;
export type MaintenanceWindowInput = z.input<Routes['setMaintenanceWindow']['body']>;

// Usage and invoices: money in minor units of the view's or invoice's currency, VAT rates in basis points.
export type { Invoice, InvoiceStatus, PeriodClose, StripeCollection, UsageView };
/** One record of a month's usage, with its kind's total so far. */
export type UsageRecordView = UsageView['records'][number];
export type InvoicePage = z.infer<Routes['listFinanceInvoices']['response']>;
/** An invoice as its organisation sees it: without Stripe's collection and finance's note. */
export type { CustomerInvoice };
export type CustomerInvoicePage = z.infer<Routes['listInvoices']['response']>;
/** Voiding answers with the void invoice and the credit note that cancels it. */
export type VoidedInvoice = z.infer<Routes['voidInvoice']['response']>;
export type RecordPaymentRequest = z.input<Routes['recordInvoicePayment']['body']>;
// Monitoring and incidents (issue 13).
export type {
  Incident,
  IncidentView,
  Monitor,
  MonitorDetail,
  MonitorHistory,
  MonitorRequest,
  Reconciliation,
  ReconciliationDifference,
  ReconciliationRow,
};
export type HistoryRange = MonitorHistory['range'];
export type IncidentPage = z.infer<Routes['listIncidents']['response']>;
export type AckLinkResponse = z.infer<Routes['acknowledgeByLink']['response']>;
export type RemediateRequestBody = z.input<Routes['remediateIncident']['body']>;
// API keys (issue 17): what the organisation's scripts sign in with.
export type { ApiKey, CreateApiKeyRequest, CreatedApiKey };

/** The server answered with an error; `problem` is its RFC 9457 body (or one made up from the status). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Field errors keyed by field name: `body.email` → `email`. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { path, message } of this.problem.errors ?? []) {
      const field = path.replace(/^body\.?/, '') || '_';
      byField[field] ??= message;
    }
    return byField;
  }
}

/** The request never got an answer (offline, DNS, server down, CORS). */
export class NetworkError extends Error {
  constructor(options?: ErrorOptions) {
    super('Could not reach Opsdesk. Check your connection and try again.', options);
    this.name = 'NetworkError';
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

export const isAbortError = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
  /** false for public routes: no token is sent, so a 401 cannot end the session. */
  authenticated?: boolean;
  /** For routes that accept one: a retry with the same key and body gets the first response again. */
  idempotencyKey?: string;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected response',
      status: response.status,
      detail: 'The server sent something this page cannot read. Reload and try again.',
    });
  }
}

/** Like `request`, for a route's text rendering (`Accept: text/csv`): the body as text. */
export async function requestText(path: string, accept: string, options: RequestOptions = {}): Promise<string> {
  const response = await send(path, options, accept);
  try {
    return await response.text();
  } catch (error) {
    if (isAbortError(error)) throw error;
    // The answer broke off while it was being read.
    throw new NetworkError({ cause: error });
  }
}

/** A file a route answers with (`/api/invoices/{id}.pdf`): its bytes and the name the server gives it, if any. */
export async function requestFile(
  path: string,
  accept: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(path, options, accept);
  try {
    return { blob: await response.blob(), filename: attachmentName(response.headers.get('Content-Disposition')) };
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError({ cause: error });
  }
}

/** `attachment; filename="OD-2026-000001.pdf"` → `OD-2026-000001.pdf`; null without one. */
const attachmentName = (disposition: string | null): string | null =>
  /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1]?.trim() || null;

/** Sends a request as the top of this file says, asking for `accept`; the response if it succeeded, else it throws. */
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const { method = 'GET', body, signal, authenticated = true, idempotencyKey } = options;
  const token = authenticated ? getToken() : null;
  const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError({ cause: error });
  }

  noteServerDate(response.headers.get('Date'));
  if (response.status === 401 && token && token === getToken()) endSession();
  if (!response.ok) throw new ApiError(await readProblem(response));
  return response;
}

function endSession(): void {
  const here = window.location.pathname + window.location.search;
  signOut('Your session has ended. Please sign in again.');
  if (window.location.pathname !== '/login') navigate(loginPath(here), { replace: true });
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `Request failed (${response.status})`,
    status: response.status,
    detail:
      response.status >= 502 && response.status <= 504
        ? 'Opsdesk is not reachable right now. Try again in a moment.'
        : `The server answered with status ${response.status}.`,
  };
  if (!response.headers.get('Content-Type')?.includes('json')) return fallback;
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return fallback;
    const problem = body as Partial<Problem>;
    return {
      ...fallback,
      ...problem,
      title: typeof problem.title === 'string' ? problem.title : fallback.title,
      detail: typeof problem.detail === 'string' ? problem.detail : '',
      status: response.status,
      errors: Array.isArray(problem.errors) ? problem.errors : undefined,
    };
  } catch {
    return fallback;
  }
}

/**
 * A title and a sentence for any error, for the error states of every page.
 * `specific` is false when the title says nothing beyond "it failed" (a plain Error), so callers may drop it.
 */
export function describeError(error: unknown): { title: string; detail: string; specific: boolean } {
  if (error instanceof ApiError) return { title: error.problem.title, detail: error.problem.detail, specific: true };
  if (error instanceof NetworkError) return { title: 'Network error', detail: error.message, specific: true };
  if (error instanceof Error) return { title: 'Something went wrong', detail: error.message, specific: false };
  return { title: 'Something went wrong', detail: 'An unexpected error occurred.', specific: false };
}

/**
 * Method and path of each route this app calls. `satisfies` holds them equal to the route manifest
 * (shared/contracts/routes.ts) at compile time, without shipping the manifest's zod schemas to the browser.
 */
const ROUTES = {
  listPlans: { method: 'GET', path: '/api/plans' },
  signUp: { method: 'POST', path: '/api/signup' },
  devLogin: { method: 'POST', path: '/auth/dev/login' },
  devMailbox: { method: 'GET', path: '/auth/dev/mailbox' },
  getMe: { method: 'GET', path: '/api/me' },
  listUsers: { method: 'GET', path: '/api/users' },
  inviteUser: { method: 'POST', path: '/api/users/invitations' },
  changeUserRole: { method: 'PATCH', path: '/api/users/{userId}' },
  removeUser: { method: 'DELETE', path: '/api/users/{userId}' },
  listAudit: { method: 'GET', path: '/api/audit' },
  exportTenant: { method: 'GET', path: '/api/tenant/export' },
  requestTenantDeletion: { method: 'POST', path: '/api/tenant/deletion' },
  cancelTenantDeletion: { method: 'DELETE', path: '/api/tenant/deletion' },
  listTenants: { method: 'GET', path: '/api/admin/tenants' },
  suspendTenant: { method: 'POST', path: '/api/admin/tenants/{tenantId}/suspend' },
  reactivateTenant: { method: 'POST', path: '/api/admin/tenants/{tenantId}/reactivate' },
  getSubscription: { method: 'GET', path: '/api/subscription' },
  previewSubscription: { method: 'GET', path: '/api/subscription/preview' },
  quoteBooking: { method: 'GET', path: '/api/booking-quote' },
  getStatusPage: { method: 'GET', path: '/api/status-page' },
  putStatusPage: { method: 'PUT', path: '/api/status-page' },
  subscribe: { method: 'POST', path: '/api/subscription' },
  openBillingPortal: { method: 'POST', path: '/api/billing/portal' },
  getBillingProfile: { method: 'GET', path: '/api/billing/profile' },
  setBillingProfile: { method: 'PUT', path: '/api/billing/profile' },
  listBookingTypes: { method: 'GET', path: '/api/booking-types' },
  findAvailability: { method: 'GET', path: '/api/availability' },
  book: { method: 'POST', path: '/api/bookings' },
  listBookings: { method: 'GET', path: '/api/bookings' },
  cancelBooking: { method: 'POST', path: '/api/bookings/{bookingId}/cancel' },
  rescheduleBooking: { method: 'POST', path: '/api/bookings/{bookingId}/reschedule' },
  getStaffAvailability: { method: 'GET', path: '/api/ops/availability' },
  setStaffAvailability: { method: 'PUT', path: '/api/ops/availability' },
  getOnCallRota: { method: 'GET', path: '/api/ops/on-call' },
  setOnCallRota: { method: 'PUT', path: '/api/ops/on-call' },
  listStaffBookings: { method: 'GET', path: '/api/ops/bookings' },
  completeBooking: { method: 'POST', path: '/api/ops/bookings/{bookingId}/complete' },
  markNoShow: { method: 'POST', path: '/api/ops/bookings/{bookingId}/no-show' },
  listTaskTypes: { method: 'GET', path: '/api/task-types' },
  requestTask: { method: 'POST', path: '/api/tasks' },
  listTasks: { method: 'GET', path: '/api/tasks' },
  getTask: { method: 'GET', path: '/api/tasks/{taskId}' },
  approveTask: { method: 'POST', path: '/api/tasks/{taskId}/approve' },
  declineTask: { method: 'POST', path: '/api/tasks/{taskId}/decline' },
  cancelTask: { method: 'POST', path: '/api/tasks/{taskId}/cancel' },
  getMaintenanceWindow: { method: 'GET', path: '/api/maintenance-window' },
  setMaintenanceWindow: { method: 'PUT', path: '/api/maintenance-window' },
  listHosts: { method: 'GET', path: '/api/hosts' },
  createActivation: { method: 'POST', path: '/api/hosts/activations' },
  syncHosts: { method: 'POST', path: '/api/hosts/sync' },
  deregisterHost: { method: 'DELETE', path: '/api/hosts/{hostId}' },
  listTaskQueue: { method: 'GET', path: '/api/ops/queue' },
  getOpsTask: { method: 'GET', path: '/api/ops/tasks/{taskId}' },
  claimTask: { method: 'POST', path: '/api/ops/tasks/{taskId}/claim' },
  unclaimTask: { method: 'POST', path: '/api/ops/tasks/{taskId}/unclaim' },
  completeTask: { method: 'POST', path: '/api/ops/tasks/{taskId}/complete' },
  listDeadLetters: { method: 'GET', path: '/api/ops/dead-letters' },
  getOperations: { method: 'GET', path: '/api/operations' },
  redriveTask: { method: 'POST', path: '/api/ops/tasks/{taskId}/redrive' },
  getUsage: { method: 'GET', path: '/api/usage' },
  closePeriod: { method: 'POST', path: '/api/finance/periods/{period}/close' },
  getPeriodClose: { method: 'GET', path: '/api/finance/periods/{period}' },
  listFinanceInvoices: { method: 'GET', path: '/api/finance/invoices' },
  getFinanceInvoice: { method: 'GET', path: '/api/finance/invoices/{invoiceId}' },
  voidInvoice: { method: 'POST', path: '/api/finance/invoices/{invoiceId}/void' },
  markInvoiceUncollectible: { method: 'POST', path: '/api/finance/invoices/{invoiceId}/uncollectible' },
  recordInvoicePayment: { method: 'POST', path: '/api/finance/invoices/{invoiceId}/payments' },
  retryInvoiceCollection: { method: 'POST', path: '/api/finance/invoices/{invoiceId}/collect' },
  getReconciliation: { method: 'GET', path: '/api/finance/reconciliation' },
  listInvoices: { method: 'GET', path: '/api/invoices' },
  getInvoice: { method: 'GET', path: '/api/invoices/{invoiceId}' },
  listMonitors: { method: 'GET', path: '/api/monitors' },
  createMonitor: { method: 'POST', path: '/api/monitors' },
  getMonitor: { method: 'GET', path: '/api/monitors/{monitorId}' },
  updateMonitor: { method: 'PATCH', path: '/api/monitors/{monitorId}' },
  checkMonitorNow: { method: 'POST', path: '/api/monitors/{monitorId}/check-now' },
  deleteMonitor: { method: 'DELETE', path: '/api/monitors/{monitorId}' },
  getMonitorHistory: { method: 'GET', path: '/api/monitors/{monitorId}/history' },
  scheduleMaintenance: { method: 'POST', path: '/api/monitors/{monitorId}/maintenance' },
  cancelMaintenance: { method: 'DELETE', path: '/api/monitors/{monitorId}/maintenance/{slotId}' },
  listIncidents: { method: 'GET', path: '/api/incidents' },
  getIncident: { method: 'GET', path: '/api/incidents/{incidentId}' },
  acknowledgeIncident: { method: 'POST', path: '/api/incidents/{incidentId}/acknowledge' },
  resolveIncident: { method: 'POST', path: '/api/incidents/{incidentId}/resolve' },
  addIncidentNote: { method: 'POST', path: '/api/incidents/{incidentId}/notes' },
  remediateIncident: { method: 'POST', path: '/api/incidents/{incidentId}/remediate' },
  acknowledgeByLink: { method: 'POST', path: '/api/incident-acks' },
  listIncidentQueue: { method: 'GET', path: '/api/ops/incidents' },
  listApiKeys: { method: 'GET', path: '/api/api-keys' },
  createApiKey: { method: 'POST', path: '/api/api-keys' },
  revokeApiKey: { method: 'DELETE', path: '/api/api-keys/{apiKeyId}' },
} as const satisfies { [K in keyof Routes]?: Pick<Routes[K], 'method' | 'path'> };

/** `/api/users/{userId}` with `{ userId: 'u-1' }` → `/api/users/u-1`. */
const fillPath = (template: string, params: Record<string, string>): string =>
  template.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

/** Appends the query parameters that have a value: `?limit=&cursor=` of list routes, filters. */
const withQuery = (path: string, query: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') search.set(name, `${value}`);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

export interface PageRequest {
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** An `Idempotency-Key`: random, visible ASCII (works without `crypto.randomUUID`, which needs a secure context). */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

export const api = {
  listPlans: (signal?: AbortSignal) => request<PlanList>(ROUTES.listPlans.path, { signal, authenticated: false }),
  signUp: (body: SignupRequest) =>
    request<SignupResponse>(ROUTES.signUp.path, { method: ROUTES.signUp.method, body, authenticated: false }),
  devLogin: (email: string) =>
    request<DevLoginResponse>(ROUTES.devLogin.path, {
      method: ROUTES.devLogin.method,
      body: { email },
      authenticated: false,
    }),
  /** Needs a token like any API route: staff read every tenant's mail, a customer their organisation's. */
  devMailbox: (signal?: AbortSignal) =>
    request<Mailbox>(ROUTES.devMailbox.path, { method: ROUTES.devMailbox.method, signal }),
  getMe: (signal?: AbortSignal) => request<MeResponse>(ROUTES.getMe.path, { method: ROUTES.getMe.method, signal }),

  listUsers: (page: PageRequest, signal?: AbortSignal) =>
    request<UserPage>(withQuery(ROUTES.listUsers.path, { ...page }), { method: ROUTES.listUsers.method, signal }),
  /** 201 for every address but a member of the caller's organisation (409): the answer tells no account apart. */
  inviteUser: (body: InviteUserRequest, idempotencyKey?: string) =>
    request<User>(ROUTES.inviteUser.path, { method: ROUTES.inviteUser.method, body, idempotencyKey }),
  changeUserRole: (userId: string, role: CustomerRole) =>
    request<User>(fillPath(ROUTES.changeUserRole.path, { userId }), {
      method: ROUTES.changeUserRole.method,
      body: { role },
    }),
  removeUser: (userId: string) =>
    request<void>(fillPath(ROUTES.removeUser.path, { userId }), { method: ROUTES.removeUser.method }),

  listAudit: (page: PageRequest & { tenantId?: string | undefined }, signal?: AbortSignal) =>
    request<AuditPage>(withQuery(ROUTES.listAudit.path, { ...page }), { method: ROUTES.listAudit.method, signal }),

  exportTenant: () => request<TenantExport>(ROUTES.exportTenant.path, { method: ROUTES.exportTenant.method }),
  requestTenantDeletion: () =>
    request<Tenant>(ROUTES.requestTenantDeletion.path, { method: ROUTES.requestTenantDeletion.method }),
  cancelTenantDeletion: () =>
    request<Tenant>(ROUTES.cancelTenantDeletion.path, { method: ROUTES.cancelTenantDeletion.method }),

  listTenants: (page: PageRequest, signal?: AbortSignal) =>
    request<TenantPage>(withQuery(ROUTES.listTenants.path, { ...page }), { method: ROUTES.listTenants.method, signal }),
  suspendTenant: (tenantId: string, reason: string) =>
    request<Tenant>(fillPath(ROUTES.suspendTenant.path, { tenantId }), {
      method: ROUTES.suspendTenant.method,
      body: { reason },
    }),
  reactivateTenant: (tenantId: string) =>
    request<Tenant>(fillPath(ROUTES.reactivateTenant.path, { tenantId }), { method: ROUTES.reactivateTenant.method }),

  getSubscription: (signal?: AbortSignal) =>
    request<SubscriptionView>(ROUTES.getSubscription.path, { method: ROUTES.getSubscription.method, signal }),
  quoteBooking: (durationMinutes: number, start: string, signal?: AbortSignal) =>
    request<BookingQuote>(withQuery(ROUTES.quoteBooking.path, { durationMinutes, start }), {
      method: ROUTES.quoteBooking.method,
      signal,
    }),
  getStatusPage: (signal?: AbortSignal) =>
    request<StatusPageSettings>(ROUTES.getStatusPage.path, { method: ROUTES.getStatusPage.method, signal }),
  putStatusPage: (body: StatusPageInput) =>
    request<StatusPageSettings>(ROUTES.putStatusPage.path, { method: ROUTES.putStatusPage.method, body }),
  previewSubscription: (planId: string, signal?: AbortSignal) =>
    request<SubscriptionPreview>(withQuery(ROUTES.previewSubscription.path, { planId }), {
      method: ROUTES.previewSubscription.method,
      signal,
    }),
  subscribe: (planId: string, idempotencyKey?: string) =>
    request<SubscribeResponse>(ROUTES.subscribe.path, {
      method: ROUTES.subscribe.method,
      body: { planId },
      idempotencyKey,
    }),
  openBillingPortal: () =>
    request<PortalSession>(ROUTES.openBillingPortal.path, { method: ROUTES.openBillingPortal.method }),
  getBillingProfile: (signal?: AbortSignal) =>
    request<BillingProfileView>(ROUTES.getBillingProfile.path, { method: ROUTES.getBillingProfile.method, signal }),
  /** 422 names the fields: `body.vatId` (e.g. not of the country), `body.addressLines.1`… */
  setBillingProfile: (body: BillingProfileInput) =>
    request<BillingProfileView>(ROUTES.setBillingProfile.path, { method: ROUTES.setBillingProfile.method, body }),

  listBookingTypes: (signal?: AbortSignal) =>
    request<{ items: BookingType[] }>(ROUTES.listBookingTypes.path, { method: ROUTES.listBookingTypes.method, signal }),
  findAvailability: (query: AvailabilityQuery, signal?: AbortSignal) =>
    request<Availability>(withQuery(ROUTES.findAvailability.path, { ...query }), {
      method: ROUTES.findAvailability.method,
      signal,
    }),
  book: (body: BookRequest, idempotencyKey?: string) =>
    request<Booking>(ROUTES.book.path, { method: ROUTES.book.method, body, idempotencyKey }),
  listBookings: (page: PageRequest, signal?: AbortSignal) =>
    request<BookingPage>(withQuery(ROUTES.listBookings.path, { ...page }), {
      method: ROUTES.listBookings.method,
      signal,
    }),
  cancelBooking: (bookingId: string) =>
    request<Booking>(fillPath(ROUTES.cancelBooking.path, { bookingId }), { method: ROUTES.cancelBooking.method }),
  rescheduleBooking: (bookingId: string, body: RescheduleRequest) =>
    request<Booking>(fillPath(ROUTES.rescheduleBooking.path, { bookingId }), {
      method: ROUTES.rescheduleBooking.method,
      body,
    }),

  getStaffAvailability: (signal?: AbortSignal) =>
    request<StaffAvailability>(ROUTES.getStaffAvailability.path, {
      method: ROUTES.getStaffAvailability.method,
      signal,
    }),
  setStaffAvailability: (body: StaffAvailabilityInput) =>
    request<StaffAvailability>(ROUTES.setStaffAvailability.path, { method: ROUTES.setStaffAvailability.method, body }),
  getOnCallRota: (signal?: AbortSignal) =>
    request<OnCallRotaView>(ROUTES.getOnCallRota.path, { method: ROUTES.getOnCallRota.method, signal }),
  setOnCallRota: (body: OnCallRotaInput) =>
    request<OnCallRotaView>(ROUTES.setOnCallRota.path, { method: ROUTES.setOnCallRota.method, body }),
  listStaffBookings: (range: { from: string; to: string }, signal?: AbortSignal) =>
    request<{ items: Booking[] }>(withQuery(ROUTES.listStaffBookings.path, range), {
      method: ROUTES.listStaffBookings.method,
      signal,
    }),
  markNoShow: (bookingId: string) =>
    request<Booking>(fillPath(ROUTES.markNoShow.path, { bookingId }), { method: ROUTES.markNoShow.method }),
  completeBooking: (bookingId: string, body: CompleteBookingRequest) =>
    request<Booking>(fillPath(ROUTES.completeBooking.path, { bookingId }), {
      method: ROUTES.completeBooking.method,
      body,
    }),

  listTaskTypes: (signal?: AbortSignal) =>
    request<{ items: TaskTypeView[] }>(ROUTES.listTaskTypes.path, { method: ROUTES.listTaskTypes.method, signal }),
  requestTask: (body: TaskRequestBody, idempotencyKey?: string) =>
    request<Task>(ROUTES.requestTask.path, { method: ROUTES.requestTask.method, body, idempotencyKey }),
  listTasks: (page: PageRequest, signal?: AbortSignal) =>
    request<TaskPage>(withQuery(ROUTES.listTasks.path, { ...page }), { method: ROUTES.listTasks.method, signal }),
  getTask: (taskId: string, signal?: AbortSignal) =>
    request<Task>(fillPath(ROUTES.getTask.path, { taskId }), { method: ROUTES.getTask.method, signal }),
  approveTask: (taskId: string) =>
    request<Task>(fillPath(ROUTES.approveTask.path, { taskId }), { method: ROUTES.approveTask.method }),
  /** Declines a task awaiting approval; the requester reads `reason` (1–500 characters). */
  declineTask: (taskId: string, reason: string) =>
    request<Task>(fillPath(ROUTES.declineTask.path, { taskId }), {
      method: ROUTES.declineTask.method,
      body: { reason },
    }),
  cancelTask: (taskId: string) =>
    request<Task>(fillPath(ROUTES.cancelTask.path, { taskId }), { method: ROUTES.cancelTask.method }),
  getMaintenanceWindow: (signal?: AbortSignal) =>
    request<MaintenanceWindowView>(ROUTES.getMaintenanceWindow.path, {
      method: ROUTES.getMaintenanceWindow.method,
      signal,
    }),
  setMaintenanceWindow: (body: MaintenanceWindowInput) =>
    request<MaintenanceWindowView>(ROUTES.setMaintenanceWindow.path, {
      method: ROUTES.setMaintenanceWindow.method,
      body,
    }),

  listHosts: (signal?: AbortSignal) =>
    request<HostList>(ROUTES.listHosts.path, { method: ROUTES.listHosts.method, signal }),
  createActivation: (name: string) =>
    request<Activation>(ROUTES.createActivation.path, { method: ROUTES.createActivation.method, body: { name } }),
  syncHosts: () => request<HostList>(ROUTES.syncHosts.path, { method: ROUTES.syncHosts.method }),
  deregisterHost: (hostId: string) =>
    request<void>(fillPath(ROUTES.deregisterHost.path, { hostId }), { method: ROUTES.deregisterHost.method }),

  listTaskQueue: (page: PageRequest, signal?: AbortSignal) =>
    request<TaskPage>(withQuery(ROUTES.listTaskQueue.path, { ...page }), {
      method: ROUTES.listTaskQueue.method,
      signal,
    }),
  getOpsTask: (taskId: string, signal?: AbortSignal) =>
    request<Task>(fillPath(ROUTES.getOpsTask.path, { taskId }), { method: ROUTES.getOpsTask.method, signal }),
  claimTask: (taskId: string) =>
    request<Task>(fillPath(ROUTES.claimTask.path, { taskId }), { method: ROUTES.claimTask.method }),
  unclaimTask: (taskId: string) =>
    request<Task>(fillPath(ROUTES.unclaimTask.path, { taskId }), { method: ROUTES.unclaimTask.method }),
  completeTask: (taskId: string, body: CompleteTaskRequestBody) =>
    request<Task>(fillPath(ROUTES.completeTask.path, { taskId }), { method: ROUTES.completeTask.method, body }),
  getOperations: (signal?: AbortSignal) =>
    request<OperationsSnapshot>(ROUTES.getOperations.path, { method: ROUTES.getOperations.method, signal }),
  listDeadLetters: (page: PageRequest, signal?: AbortSignal) =>
    request<TaskPage>(withQuery(ROUTES.listDeadLetters.path, { ...page }), {
      method: ROUTES.listDeadLetters.method,
      signal,
    }),
  redriveTask: (taskId: string) =>
    request<Task>(fillPath(ROUTES.redriveTask.path, { taskId }), { method: ROUTES.redriveTask.method }),

  /** `period` is `YYYY-MM`; without it, the server's current month. */
  getUsage: (period: string | undefined, signal?: AbortSignal) =>
    request<UsageView>(withQuery(ROUTES.getUsage.path, { period }), { method: ROUTES.getUsage.method, signal }),
  /** 202 with the close's progress; closing again changes nothing but retries failed tenants. 409 before the month ends. */
  closePeriod: (period: string) =>
    request<PeriodClose>(fillPath(ROUTES.closePeriod.path, { period }), { method: ROUTES.closePeriod.method }),
  /** 404 when the period was never closed. */
  getPeriodClose: (period: string, signal?: AbortSignal) =>
    request<PeriodClose>(fillPath(ROUTES.getPeriodClose.path, { period }), {
      method: ROUTES.getPeriodClose.method,
      signal,
    }),
  /** A period's invoices and credit notes in number order; `status` keeps only those of one status. */
  listFinanceInvoices: (
    query: PageRequest & { period: string; status?: InvoiceStatus | undefined },
    signal?: AbortSignal,
  ) =>
    request<InvoicePage>(withQuery(ROUTES.listFinanceInvoices.path, { ...query }), {
      method: ROUTES.listFinanceInvoices.method,
      signal,
    }),
  /** Every invoice of `period` (`YYYY-MM`), or every one of `status`, as RFC 4180 CSV, for finance's books. */
  exportFinanceInvoicesCsv: (query: { period: string; status?: InvoiceStatus | undefined }, signal?: AbortSignal) =>
    requestText(withQuery(ROUTES.listFinanceInvoices.path, { ...query }), 'text/csv', {
      method: ROUTES.listFinanceInvoices.method,
      signal,
    }),
  /** Any invoice or credit note, with its Stripe collection (null in ledger billing). */
  getFinanceInvoice: (invoiceId: string, signal?: AbortSignal) =>
    request<Invoice>(fillPath(ROUTES.getFinanceInvoice.path, { invoiceId: invoiceId }), {
      method: ROUTES.getFinanceInvoice.method,
      signal,
    }),
  downloadFinanceInvoicePdf: (invoiceId: string) =>
    requestFile(fillPath(ROUTES.getFinanceInvoice.path, { invoiceId: `${invoiceId}.pdf` }), 'application/pdf', {
      method: ROUTES.getFinanceInvoice.method,
    }),
  /** 409 for a paid, void or credit note; 422 names `reason`. */
  voidInvoice: (invoiceId: string, reason: string, idempotencyKey?: string) =>
    request<VoidedInvoice>(fillPath(ROUTES.voidInvoice.path, { invoiceId }), {
      method: ROUTES.voidInvoice.method,
      body: { reason },
      idempotencyKey,
    }),
  markInvoiceUncollectible: (invoiceId: string, reason: string, idempotencyKey?: string) =>
    request<Invoice>(fillPath(ROUTES.markInvoiceUncollectible.path, { invoiceId }), {
      method: ROUTES.markInvoiceUncollectible.method,
      body: { reason },
      idempotencyKey,
    }),
  /** Ledger billing only (409 when Stripe collects); 422 names `reference` or `paidAt` (not in the future). */
  recordInvoicePayment: (invoiceId: string, body: RecordPaymentRequest, idempotencyKey?: string) =>
    request<Invoice>(fillPath(ROUTES.recordInvoicePayment.path, { invoiceId }), {
      method: ROUTES.recordInvoicePayment.method,
      body,
      idempotencyKey,
    }),
  /** 202 once queued again; 409 unless Stripe's collection failed. */
  retryInvoiceCollection: (invoiceId: string) =>
    request<Invoice>(fillPath(ROUTES.retryInvoiceCollection.path, { invoiceId }), {
      method: ROUTES.retryInvoiceCollection.method,
    }),
  /** One page of tenants of `period`: the ledger's rating now, the invoice and Stripe's view, with differences. */
  getReconciliation: (query: PageRequest & { period: string }, signal?: AbortSignal) =>
    request<Reconciliation>(withQuery(ROUTES.getReconciliation.path, { ...query }), {
      method: ROUTES.getReconciliation.method,
      signal,
    }),

  /** The organisation's invoices and credit notes, newest period first. */
  listInvoices: (page: PageRequest, signal?: AbortSignal) =>
    request<CustomerInvoicePage>(withQuery(ROUTES.listInvoices.path, { ...page }), {
      method: ROUTES.listInvoices.method,
      signal,
    }),
  downloadInvoicePdf: (invoiceId: string) =>
    requestFile(fillPath(ROUTES.getInvoice.path, { invoiceId: `${invoiceId}.pdf` }), 'application/pdf', {
      method: ROUTES.getInvoice.method,
    }),
  /** The organisation's monitors with their current state, by name. */
  listMonitors: (signal?: AbortSignal) =>
    request<{ items: Monitor[] }>(ROUTES.listMonitors.path, { method: ROUTES.listMonitors.method, signal }),
  /** 422 names a field (`body.target`: a target the checker may not reach); 409 beyond the plan's monitors. */
  createMonitor: (body: MonitorRequest, idempotencyKey?: string) =>
    request<Monitor>(ROUTES.createMonitor.path, { method: ROUTES.createMonitor.method, body, idempotencyKey }),
  getMonitor: (monitorId: string, signal?: AbortSignal) =>
    request<MonitorDetail>(fillPath(ROUTES.getMonitor.path, { monitorId }), {
      method: ROUTES.getMonitor.method,
      signal,
    }),
  /** Any field but the kind; `{ paused }` pauses or resumes. */
  updateMonitor: (monitorId: string, body: MonitorPatch) =>
    request<Monitor>(fillPath(ROUTES.updateMonitor.path, { monitorId }), {
      method: ROUTES.updateMonitor.method,
      body,
    }),
  /** Due at once: the next dispatch (within a minute) checks it. */
  checkMonitorNow: (monitorId: string) =>
    request<Monitor>(fillPath(ROUTES.checkMonitorNow.path, { monitorId }), { method: ROUTES.checkMonitorNow.method }),
  deleteMonitor: (monitorId: string) =>
    request<void>(fillPath(ROUTES.deleteMonitor.path, { monitorId }), { method: ROUTES.deleteMonitor.method }),
  getMonitorHistory: (monitorId: string, range: HistoryRange, signal?: AbortSignal) =>
    request<MonitorHistory>(withQuery(fillPath(ROUTES.getMonitorHistory.path, { monitorId }), { range }), {
      method: ROUTES.getMonitorHistory.method,
      signal,
    }),
  scheduleMaintenance: (monitorId: string, body: MaintenanceRequest) =>
    request<Monitor>(fillPath(ROUTES.scheduleMaintenance.path, { monitorId }), {
      method: ROUTES.scheduleMaintenance.method,
      body,
    }),
  cancelMaintenance: (monitorId: string, slotId: string) =>
    request<void>(fillPath(ROUTES.cancelMaintenance.path, { monitorId, slotId }), {
      method: ROUTES.cancelMaintenance.method,
    }),

  /** Newest first: a customer's own organisation's, every tenant's for staff; `status` keeps one status. */
  listIncidents: (query: PageRequest & { status?: IncidentListQuery['status'] }, signal?: AbortSignal) =>
    request<IncidentPage>(withQuery(ROUTES.listIncidents.path, { ...query }), {
      method: ROUTES.listIncidents.method,
      signal,
    }),
  getIncident: (incidentId: string, signal?: AbortSignal) =>
    request<IncidentView>(fillPath(ROUTES.getIncident.path, { incidentId }), {
      method: ROUTES.getIncident.method,
      signal,
    }),
  acknowledgeIncident: (incidentId: string) =>
    request<IncidentView>(fillPath(ROUTES.acknowledgeIncident.path, { incidentId }), {
      method: ROUTES.acknowledgeIncident.method,
    }),
  resolveIncident: (incidentId: string, note: string | undefined) =>
    request<IncidentView>(fillPath(ROUTES.resolveIncident.path, { incidentId }), {
      method: ROUTES.resolveIncident.method,
      body: note ? { note } : {},
    }),
  addIncidentNote: (incidentId: string, text: string) =>
    request<IncidentView>(fillPath(ROUTES.addIncidentNote.path, { incidentId }), {
      method: ROUTES.addIncidentNote.method,
      body: { text },
    }),
  remediateIncident: (incidentId: string, body: RemediateRequestBody) =>
    request<IncidentView>(fillPath(ROUTES.remediateIncident.path, { incidentId }), {
      method: ROUTES.remediateIncident.method,
      body,
    }),
  /** Public: the signed token from a page's e-mail is the credential (401 when it is invalid or expired). */
  acknowledgeByLink: (token: string) =>
    request<AckLinkResponse>(ROUTES.acknowledgeByLink.path, {
      method: ROUTES.acknowledgeByLink.method,
      body: { token },
      authenticated: false,
    }),
  /** Every tenant's unresolved incidents: most severe first, then oldest. */
  listIncidentQueue: (signal?: AbortSignal) =>
    request<{ items: Incident[] }>(ROUTES.listIncidentQueue.path, { method: ROUTES.listIncidentQueue.method, signal }),

  /** The organisation's API keys, newest first (never the keys themselves). */
  listApiKeys: (signal?: AbortSignal) =>
    request<{ items: ApiKey[] }>(ROUTES.listApiKeys.path, { method: ROUTES.listApiKeys.method, signal }),
  /** The answer's `key` is the only time the key is seen: show it once, never keep it. 422 names `body.<field>`. */
  createApiKey: (body: CreateApiKeyRequest) =>
    request<CreatedApiKey>(ROUTES.createApiKey.path, { method: ROUTES.createApiKey.method, body }),
  /** The next call made with the key is refused (401). */
  revokeApiKey: (apiKeyId: string) =>
    request<void>(fillPath(ROUTES.revokeApiKey.path, { apiKeyId }), { method: ROUTES.revokeApiKey.method }),
};
