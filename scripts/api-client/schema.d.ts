/**
 * The types of the Opsdesk API, generated from its OpenAPI document by openapi-typescript:
 * `npm run client:generate` (scripts/api-client/generate.ts). Do not edit by hand.
 */

export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not
     * @description Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not. Anyone may call it: no credential.
     */
    get: operations['health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This API as an OpenAPI 3.1 document, generated from the route manifest
     * @description This API as an OpenAPI 3.1 document, generated from the route manifest. Anyone may call it: no credential.
     */
    get: operations['openapi'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This API’s reference as a web page: the OpenAPI document rendered by Redoc, served from this origin
     * @description This API’s reference as a web page: the OpenAPI document rendered by Redoc, served from this origin. Anyone may call it: no credential.
     */
    get: operations['getApiDocs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The plan catalogue
     * @description The plan catalogue. Anyone may call it: no credential.
     */
    get: operations['listPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staff: queue depths and dead letters, the booking e-mails’ outbox backlog, the latest period close and every scheduled job’s heartbeat — the figures the operations alarms are published from
     * @description Staff: queue depths and dead letters, the booking e-mails’ outbox backlog, the latest period close and every scheduled job’s heartbeat — the figures the operations alarms are published from. Roles: `operator`, `finance`, `provider-admin`. No API key may call it.
     */
    get: operations['getOperations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign an organisation up: creates the tenant and its first customer-admin, whom the identity provider e-mails; an address that has an account already creates nothing and gets an answer of the same shape (ids never stored)
     * @description Sign an organisation up: creates the tenant and its first customer-admin, whom the identity provider e-mails; an address that has an account already creates nothing and gets an answer of the same shape (ids never stored). Anyone may call it: no credential. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The calling user, their organisation (customers) and roles
     * @description The calling user, their organisation (customers) and roles. Roles: `customer-admin`, `customer-member`, `operator`, `finance`, `provider-admin`. API keys need the scope `tenancy:read`.
     */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One user of the caller’s organisation
     * @description One user of the caller’s organisation. Roles: `customer-admin`, `customer-member`. API keys need the scope `tenancy:read`.
     */
    get: operations['getUser'];
    put?: never;
    post?: never;
    /**
     * Remove a user from the organisation; 409 for the last customer-admin
     * @description Remove a user from the organisation; 409 for the last customer-admin. Roles: `customer-admin`. No API key may call it.
     */
    delete: operations['removeUser'];
    options?: never;
    head?: never;
    /**
     * Change a colleague’s role; 409 if it would leave no customer-admin
     * @description Change a colleague’s role; 409 if it would leave no customer-admin. Roles: `customer-admin`. No API key may call it.
     */
    patch: operations['changeUserRole'];
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Users of the caller’s organisation with their roles
     * @description Users of the caller’s organisation with their roles. Roles: `customer-admin`. API keys need the scope `tenancy:read`.
     */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite a colleague as customer-admin or customer-member; the identity provider e-mails them. 409 for a member of the caller’s organisation; an address of another organisation or of staff gets an answer of the same shape (the user, never stored, and no e-mail)
     * @description Invite a colleague as customer-admin or customer-member; the identity provider e-mails them. 409 for a member of the caller’s organisation; an address of another organisation or of staff gets an answer of the same shape (the user, never stored, and no e-mail). Roles: `customer-admin`. No API key may call it. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['inviteUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audit entries, newest first: the caller’s organisation, or (provider-admin) `tenantId`’s or the provider’s own
     * @description Audit entries, newest first: the caller’s organisation, or (provider-admin) `tenantId`’s or the provider’s own. Roles: `customer-admin`, `provider-admin`. API keys need the scope `tenancy:read`.
     */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tenant/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything Opsdesk stores for the caller’s organisation, as one JSON document
     * @description Everything Opsdesk stores for the caller’s organisation, as one JSON document. Roles: `customer-admin`. No API key may call it.
     */
    get: operations['exportTenant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tenant/deletion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for the organisation to be deleted after the grace period
     * @description Ask for the organisation to be deleted after the grace period. Roles: `customer-admin`. No API key may call it.
     */
    post: operations['requestTenantDeletion'];
    /**
     * Call off a requested deletion within the grace period
     * @description Call off a requested deletion within the grace period. Roles: `customer-admin`. No API key may call it.
     */
    delete: operations['cancelTenantDeletion'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s API keys, newest first: name, scopes, expiry and last use — never the key itself
     * @description The organisation’s API keys, newest first: name, scopes, expiry and last use — never the key itself. Roles: `customer-admin`. No API key may call it.
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key for scripts: `key` is in this answer only (Opsdesk keeps its SHA-256). Use it as `Authorization: Bearer <key>` on the routes its scopes allow; it acts as its creator, within their roles
     * @description Create an API key for scripts: `key` is in this answer only (Opsdesk keeps its SHA-256). Use it as `Authorization: Bearer <key>` on the routes its scopes allow; it acts as its creator, within their roles. Roles: `customer-admin`. No API key may call it.
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/api-keys/{apiKeyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API key: the next call made with it is refused (401)
     * @description Revoke an API key: the next call made with it is refused (401). Roles: `customer-admin`. No API key may call it.
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All tenants, oldest first, with plan and status
     * @description All tenants, oldest first, with plan and status. Roles: `provider-admin`. No API key may call it.
     */
    get: operations['listTenants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/tenants/{tenantId}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suspend a tenant with a reason its customers read: they can still see billing and pay, but not book or request tasks
     * @description Suspend a tenant with a reason its customers read: they can still see billing and pay, but not book or request tasks. Roles: `provider-admin`. No API key may call it.
     */
    post: operations['suspendTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/tenants/{tenantId}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reactivate a suspended tenant (its suspension reason is cleared)
     * @description Reactivate a suspended tenant (its suspension reason is cleared). Roles: `provider-admin`. No API key may call it.
     */
    post: operations['reactivateTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscription': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Current plan, status, period, and each entitlement included vs used so far
     * @description Current plan, status, period, and each entitlement included vs used so far. Roles: `customer-admin`, `customer-member`. API keys need the scope `billing:read`.
     */
    get: operations['getSubscription'];
    put?: never;
    /**
     * Choose or change the plan: `{ checkoutUrl }` when Stripe needs a payment method first, else the subscription (upgrades at once, downgrades at period end)
     * @description Choose or change the plan: `{ checkoutUrl }` when Stripe needs a payment method first, else the subscription (upgrades at once, downgrades at period end). Roles: `customer-admin`. API keys need the scope `billing:write`. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['subscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subscription/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What choosing `?planId=` would do, without doing it: when it takes effect, its price, and what this period’s invoice charges for it (prorated by days, as rated)
     * @description What choosing `?planId=` would do, without doing it: when it takes effect, its price, and what this period’s invoice charges for it (prorated by days, as rated). Roles: `customer-admin`. API keys need the scope `billing:read`.
     */
    get: operations['previewSubscription'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/billing/portal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A Stripe Customer Portal session for payment methods (Stripe mode only)
     * @description A Stripe Customer Portal session for payment methods (Stripe mode only). Roles: `customer-admin`. No API key may call it.
     */
    post: operations['openBillingPortal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/billing/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who the organisation’s invoices are addressed to (null until set)
     * @description Who the organisation’s invoices are addressed to (null until set). Roles: `customer-admin`. API keys need the scope `billing:read`.
     */
    get: operations['getBillingProfile'];
    /**
     * Set the invoice address, country and VAT number (EU businesses abroad: reverse charge) for the next invoices
     * @description Set the invoice address, country and VAT number (EU businesses abroad: reverse charge) for the next invoices. Roles: `customer-admin`. API keys need the scope `billing:write`.
     */
    put: operations['setBillingProfile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Usage records of a period (`?period=YYYY-MM`, default the current one) with running totals, allowances and the estimate so far
     * @description Usage records of a period (`?period=YYYY-MM`, default the current one) with running totals, allowances and the estimate so far. Roles: `customer-admin`. API keys need the scope `billing:read`.
     */
    get: operations['getUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/periods/{period}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close an ended period: one message per tenant rates its usage into a finalized invoice with the next number; 409 before the period ends; closing again changes nothing (and retries failed tenants)
     * @description Close an ended period: one message per tenant rates its usage into a finalized invoice with the next number; 409 before the period ends; closing again changes nothing (and retries failed tenants). Roles: `finance`. No API key may call it.
     */
    post: operations['closePeriod'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/periods/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Progress of a period’s close: tenants invoiced, skipped (nothing to invoice) and failed
     * @description Progress of a period’s close: tenants invoiced, skipped (nothing to invoice) and failed. Roles: `finance`. No API key may call it.
     */
    get: operations['getPeriodClose'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A period’s invoices and credit notes in number order (`&status=` one status); `Accept: text/csv` → all of them as CSV for finance
     * @description A period’s invoices and credit notes in number order (`&status=` one status); `Accept: text/csv` → all of them as CSV for finance. Roles: `finance`. No API key may call it. Send `Accept: text/csv` for CSV.
     */
    get: operations['listFinanceInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s invoices and credit notes, newest period first
     * @description The organisation’s invoices and credit notes, newest period first. Roles: `customer-admin`. API keys need the scope `billing:read`.
     */
    get: operations['listInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invoices/{invoiceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of the organisation’s invoices: `/api/invoices/{id}` as JSON, `/api/invoices/{id}.pdf` the PDF
     * @description One of the organisation’s invoices: `/api/invoices/{id}` as JSON, `/api/invoices/{id}.pdf` the PDF. Roles: `customer-admin`. API keys need the scope `billing:read`.
     */
    get: operations['getInvoice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/invoices/{invoiceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Any invoice or credit note with its Stripe collection: `/api/finance/invoices/{id}` as JSON, `/api/finance/invoices/{id}.pdf` the PDF
     * @description Any invoice or credit note with its Stripe collection: `/api/finance/invoices/{id}` as JSON, `/api/finance/invoices/{id}.pdf` the PDF. Roles: `finance`. No API key may call it.
     */
    get: operations['getFinanceInvoice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/invoices/{invoiceId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Void an unpaid invoice: a credit note with its own number cancels it (and Stripe’s invoice is voided); 409 for a paid or void one
     * @description Void an unpaid invoice: a credit note with its own number cancels it (and Stripe’s invoice is voided); 409 for a paid or void one. Roles: `finance`. No API key may call it. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['voidInvoice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/invoices/{invoiceId}/uncollectible': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write an unpaid invoice off as uncollectible (it can still be paid or voided later)
     * @description Write an unpaid invoice off as uncollectible (it can still be paid or voided later). Roles: `finance`. No API key may call it. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['markInvoiceUncollectible'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/invoices/{invoiceId}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ledger billing: record a payment that arrived outside Stripe (bank transfer); 409 for an invoice Stripe collects
     * @description Ledger billing: record a payment that arrived outside Stripe (bank transfer); 409 for an invoice Stripe collects. Roles: `finance`. No API key may call it. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['recordInvoicePayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/invoices/{invoiceId}/collect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an invoice to Stripe again after its collection failed (the billing-sync queue gave up); 409 otherwise
     * @description Send an invoice to Stripe again after its collection failed (the billing-sync queue gave up); 409 otherwise. Roles: `finance`. No API key may call it.
     */
    post: operations['retryInvoiceCollection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/finance/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per tenant of a period: the ledger’s rating now vs the Opsdesk invoice vs Stripe’s invoice and payment status, differences flagged; paged by tenant
     * @description Per tenant of a period: the ledger’s rating now vs the Opsdesk invoice vs Stripe’s invoice and payment status, differences flagged; paged by tenant. Roles: `finance`. No API key may call it.
     */
    get: operations['getReconciliation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/stripe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stripe events, verified by the Stripe-Signature header on the raw body; replays are no-ops
     * @description Stripe events, verified by the Stripe-Signature header on the raw body; replays are no-ops. Anyone may call it: no credential.
     */
    post: operations['stripeWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/booking-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Booking types with allowed durations, buffers, notice, horizon and cancellation policy
     * @description Booking types with allowed durations, buffers, notice, horizon and cancellation policy. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `booking:read`.
     */
    get: operations['listBookingTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Free slots of a booking type between `from` and `to` (at most 62 days), shown in `timeZone`
     * @description Free slots of a booking type between `from` and `to` (at most 62 days), shown in `timeZone`. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`.
     */
    get: operations['findAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This organisation’s bookings
     * @description This organisation’s bookings. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`.
     */
    get: operations['listBookings'];
    put?: never;
    /**
     * Book a slot; 409 names the quarter hour that is taken
     * @description Book a slot; 409 names the quarter hour that is taken. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:write`. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['book'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a booking: free before the type’s notice, a late-cancellation fee after it
     * @description Cancel a booking: free before the type’s notice, a late-cancellation fee after it. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:write`.
     */
    post: operations['cancelBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a booking with the same webmaster; 409 if the new slot is taken
     * @description Move a booking with the same webmaster; 409 if the new slot is taken. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:write`.
     */
    post: operations['rescheduleBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One booking as an RFC 5545 calendar, `GET /api/bookings/{id}.ics` (one path segment, as API Gateway routes it), in the organisation’s time zone
     * @description One booking as an RFC 5545 calendar, `GET /api/bookings/{id}.ics` (one path segment, as API Gateway routes it), in the organisation’s time zone. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`.
     */
    get: operations['getBookingCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The calling operator’s weekly hours and exceptions
     * @description The calling operator’s weekly hours and exceptions. Roles: `operator`. No API key may call it.
     */
    get: operations['getStaffAvailability'];
    /**
     * Set the calling operator’s weekly hours (in their IANA zone) and dated exceptions
     * @description Set the calling operator’s weekly hours (in their IANA zone) and dated exceptions. Roles: `operator`. No API key may call it.
     */
    put: operations['setStaffAvailability'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/on-call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The on-call rota: who takes emergency call-outs when, and every operator who can be on call
     * @description The on-call rota: who takes emergency call-outs when, and every operator who can be on call. Roles: `operator`, `provider-admin`. No API key may call it.
     */
    get: operations['getOnCallRota'];
    /**
     * Replace the on-call rota (shifts never overlap; each shift’s staff member is an operator)
     * @description Replace the on-call rota (shifts never overlap; each shift’s staff member is an operator). Roles: `provider-admin`. No API key may call it.
     */
    put: operations['setOnCallRota'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The calling operator’s bookings between `from` and `to` (their calendar)
     * @description The calling operator’s bookings between `from` and `to` (their calendar). Roles: `operator`. No API key may call it.
     */
    get: operations['listStaffBookings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/bookings/{bookingId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log the minutes actually spent; records usage once (a retry records nothing new)
     * @description Log the minutes actually spent; records usage once (a retry records nothing new). Roles: `operator`. No API key may call it.
     */
    post: operations['completeBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/bookings/{bookingId}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The customer did not turn up: status `no_show`, the late-cancellation fee recorded once
     * @description The customer did not turn up: status `no_show`, the late-cancellation fee recorded once. Roles: `operator`. No API key may call it.
     */
    post: operations['markNoShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/task-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The task catalogue: flags and each type’s parameters as JSON Schema
     * @description The task catalogue: flags and each type’s parameters as JSON Schema. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `tasks:read`.
     */
    get: operations['listTaskTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s tasks, newest first, with status history and output excerpt
     * @description The organisation’s tasks, newest first, with status history and output excerpt. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`.
     */
    get: operations['listTasks'];
    put?: never;
    /**
     * Request a task on one of the organisation’s hosts: awaiting approval, scheduled for the maintenance window, or queued
     * @description Request a task on one of the organisation’s hosts: awaiting approval, scheduled for the maintenance window, or queued. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:write`. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['requestTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One task with its status history and output excerpt
     * @description One task with its status history and output excerpt. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`.
     */
    get: operations['getTask'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{taskId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a task awaiting approval: it is queued, or scheduled for the maintenance window
     * @description Approve a task awaiting approval: it is queued, or scheduled for the maintenance window. Roles: `customer-admin`. API keys need the scope `tasks:write`.
     */
    post: operations['approveTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{taskId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline a task awaiting approval, with a reason the requester reads: it never runs (a repeated decline answers the declined task)
     * @description Decline a task awaiting approval, with a reason the requester reads: it never runs (a repeated decline answers the declined task). Roles: `customer-admin`. API keys need the scope `tasks:write`.
     */
    post: operations['declineTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{taskId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a task that has not started (waiting for approval, a maintenance window or the queue)
     * @description Withdraw a task that has not started (waiting for approval, a maintenance window or the queue). Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:write`.
     */
    post: operations['cancelTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/maintenance-window': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s weekly maintenance window (in its time zone) and its next opening
     * @description The organisation’s weekly maintenance window (in its time zone) and its next opening. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`.
     */
    get: operations['getMaintenanceWindow'];
    /**
     * Set the weekly maintenance window disruptive tasks wait for
     * @description Set the weekly maintenance window disruptive tasks wait for. Roles: `customer-admin`. API keys need the scope `tasks:write`.
     */
    put: operations['setMaintenanceWindow'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hosts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s managed hosts as last synchronised from SSM
     * @description The organisation’s managed hosts as last synchronised from SSM. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`.
     */
    get: operations['listHosts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hosts/activations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An SSM hybrid activation for one server, with the command that registers it; 409 without a plan that includes hosts, with 3 unused activations, or when registered hosts plus unused activations reach the plan’s hosts
     * @description An SSM hybrid activation for one server, with the command that registers it; 409 without a plan that includes hosts, with 3 unused activations, or when registered hosts plus unused activations reach the plan’s hosts. Roles: `customer-admin`. API keys need the scope `tasks:write`.
     */
    post: operations['createActivation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hosts/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read the organisation’s hosts from SSM now
     * @description Read the organisation’s hosts from SSM now. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:write`.
     */
    post: operations['syncHosts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hosts/{hostId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Deregister a host from SSM and remove it from the inventory
     * @description Deregister a host from SSM and remove it from the inventory. Roles: `customer-admin`. API keys need the scope `tasks:write`.
     */
    delete: operations['deregisterHost'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open tasks across tenants, oldest first, with tenant name and SLA due time
     * @description Open tasks across tenants, oldest first, with tenant name and SLA due time. Roles: `operator`, `provider-admin`. No API key may call it.
     */
    get: operations['listTaskQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Any tenant’s task, for operators
     * @description Any tenant’s task, for operators. Roles: `operator`, `provider-admin`. No API key may call it.
     */
    get: operations['getOpsTask'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tasks/{taskId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a manual task; 409 if another operator has it
     * @description Take a manual task; 409 if another operator has it. Roles: `operator`. No API key may call it.
     */
    post: operations['claimTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tasks/{taskId}/unclaim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand a claimed manual task back to the queue (only the operator who claimed it)
     * @description Hand a claimed manual task back to the queue (only the operator who claimed it). Roles: `operator`. No API key may call it.
     */
    post: operations['unclaimTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tasks/{taskId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finish a claimed manual task; the minutes are recorded as usage
     * @description Finish a claimed manual task; the minutes are recorded as usage. Roles: `operator`. No API key may call it.
     */
    post: operations['completeTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tasks whose dispatch failed three times, newest first
     * @description Tasks whose dispatch failed three times, newest first. Roles: `operator`, `provider-admin`. No API key may call it.
     */
    get: operations['listDeadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/tasks/{taskId}/redrive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a dead-lettered task back to the dispatch queue
     * @description Send a dead-lettered task back to the dispatch queue. Roles: `operator`, `provider-admin`. No API key may call it.
     */
    post: operations['redriveTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This organisation’s monitors with their current state, by name
     * @description This organisation’s monitors with their current state, by name. Roles: `customer-admin`, `customer-member`. API keys need the scope `monitoring:read`.
     */
    get: operations['listMonitors'];
    put?: never;
    /**
     * Create a monitor (http, tls, dns, tcp, heartbeat, host); the plan decides how many and how often; 422 names a field or a target the checker may not reach
     * @description Create a monitor (http, tls, dns, tcp, heartbeat, host); the plan decides how many and how often; 422 names a field or a target the checker may not reach. Roles: `customer-admin`. API keys need the scope `monitoring:write`. Send an `Idempotency-Key` to retry it safely.
     */
    post: operations['createMonitor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitors/{monitorId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One monitor with its newest results
     * @description One monitor with its newest results. Roles: `customer-admin`, `customer-member`. API keys need the scope `monitoring:read`.
     */
    get: operations['getMonitor'];
    put?: never;
    post?: never;
    /**
     * Delete a monitor (its incidents stay, resolved)
     * @description Delete a monitor (its incidents stay, resolved). Roles: `customer-admin`. API keys need the scope `monitoring:write`.
     */
    delete: operations['deleteMonitor'];
    options?: never;
    head?: never;
    /**
     * Change a monitor (any field but its kind), or pause and resume it
     * @description Change a monitor (any field but its kind), or pause and resume it. Roles: `customer-admin`. API keys need the scope `monitoring:write`.
     */
    patch: operations['updateMonitor'];
    trace?: never;
  };
  '/api/monitors/{monitorId}/check-now': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the monitor at the next dispatch (within a minute) instead of after its interval: after a fix
     * @description Check the monitor at the next dispatch (within a minute) instead of after its interval: after a fix. Roles: `customer-admin`. API keys need the scope `monitoring:write`.
     */
    post: operations['checkMonitorNow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitors/{monitorId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Up/down counts and response-time percentiles per hour (24h, 7d) or day (90d): what the charts draw
     * @description Up/down counts and response-time percentiles per hour (24h, 7d) or day (90d): what the charts draw. Roles: `customer-admin`, `customer-member`. API keys need the scope `monitoring:read`.
     */
    get: operations['getMonitorHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitors/{monitorId}/maintenance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Plan a maintenance: checks go on, no page goes out, the time is not counted in uptime
     * @description Plan a maintenance: checks go on, no page goes out, the time is not counted in uptime. Roles: `customer-admin`. API keys need the scope `monitoring:write`.
     */
    post: operations['scheduleMaintenance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitors/{monitorId}/maintenance/{slotId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Cancel a planned maintenance (or end a running one now)
     * @description Cancel a planned maintenance (or end a running one now). Roles: `customer-admin`. API keys need the scope `monitoring:write`.
     */
    delete: operations['cancelMaintenance'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/heartbeats/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same as POST, for `curl` and `wget` in a cron line
     * @description The same as POST, for `curl` and `wget` in a cron line. Anyone may call it: no credential.
     */
    get: operations['pingHeartbeatGet'];
    put?: never;
    /**
     * A heartbeat monitor’s job succeeded (the secret token is the credential); unknown token 404
     * @description A heartbeat monitor’s job succeeded (the secret token is the credential); unknown token 404. Anyone may call it: no credential.
     */
    post: operations['pingHeartbeat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/heartbeats/{token}/{signal}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same as POST, for `curl` and `wget` in a cron line
     * @description The same as POST, for `curl` and `wget` in a cron line. Anyone may call it: no credential.
     */
    get: operations['signalHeartbeatGet'];
    put?: never;
    /**
     * `/start`: the job began (a run longer than the grace is a failure); `/fail`: the job failed
     * @description `/start`: the job began (a run longer than the grace is a failure); `/fail`: the job failed. Anyone may call it: no credential.
     */
    post: operations['signalHeartbeat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Incidents, newest first: a customer’s own organisation’s; operators and provider-admins every tenant’s
     * @description Incidents, newest first: a customer’s own organisation’s; operators and provider-admins every tenant’s. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `monitoring:read`.
     */
    get: operations['listIncidents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One incident with its timeline and the output of its diagnostic and remediation tasks
     * @description One incident with its timeline and the output of its diagnostic and remediation tasks. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `monitoring:read`.
     */
    get: operations['getIncident'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the incident: paging and escalation stop (acknowledging twice changes nothing)
     * @description Take the incident: paging and escalation stop (acknowledging twice changes nothing). Roles: `operator`, `provider-admin`. No API key may call it.
     */
    post: operations['acknowledgeIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close the incident with an optional note (the customer sees it)
     * @description Close the incident with an optional note (the customer sees it). Roles: `operator`, `provider-admin`. No API key may call it.
     */
    post: operations['resolveIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a note to the timeline (the customer sees it)
     * @description Add a note to the timeline (the customer sees it). Roles: `operator`, `provider-admin`. No API key may call it.
     */
    post: operations['addIncidentNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{incidentId}/remediate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a remediation task on the monitor’s host (service restart, certificate renewal) through the task lifecycle: approvals and maintenance windows apply, the run is billed
     * @description Start a remediation task on the monitor’s host (service restart, certificate renewal) through the task lifecycle: approvals and maintenance windows apply, the run is billed. Roles: `operator`, `provider-admin`. No API key may call it.
     */
    post: operations['remediateIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incident-acks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The one-click acknowledgement of a page’s e-mail: the signed, expiring token is the credential
     * @description The one-click acknowledgement of a page’s e-mail: the signed, expiring token is the credential. Anyone may call it: no credential.
     */
    post: operations['acknowledgeByLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every tenant’s unresolved incidents in one queue: most severe first, then oldest, with the plan’s acknowledge and resolve deadlines
     * @description Every tenant’s unresolved incidents in one queue: most severe first, then oldest, with the plan’s acknowledge and resolve deadlines. Roles: `operator`, `provider-admin`. No API key may call it.
     */
    get: operations['listIncidentQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/status-page': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s public status page settings (slug null until one is chosen)
     * @description The organisation’s public status page settings (slug null until one is chosen). Roles: `customer-admin`, `customer-member`. API keys need the scope `reports:read`.
     */
    get: operations['getStatusPage'];
    /**
     * Choose the slug, the monitors shown and whether the page is published; 409 naming `body.slug` when another organisation has it
     * @description Choose the slug, the monitors shown and whether the page is published; 409 naming `body.slug` when another organisation has it. Roles: `customer-admin`. API keys need the scope `reports:write`.
     */
    put: operations['putStatusPage'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/status/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A published status page: current state and 90-day uptime of the chosen monitors, open and recent incidents, planned maintenance; 404 when unknown or unpublished
     * @description A published status page: current state and 90-day uptime of the chosen monitors, open and recent incidents, planned maintenance; 404 when unknown or unpublished. Anyone may call it: no credential.
     */
    get: operations['getPublicStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same status page as HTML (no script); an unknown or unpublished slug gets a 404 page
     * @description The same status page as HTML (no script); an unknown or unpublished slug gets a 404 page. Anyone may call it: no credential.
     */
    get: operations['getStatusHtml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Monthly service reports of the organisation, newest first; finance, operators and provider-admins name a tenant (`?tenantId=`) or a period (`?period=`: every tenant’s report of it)
     * @description Monthly service reports of the organisation, newest first; finance, operators and provider-admins name a tenant (`?tenantId=`) or a period (`?period=`: every tenant’s report of it). Roles: `customer-admin`, `customer-member`, `finance`, `operator`, `provider-admin`. API keys need the scope `reports:read`.
     */
    get: operations['listReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The monthly service report of a closed period: `/api/reports/{YYYY-MM}` as JSON (CSV with `Accept: text/csv`), `/api/reports/{YYYY-MM}.pdf` the PDF; staff name the organisation with `?tenantId=`
     * @description The monthly service report of a closed period: `/api/reports/{YYYY-MM}` as JSON (CSV with `Accept: text/csv`), `/api/reports/{YYYY-MM}.pdf` the PDF; staff name the organisation with `?tenantId=`. Roles: `customer-admin`, `customer-member`, `finance`, `operator`, `provider-admin`. API keys need the scope `reports:read`. Send `Accept: text/csv` for CSV.
     */
    get: operations['getReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{period}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The raw records behind every figure of a report (rollups, incidents, tasks, bookings, usage, invoice)
     * @description The raw records behind every figure of a report (rollups, incidents, tasks, bookings, usage, invoice). Roles: `customer-admin`, `customer-member`, `finance`, `operator`, `provider-admin`. API keys need the scope `reports:read`.
     */
    get: operations['getReportExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/booking-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a booking of this length would do to the month’s included webmaster hours, and what the time beyond them costs
     * @description What a booking of this length would do to the month’s included webmaster hours, and what the time beyond them costs. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`.
     */
    get: operations['quoteBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      instance?: string;
      code?: string;
      errors?: {
        path: string;
        message: string;
      }[];
    };
    Health: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      /** Format: date-time */
      time: string;
      checks: {
        /** @enum {string} */
        table: 'ok' | 'unavailable';
        /** @enum {string} */
        queues: 'ok' | 'unavailable';
      };
    };
    PlanList: {
      items: components['schemas']['Plan'][];
    };
    Plan: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'webmaster-share' | 'on-demand' | 'managed-host';
      description: string;
      monthlyFee: components['schemas']['Money'];
      included: {
        webmasterHours: number;
        hosts: number;
        taskRuns: number;
        callOuts: number;
      };
      perHost: {
        monthlyFee: components['schemas']['Money'];
        includedTaskRuns: number;
        maxHosts: number;
      } | null;
      overage: {
        webmasterHour: components['schemas']['Money'];
        taskRun: components['schemas']['Money'];
        callOut: components['schemas']['Money'] | null;
      };
      callOutsAllowed: boolean;
      taskSlaHours: number;
      monitoring: {
        includedMonitors: number;
        maxMonitors: number;
        minIntervalMinutes: number;
        extraMonitor: components['schemas']['Money'];
        /** @enum {string} */
        coverage: '24x7' | 'business-hours';
        businessHours: {
          timeZone: string;
          days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
          start: string;
          end: string;
        } | null;
        acknowledgeMinutes: number;
        resolveMinutes: number;
      };
    };
    Money: {
      amount: number;
      currency: string;
    };
    OperationsSnapshot: {
      /** Format: date-time */
      takenAt: string;
      queues: {
        id: string;
        fifo: boolean;
        available: boolean;
        visible: number | null;
        inFlight: number | null;
        oldestAgeSeconds: number | null;
        deadLetterVisible: number | null;
      }[];
      outbox: {
        due: number;
        oldestDueAt: string | null;
        oldestAgeSeconds: number;
      };
      periodClose: {
        periodId: string;
        /** @enum {string} */
        status: 'running' | 'done';
        /** Format: date-time */
        startedAt: string;
        tenants: number;
        invoiced: number;
        skipped: number;
        failed: number;
        runningMinutes: number | null;
      } | null;
      periodCloseUnfinishedMinutes: number;
      heartbeats: components['schemas']['SchedulerHeartbeat'][];
    };
    SchedulerHeartbeat: {
      jobId: string;
      rateMinutes: number;
      cron: string | null;
      lastFinishedAt: string | null;
      outcome: ('ok' | 'failed') | null;
      durationMs: number | null;
      count: number | null;
      error: string | null;
      lastOkAt: string | null;
      ageMinutes: number | null;
      expectedBy: string | null;
      late: boolean;
      /** @enum {string} */
      state: 'ok' | 'late' | 'failed' | 'never';
    };
    SignupResponse: {
      tenantId: string;
      userId: string;
    };
    MeResponse: {
      user: components['schemas']['User'];
      tenant: components['schemas']['Tenant'] | null;
      roles: ('provider-admin' | 'operator' | 'finance' | 'customer-admin' | 'customer-member')[];
      /**
       * @description An IANA time zone name (the tz database), such as `Europe/Berlin`
       * @example Europe/Berlin
       */
      timeZone: string;
    };
    User: {
      id: string;
      tenantId: string | null;
      /** Format: email */
      email: string;
      name: string;
      roles: ('provider-admin' | 'operator' | 'finance' | 'customer-admin' | 'customer-member')[];
      /** Format: date-time */
      createdAt: string;
    };
    Tenant: {
      id: string;
      name: string;
      /** @enum {string} */
      status: 'active' | 'past_due' | 'suspended' | 'pending_deletion';
      /**
       * @description An IANA time zone name (the tz database), such as `Europe/Berlin`
       * @example Europe/Berlin
       */
      timeZone: string;
      planId: string | null;
      /** Format: date-time */
      createdAt: string;
      deletionDueAt: string | null;
      hostCount?: number;
      suspendedReason?: string | null;
    };
    UserPage: {
      items: components['schemas']['User'][];
      nextCursor?: string;
    };
    AuditPage: {
      items: components['schemas']['AuditEntry'][];
      nextCursor?: string;
    };
    AuditEntry: {
      id: string;
      tenantId: string | null;
      /** Format: date-time */
      at: string;
      actor: {
        userId: string;
        email: string;
        roles: ('provider-admin' | 'operator' | 'finance' | 'customer-admin' | 'customer-member')[];
        name?: string;
        apiKey?: {
          id: string;
          name: string;
        };
      };
      action: string;
      target: {
        type: string;
        id: string;
        name?: string;
      };
      details: {
        [key: string]: unknown;
      };
      names?: {
        [key: string]: string;
      };
    };
    TenantExport: {
      tenantId: string;
      /** Format: date-time */
      exportedAt: string;
      /** @constant */
      format: 'opsdesk-export/1';
      data: {
        [key: string]: {
          [key: string]: unknown;
        }[];
      };
    };
    ApiKeyList: {
      items: components['schemas']['ApiKey'][];
    };
    ApiKey: {
      id: string;
      name: string;
      scopes: (
        | 'tenancy:read'
        | 'billing:read'
        | 'billing:write'
        | 'booking:read'
        | 'booking:write'
        | 'tasks:read'
        | 'tasks:write'
        | 'monitoring:read'
        | 'monitoring:write'
        | 'reports:read'
        | 'reports:write'
      )[];
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: {
        userId: string;
        name?: string;
      };
      expiresAt: string | null;
      lastUsedAt: string | null;
    };
    CreatedApiKey: {
      id: string;
      name: string;
      scopes: (
        | 'tenancy:read'
        | 'billing:read'
        | 'billing:write'
        | 'booking:read'
        | 'booking:write'
        | 'tasks:read'
        | 'tasks:write'
        | 'monitoring:read'
        | 'monitoring:write'
        | 'reports:read'
        | 'reports:write'
      )[];
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: {
        userId: string;
        name?: string;
      };
      expiresAt: string | null;
      lastUsedAt: string | null;
      key: string;
    };
    TenantPage: {
      items: components['schemas']['Tenant'][];
      nextCursor?: string;
    };
    SubscriptionView: {
      /** @enum {string} */
      status: 'none' | 'incomplete' | 'active' | 'cancelled';
      /** @enum {string} */
      paymentStatus: 'current' | 'past_due';
      /** @enum {string} */
      billing: 'stripe' | 'ledger';
      plan: components['schemas']['Plan'] | null;
      pendingPlan: components['schemas']['Plan'] | null;
      period: {
        id: string;
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      };
      paymentMethodOnFile: boolean;
      entitlements: {
        /** @enum {string} */
        kind: 'webmaster_minutes' | 'hosts' | 'task_runs' | 'call_outs';
        included: number | null;
        used: number;
        /** @enum {string} */
        unit: 'minutes' | 'hosts' | 'runs' | 'call-outs';
      }[];
    };
    SubscribeResponse:
      | {
          /** Format: uri */
          checkoutUrl: string;
        }
      | components['schemas']['SubscriptionView'];
    SubscriptionPreview: {
      plan: components['schemas']['Plan'];
      currentPlan: components['schemas']['Plan'] | null;
      /** @enum {string} */
      change: 'start' | 'upgrade' | 'downgrade' | 'keep';
      price: components['schemas']['Money'];
      /** Format: date-time */
      effectiveAt: string;
      period: {
        id: string;
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      };
      proratedDays: number;
      periodDays: number;
      proratedAmount: components['schemas']['Money'];
      periodFees: components['schemas']['Money'];
      /** Format: date-time */
      nextInvoiceAt: string;
      needsPaymentMethod: boolean;
    };
    PortalSession: {
      /** Format: uri */
      url: string;
    };
    BillingProfileView: {
      profile: components['schemas']['BillingProfile'] | null;
    };
    BillingProfile: {
      legalName: string;
      addressLines: string[];
      postalCode: string;
      city: string;
      country: string;
      /** @default null */
      vatId: string | null;
    };
    UsageView: {
      period: {
        id: string;
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      };
      records: components['schemas']['UsageRecord'][];
      allowances: {
        webmasterMinutes: {
          included: number;
          used: number;
          over: number;
          unit: string;
        };
        callOuts: {
          included: number;
          used: number;
          over: number;
          unit: string;
        };
        taskRuns: {
          included: number;
          used: number;
          over: number;
          unit: string;
        };
      };
      estimate: {
        net: number;
        currency: string;
      };
    };
    UsageRecord: {
      id: string;
      tenantId: string;
      /** @enum {string} */
      kind: 'webmaster_minutes' | 'call_outs' | 'task_runs' | 'hosts' | 'late_cancellation' | 'monitors';
      quantity: number;
      unit: string;
      /** Format: date-time */
      occurredAt: string;
      sourceId: string;
      unitPrice: components['schemas']['Money'] | null;
      reversalOf?: string;
      runningTotal: number;
      source: {
        /** @enum {string} */
        type: 'booking' | 'task' | 'monitor' | 'other';
        name: string;
        at: string | null;
      };
    };
    PeriodClose: {
      periodId: string;
      /** @enum {string} */
      status: 'running' | 'done';
      /** Format: date-time */
      startedAt: string;
      tenants: number;
      invoiced: number;
      skipped: number;
      failed: number;
    };
    InvoicePage: {
      items: components['schemas']['Invoice'][];
      nextCursor?: string;
    };
    Invoice: {
      id: string;
      tenantId: string;
      /** @enum {string} */
      kind: 'invoice' | 'credit_note';
      number: string;
      periodId: string;
      servicePeriod: {
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      };
      /** @enum {string} */
      status: 'draft' | 'finalized' | 'paid' | 'void' | 'uncollectible';
      /** Format: date-time */
      issuedAt: string;
      seller: {
        name: string;
        address: string[];
        country: string;
        vatId: string | null;
        email?: string | null;
      };
      buyer: {
        name: string;
        address: string[];
        country: string;
        vatId: string | null;
      };
      currency: string;
      lines: {
        kind: string;
        description: string;
        quantity: number;
        unit: string;
        unitPrice: number;
        amount: number;
        vatRate: number;
      }[];
      included: {
        /** @enum {string} */
        kind: 'included_webmaster_minutes' | 'included_call_outs' | 'included_task_runs';
        description: string;
        quantity: number;
        allowance: number;
        /** @enum {string} */
        unit: 'minutes' | 'call-outs' | 'runs';
      }[];
      payment: {
        termsDays: number;
        /** Format: date-time */
        dueAt: string;
        bank: {
          accountHolder: string;
          name: string;
          iban: string;
          bic: string;
        };
      } | null;
      net: number;
      vat: {
        rate: number;
        base: number;
        amount: number;
      }[];
      gross: number;
      /** @enum {string} */
      vatTreatment: 'domestic' | 'reverse_charge' | 'outside_eu';
      creditNoteOf: {
        id: string;
        number: string;
      } | null;
      creditNote: {
        id: string;
        number: string;
      } | null;
      /** Format: date-time */
      statusChangedAt: string;
      paidAt: string | null;
      statusNote: string | null;
      stripe: {
        /** @enum {string} */
        sync: 'queued' | 'synced' | 'failed';
        invoiceId: string | null;
        status: string | null;
        amountDue: number | null;
        amountPaid: number | null;
        lastError: string | null;
        /** Format: date-time */
        updatedAt: string;
        eventAt: string | null;
        hostedInvoiceUrl?: string | null;
      } | null;
      version: number;
    };
    CustomerInvoicePage: {
      items: components['schemas']['CustomerInvoice'][];
      nextCursor?: string;
    };
    CustomerInvoice: {
      id: string;
      tenantId: string;
      /** @enum {string} */
      kind: 'invoice' | 'credit_note';
      number: string;
      periodId: string;
      servicePeriod: {
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      };
      /** @enum {string} */
      status: 'draft' | 'finalized' | 'paid' | 'void' | 'uncollectible';
      /** Format: date-time */
      issuedAt: string;
      seller: {
        name: string;
        address: string[];
        country: string;
        vatId: string | null;
        email?: string | null;
      };
      buyer: {
        name: string;
        address: string[];
        country: string;
        vatId: string | null;
      };
      currency: string;
      lines: {
        kind: string;
        description: string;
        quantity: number;
        unit: string;
        unitPrice: number;
        amount: number;
        vatRate: number;
      }[];
      included: {
        /** @enum {string} */
        kind: 'included_webmaster_minutes' | 'included_call_outs' | 'included_task_runs';
        description: string;
        quantity: number;
        allowance: number;
        /** @enum {string} */
        unit: 'minutes' | 'call-outs' | 'runs';
      }[];
      payment: {
        termsDays: number;
        /** Format: date-time */
        dueAt: string;
        bank: {
          accountHolder: string;
          name: string;
          iban: string;
          bic: string;
        };
      } | null;
      net: number;
      vat: {
        rate: number;
        base: number;
        amount: number;
      }[];
      gross: number;
      /** @enum {string} */
      vatTreatment: 'domestic' | 'reverse_charge' | 'outside_eu';
      creditNoteOf: {
        id: string;
        number: string;
      } | null;
      creditNote: {
        id: string;
        number: string;
      } | null;
      /** Format: date-time */
      statusChangedAt: string;
      paidAt: string | null;
      version: number;
      paymentUrl: string | null;
    };
    VoidedInvoice: {
      invoice: components['schemas']['Invoice'];
      creditNote: components['schemas']['Invoice'];
    };
    Reconciliation: {
      periodId: string;
      closed: boolean;
      /** @enum {string} */
      collection: 'stripe' | 'ledger';
      items: {
        tenantId: string;
        tenantName: string;
        currency: string;
        rated: number | null;
        invoice: {
          id: string;
          number: string;
          /** @enum {string} */
          status: 'draft' | 'finalized' | 'paid' | 'void' | 'uncollectible';
          gross: number;
          creditNote: string | null;
        } | null;
        stripe: {
          /** @enum {string} */
          sync: 'queued' | 'synced' | 'failed';
          invoiceId: string | null;
          status: string | null;
          amountDue: number | null;
          amountPaid: number | null;
          lastError: string | null;
          /** Format: date-time */
          updatedAt: string;
          eventAt: string | null;
          hostedInvoiceUrl?: string | null;
        } | null;
        differences: (
          | 'not_invoiced'
          | 'ledger_differs'
          | 'not_in_stripe'
          | 'stripe_amount_differs'
          | 'stripe_status_differs'
          | 'payment_failed'
          | 'stripe_event_rejected'
        )[];
        rejectedStripeEvents: {
          eventId: string;
          eventType: string;
          /** Format: date-time */
          at: string;
          /** Format: date-time */
          recordedAt: string;
          tenantId: string;
          invoiceId: string;
          invoiceNumber: string;
          periodId: string;
          stripeInvoiceId: string;
          customerId: string | null;
          amountDue: number | null;
          total: number | null;
          currency: string | null;
          reasons: (
            | 'stripe_invoice_not_stored'
            | 'stripe_invoice_differs'
            | 'customer_differs'
            | 'amount_differs'
            | 'currency_differs'
          )[];
        }[];
      }[];
      nextCursor?: string;
    };
    BookingTypeList: {
      items: components['schemas']['BookingType'][];
    };
    BookingType: {
      id: string;
      name: string;
      description: string;
      durations: number[];
      bufferBeforeMinutes: number;
      bufferAfterMinutes: number;
      minNoticeMinutes: number;
      horizonDays: number;
      cancellationNoticeHours: number;
      lateCancellationFee: components['schemas']['Money'];
      /** @enum {string} */
      requires: 'nothing' | 'active-plan' | 'call-outs';
      /** @enum {string} */
      schedule: 'working-hours' | 'on-call';
    };
    Availability: {
      timeZone: string;
      durationMinutes: number;
      slots: {
        start: string;
        end: string;
        staffIds: string[];
      }[];
    };
    Booking: {
      id: string;
      tenantId: string;
      typeId: string;
      staffId: string;
      bookedBy: string;
      /** Format: date-time */
      start: string;
      /** Format: date-time */
      end: string;
      durationMinutes: number;
      /** Format: date-time */
      holdStart: string;
      /** Format: date-time */
      holdEnd: string;
      /** @enum {string} */
      status: 'confirmed' | 'cancelled' | 'completed' | 'no_show';
      notes: string | null;
      lateCancellationFee: components['schemas']['Money'] | null;
      minutesSpent: number | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      tenantName: string;
      typeName: string;
      staffName: string;
    };
    BookingPage: {
      items: components['schemas']['Booking'][];
      nextCursor?: string;
    };
    StaffAvailability: {
      /**
       * @description An IANA time zone name (the tz database), such as `Europe/Berlin`
       * @example Europe/Berlin
       */
      timeZone: string;
      weekly: {
        /** @enum {string} */
        day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
        start: string;
        end: string | '24:00';
      }[];
      /** @default [] */
      exceptions: {
        /** Format: date */
        date: string;
        /** @constant */
        available: false;
      }[];
    };
    OnCallRotaView: {
      shifts: {
        staffId: string;
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      }[];
      staff: components['schemas']['StaffMember'][];
    };
    StaffMember: {
      id: string;
      name: string;
      email: string;
    };
    StaffBookings: {
      items: components['schemas']['Booking'][];
    };
    TaskTypeList: {
      items: components['schemas']['TaskType'][];
    };
    TaskType: {
      id: string;
      name: string;
      description: string;
      automated: boolean;
      disruptive: boolean;
      needsApproval: boolean;
      readOnly: boolean;
      timeoutSeconds: number | null;
      parameters: {
        [key: string]: unknown;
      };
    };
    Task: {
      id: string;
      tenantId: string;
      tenantName: string;
      /** @enum {string} */
      typeId:
        | 'disk-report'
        | 'certificate-check'
        | 'certificate-renewal'
        | 'os-patching'
        | 'wordpress-update'
        | 'database-backup'
        | 'service-restart'
        | 'custom';
      typeName: string;
      automated: boolean;
      disruptive: boolean;
      hostId: string | null;
      hostName: string | null;
      params: {
        [key: string]: string | number | boolean;
      };
      notes: string | null;
      /** @enum {string} */
      status:
        | 'awaiting_approval'
        | 'queued'
        | 'scheduled'
        | 'claimed'
        | 'running'
        | 'succeeded'
        | 'failed'
        | 'timed_out'
        | 'cancelled'
        | 'declined';
      requestedBy: {
        userId: string;
        email: string;
        name?: string;
      };
      /** Format: date-time */
      requestedAt: string;
      /** Format: date-time */
      updatedAt: string;
      approvedBy: {
        userId: string;
        email: string;
        name?: string;
      } | null;
      scheduledFor: string | null;
      slaDueAt: string | null;
      claimedBy: {
        userId: string;
        email: string;
        name?: string;
      } | null;
      dispatchStartedAt: string | null;
      commandId: string | null;
      dispatchAttempts: number;
      lastError: string | null;
      deadLetteredAt: string | null;
      nextCheckAt: string | null;
      output: {
        excerpt: string;
        truncated: boolean;
      } | null;
      minutesSpent: number | null;
      completionNote: string | null;
      history: {
        /** @enum {string} */
        status:
          | 'awaiting_approval'
          | 'queued'
          | 'scheduled'
          | 'claimed'
          | 'running'
          | 'succeeded'
          | 'failed'
          | 'timed_out'
          | 'cancelled'
          | 'declined';
        /** Format: date-time */
        at: string;
        by: string;
        reason: string | null;
      }[];
      version: number;
    };
    TaskPage: {
      items: components['schemas']['Task'][];
      nextCursor?: string;
    };
    MaintenanceWindowView: {
      /** @enum {string} */
      day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
      start: string;
      durationMinutes: number;
      timeZone: string;
      /** Format: date-time */
      nextOpensAt: string;
      openNow: boolean;
    };
    HostList: {
      items: components['schemas']['Host'][];
    };
    Host: {
      id: string;
      tenantId: string;
      name: string;
      platform: string;
      agentVersion: string;
      /** @enum {string} */
      pingStatus: 'Online' | 'ConnectionLost' | 'Inactive';
      lastSeenAt: string | null;
      registeredAt: string | null;
      ipAddress: string | null;
      /** Format: date-time */
      syncedAt: string;
    };
    Activation: {
      activationId: string;
      activationCode: string;
      /** Format: date-time */
      expiresAt: string;
      registerCommand: string;
    };
    MonitorList: {
      items: components['schemas']['Monitor'][];
    };
    Monitor: {
      id: string;
      tenantId: string;
      name: string;
      /** @enum {string} */
      kind: 'http' | 'tls' | 'dns' | 'tcp' | 'heartbeat' | 'host';
      target: string | null;
      intervalMinutes: number;
      confirmations: number;
      method: ('GET' | 'HEAD' | 'POST') | null;
      headers: {
        [key: string]: string;
      };
      keyword: string | null;
      keywordAbsent: boolean;
      maxResponseMs: number | null;
      followRedirects: boolean;
      expectedStatus: [number, number];
      warnDays: number | null;
      recordType: ('A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT') | null;
      expected: string | null;
      hostId: string | null;
      hostCheck: {
        /** @enum {string} */
        check: 'disk' | 'service' | 'certificate-file';
        thresholdPercent?: number;
        path?: string;
        service?: string;
        warnDays?: number;
      } | null;
      periodMinutes: number | null;
      graceMinutes: number | null;
      cron: string | null;
      timeZone: string | null;
      paused: boolean;
      /** @enum {string} */
      state: 'pending' | 'up' | 'down' | 'no_data' | 'maintenance';
      confirmation: {
        /** @enum {string} */
        phase: 'stable' | 'failing' | 'recovering';
        count: number;
      };
      lastCheckedAt: string | null;
      lastResult: {
        /** @enum {string} */
        outcome: 'up' | 'down' | 'no_data';
        message: string;
        responseMs: number | null;
      } | null;
      nextCheckAt: string | null;
      incidentId: string | null;
      maintenance: components['schemas']['MaintenanceSlot'][];
      heartbeatUrl: string | null;
      runningSince: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    MaintenanceSlot: {
      id: string;
      /** Format: date-time */
      start: string;
      /** Format: date-time */
      end: string;
      reason: string;
      taskId: string | null;
    };
    MonitorDetail: {
      id: string;
      tenantId: string;
      name: string;
      /** @enum {string} */
      kind: 'http' | 'tls' | 'dns' | 'tcp' | 'heartbeat' | 'host';
      target: string | null;
      intervalMinutes: number;
      confirmations: number;
      method: ('GET' | 'HEAD' | 'POST') | null;
      headers: {
        [key: string]: string;
      };
      keyword: string | null;
      keywordAbsent: boolean;
      maxResponseMs: number | null;
      followRedirects: boolean;
      expectedStatus: [number, number];
      warnDays: number | null;
      recordType: ('A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT') | null;
      expected: string | null;
      hostId: string | null;
      hostCheck: {
        /** @enum {string} */
        check: 'disk' | 'service' | 'certificate-file';
        thresholdPercent?: number;
        path?: string;
        service?: string;
        warnDays?: number;
      } | null;
      periodMinutes: number | null;
      graceMinutes: number | null;
      cron: string | null;
      timeZone: string | null;
      paused: boolean;
      /** @enum {string} */
      state: 'pending' | 'up' | 'down' | 'no_data' | 'maintenance';
      confirmation: {
        /** @enum {string} */
        phase: 'stable' | 'failing' | 'recovering';
        count: number;
      };
      lastCheckedAt: string | null;
      lastResult: {
        /** @enum {string} */
        outcome: 'up' | 'down' | 'no_data';
        message: string;
        responseMs: number | null;
      } | null;
      nextCheckAt: string | null;
      incidentId: string | null;
      maintenance: components['schemas']['MaintenanceSlot'][];
      heartbeatUrl: string | null;
      runningSince: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      recentResults: components['schemas']['CheckResult'][];
    };
    CheckResult: {
      id: string;
      monitorId: string;
      tenantId: string;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      outcome: 'up' | 'down' | 'no_data';
      inMaintenance: boolean;
      responseMs: number | null;
      message: string;
      recheck: boolean;
    };
    MonitorHistory: {
      monitorId: string;
      /** @enum {string} */
      range: '24h' | '7d' | '90d';
      buckets: components['schemas']['Rollup'][];
      uptime: number | null;
    };
    Rollup: {
      monitorId: string;
      bucket: string;
      up: number;
      down: number;
      noData: number;
      maintenance: number;
      p50Ms: number | null;
      p95Ms: number | null;
    };
    HeartbeatAck: {
      /** @constant */
      ok: true;
    };
    IncidentPage: {
      items: components['schemas']['Incident'][];
      nextCursor?: string;
    };
    Incident: {
      id: string;
      tenantId: string;
      tenantName: string;
      monitorId: string;
      monitorName: string;
      /** @enum {string} */
      monitorKind: 'http' | 'tls' | 'dns' | 'tcp' | 'heartbeat' | 'host';
      /** @enum {string} */
      severity: 'critical' | 'major' | 'minor';
      /** @enum {string} */
      status: 'open' | 'acknowledged' | 'resolved';
      /** Format: date-time */
      detectedAt: string;
      /** Format: date-time */
      openedAt: string;
      acknowledgedAt: string | null;
      acknowledgedBy: string | null;
      resolvedAt: string | null;
      /** Format: date-time */
      acknowledgeDueAt: string;
      /** Format: date-time */
      resolveDueAt: string;
      /** @enum {string} */
      coverage: 'covered' | 'waiting';
      coverageStartsAt: string | null;
      pages: number;
      escalationLevel: number;
      nextPageAt: string | null;
      pagedStaffIds: string[];
      timeline: components['schemas']['TimelineEntry'][];
      version: number;
    };
    TimelineEntry: {
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      kind:
        | 'detected'
        | 'confirmed'
        | 'waiting_coverage'
        | 'paged'
        | 'escalated'
        | 'acknowledged'
        | 'diagnostic'
        | 'remediation'
        | 'note'
        | 'recovered'
        | 'resolved'
        | 'customer_notified';
      text: string;
      by: string | null;
      taskId: string | null;
    };
    IncidentView: {
      id: string;
      tenantId: string;
      tenantName: string;
      monitorId: string;
      monitorName: string;
      /** @enum {string} */
      monitorKind: 'http' | 'tls' | 'dns' | 'tcp' | 'heartbeat' | 'host';
      /** @enum {string} */
      severity: 'critical' | 'major' | 'minor';
      /** @enum {string} */
      status: 'open' | 'acknowledged' | 'resolved';
      /** Format: date-time */
      detectedAt: string;
      /** Format: date-time */
      openedAt: string;
      acknowledgedAt: string | null;
      acknowledgedBy: string | null;
      resolvedAt: string | null;
      /** Format: date-time */
      acknowledgeDueAt: string;
      /** Format: date-time */
      resolveDueAt: string;
      /** @enum {string} */
      coverage: 'covered' | 'waiting';
      coverageStartsAt: string | null;
      pages: number;
      escalationLevel: number;
      nextPageAt: string | null;
      pagedStaffIds: string[];
      timeline: components['schemas']['TimelineEntry'][];
      version: number;
      tasks: {
        id: string;
        typeId: string;
        status: string;
        output: string | null;
        /** Format: date-time */
        updatedAt: string;
      }[];
    };
    AckLinkResponse: {
      incidentId: string;
      /** @enum {string} */
      status: 'open' | 'acknowledged' | 'resolved';
      acknowledgedBy: string;
    };
    IncidentQueue: {
      items: components['schemas']['Incident'][];
    };
    StatusPage: {
      tenantId: string;
      slug: string | null;
      published: boolean;
      monitorIds: string[];
      path: string | null;
      updatedAt: string | null;
      version: number;
    };
    PublicStatus: {
      name: string;
      slug: string;
      /** Format: date-time */
      updatedAt: string;
      /** @enum {string} */
      overall: 'operational' | 'degraded' | 'outage' | 'maintenance' | 'unknown';
      monitors: {
        name: string;
        /** @enum {string} */
        state: 'pending' | 'up' | 'down' | 'no_data' | 'maintenance';
        uptime90d: number | null;
        days: {
          date: string;
          up: number;
          down: number;
          noData: number;
          maintenance: number;
          uptime: number | null;
        }[];
      }[];
      incidents: {
        title: string;
        /** @enum {string} */
        status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
        /** Format: date-time */
        startedAt: string;
        resolvedAt: string | null;
        updates: {
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
          text: string;
        }[];
      }[];
      maintenance: {
        name: string;
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
        reason: string;
      }[];
    };
    ReportList: {
      items: {
        tenantId: string;
        tenantName: string;
        periodId: string;
        /** Format: date-time */
        generatedAt: string;
      }[];
    };
    ServiceReport: {
      tenantId: string;
      tenantName: string;
      periodId: string;
      period: {
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      };
      timeZone: string;
      /** Format: date-time */
      generatedAt: string;
      plan: {
        id: string;
        name: string;
      } | null;
      method: string[];
      monitors: {
        monitorId: string;
        name: string;
        /** @enum {string} */
        kind: 'http' | 'tls' | 'dns' | 'tcp' | 'heartbeat' | 'host';
        /** Format: date-time */
        monitoredFrom: string;
        up: number;
        down: number;
        noData: number;
        maintenance: number;
        uptime: number | null;
      }[];
      incidents: {
        incidentId: string;
        monitorName: string;
        /** @enum {string} */
        severity: 'critical' | 'major' | 'minor';
        /** Format: date-time */
        openedAt: string;
        acknowledgedAt: string | null;
        resolvedAt: string | null;
        /** Format: date-time */
        acknowledgeDueAt: string;
        /** Format: date-time */
        resolveDueAt: string;
        minutesToAcknowledge: number | null;
        minutesToResolve: number | null;
        /** @enum {string} */
        acknowledge: 'met' | 'missed' | 'later';
        /** @enum {string} */
        resolve: 'met' | 'missed' | 'later';
        carriedOver: boolean;
      }[];
      sla: {
        acknowledgeMinutes: number | null;
        resolveMinutes: number | null;
        acknowledgeMet: number;
        acknowledgeMissed: number;
        resolveMet: number;
        resolveMissed: number;
        met: boolean;
      };
      tasks: {
        taskId: string;
        typeName: string;
        hostName: string | null;
        params: {
          [key: string]: string | number | boolean;
        };
        requestedBy: string;
        approvedBy: string | null;
        /** Format: date-time */
        requestedAt: string;
        outcome: string;
        /** Format: date-time */
        finishedAt: string;
        durationMinutes: number | null;
      }[];
      hours: {
        includedMinutes: number;
        recordedMinutes: number;
        roundedMinutes: number;
        overageMinutes: number;
        roundingRule: string;
        items: {
          usageRecordId: string;
          /** @enum {string} */
          source: 'booking' | 'task';
          sourceId: string;
          /** Format: date-time */
          occurredAt: string;
          description: string;
          minutes: number;
          roundedMinutes: number;
        }[];
      };
      upcoming: {
        certificates: {
          monitorName: string;
          subject: string;
          expiresOn: string;
          daysLeft: number;
        }[];
        domains: string;
        maintenance: {
          monitorName: string;
          /** Format: date-time */
          start: string;
          /** Format: date-time */
          end: string;
          reason: string;
        }[];
      };
      invoice: {
        invoiceId: string;
        number: string;
        status: string;
        currency: string;
        net: number;
        gross: number;
        lines: {
          kind: string;
          description: string;
          quantity: number;
          unit: string;
          amount: number;
          sources: {
            /** @enum {string} */
            type: 'usage' | 'plan' | 'host';
            id: string;
          }[];
        }[];
      } | null;
    };
    ReportExport: {
      tenantId: string;
      periodId: string;
      period: {
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      };
      plan: {
        id: string;
        name: string;
        includedMinutes: number;
        acknowledgeMinutes: number;
        resolveMinutes: number;
      } | null;
      monitors: {
        id: string;
        name: string;
        /** @enum {string} */
        kind: 'http' | 'tls' | 'dns' | 'tcp' | 'heartbeat' | 'host';
        /** Format: date-time */
        createdAt: string;
      }[];
      rollups: {
        monitorId: string;
        day: string;
        up: number;
        down: number;
        noData: number;
        maintenance: number;
      }[];
      incidents: {
        id: string;
        monitorId: string;
        monitorName: string;
        /** @enum {string} */
        severity: 'critical' | 'major' | 'minor';
        /** Format: date-time */
        openedAt: string;
        acknowledgedAt: string | null;
        resolvedAt: string | null;
        /** Format: date-time */
        acknowledgeDueAt: string;
        /** Format: date-time */
        resolveDueAt: string;
      }[];
      tasks: {
        id: string;
        typeName: string;
        hostName: string | null;
        params: {
          [key: string]: string | number | boolean;
        };
        requestedBy: string;
        approvedBy: string | null;
        /** Format: date-time */
        requestedAt: string;
        status: string;
        history: {
          status: string;
          /** Format: date-time */
          at: string;
        }[];
      }[];
      bookings: {
        id: string;
        typeName: string;
        /** Format: date-time */
        start: string;
        durationMinutes: number;
        status: string;
      }[];
      usage: {
        id: string;
        kind: string;
        quantity: number;
        unit: string;
        /** Format: date-time */
        occurredAt: string;
        sourceId: string;
        reversalOf?: string;
      }[];
      invoice: {
        id: string;
        number: string;
        status: string;
        currency: string;
        net: number;
        gross: number;
        lines: {
          kind: string;
          description: string;
          quantity: number;
          unit: string;
          amount: number;
        }[];
      } | null;
    };
    BookingQuote: {
      periodId: string;
      includedMinutes: number;
      usedMinutes: number;
      bookedMinutes: number;
      afterMinutes: number;
      overageMinutes: number;
      overageCost: components['schemas']['Money'];
      overageHourPrice: components['schemas']['Money'] | null;
      shareAfter: number | null;
    };
    SignupRequest: {
      organisation: string;
      name: string;
      /**
       * Format: email
       * @description An e-mail address
       */
      email: string;
      /**
       * @description An IANA time zone name (the tz database), such as `Europe/Berlin`
       * @example Europe/Berlin
       */
      timeZone?: string;
    };
    InviteUserRequest: {
      /**
       * Format: email
       * @description An e-mail address
       */
      email: string;
      name?: string;
      /** @enum {string} */
      role: 'customer-admin' | 'customer-member';
    };
    ChangeRoleRequest: {
      /** @enum {string} */
      role: 'customer-admin' | 'customer-member';
    };
    CreateApiKeyRequest: {
      name: string;
      scopes: (
        | 'tenancy:read'
        | 'billing:read'
        | 'billing:write'
        | 'booking:read'
        | 'booking:write'
        | 'tasks:read'
        | 'tasks:write'
        | 'monitoring:read'
        | 'monitoring:write'
        | 'reports:read'
        | 'reports:write'
      )[];
      /** Format: date-time */
      expiresAt?: string;
    };
    SuspendTenantRequest: {
      reason: string;
    };
    SubscribeRequest: {
      planId: string;
    };
    BillingProfileInput: {
      legalName: string;
      addressLines: string[];
      postalCode: string;
      city: string;
      country: string;
      vatId?: string | null;
    };
    BookRequest: {
      typeId: string;
      /** Format: date-time */
      start: string;
      durationMinutes: number;
      staffId?: string;
      notes?: string;
    };
    RescheduleRequest: {
      /** Format: date-time */
      start: string;
      durationMinutes?: number;
    };
    StaffAvailabilityInput: {
      /**
       * @description An IANA time zone name (the tz database), such as `Europe/Berlin`
       * @example Europe/Berlin
       */
      timeZone: string;
      weekly: {
        /** @enum {string} */
        day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
        start: string;
        end: string | '24:00';
      }[];
      /** @default [] */
      exceptions: {
        /** Format: date */
        date: string;
        /** @constant */
        available: false;
      }[];
    };
    OnCallRota: {
      shifts: {
        staffId: string;
        /** Format: date-time */
        start: string;
        /** Format: date-time */
        end: string;
      }[];
    };
    CompleteBookingRequest: {
      minutesSpent: number;
      note?: string;
    };
    TaskRequest: {
      /** @enum {string} */
      typeId:
        | 'disk-report'
        | 'certificate-check'
        | 'certificate-renewal'
        | 'os-patching'
        | 'wordpress-update'
        | 'database-backup'
        | 'service-restart'
        | 'custom';
      hostId?: string;
      /** @default {} */
      params: {
        [key: string]: unknown;
      };
      notes?: string;
    };
    DeclineTaskRequest: {
      reason: string;
    };
    MaintenanceWindow: {
      /** @enum {string} */
      day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
      start: string;
      durationMinutes: number;
    };
    ActivationRequest: {
      name: string;
    };
    CompleteTaskRequest: {
      minutesSpent: number;
      note: string;
      /** @enum {string} */
      outcome: 'succeeded' | 'failed';
    };
    MonitorRequest: {
      name: string;
      /** @enum {string} */
      kind: 'http' | 'tls' | 'dns' | 'tcp' | 'heartbeat' | 'host';
      target?: string;
      intervalMinutes: number;
      /** @default 2 */
      confirmations: number;
      /** @enum {string} */
      method?: 'GET' | 'HEAD' | 'POST';
      headers?: {
        [key: string]: string;
      };
      keyword?: string;
      keywordAbsent?: boolean;
      maxResponseMs?: number;
      followRedirects?: boolean;
      expectedStatus?: [number, number];
      warnDays?: number;
      /** @enum {string} */
      recordType?: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT';
      expected?: string;
      hostId?: string;
      hostCheck?: {
        /** @enum {string} */
        check: 'disk' | 'service' | 'certificate-file';
        thresholdPercent?: number;
        path?: string;
        service?: string;
        warnDays?: number;
      };
      periodMinutes?: number;
      graceMinutes?: number;
      cron?: string;
      /** @description An IANA time zone name (the tz database), such as `Europe/Berlin` */
      timeZone?: string;
    };
    MonitorPatch: {
      name?: string;
      target?: string;
      intervalMinutes?: number;
      /** @default 2 */
      confirmations: number;
      /** @enum {string} */
      method?: 'GET' | 'HEAD' | 'POST';
      headers?: {
        [key: string]: string;
      };
      keyword?: string;
      keywordAbsent?: boolean;
      maxResponseMs?: number;
      followRedirects?: boolean;
      expectedStatus?: [number, number];
      warnDays?: number;
      /** @enum {string} */
      recordType?: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT';
      expected?: string;
      hostId?: string;
      hostCheck?: {
        /** @enum {string} */
        check: 'disk' | 'service' | 'certificate-file';
        thresholdPercent?: number;
        path?: string;
        service?: string;
        warnDays?: number;
      };
      periodMinutes?: number;
      graceMinutes?: number;
      cron?: string;
      /** @description An IANA time zone name (the tz database), such as `Europe/Berlin` */
      timeZone?: string;
      paused?: boolean;
    };
    MaintenanceRequest: {
      /** Format: date-time */
      start: string;
      /** Format: date-time */
      end: string;
      reason: string;
    };
    ResolveIncidentRequest: {
      note?: string;
    };
    IncidentNoteRequest: {
      text: string;
    };
    RemediateRequest: {
      typeId: string;
      params?: {
        [key: string]: unknown;
      };
    };
    AckLinkRequest: {
      token: string;
    };
    StatusPageRequest: {
      slug: string;
      published: boolean;
      monitorIds: string[];
    };
    /** @description What API Gateway answers itself (AWS only): 401 and 403 of its authorizer */
    GatewayMessage: {
      /** @enum {string} */
      message: 'Unauthorized' | 'Forbidden';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "ok",
           *       "time": "2026-11-18T09:30:09.447Z",
           *       "checks": {
           *         "table": "ok",
           *         "queues": "ok"
           *       }
           *     }
           */
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Not ready: a check failed */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  openapi: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "openapi": "3.1.0",
           *       "info": {
           *         "title": "Opsdesk API",
           *         "version": "1.0.0",
           *         "description": "Managed-services platform: plans, bookings, tasks on customer hosts, monitoring, usage-based invoices.\n\n## Getting an API key\n\nScripts (a deploy pipeline, a cron job, an accounting import) call the API with an **API key** of their organisation.\n\n1. A `customer-admin` opens **Organisation → API keys** in the web app and creates a key with a name, the scopes it\n   needs and an optional expiry — or …",
           *         "contact": {
           *           "name": "Opsdesk support",
           *           "email": "support@opsdesk.dev"
           *         },
           *         "license": {
           *           "name": "Proprietary",
           *           "url": "https://opsdesk.dev/terms"
           *         }
           *       },
           *       "servers": [
           *         {
           *           "url": "http://localhost"
           *         }
           *       ],
           *       "tags": [
           *         {
           *           "name": "platform",
           *           "description": "Health, this document, the plan catalogue and the provider’s operations snapshot"
           *         },
           *         {
           *           "name": "tenancy",
           *           "description": "Sign-up, the organisation, its users, API keys and audit log; provider-admins’ tenant administration"
           *         }
           *       ],
           *       "security": [
           *         {
           *           "bearer": []
           *         },
           *         {
           *           "apiKey": []
           *         }
           *       ],
           *       "paths": {
           *         "/api/health": {
           *           "get": {
           *             "operationId": "health",
           *             "summary": "Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not",
           *             "description": "Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not. Anyone may call it: no credential.",
           *             "tags": [
           *               "platform"
           *             ],
           *             "security": [],
           *             "parameters": [],
           *             "responses": {
           *               "200": {
           *                 "description": "Success",
           *                 "content": {
           *                   "application/json": {
           *                     "schema": {
           *                       "$ref": "#/components/schemas/Health"
           *                     }
           *                   }
           *                 }
           *               },
           *               "503": {
           *                 "description": "Not ready: a check failed",
           *                 "headers": {
           *                   "Retry-After": {
           *                     "description": "Seconds until a request may pass",
           *                     "schema": {
           *                       "type": "integer",
           *                       "minimum": 1
           *                     }
           *                   }
           *                 },
           *                 "content": {
           *                   "application/json": {
           *                     "schema": {
           *                       "$ref": "#/components/schemas/Health"
           *                     }
           *                   }
           *                 }
           *               }
           *             }
           *           }
           *         }
           *       },
           *       "components": {
           *         "securitySchemes": {
           *           "bearer": {
           *             "type": "http",
           *             "scheme": "bearer",
           *             "bearerFormat": "JWT",
           *             "description": "A person’s token: Cognito in AWS, `POST /auth/dev/login` in the local stack"
           *           },
           *           "apiKey": {
           *             "type": "http",
           *             "scheme": "bearer",
           *             "bearerFormat": "odk_…",
           *             "description": "An API key of the organisation (see \"Getting an API key\"), limited to its scopes"
           *           }
           *         },
           *         "schemas": {}
           *       }
           *     }
           */
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getApiDocs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "webmaster-eighth",
           *           "name": "Webmaster share — an eighth",
           *           "kind": "webmaster-share",
           *           "description": "An eighth of a webmaster position: 20 hours a month, one managed host, emergency call-outs.",
           *           "monthlyFee": {
           *             "amount": 119000,
           *             "currency": "EUR"
           *           },
           *           "included": {
           *             "webmasterHours": 20,
           *             "hosts": 1,
           *             "taskRuns": 30,
           *             "callOuts": 0
           *           },
           *           "perHost": null,
           *           "overage": {
           *             "webmasterHour": {
           *               "amount": 8000,
           *               "currency": "EUR"
           *             },
           *             "taskRun": {
           *               "amount": 500,
           *               "currency": "EUR"
           *             },
           *             "callOut": {
           *               "amount": 15000,
           *               "currency": "EUR"
           *             }
           *           },
           *           "callOutsAllowed": true,
           *           "taskSlaHours": 48,
           *           "monitoring": {
           *             "includedMonitors": 5,
           *             "maxMonitors": 20,
           *             "minIntervalMinutes": 5,
           *             "extraMonitor": {
           *               "amount": 300,
           *               "currency": "EUR"
           *             },
           *             "coverage": "business-hours",
           *             "businessHours": {
           *               "timeZone": "Europe/Berlin",
           *               "days": [
           *                 "mon",
           *                 "tue"
           *               ],
           *               "start": "08:00",
           *               "end": "18:00"
           *             },
           *             "acknowledgeMinutes": 60,
           *             "resolveMinutes": 480
           *           }
           *         },
           *         {
           *           "id": "webmaster-quarter",
           *           "name": "Webmaster share — a quarter",
           *           "kind": "webmaster-share",
           *           "description": "A quarter of a webmaster position: 40 hours a month, three managed hosts, emergency call-outs.",
           *           "monthlyFee": {
           *             "amount": 229000,
           *             "currency": "EUR"
           *           },
           *           "included": {
           *             "webmasterHours": 40,
           *             "hosts": 3,
           *             "taskRuns": 90,
           *             "callOuts": 1
           *           },
           *           "perHost": null,
           *           "overage": {
           *             "webmasterHour": {
           *               "amount": 7600,
           *               "currency": "EUR"
           *             },
           *             "taskRun": {
           *               "amount": 500,
           *               "currency": "EUR"
           *             },
           *             "callOut": {
           *               "amount": 15000,
           *               "currency": "EUR"
           *             }
           *           },
           *           "callOutsAllowed": true,
           *           "taskSlaHours": 24,
           *           "monitoring": {
           *             "includedMonitors": 15,
           *             "maxMonitors": 50,
           *             "minIntervalMinutes": 1,
           *             "extraMonitor": {
           *               "amount": 250,
           *               "currency": "EUR"
           *             },
           *             "coverage": "24x7",
           *             "businessHours": null,
           *             "acknowledgeMinutes": 15,
           *             "resolveMinutes": 240
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['PlanList'];
        };
      };
    };
  };
  getOperations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "takenAt": "2026-11-18T09:30:09.723Z",
           *       "queues": [
           *         {
           *           "id": "task-dispatch",
           *           "fifo": true,
           *           "available": true,
           *           "visible": 0,
           *           "inFlight": 0,
           *           "oldestAgeSeconds": null,
           *           "deadLetterVisible": 0
           *         },
           *         {
           *           "id": "billing-sync",
           *           "fifo": true,
           *           "available": true,
           *           "visible": 0,
           *           "inFlight": 0,
           *           "oldestAgeSeconds": null,
           *           "deadLetterVisible": 0
           *         }
           *       ],
           *       "outbox": {
           *         "due": 0,
           *         "oldestDueAt": null,
           *         "oldestAgeSeconds": 0
           *       },
           *       "periodClose": {
           *         "periodId": "2026-10",
           *         "status": "done",
           *         "startedAt": "2026-11-18T09:30:08.206Z",
           *         "tenants": 0,
           *         "invoiced": 0,
           *         "skipped": 0,
           *         "failed": 0,
           *         "runningMinutes": null
           *       },
           *       "periodCloseUnfinishedMinutes": 0,
           *       "heartbeats": [
           *         {
           *           "jobId": "purge-deleted-tenants",
           *           "rateMinutes": 60,
           *           "cron": null,
           *           "lastFinishedAt": null,
           *           "outcome": null,
           *           "durationMs": null,
           *           "count": null,
           *           "error": null,
           *           "lastOkAt": null,
           *           "ageMinutes": null,
           *           "expectedBy": null,
           *           "late": false,
           *           "state": "never"
           *         },
           *         {
           *           "jobId": "suspend-overdue-tenants",
           *           "rateMinutes": 60,
           *           "cron": null,
           *           "lastFinishedAt": null,
           *           "outcome": null,
           *           "durationMs": null,
           *           "count": null,
           *           "error": null,
           *           "lastOkAt": null,
           *           "ageMinutes": null,
           *           "expectedBy": null,
           *           "late": false,
           *           "state": "never"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['OperationsSnapshot'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, finance, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "organisation": "Kulturverein Nord e.V.",
         *       "name": "Kim Nord",
         *       "email": "kim@kulturverein-nord.example"
         *     }
         */
        'application/json': components['schemas']['SignupRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tenantId": "00000000-0000-4000-8000-000000000004",
           *       "userId": "00000000-0000-4000-8000-000000000005"
           *     }
           */
          'application/json': components['schemas']['SignupResponse'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the client address: 5 a minute, 5 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user": {
           *         "id": "00000000-0000-4000-8000-000000000006",
           *         "tenantId": "00000000-0000-4000-8000-000000000007",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *         "name": "admin-a-00000000-0000-4000-8000-000000000007",
           *         "roles": [
           *           "customer-admin"
           *         ],
           *         "createdAt": "2026-11-18T09:30:01.214Z"
           *       },
           *       "tenant": {
           *         "id": "00000000-0000-4000-8000-000000000007",
           *         "name": "Tenant A",
           *         "status": "active",
           *         "timeZone": "Europe/Berlin",
           *         "planId": "webmaster-eighth",
           *         "createdAt": "2026-11-18T09:30:01.214Z",
           *         "deletionDueAt": null,
           *         "hostCount": 0,
           *         "suspendedReason": null
           *       },
           *       "roles": [
           *         "customer-admin"
           *       ],
           *       "timeZone": "Europe/Berlin"
           *     }
           */
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, finance, provider-admin; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A user of the caller’s organisation */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000008",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "email": "member-2-00000000-0000-4000-8000-000000000007@example.com",
           *       "name": "member-2-00000000-0000-4000-8000-000000000007",
           *       "roles": [
           *         "customer-member"
           *       ],
           *       "createdAt": "2026-11-18T09:30:01.214Z"
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A user of the caller’s organisation */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeUserRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A user of the caller’s organisation */
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "role": "customer-admin"
         *     }
         */
        'application/json': components['schemas']['ChangeRoleRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000009",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "email": "member-6-00000000-0000-4000-8000-000000000007@example.com",
           *       "name": "member-6-00000000-0000-4000-8000-000000000007",
           *       "roles": [
           *         "customer-admin"
           *       ],
           *       "createdAt": "2026-11-18T09:30:01.214Z"
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "00000000-0000-4000-8000-000000000010",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "email": "demoted-a-00000000-0000-4000-8000-000000000007@example.com",
           *           "name": "demoted-a-00000000-0000-4000-8000-000000000007",
           *           "roles": [
           *             "customer-member"
           *           ],
           *           "createdAt": "2026-11-18T09:30:01.214Z"
           *         },
           *         {
           *           "id": "00000000-0000-4000-8000-000000000006",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *           "name": "admin-a-00000000-0000-4000-8000-000000000007",
           *           "roles": [
           *             "customer-admin"
           *           ],
           *           "createdAt": "2026-11-18T09:30:01.214Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  inviteUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "alex@kulturverein-nord.example",
         *       "name": "Alex Nord",
         *       "role": "customer-member"
         *     }
         */
        'application/json': components['schemas']['InviteUserRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000011",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "email": "alex@kulturverein-nord.example",
           *       "name": "Alex Nord",
           *       "roles": [
           *         "customer-member"
           *       ],
           *       "createdAt": "2026-11-18T09:30:11.503Z"
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAudit: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
        /** @description An organisation (tenant) id */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "00000000-0000-4000-8000-000000000012",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "at": "2026-11-18T09:30:11.503Z",
           *           "actor": {
           *             "userId": "00000000-0000-4000-8000-000000000006",
           *             "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *             "roles": [
           *               "customer-admin"
           *             ],
           *             "name": "admin-a-00000000-0000-4000-8000-000000000007"
           *           },
           *           "action": "user.invited",
           *           "target": {
           *             "type": "user",
           *             "id": "00000000-0000-4000-8000-000000000011",
           *             "name": "Alex Nord"
           *           },
           *           "details": {
           *             "email": "alex@kulturverein-nord.example",
           *             "role": "customer-member"
           *           }
           *         },
           *         {
           *           "id": "00000000-0000-4000-8000-000000000013",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "at": "2026-11-18T09:30:11.191Z",
           *           "actor": {
           *             "userId": "00000000-0000-4000-8000-000000000006",
           *             "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *             "roles": [
           *               "customer-admin"
           *             ],
           *             "name": "admin-a-00000000-0000-4000-8000-000000000007"
           *           },
           *           "action": "user.role_changed",
           *           "target": {
           *             "type": "user",
           *             "id": "00000000-0000-4000-8000-000000000009",
           *             "name": "member-6-00000000-0000-4000-8000-000000000007"
           *           },
           *           "details": {
           *             "email": "member-6-00000000-0000-4000-8000-000000000007@example.com",
           *             "from": "customer-member",
           *             "to": "customer-admin"
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, provider-admin; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "exportedAt": "2026-11-18T09:30:11.899Z",
           *       "format": "opsdesk-export/1",
           *       "data": {
           *         "activation": [
           *           {
           *             "hostId": null,
           *             "expiresAt": 1795080607,
           *             "createdAt": "2026-11-18T09:30:06.862Z",
           *             "createdBy": "00000000-0000-4000-8000-000000000006",
           *             "tenantId": "00000000-0000-4000-8000-000000000007",
           *             "name": "web-01",
           *             "validUntil": "2026-11-19T09:30:06.862Z",
           *             "usedAt": null,
           *             "activationId": "00000000-0000-4000-8000-000000000001"
           *           }
           *         ],
           *         "audit": [
           *           {
           *             "actor": {
           *               "userId": "test",
           *               "email": "test@opsdesk.local",
           *               "roles": [
           *                 "provider-admin"
           *               ]
           *             },
           *             "at": "2026-11-18T09:30:01.214Z",
           *             "tenantId": "00000000-0000-4000-8000-000000000007",
           *             "action": "test.seeded",
           *             "details": {},
           *             "id": "00000000-0000-4000-8000-000000000014",
           *             "target": {
           *               "type": "test",
           *               "id": "seed"
           *             }
           *           },
           *           {
           *             "actor": {
           *               "userId": "test",
           *               "email": "test@opsdesk.local",
           *               "roles": [
           *                 "provider-admin"
           *               ]
           *             },
           *             "at": "2026-11-18T09:30:01.214Z",
           *             "tenantId": "00000000-0000-4000-8000-000000000007",
           *             "action": "test.seeded",
           *             "details": {},
           *             "id": "00000000-0000-4000-8000-000000000015",
           *             "target": {
           *               "type": "test",
           *               "id": "seed"
           *             }
           *           }
           *         ],
           *         "subscription": [
           *           {
           *             "suspendedForNonPayment": false,
           *             "period": {
           *               "start": "2026-11-01T00:00:00.000Z",
           *               "end": "2026-12-01T00:00:00.000Z",
           *               "id": "2026-11"
           *             },
           *             "paymentMethodOnFile": false,
           *             "pendingPlanId": null,
           *             "paymentStateAt": null,
           *             "paymentMethodAt": null,
           *             "revision": 0,
           *             "createdAt": "2026-11-18T09:30:05.302Z",
           *             "tenantId": "00000000-0000-4000-8000-000000000007",
           *             "planId": "webmaster-eighth",
           *             "planHistory": [
           *               {
           *                 "effectiveFrom": "2026-11-01T00:00:00.000Z",
           *                 "planId": "webmaster-eighth"
           *               }
           *             ],
           *             "stripeCustomerId": null,
           *             "pastDueSince": null,
           *             "paymentStatus": "current",
           *             "status": "active",
           *             "updatedAt": "2026-11-18T09:30:05.302Z"
           *           }
           *         ],
           *         "tenant": [
           *           {
           *             "timeZone": "Europe/Berlin",
           *             "deletionDueAt": null,
           *             "createdAt": "2026-11-18T09:30:01.214Z",
           *             "hostCount": 0,
           *             "adminCount": 2,
           *             "name": "Tenant A",
           *             "planId": "webmaster-eighth",
           *             "id": "00000000-0000-4000-8000-000000000007",
           *             "status": "active"
           *           }
           *         ],
           *         "user": [
           *           {
           *             "createdAt": "2026-11-18T09:30:01.214Z",
           *             "roles": [
           *               "customer-member"
           *             ],
           *             "name": "demoted-a-00000000-0000-4000-8000-000000000007",
           *             "tenantId": "00000000-0000-4000-8000-000000000007",
           *             "id": "00000000-0000-4000-8000-000000000010",
           *             "email": "demoted-a-00000000-0000-4000-8000-000000000007@example.com"
           *           },
           *           {
           *             "createdAt": "2026-11-18T09:30:01.214Z",
           *             "roles": [
           *               "customer-admin"
           *             ],
           *             "tenantId": "00000000-0000-4000-8000-000000000007",
           *             "name": "admin-a-00000000-0000-4000-8000-000000000007",
           *             "id": "00000000-0000-4000-8000-000000000006",
           *             "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['TenantExport'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestTenantDeletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "name": "Tenant B",
           *       "status": "pending_deletion",
           *       "timeZone": "Europe/Berlin",
           *       "planId": "webmaster-eighth",
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "deletionDueAt": "2026-12-18T09:30:08.671Z",
           *       "suspendedReason": null
           *     }
           */
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelTenantDeletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "name": "Tenant B",
           *       "status": "active",
           *       "timeZone": "Europe/Berlin",
           *       "planId": "webmaster-eighth",
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "deletionDueAt": null,
           *       "suspendedReason": null
           *     }
           */
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['ApiKeyList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Deploy pipeline",
         *       "scopes": [
         *         "tasks:read",
         *         "tasks:write"
         *       ],
         *       "expiresAt": "2027-12-31T23:00:00Z"
         *     }
         */
        'application/json': components['schemas']['CreateApiKeyRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0mwlx7ict-4021bc3c2ff4",
           *       "name": "Deploy pipeline",
           *       "scopes": [
           *         "tasks:read",
           *         "tasks:write"
           *       ],
           *       "prefix": "odk_lJ4_Hqkc",
           *       "createdAt": "2026-11-18T09:30:12.269Z",
           *       "createdBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "name": "admin-a-00000000-0000-4000-8000-000000000007"
           *       },
           *       "expiresAt": "2027-12-31T23:00:00.000Z",
           *       "lastUsedAt": null,
           *       "key": "odk_lJ4_HqkcD6J31R-aaC0LRbYls6cDj0_2oP74WUN3OfY"
           *     }
           */
          'application/json': components['schemas']['CreatedApiKey'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An API key of the caller’s organisation (its id, not the key) */
        apiKeyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTenants: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "name": "Tenant B",
           *           "status": "active",
           *           "timeZone": "Europe/Berlin",
           *           "planId": "webmaster-eighth",
           *           "createdAt": "2026-11-18T09:30:01.214Z",
           *           "deletionDueAt": null,
           *           "suspendedReason": null
           *         },
           *         {
           *           "id": "00000000-0000-4000-8000-000000000007",
           *           "name": "Tenant A",
           *           "status": "active",
           *           "timeZone": "Europe/Berlin",
           *           "planId": "webmaster-eighth",
           *           "createdAt": "2026-11-18T09:30:01.214Z",
           *           "deletionDueAt": null,
           *           "hostCount": 0,
           *           "suspendedReason": null
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TenantPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  suspendTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An organisation (tenant) id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Two invoices are unpaid; please pay them or contact billing."
         *     }
         */
        'application/json': components['schemas']['SuspendTenantRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000003",
           *       "name": "Tenant C",
           *       "status": "suspended",
           *       "timeZone": "Europe/Berlin",
           *       "planId": "webmaster-eighth",
           *       "createdAt": "2026-11-18T09:30:05.302Z",
           *       "deletionDueAt": null,
           *       "suspendedReason": "Two invoices are unpaid; please pay them or contact billing."
           *     }
           */
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reactivateTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An organisation (tenant) id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000003",
           *       "name": "Tenant C",
           *       "status": "active",
           *       "timeZone": "Europe/Berlin",
           *       "planId": "webmaster-eighth",
           *       "createdAt": "2026-11-18T09:30:05.302Z",
           *       "deletionDueAt": null,
           *       "suspendedReason": null
           *     }
           */
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "active",
           *       "paymentStatus": "current",
           *       "billing": "stripe",
           *       "plan": {
           *         "id": "webmaster-eighth",
           *         "name": "Webmaster share — an eighth",
           *         "kind": "webmaster-share",
           *         "description": "An eighth of a webmaster position: 20 hours a month, one managed host, emergency call-outs.",
           *         "monthlyFee": {
           *           "amount": 119000,
           *           "currency": "EUR"
           *         },
           *         "included": {
           *           "webmasterHours": 20,
           *           "hosts": 1,
           *           "taskRuns": 30,
           *           "callOuts": 0
           *         },
           *         "perHost": null,
           *         "overage": {
           *           "webmasterHour": {
           *             "amount": 8000,
           *             "currency": "EUR"
           *           },
           *           "taskRun": {
           *             "amount": 500,
           *             "currency": "EUR"
           *           },
           *           "callOut": {
           *             "amount": 15000,
           *             "currency": "EUR"
           *           }
           *         },
           *         "callOutsAllowed": true,
           *         "taskSlaHours": 48,
           *         "monitoring": {
           *           "includedMonitors": 5,
           *           "maxMonitors": 20,
           *           "minIntervalMinutes": 5,
           *           "extraMonitor": {
           *             "amount": 300,
           *             "currency": "EUR"
           *           },
           *           "coverage": "business-hours",
           *           "businessHours": {
           *             "timeZone": "Europe/Berlin",
           *             "days": [
           *               "mon",
           *               "tue"
           *             ],
           *             "start": "08:00",
           *             "end": "18:00"
           *           },
           *           "acknowledgeMinutes": 60,
           *           "resolveMinutes": 480
           *         }
           *       },
           *       "pendingPlan": null,
           *       "period": {
           *         "id": "2026-11",
           *         "start": "2026-11-01T00:00:00.000Z",
           *         "end": "2026-12-01T00:00:00.000Z"
           *       },
           *       "paymentMethodOnFile": false,
           *       "entitlements": [
           *         {
           *           "kind": "webmaster_minutes",
           *           "included": 1200,
           *           "used": 0,
           *           "unit": "minutes"
           *         },
           *         {
           *           "kind": "hosts",
           *           "included": 1,
           *           "used": 0,
           *           "unit": "hosts"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['SubscriptionView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  subscribe: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "planId": "webmaster-quarter"
         *     }
         */
        'application/json': components['schemas']['SubscribeRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "checkoutUrl": "https://checkout.stripe.com/c/pay/cs_test_fake1"
           *     }
           */
          'application/json': components['schemas']['SubscribeResponse'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  previewSubscription: {
    parameters: {
      query: {
        /**
         * @description A plan of the catalogue (`GET /api/plans`)
         * @example webmaster-quarter
         */
        planId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "plan": {
           *         "id": "webmaster-quarter",
           *         "name": "Webmaster share — a quarter",
           *         "kind": "webmaster-share",
           *         "description": "A quarter of a webmaster position: 40 hours a month, three managed hosts, emergency call-outs.",
           *         "monthlyFee": {
           *           "amount": 229000,
           *           "currency": "EUR"
           *         },
           *         "included": {
           *           "webmasterHours": 40,
           *           "hosts": 3,
           *           "taskRuns": 90,
           *           "callOuts": 1
           *         },
           *         "perHost": null,
           *         "overage": {
           *           "webmasterHour": {
           *             "amount": 7600,
           *             "currency": "EUR"
           *           },
           *           "taskRun": {
           *             "amount": 500,
           *             "currency": "EUR"
           *           },
           *           "callOut": {
           *             "amount": 15000,
           *             "currency": "EUR"
           *           }
           *         },
           *         "callOutsAllowed": true,
           *         "taskSlaHours": 24,
           *         "monitoring": {
           *           "includedMonitors": 15,
           *           "maxMonitors": 50,
           *           "minIntervalMinutes": 1,
           *           "extraMonitor": {
           *             "amount": 250,
           *             "currency": "EUR"
           *           },
           *           "coverage": "24x7",
           *           "businessHours": null,
           *           "acknowledgeMinutes": 15,
           *           "resolveMinutes": 240
           *         }
           *       },
           *       "currentPlan": {
           *         "id": "webmaster-quarter",
           *         "name": "Webmaster share — a quarter",
           *         "kind": "webmaster-share",
           *         "description": "A quarter of a webmaster position: 40 hours a month, three managed hosts, emergency call-outs.",
           *         "monthlyFee": {
           *           "amount": 229000,
           *           "currency": "EUR"
           *         },
           *         "included": {
           *           "webmasterHours": 40,
           *           "hosts": 3,
           *           "taskRuns": 90,
           *           "callOuts": 1
           *         },
           *         "perHost": null,
           *         "overage": {
           *           "webmasterHour": {
           *             "amount": 7600,
           *             "currency": "EUR"
           *           },
           *           "taskRun": {
           *             "amount": 500,
           *             "currency": "EUR"
           *           },
           *           "callOut": {
           *             "amount": 15000,
           *             "currency": "EUR"
           *           }
           *         },
           *         "callOutsAllowed": true,
           *         "taskSlaHours": 24,
           *         "monitoring": {
           *           "includedMonitors": 15,
           *           "maxMonitors": 50,
           *           "minIntervalMinutes": 1,
           *           "extraMonitor": {
           *             "amount": 250,
           *             "currency": "EUR"
           *           },
           *           "coverage": "24x7",
           *           "businessHours": null,
           *           "acknowledgeMinutes": 15,
           *           "resolveMinutes": 240
           *         }
           *       },
           *       "change": "keep",
           *       "price": {
           *         "amount": 229000,
           *         "currency": "EUR"
           *       },
           *       "effectiveAt": "2026-11-18T09:30:13.392Z",
           *       "period": {
           *         "id": "2026-11",
           *         "start": "2026-11-01T00:00:00.000Z",
           *         "end": "2026-12-01T00:00:00.000Z"
           *       },
           *       "proratedDays": 13,
           *       "periodDays": 30,
           *       "proratedAmount": {
           *         "amount": 99233,
           *         "currency": "EUR"
           *       },
           *       "periodFees": {
           *         "amount": 166666,
           *         "currency": "EUR"
           *       },
           *       "nextInvoiceAt": "2026-12-01T00:00:00.000Z",
           *       "needsPaymentMethod": true
           *     }
           */
          'application/json': components['schemas']['SubscriptionPreview'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openBillingPortal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "url": "https://billing.stripe.com/p/session/test_fake"
           *     }
           */
          'application/json': components['schemas']['PortalSession'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBillingProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "profile": null
           *     }
           */
          'application/json': components['schemas']['BillingProfileView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setBillingProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "legalName": "Kulturverein Nord e.V.",
         *       "addressLines": [
         *         "Hafenstraße 12"
         *       ],
         *       "postalCode": "20457",
         *       "city": "Hamburg",
         *       "country": "DE",
         *       "vatId": null
         *     }
         */
        'application/json': components['schemas']['BillingProfileInput'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "profile": {
           *         "legalName": "Kulturverein Nord e.V.",
           *         "addressLines": [
           *           "Hafenstraße 12"
           *         ],
           *         "postalCode": "20457",
           *         "city": "Hamburg",
           *         "country": "DE",
           *         "vatId": null
           *       }
           *     }
           */
          'application/json': components['schemas']['BillingProfileView'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUsage: {
    parameters: {
      query?: {
        /** @description A billing period, `YYYY-MM` */
        period?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "period": {
           *         "id": "2026-11",
           *         "start": "2026-11-01T00:00:00.000Z",
           *         "end": "2026-12-01T00:00:00.000Z"
           *       },
           *       "records": [],
           *       "allowances": {
           *         "webmasterMinutes": {
           *           "included": 1720,
           *           "used": 0,
           *           "over": 0,
           *           "unit": "minutes"
           *         },
           *         "callOuts": {
           *           "included": 0,
           *           "used": 0,
           *           "over": 0,
           *           "unit": "call-outs"
           *         },
           *         "taskRuns": {
           *           "included": 56,
           *           "used": 0,
           *           "over": 0,
           *           "unit": "runs"
           *         }
           *       },
           *       "estimate": {
           *         "net": 166666,
           *         "currency": "EUR"
           *       }
           *     }
           */
          'application/json': components['schemas']['UsageView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  closePeriod: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A billing period, `YYYY-MM` */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periodId": "2026-10",
           *       "status": "done",
           *       "startedAt": "2026-11-18T09:30:08.206Z",
           *       "tenants": 0,
           *       "invoiced": 0,
           *       "skipped": 0,
           *       "failed": 0
           *     }
           */
          'application/json': components['schemas']['PeriodClose'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPeriodClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A billing period, `YYYY-MM` */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periodId": "2026-10",
           *       "status": "done",
           *       "startedAt": "2026-11-18T09:30:08.206Z",
           *       "tenants": 0,
           *       "invoiced": 0,
           *       "skipped": 0,
           *       "failed": 0
           *     }
           */
          'application/json': components['schemas']['PeriodClose'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listFinanceInvoices: {
    parameters: {
      query: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
        /**
         * @description A billing period, `YYYY-MM`
         * @example 2026-01
         */
        period: string;
        /** @description Only items with this status */
        status?: 'draft' | 'finalized' | 'paid' | 'void' | 'uncollectible';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['InvoicePage'];
          'text/csv': string;
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInvoices: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['CustomerInvoicePage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInvoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An invoice or credit note id — append `.pdf` for the PDF */
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000016",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "kind": "invoice",
           *       "number": "OD-2026-000002",
           *       "periodId": "2020-02",
           *       "servicePeriod": {
           *         "start": "2026-10-01T00:00:00.000Z",
           *         "end": "2026-11-01T00:00:00.000Z"
           *       },
           *       "status": "finalized",
           *       "issuedAt": "2026-11-18T09:30:01.214Z",
           *       "seller": {
           *         "name": "Seller",
           *         "vatId": "DE1",
           *         "country": "DE",
           *         "address": []
           *       },
           *       "buyer": {
           *         "name": "Tenant A",
           *         "vatId": null,
           *         "country": "DE",
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ]
           *       },
           *       "currency": "EUR",
           *       "lines": [
           *         {
           *           "unitPrice": 119005,
           *           "unit": "month",
           *           "amount": 119005,
           *           "quantity": 1,
           *           "kind": "base_fee",
           *           "vatRate": 1900,
           *           "description": "Eighth webmaster"
           *         }
           *       ],
           *       "included": [],
           *       "payment": null,
           *       "net": 119005,
           *       "vat": [
           *         {
           *           "rate": 1900,
           *           "amount": 22611,
           *           "base": 119005
           *         }
           *       ],
           *       "gross": 141616,
           *       "vatTreatment": "domestic",
           *       "creditNoteOf": null,
           *       "creditNote": null,
           *       "statusChangedAt": "2026-11-18T09:30:01.214Z",
           *       "paidAt": null,
           *       "version": 1,
           *       "paymentUrl": null
           *     }
           */
          'application/json': components['schemas']['CustomerInvoice'];
          'application/pdf': string;
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getFinanceInvoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An invoice or credit note id — append `.pdf` for the PDF */
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000017",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "kind": "invoice",
           *       "number": "OD-2026-000004",
           *       "periodId": "2020-04",
           *       "servicePeriod": {
           *         "start": "2026-10-01T00:00:00.000Z",
           *         "end": "2026-11-01T00:00:00.000Z"
           *       },
           *       "status": "finalized",
           *       "issuedAt": "2026-11-18T09:30:01.214Z",
           *       "seller": {
           *         "name": "Seller",
           *         "vatId": "DE1",
           *         "country": "DE",
           *         "address": []
           *       },
           *       "buyer": {
           *         "name": "Tenant A",
           *         "vatId": null,
           *         "country": "DE",
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ]
           *       },
           *       "currency": "EUR",
           *       "lines": [
           *         {
           *           "unitPrice": 119005,
           *           "unit": "month",
           *           "amount": 119005,
           *           "quantity": 1,
           *           "kind": "base_fee",
           *           "vatRate": 1900,
           *           "description": "Eighth webmaster"
           *         }
           *       ],
           *       "included": [],
           *       "payment": null,
           *       "net": 119005,
           *       "vat": [
           *         {
           *           "rate": 1900,
           *           "amount": 22611,
           *           "base": 119005
           *         }
           *       ],
           *       "gross": 141616,
           *       "vatTreatment": "domestic",
           *       "creditNoteOf": null,
           *       "creditNote": null,
           *       "statusChangedAt": "2026-11-18T09:30:01.214Z",
           *       "paidAt": null,
           *       "statusNote": null,
           *       "stripe": null,
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['Invoice'];
          'application/pdf': string;
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  voidInvoice: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description An invoice or credit note id */
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Billed the wrong organisation"
         *     }
         */
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "invoice": {
           *         "id": "00000000-0000-4000-8000-000000000018",
           *         "tenantId": "00000000-0000-4000-8000-000000000007",
           *         "kind": "invoice",
           *         "number": "OD-2026-000006",
           *         "periodId": "2020-06",
           *         "servicePeriod": {
           *           "start": "2026-10-01T00:00:00.000Z",
           *           "end": "2026-11-01T00:00:00.000Z"
           *         },
           *         "status": "void",
           *         "issuedAt": "2026-11-18T09:30:01.214Z",
           *         "seller": {
           *           "name": "Seller",
           *           "vatId": "DE1",
           *           "country": "DE",
           *           "address": []
           *         },
           *         "buyer": {
           *           "name": "Tenant A",
           *           "vatId": null,
           *           "country": "DE",
           *           "address": [
           *             "Hauptstraße 1",
           *             "10115 Berlin"
           *           ]
           *         },
           *         "currency": "EUR",
           *         "lines": [
           *           {
           *             "unitPrice": 119005,
           *             "unit": "month",
           *             "amount": 119005,
           *             "quantity": 1,
           *             "kind": "base_fee",
           *             "vatRate": 1900,
           *             "description": "Eighth webmaster"
           *           }
           *         ],
           *         "included": [],
           *         "payment": null,
           *         "net": 119005,
           *         "vat": [
           *           {
           *             "rate": 1900,
           *             "amount": 22611,
           *             "base": 119005
           *           }
           *         ],
           *         "gross": 141616,
           *         "vatTreatment": "domestic",
           *         "creditNoteOf": null,
           *         "creditNote": {
           *           "id": "00000000-0000-4000-8000-000000000019",
           *           "number": "OD-CN-2026-000001"
           *         },
           *         "statusChangedAt": "2026-11-18T09:30:15.787Z",
           *         "paidAt": null,
           *         "statusNote": "Billed the wrong organisation",
           *         "stripe": null,
           *         "version": 2
           *       },
           *       "creditNote": {
           *         "id": "00000000-0000-4000-8000-000000000019",
           *         "tenantId": "00000000-0000-4000-8000-000000000007",
           *         "kind": "credit_note",
           *         "number": "OD-CN-2026-000001",
           *         "periodId": "2020-06",
           *         "servicePeriod": {
           *           "start": "2026-10-01T00:00:00.000Z",
           *           "end": "2026-11-01T00:00:00.000Z"
           *         },
           *         "status": "finalized",
           *         "issuedAt": "2026-11-18T09:30:15.787Z",
           *         "seller": {
           *           "name": "Seller",
           *           "vatId": "DE1",
           *           "country": "DE",
           *           "address": []
           *         },
           *         "buyer": {
           *           "name": "Tenant A",
           *           "vatId": null,
           *           "country": "DE",
           *           "address": [
           *             "Hauptstraße 1",
           *             "10115 Berlin"
           *           ]
           *         },
           *         "currency": "EUR",
           *         "lines": [
           *           {
           *             "unitPrice": -119005,
           *             "unit": "month",
           *             "amount": -119005,
           *             "quantity": 1,
           *             "kind": "base_fee",
           *             "vatRate": 1900,
           *             "description": "Eighth webmaster"
           *           }
           *         ],
           *         "included": [],
           *         "payment": null,
           *         "net": -119005,
           *         "vat": [
           *           {
           *             "rate": 1900,
           *             "amount": -22611,
           *             "base": -119005
           *           }
           *         ],
           *         "gross": -141616,
           *         "vatTreatment": "domestic",
           *         "creditNoteOf": {
           *           "id": "00000000-0000-4000-8000-000000000018",
           *           "number": "OD-2026-000006"
           *         },
           *         "creditNote": null,
           *         "statusChangedAt": "2026-11-18T09:30:15.787Z",
           *         "paidAt": null,
           *         "statusNote": "Billed the wrong organisation",
           *         "stripe": null,
           *         "version": 1
           *       }
           *     }
           */
          'application/json': components['schemas']['VoidedInvoice'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markInvoiceUncollectible: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description An invoice or credit note id */
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Organisation dissolved; no assets"
         *     }
         */
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000020",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "kind": "invoice",
           *       "number": "OD-2026-000008",
           *       "periodId": "2020-08",
           *       "servicePeriod": {
           *         "start": "2026-10-01T00:00:00.000Z",
           *         "end": "2026-11-01T00:00:00.000Z"
           *       },
           *       "status": "uncollectible",
           *       "issuedAt": "2026-11-18T09:30:01.214Z",
           *       "seller": {
           *         "name": "Seller",
           *         "vatId": "DE1",
           *         "country": "DE",
           *         "address": []
           *       },
           *       "buyer": {
           *         "name": "Tenant A",
           *         "vatId": null,
           *         "country": "DE",
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ]
           *       },
           *       "currency": "EUR",
           *       "lines": [
           *         {
           *           "unitPrice": 119005,
           *           "unit": "month",
           *           "amount": 119005,
           *           "quantity": 1,
           *           "kind": "base_fee",
           *           "vatRate": 1900,
           *           "description": "Eighth webmaster"
           *         }
           *       ],
           *       "included": [],
           *       "payment": null,
           *       "net": 119005,
           *       "vat": [
           *         {
           *           "rate": 1900,
           *           "amount": 22611,
           *           "base": 119005
           *         }
           *       ],
           *       "gross": 141616,
           *       "vatTreatment": "domestic",
           *       "creditNoteOf": null,
           *       "creditNote": null,
           *       "statusChangedAt": "2026-11-18T09:30:16.399Z",
           *       "paidAt": null,
           *       "statusNote": "Organisation dissolved; no assets",
           *       "stripe": null,
           *       "version": 2
           *     }
           */
          'application/json': components['schemas']['Invoice'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordInvoicePayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description An invoice or credit note id */
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reference": "SEPA transfer 2026-11-03 RF18 5390 0754 7034"
         *     }
         */
        'application/json': {
          reference: string;
          /** Format: date-time */
          paidAt?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000021",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "kind": "invoice",
           *       "number": "OD-2026-000010",
           *       "periodId": "2020-10",
           *       "servicePeriod": {
           *         "start": "2026-10-01T00:00:00.000Z",
           *         "end": "2026-11-01T00:00:00.000Z"
           *       },
           *       "status": "paid",
           *       "issuedAt": "2026-11-18T09:30:01.214Z",
           *       "seller": {
           *         "name": "Seller",
           *         "vatId": "DE1",
           *         "country": "DE",
           *         "address": []
           *       },
           *       "buyer": {
           *         "name": "Tenant A",
           *         "vatId": null,
           *         "country": "DE",
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ]
           *       },
           *       "currency": "EUR",
           *       "lines": [
           *         {
           *           "unitPrice": 119005,
           *           "unit": "month",
           *           "amount": 119005,
           *           "quantity": 1,
           *           "kind": "base_fee",
           *           "vatRate": 1900,
           *           "description": "Eighth webmaster"
           *         }
           *       ],
           *       "included": [],
           *       "payment": null,
           *       "net": 119005,
           *       "vat": [
           *         {
           *           "rate": 1900,
           *           "amount": 22611,
           *           "base": 119005
           *         }
           *       ],
           *       "gross": 141616,
           *       "vatTreatment": "domestic",
           *       "creditNoteOf": null,
           *       "creditNote": null,
           *       "statusChangedAt": "2026-11-18T09:30:16.741Z",
           *       "paidAt": "2026-11-18T09:30:16.741Z",
           *       "statusNote": "SEPA transfer 2026-11-03 RF18 5390 0754 7034",
           *       "stripe": null,
           *       "version": 2
           *     }
           */
          'application/json': components['schemas']['Invoice'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retryInvoiceCollection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An invoice or credit note id */
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000022",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "kind": "invoice",
           *       "number": "OD-2026-000012",
           *       "periodId": "2020-12",
           *       "servicePeriod": {
           *         "start": "2026-10-01T00:00:00.000Z",
           *         "end": "2026-11-01T00:00:00.000Z"
           *       },
           *       "status": "finalized",
           *       "issuedAt": "2026-11-18T09:30:01.214Z",
           *       "seller": {
           *         "name": "Seller",
           *         "vatId": "DE1",
           *         "country": "DE",
           *         "address": []
           *       },
           *       "buyer": {
           *         "name": "Tenant A",
           *         "vatId": null,
           *         "country": "DE",
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ]
           *       },
           *       "currency": "EUR",
           *       "lines": [
           *         {
           *           "unitPrice": 119005,
           *           "unit": "month",
           *           "amount": 119005,
           *           "quantity": 1,
           *           "kind": "base_fee",
           *           "vatRate": 1900,
           *           "description": "Eighth webmaster"
           *         }
           *       ],
           *       "included": [],
           *       "payment": null,
           *       "net": 119005,
           *       "vat": [
           *         {
           *           "rate": 1900,
           *           "amount": 22611,
           *           "base": 119005
           *         }
           *       ],
           *       "gross": 141616,
           *       "vatTreatment": "domestic",
           *       "creditNoteOf": null,
           *       "creditNote": null,
           *       "statusChangedAt": "2026-11-18T09:30:01.214Z",
           *       "paidAt": null,
           *       "statusNote": null,
           *       "stripe": {
           *         "amountDue": null,
           *         "lastError": null,
           *         "amountPaid": null,
           *         "eventAt": null,
           *         "invoiceId": null,
           *         "sync": "queued",
           *         "status": null,
           *         "updatedAt": "2026-11-18T09:30:17.063Z"
           *       },
           *       "version": 2
           *     }
           */
          'application/json': components['schemas']['Invoice'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payment provider (Stripe) refused the request */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReconciliation: {
    parameters: {
      query: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
        /**
         * @description A billing period, `YYYY-MM`
         * @example 2026-01
         */
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periodId": "2026-01",
           *       "closed": false,
           *       "collection": "stripe",
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['Reconciliation'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  stripeWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description Stripe’s signature of the raw body (`t=<unix time>,v1=<HMAC-SHA256>`), checked with the secret
         * @example t=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
         */
        'Stripe-Signature': string;
      };
      path?: never;
      cookie?: never;
    };
    /** @description The event exactly as Stripe sends it: the signature is computed on these bytes */
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "evt_1QexampleAbCdEf",
         *       "object": "event",
         *       "type": "invoice.paid",
         *       "created": 1767225600,
         *       "data": {
         *         "object": {
         *           "id": "in_1QexampleAbCdEf",
         *           "object": "invoice",
         *           "status": "paid"
         *         }
         *       }
         *     }
         */
        'application/json': {
          /** @description The event id (`evt_…`): a replay of one already handled is a no-op */
          id: string;
          /** @constant */
          object: 'event';
          /** @description The event type, such as `invoice.paid` */
          type: string;
          created?: number;
          data: {
            object: Record<string, never>;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "received": true,
           *       "outcome": "ignored"
           *     }
           */
          'application/json': {
            /** @constant */
            received: true;
            outcome: string;
          };
        };
      };
      /** @description The Stripe-Signature header does not match the body (or is missing) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listBookingTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "consultation",
           *           "name": "Consultation",
           *           "description": "A call with a webmaster to plan work, review a site or answer questions.",
           *           "durations": [
           *             15,
           *             30
           *           ],
           *           "bufferBeforeMinutes": 0,
           *           "bufferAfterMinutes": 15,
           *           "minNoticeMinutes": 120,
           *           "horizonDays": 60,
           *           "cancellationNoticeHours": 24,
           *           "lateCancellationFee": {
           *             "amount": 4000,
           *             "currency": "EUR"
           *           },
           *           "requires": "nothing",
           *           "schedule": "working-hours"
           *         },
           *         {
           *           "id": "hands-on",
           *           "name": "Hands-on session",
           *           "description": "A webmaster works on your site or systems while you watch, or on their own.",
           *           "durations": [
           *             30,
           *             45
           *           ],
           *           "bufferBeforeMinutes": 15,
           *           "bufferAfterMinutes": 15,
           *           "minNoticeMinutes": 1440,
           *           "horizonDays": 60,
           *           "cancellationNoticeHours": 48,
           *           "lateCancellationFee": {
           *             "amount": 8000,
           *             "currency": "EUR"
           *           },
           *           "requires": "active-plan",
           *           "schedule": "working-hours"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BookingTypeList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  findAvailability: {
    parameters: {
      query: {
        /**
         * @description A booking type id (`GET /api/booking-types`)
         * @example consultation
         */
        type: string;
        /**
         * @description Start of the range, an ISO 8601 instant
         * @example 2027-01-04T00:00:00Z
         */
        from: string;
        /**
         * @description End of the range (exclusive), an ISO 8601 instant
         * @example 2027-01-11T00:00:00Z
         */
        to: string;
        /**
         * @description An IANA time zone (`Europe/Berlin`) the answer is shown in
         * @example Europe/Berlin
         */
        timeZone: string;
        /** @description Length of the booking in minutes */
        durationMinutes?: number;
        /** @description Only this staff member’s free times */
        staffId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "timeZone": "Europe/Berlin",
           *       "durationMinutes": 15,
           *       "slots": [
           *         {
           *           "start": "2027-01-04T08:00:00+01:00",
           *           "end": "2027-01-04T08:15:00+01:00",
           *           "staffIds": [
           *             "00000000-0000-4000-8000-000000000023"
           *           ]
           *         },
           *         {
           *           "start": "2027-01-04T08:15:00+01:00",
           *           "end": "2027-01-04T08:30:00+01:00",
           *           "staffIds": [
           *             "00000000-0000-4000-8000-000000000023"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Availability'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listBookings: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['BookingPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  book: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "typeId": "consultation",
         *       "start": "2027-01-04T09:00:00Z",
         *       "durationMinutes": 30
         *     }
         */
        'application/json': components['schemas']['BookRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000024",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "typeId": "consultation",
           *       "staffId": "00000000-0000-4000-8000-000000000023",
           *       "bookedBy": "00000000-0000-4000-8000-000000000006",
           *       "start": "2027-01-04T09:00:00.000Z",
           *       "end": "2027-01-04T09:30:00.000Z",
           *       "durationMinutes": 30,
           *       "holdStart": "2027-01-04T09:00:00.000Z",
           *       "holdEnd": "2027-01-04T09:45:00.000Z",
           *       "status": "confirmed",
           *       "notes": null,
           *       "lateCancellationFee": null,
           *       "minutesSpent": null,
           *       "createdAt": "2026-11-18T09:30:17.658Z",
           *       "updatedAt": "2026-11-18T09:30:17.658Z",
           *       "tenantName": "Tenant A",
           *       "typeName": "Consultation",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000007"
           *     }
           */
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A booking id */
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000025",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "typeId": "consultation",
           *       "staffId": "00000000-0000-4000-8000-000000000023",
           *       "bookedBy": "00000000-0000-4000-8000-000000000006",
           *       "start": "2030-01-07T02:00:00.000Z",
           *       "end": "2030-01-07T02:30:00.000Z",
           *       "durationMinutes": 30,
           *       "holdStart": "2030-01-07T02:00:00.000Z",
           *       "holdEnd": "2030-01-07T02:45:00.000Z",
           *       "status": "cancelled",
           *       "notes": null,
           *       "lateCancellationFee": null,
           *       "minutesSpent": null,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:18.088Z",
           *       "tenantName": "Tenant A",
           *       "typeName": "Consultation",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000007"
           *     }
           */
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rescheduleBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A booking id */
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "start": "2027-01-05T10:00:00Z"
         *     }
         */
        'application/json': components['schemas']['RescheduleRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000026",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "typeId": "consultation",
           *       "staffId": "00000000-0000-4000-8000-000000000023",
           *       "bookedBy": "00000000-0000-4000-8000-000000000006",
           *       "start": "2027-01-05T10:00:00.000Z",
           *       "end": "2027-01-05T10:30:00.000Z",
           *       "durationMinutes": 30,
           *       "holdStart": "2027-01-05T10:00:00.000Z",
           *       "holdEnd": "2027-01-05T10:45:00.000Z",
           *       "status": "confirmed",
           *       "notes": null,
           *       "lateCancellationFee": null,
           *       "minutesSpent": null,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:18.421Z",
           *       "tenantName": "Tenant A",
           *       "typeName": "Consultation",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000007"
           *     }
           */
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBookingCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A booking id */
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStaffAvailability: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "timeZone": "Europe/Berlin",
           *       "weekly": [
           *         {
           *           "day": "mon",
           *           "start": "08:00",
           *           "end": "18:00"
           *         },
           *         {
           *           "day": "tue",
           *           "start": "08:00",
           *           "end": "18:00"
           *         }
           *       ],
           *       "exceptions": []
           *     }
           */
          'application/json': components['schemas']['StaffAvailability'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setStaffAvailability: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "timeZone": "Europe/Berlin",
         *       "weekly": [
         *         {
         *           "day": "mon",
         *           "start": "09:00",
         *           "end": "17:00"
         *         }
         *       ],
         *       "exceptions": []
         *     }
         */
        'application/json': components['schemas']['StaffAvailabilityInput'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "timeZone": "Europe/Berlin",
           *       "weekly": [
           *         {
           *           "day": "mon",
           *           "start": "09:00",
           *           "end": "17:00"
           *         }
           *       ],
           *       "exceptions": []
           *     }
           */
          'application/json': components['schemas']['StaffAvailability'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOnCallRota: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "shifts": [],
           *       "staff": [
           *         {
           *           "id": "00000000-0000-4000-8000-000000000023",
           *           "name": "operator-00000000-0000-4000-8000-000000000007",
           *           "email": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['OnCallRotaView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setOnCallRota: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "shifts": []
         *     }
         */
        'application/json': components['schemas']['OnCallRota'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "shifts": [],
           *       "staff": [
           *         {
           *           "id": "00000000-0000-4000-8000-000000000023",
           *           "name": "operator-00000000-0000-4000-8000-000000000007",
           *           "email": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['OnCallRotaView'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listStaffBookings: {
    parameters: {
      query: {
        /**
         * @description Start of the range, an ISO 8601 instant
         * @example 2027-01-04T00:00:00Z
         */
        from: string;
        /**
         * @description End of the range (exclusive), an ISO 8601 instant
         * @example 2027-01-11T00:00:00Z
         */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "00000000-0000-4000-8000-000000000024",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "typeId": "consultation",
           *           "staffId": "00000000-0000-4000-8000-000000000023",
           *           "bookedBy": "00000000-0000-4000-8000-000000000006",
           *           "start": "2027-01-04T09:00:00.000Z",
           *           "end": "2027-01-04T09:30:00.000Z",
           *           "durationMinutes": 30,
           *           "holdStart": "2027-01-04T09:00:00.000Z",
           *           "holdEnd": "2027-01-04T09:45:00.000Z",
           *           "status": "confirmed",
           *           "notes": null,
           *           "lateCancellationFee": null,
           *           "minutesSpent": null,
           *           "createdAt": "2026-11-18T09:30:17.658Z",
           *           "updatedAt": "2026-11-18T09:30:17.658Z",
           *           "tenantName": "Tenant A",
           *           "typeName": "Consultation",
           *           "staffName": "operator-00000000-0000-4000-8000-000000000007"
           *         },
           *         {
           *           "id": "00000000-0000-4000-8000-000000000026",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "typeId": "consultation",
           *           "staffId": "00000000-0000-4000-8000-000000000023",
           *           "bookedBy": "00000000-0000-4000-8000-000000000006",
           *           "start": "2027-01-05T10:00:00.000Z",
           *           "end": "2027-01-05T10:30:00.000Z",
           *           "durationMinutes": 30,
           *           "holdStart": "2027-01-05T10:00:00.000Z",
           *           "holdEnd": "2027-01-05T10:45:00.000Z",
           *           "status": "confirmed",
           *           "notes": null,
           *           "lateCancellationFee": null,
           *           "minutesSpent": null,
           *           "createdAt": "2026-11-18T09:30:01.214Z",
           *           "updatedAt": "2026-11-18T09:30:18.421Z",
           *           "tenantName": "Tenant A",
           *           "typeName": "Consultation",
           *           "staffName": "operator-00000000-0000-4000-8000-000000000007"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['StaffBookings'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A booking id */
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "minutesSpent": 45,
         *       "note": "Updated plugins and checked backups"
         *     }
         */
        'application/json': components['schemas']['CompleteBookingRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000027",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "typeId": "consultation",
           *       "staffId": "00000000-0000-4000-8000-000000000023",
           *       "bookedBy": "00000000-0000-4000-8000-000000000006",
           *       "start": "2026-11-18T02:03:19.488Z",
           *       "end": "2026-11-18T02:33:19.488Z",
           *       "durationMinutes": 30,
           *       "holdStart": "2026-11-18T02:03:19.488Z",
           *       "holdEnd": "2026-11-18T02:48:19.488Z",
           *       "status": "completed",
           *       "notes": null,
           *       "lateCancellationFee": null,
           *       "minutesSpent": 45,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:19.548Z",
           *       "tenantName": "Tenant A",
           *       "typeName": "Consultation",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000007"
           *     }
           */
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markNoShow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A booking id */
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000028",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "typeId": "consultation",
           *       "staffId": "00000000-0000-4000-8000-000000000023",
           *       "bookedBy": "00000000-0000-4000-8000-000000000006",
           *       "start": "2026-11-17T23:38:19.678Z",
           *       "end": "2026-11-18T00:08:19.678Z",
           *       "durationMinutes": 30,
           *       "holdStart": "2026-11-17T23:38:19.678Z",
           *       "holdEnd": "2026-11-18T00:23:19.678Z",
           *       "status": "no_show",
           *       "notes": null,
           *       "lateCancellationFee": {
           *         "amount": 4000,
           *         "currency": "EUR"
           *       },
           *       "minutesSpent": null,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:19.716Z",
           *       "tenantName": "Tenant A",
           *       "typeName": "Consultation",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000007"
           *     }
           */
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTaskTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "disk-report",
           *           "name": "Disk report",
           *           "description": "Space and inodes per file system, and the largest usual suspects (logs, sites, backups).",
           *           "automated": true,
           *           "disruptive": false,
           *           "needsApproval": false,
           *           "readOnly": true,
           *           "timeoutSeconds": 120,
           *           "parameters": {
           *             "$schema": "https://json-schema.org/draft/2020-12/schema",
           *             "type": "object",
           *             "properties": {},
           *             "additionalProperties": false
           *           }
           *         },
           *         {
           *           "id": "certificate-check",
           *           "name": "Certificate check",
           *           "description": "Reads the TLS certificate a domain serves and reports the days left until it expires.",
           *           "automated": true,
           *           "disruptive": false,
           *           "needsApproval": false,
           *           "readOnly": true,
           *           "timeoutSeconds": 60,
           *           "parameters": {
           *             "$schema": "https://json-schema.org/draft/2020-12/schema",
           *             "type": "object",
           *             "properties": {
           *               "domain": {
           *                 "type": "string",
           *                 "maxLength": 253,
           *                 "pattern": "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
           *                 "title": "Domain",
           *                 "description": "a host name such as www.example.org (letters, digits, hyphens and dots)",
           *                 "examples": [
           *                   "www.example.org"
           *                 ]
           *               },
           *               "port": {
           *                 "default": 443,
           *                 "type": "integer",
           *                 "minimum": 1,
           *                 "maximum": 65535,
           *                 "title": "Port",
           *                 "description": "the TLS port, usually 443"
           *               }
           *             },
           *             "required": [
           *               "domain"
           *             ],
           *             "additionalProperties": false
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TaskTypeList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTasks: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestTask: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "typeId": "custom",
         *       "params": {
         *         "description": "Please add a redirect from /old to /new."
         *       }
         *     }
         */
        'application/json': components['schemas']['TaskRequest'];
      };
    };
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0mwlx7o8l-14e6a1a8fcd0",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Please add a redirect from /old to /new."
           *       },
           *       "notes": null,
           *       "status": "queued",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *         "name": "admin-a-00000000-0000-4000-8000-000000000007"
           *       },
           *       "requestedAt": "2026-11-18T09:30:19.893Z",
           *       "updatedAt": "2026-11-18T09:30:19.893Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-19T09:30:19.893Z",
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "status": "queued",
           *           "at": "2026-11-18T09:30:19.893Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *           "reason": null
           *         }
           *       ],
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 10 a minute, 10 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000029",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "notes": null,
           *       "status": "queued",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:01.214Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:01.214Z",
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:01.214Z",
           *           "status": "queued",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *         }
           *       ],
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  approveTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0mwlx7ojf-a7331cabb35a",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "service-restart",
           *       "typeName": "Service restart",
           *       "automated": true,
           *       "disruptive": true,
           *       "hostId": "mi-00000000000000002",
           *       "hostName": "host-2",
           *       "params": {
           *         "service": "nginx"
           *       },
           *       "notes": null,
           *       "status": "scheduled",
           *       "requestedBy": {
           *         "name": "member-a-00000000-0000-4000-8000-000000000007",
           *         "userId": "00000000-0000-4000-8000-000000000030",
           *         "email": "member-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:20.283Z",
           *       "updatedAt": "2026-11-18T09:30:20.367Z",
           *       "approvedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *         "name": "admin-a-00000000-0000-4000-8000-000000000007"
           *       },
           *       "scheduledFor": "2026-11-22T01:00:00.000Z",
           *       "slaDueAt": null,
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": "2026-11-22T01:00:00.000Z",
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": "requested by a member",
           *           "at": "2026-11-18T09:30:20.283Z",
           *           "status": "awaiting_approval",
           *           "by": "member-a-00000000-0000-4000-8000-000000000007@example.com"
           *         },
           *         {
           *           "status": "scheduled",
           *           "at": "2026-11-18T09:30:20.367Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *           "reason": "waits for the maintenance window"
           *         }
           *       ],
           *       "version": 2
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 10 a minute, 10 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  declineTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Not before the shop’s sale ends on Friday."
         *     }
         */
        'application/json': components['schemas']['DeclineTaskRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0mwlx7otz-42842885510d",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "service-restart",
           *       "typeName": "Service restart",
           *       "automated": true,
           *       "disruptive": true,
           *       "hostId": "mi-00000000000000004",
           *       "hostName": "host-4",
           *       "params": {
           *         "service": "nginx"
           *       },
           *       "notes": null,
           *       "status": "declined",
           *       "requestedBy": {
           *         "name": "member-a-00000000-0000-4000-8000-000000000007",
           *         "userId": "00000000-0000-4000-8000-000000000030",
           *         "email": "member-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:20.663Z",
           *       "updatedAt": "2026-11-18T09:30:20.727Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": null,
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": "requested by a member",
           *           "at": "2026-11-18T09:30:20.663Z",
           *           "status": "awaiting_approval",
           *           "by": "member-a-00000000-0000-4000-8000-000000000007@example.com"
           *         },
           *         {
           *           "status": "declined",
           *           "at": "2026-11-18T09:30:20.727Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *           "reason": "Not before the shop’s sale ends on Friday."
           *         }
           *       ],
           *       "version": 2
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000031",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "notes": null,
           *       "status": "cancelled",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:20.859Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:01.214Z",
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:01.214Z",
           *           "status": "queued",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *         },
           *         {
           *           "status": "cancelled",
           *           "at": "2026-11-18T09:30:20.859Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com",
           *           "reason": "cancelled by the customer"
           *         }
           *       ],
           *       "version": 2
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMaintenanceWindow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "day": "sun",
           *       "start": "02:00",
           *       "durationMinutes": 180,
           *       "timeZone": "Europe/Berlin",
           *       "nextOpensAt": "2026-11-22T01:00:00.000Z",
           *       "openNow": false
           *     }
           */
          'application/json': components['schemas']['MaintenanceWindowView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setMaintenanceWindow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "day": "sun",
         *       "start": "02:00",
         *       "durationMinutes": 180
         *     }
         */
        'application/json': components['schemas']['MaintenanceWindow'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "start": "02:00",
           *       "day": "sun",
           *       "durationMinutes": 180,
           *       "timeZone": "Europe/Berlin",
           *       "nextOpensAt": "2026-11-22T01:00:00.000Z",
           *       "openNow": false
           *     }
           */
          'application/json': components['schemas']['MaintenanceWindowView'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listHosts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "mi-00000000000000001",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "name": "host-1",
           *           "platform": "Debian GNU/Linux 12",
           *           "agentVersion": "test",
           *           "pingStatus": "Online",
           *           "lastSeenAt": "2026-11-18T09:30:01.214Z",
           *           "registeredAt": "2026-11-18T09:30:01.214Z",
           *           "ipAddress": "127.0.0.1",
           *           "syncedAt": "2026-11-18T09:30:01.214Z"
           *         },
           *         {
           *           "id": "mi-00000000000000002",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "name": "host-2",
           *           "platform": "Debian GNU/Linux 12",
           *           "agentVersion": "test",
           *           "pingStatus": "Online",
           *           "lastSeenAt": "2026-11-18T09:30:01.214Z",
           *           "registeredAt": "2026-11-18T09:30:01.214Z",
           *           "ipAddress": "127.0.0.1",
           *           "syncedAt": "2026-11-18T09:30:01.214Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HostList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createActivation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "web-01"
         *     }
         */
        'application/json': components['schemas']['ActivationRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "activationId": "00000000-0000-4000-8000-000000000001",
           *       "activationCode": "sC7jEHMpA1suX7-PEAiU",
           *       "expiresAt": "2026-11-19T09:30:06.862Z",
           *       "registerCommand": "DATA_DIR=/tmp npm run host:register -- --id 00000000-0000-4000-8000-000000000001 --code sC7jEHMpA1suX7-PEAiU"
           *     }
           */
          'application/json': components['schemas']['Activation'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  syncHosts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "mi-00000000000000001",
           *           "name": "host-1",
           *           "platform": "Debian GNU/Linux 12 (bookworm)",
           *           "agentVersion": "opsdesk-local-runner/1",
           *           "pingStatus": "Online",
           *           "lastSeenAt": "2026-11-18T09:30:21.048Z",
           *           "registeredAt": "2026-11-18T09:30:01.214Z",
           *           "ipAddress": "127.0.0.1",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "syncedAt": "2026-11-18T09:30:21.048Z"
           *         },
           *         {
           *           "id": "mi-00000000000000002",
           *           "name": "host-2",
           *           "platform": "Debian GNU/Linux 12 (bookworm)",
           *           "agentVersion": "opsdesk-local-runner/1",
           *           "pingStatus": "Online",
           *           "lastSeenAt": "2026-11-18T09:30:21.048Z",
           *           "registeredAt": "2026-11-18T09:30:01.214Z",
           *           "ipAddress": "127.0.0.1",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "syncedAt": "2026-11-18T09:30:21.048Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HostList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deregisterHost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A managed host’s SSM instance id (`mi-…`) */
        hostId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTaskQueue: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "00000000-0000-4000-8000-000000000029",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "tenantName": "Tenant A",
           *           "typeId": "custom",
           *           "typeName": "Custom work",
           *           "automated": false,
           *           "disruptive": false,
           *           "hostId": null,
           *           "hostName": null,
           *           "params": {
           *             "description": "Renew the domain at the registrar."
           *           },
           *           "notes": null,
           *           "status": "queued",
           *           "requestedBy": {
           *             "userId": "00000000-0000-4000-8000-000000000006",
           *             "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *           },
           *           "requestedAt": "2026-11-18T09:30:01.214Z",
           *           "updatedAt": "2026-11-18T09:30:01.214Z",
           *           "approvedBy": null,
           *           "scheduledFor": null,
           *           "slaDueAt": "2026-11-18T09:30:01.214Z",
           *           "claimedBy": null,
           *           "dispatchStartedAt": null,
           *           "commandId": null,
           *           "dispatchAttempts": 0,
           *           "lastError": null,
           *           "deadLetteredAt": null,
           *           "nextCheckAt": null,
           *           "output": null,
           *           "minutesSpent": null,
           *           "completionNote": null,
           *           "history": [
           *             {
           *               "reason": null,
           *               "at": "2026-11-18T09:30:01.214Z",
           *               "status": "queued",
           *               "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *             }
           *           ],
           *           "version": 1
           *         },
           *         {
           *           "id": "00000000-0000-4000-8000-000000000032",
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "tenantName": "Tenant A",
           *           "typeId": "custom",
           *           "typeName": "Custom work",
           *           "automated": false,
           *           "disruptive": false,
           *           "hostId": null,
           *           "hostName": null,
           *           "params": {
           *             "description": "Renew the domain at the registrar."
           *           },
           *           "notes": null,
           *           "status": "queued",
           *           "requestedBy": {
           *             "userId": "00000000-0000-4000-8000-000000000006",
           *             "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *           },
           *           "requestedAt": "2026-11-18T09:30:01.214Z",
           *           "updatedAt": "2026-11-18T09:30:01.214Z",
           *           "approvedBy": null,
           *           "scheduledFor": null,
           *           "slaDueAt": "2026-11-18T09:30:01.214Z",
           *           "claimedBy": null,
           *           "dispatchStartedAt": null,
           *           "commandId": null,
           *           "dispatchAttempts": 0,
           *           "lastError": null,
           *           "deadLetteredAt": null,
           *           "nextCheckAt": null,
           *           "output": null,
           *           "minutesSpent": null,
           *           "completionNote": null,
           *           "history": [
           *             {
           *               "reason": null,
           *               "at": "2026-11-18T09:30:01.214Z",
           *               "status": "queued",
           *               "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *             }
           *           ],
           *           "version": 1
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOpsTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000033",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "notes": null,
           *       "status": "queued",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:01.214Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:01.214Z",
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:01.214Z",
           *           "status": "queued",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *         }
           *       ],
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  claimTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000034",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "notes": null,
           *       "status": "claimed",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:21.423Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:01.214Z",
           *       "claimedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000023",
           *         "email": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *         "name": "operator-00000000-0000-4000-8000-000000000007"
           *       },
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:01.214Z",
           *           "status": "queued",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *         },
           *         {
           *           "status": "claimed",
           *           "at": "2026-11-18T09:30:21.423Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *           "reason": null
           *         }
           *       ],
           *       "version": 2
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unclaimTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000035",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "notes": null,
           *       "status": "queued",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:21.615Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:01.214Z",
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:01.214Z",
           *           "status": "queued",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *         },
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:21.564Z",
           *           "status": "claimed",
           *           "by": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local"
           *         }
           *       ],
           *       "version": 3
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "minutesSpent": 30,
         *       "note": "Redirect added and tested.",
         *       "outcome": "succeeded"
         *     }
         */
        'application/json': components['schemas']['CompleteTaskRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000036",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "notes": null,
           *       "status": "succeeded",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:21.811Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:01.214Z",
           *       "claimedBy": {
           *         "name": "operator-00000000-0000-4000-8000-000000000007",
           *         "userId": "00000000-0000-4000-8000-000000000023",
           *         "email": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local"
           *       },
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": null,
           *       "output": null,
           *       "minutesSpent": 30,
           *       "completionNote": "Redirect added and tested.",
           *       "history": [
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:01.214Z",
           *           "status": "queued",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *         },
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:21.775Z",
           *           "status": "claimed",
           *           "by": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local"
           *         }
           *       ],
           *       "version": 3
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeadLetters: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  redriveTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A task id */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "00000000-0000-4000-8000-000000000037",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "automated": false,
           *       "disruptive": false,
           *       "hostId": null,
           *       "hostName": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "notes": null,
           *       "status": "queued",
           *       "requestedBy": {
           *         "userId": "00000000-0000-4000-8000-000000000006",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *       },
           *       "requestedAt": "2026-11-18T09:30:01.214Z",
           *       "updatedAt": "2026-11-18T09:30:21.995Z",
           *       "approvedBy": null,
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:01.214Z",
           *       "claimedBy": null,
           *       "dispatchStartedAt": null,
           *       "commandId": null,
           *       "dispatchAttempts": 0,
           *       "lastError": null,
           *       "deadLetteredAt": null,
           *       "nextCheckAt": "2026-11-18T09:40:21.995Z",
           *       "output": null,
           *       "minutesSpent": null,
           *       "completionNote": null,
           *       "history": [
           *         {
           *           "reason": null,
           *           "at": "2026-11-18T09:30:01.214Z",
           *           "status": "queued",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000007@example.com"
           *         },
           *         {
           *           "reason": "Dispatch failed three times",
           *           "at": "2026-11-18T09:30:21.964Z",
           *           "status": "failed",
           *           "by": "dispatcher"
           *         }
           *       ],
           *       "version": 3
           *     }
           */
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMonitors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['MonitorList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createMonitor: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: the same key and request get the first response again (kept 24 h). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Shop front page",
         *       "kind": "http",
         *       "target": "https://shop.example.org/",
         *       "intervalMinutes": 5,
         *       "confirmations": 2,
         *       "keyword": "Add to cart",
         *       "maxResponseMs": 3000
         *     }
         */
        'application/json': components['schemas']['MonitorRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "target": "https://shop.example.org/",
           *       "intervalMinutes": 5,
           *       "confirmations": 2,
           *       "method": "GET",
           *       "headers": {},
           *       "keyword": "Add to cart",
           *       "keywordAbsent": false,
           *       "maxResponseMs": 3000,
           *       "followRedirects": true,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "warnDays": null,
           *       "recordType": null,
           *       "expected": null,
           *       "hostId": null,
           *       "hostCheck": null,
           *       "periodMinutes": null,
           *       "graceMinutes": null,
           *       "cron": null,
           *       "timeZone": null,
           *       "paused": false,
           *       "state": "pending",
           *       "confirmation": {
           *         "phase": "stable",
           *         "count": 0
           *       },
           *       "lastCheckedAt": null,
           *       "lastResult": null,
           *       "nextCheckAt": "2026-11-18T09:30:22.150Z",
           *       "incidentId": null,
           *       "maintenance": [],
           *       "heartbeatUrl": null,
           *       "runningSince": null,
           *       "updatedAt": "2026-11-18T09:30:22.150Z",
           *       "version": 1,
           *       "id": "00000000-0000-4000-8000-000000000038",
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "kind": "http",
           *       "name": "Shop front page",
           *       "createdAt": "2026-11-18T09:30:22.150Z"
           *     }
           */
          'application/json': components['schemas']['Monitor'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`); an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter), or an `Idempotency-Key` reused with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A monitor id */
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "paused": false,
           *       "lastResult": null,
           *       "intervalMinutes": 5,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "lastCheckedAt": null,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "followRedirects": true,
           *       "heartbeatUrl": null,
           *       "state": "pending",
           *       "id": "00000000-0000-4000-8000-000000000039",
           *       "keyword": null,
           *       "runningSince": null,
           *       "updatedAt": "2026-11-18T09:30:01.214Z",
           *       "cron": null,
           *       "headers": {},
           *       "warnDays": null,
           *       "graceMinutes": null,
           *       "method": "GET",
           *       "recordType": null,
           *       "kind": "http",
           *       "expected": null,
           *       "maxResponseMs": null,
           *       "hostId": null,
           *       "timeZone": null,
           *       "confirmation": {
           *         "phase": "stable",
           *         "count": 0
           *       },
           *       "confirmations": 2,
           *       "periodMinutes": null,
           *       "version": 1,
           *       "target": "http://127.0.0.1:9/",
           *       "hostCheck": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "name": "Matrix monitor 2",
           *       "nextCheckAt": "2026-11-18T10:30:22.218Z",
           *       "incidentId": null,
           *       "maintenance": [
           *         {
           *           "start": "2026-11-19T09:30:22.218Z",
           *           "reason": "Matrix maintenance",
           *           "end": "2026-11-19T10:30:22.218Z",
           *           "id": "00000000-0000-4000-8000-000000000040",
           *           "taskId": null
           *         }
           *       ],
           *       "keywordAbsent": false,
           *       "recentResults": []
           *     }
           */
          'application/json': components['schemas']['MonitorDetail'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A monitor id */
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A monitor id */
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "intervalMinutes": 10,
         *       "paused": false
         *     }
         */
        'application/json': components['schemas']['MonitorPatch'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "paused": false,
           *       "lastResult": null,
           *       "intervalMinutes": 10,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "lastCheckedAt": null,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "followRedirects": true,
           *       "heartbeatUrl": null,
           *       "state": "pending",
           *       "id": "00000000-0000-4000-8000-000000000041",
           *       "keyword": null,
           *       "runningSince": null,
           *       "updatedAt": "2026-11-18T09:30:22.535Z",
           *       "cron": null,
           *       "headers": {},
           *       "warnDays": null,
           *       "graceMinutes": null,
           *       "method": "GET",
           *       "recordType": null,
           *       "kind": "http",
           *       "expected": null,
           *       "maxResponseMs": null,
           *       "hostId": null,
           *       "timeZone": null,
           *       "confirmation": {
           *         "phase": "stable",
           *         "count": 0
           *       },
           *       "confirmations": 2,
           *       "periodMinutes": null,
           *       "version": 2,
           *       "target": "http://127.0.0.1:9/",
           *       "hostCheck": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "name": "Matrix monitor 6",
           *       "nextCheckAt": "2026-11-18T09:40:22.535Z",
           *       "incidentId": null,
           *       "maintenance": [
           *         {
           *           "start": "2026-11-19T09:30:22.489Z",
           *           "reason": "Matrix maintenance",
           *           "end": "2026-11-19T10:30:22.489Z",
           *           "id": "00000000-0000-4000-8000-000000000042",
           *           "taskId": null
           *         }
           *       ],
           *       "keywordAbsent": false
           *     }
           */
          'application/json': components['schemas']['Monitor'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkMonitorNow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A monitor id */
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "paused": false,
           *       "lastResult": null,
           *       "intervalMinutes": 5,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "lastCheckedAt": null,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "followRedirects": true,
           *       "heartbeatUrl": null,
           *       "state": "pending",
           *       "id": "00000000-0000-4000-8000-000000000043",
           *       "keyword": null,
           *       "runningSince": null,
           *       "updatedAt": "2026-11-18T09:30:22.632Z",
           *       "cron": null,
           *       "headers": {},
           *       "warnDays": null,
           *       "graceMinutes": null,
           *       "method": "GET",
           *       "recordType": null,
           *       "kind": "http",
           *       "expected": null,
           *       "maxResponseMs": null,
           *       "hostId": null,
           *       "timeZone": null,
           *       "confirmation": {
           *         "phase": "stable",
           *         "count": 0
           *       },
           *       "confirmations": 2,
           *       "periodMinutes": null,
           *       "version": 2,
           *       "target": "http://127.0.0.1:9/",
           *       "hostCheck": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "name": "Matrix monitor 8",
           *       "nextCheckAt": "2026-11-18T09:30:22.632Z",
           *       "incidentId": null,
           *       "maintenance": [
           *         {
           *           "start": "2026-11-19T09:30:22.611Z",
           *           "reason": "Matrix maintenance",
           *           "end": "2026-11-19T10:30:22.611Z",
           *           "id": "00000000-0000-4000-8000-000000000044",
           *           "taskId": null
           *         }
           *       ],
           *       "keywordAbsent": false
           *     }
           */
          'application/json': components['schemas']['Monitor'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitorHistory: {
    parameters: {
      query?: {
        /** @description The window the history covers: `24h` and `7d` by hour, `90d` by day */
        range?: '24h' | '7d' | '90d';
      };
      header?: never;
      path: {
        /** @description A monitor id */
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "monitorId": "00000000-0000-4000-8000-000000000045",
           *       "range": "24h",
           *       "buckets": [],
           *       "uptime": null
           *     }
           */
          'application/json': components['schemas']['MonitorHistory'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  scheduleMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A monitor id */
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "start": "2027-01-09T22:00:00Z",
         *       "end": "2027-01-09T23:30:00Z",
         *       "reason": "PHP upgrade"
         *     }
         */
        'application/json': components['schemas']['MaintenanceRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "paused": false,
           *       "lastResult": null,
           *       "intervalMinutes": 5,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "lastCheckedAt": null,
           *       "createdAt": "2026-11-18T09:30:01.214Z",
           *       "followRedirects": true,
           *       "heartbeatUrl": null,
           *       "state": "pending",
           *       "id": "00000000-0000-4000-8000-000000000046",
           *       "keyword": null,
           *       "runningSince": null,
           *       "updatedAt": "2026-11-18T09:30:22.852Z",
           *       "cron": null,
           *       "headers": {},
           *       "warnDays": null,
           *       "graceMinutes": null,
           *       "method": "GET",
           *       "recordType": null,
           *       "kind": "http",
           *       "expected": null,
           *       "maxResponseMs": null,
           *       "hostId": null,
           *       "timeZone": null,
           *       "confirmation": {
           *         "phase": "stable",
           *         "count": 0
           *       },
           *       "confirmations": 2,
           *       "periodMinutes": null,
           *       "version": 2,
           *       "target": "http://127.0.0.1:9/",
           *       "hostCheck": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "name": "Matrix monitor 12",
           *       "nextCheckAt": "2026-11-18T10:30:22.828Z",
           *       "incidentId": null,
           *       "maintenance": [
           *         {
           *           "start": "2026-11-19T09:30:22.828Z",
           *           "reason": "Matrix maintenance",
           *           "end": "2026-11-19T10:30:22.828Z",
           *           "id": "00000000-0000-4000-8000-000000000047",
           *           "taskId": null
           *         },
           *         {
           *           "id": "00000000-0000-4000-8000-000000000048",
           *           "start": "2027-01-09T22:00:00.000Z",
           *           "end": "2027-01-09T23:30:00.000Z",
           *           "reason": "PHP upgrade",
           *           "taskId": null
           *         }
           *       ],
           *       "keywordAbsent": false
           *     }
           */
          'application/json': components['schemas']['Monitor'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A monitor id */
        monitorId: string;
        /** @description A maintenance slot of the monitor */
        slotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  pingHeartbeatGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The heartbeat monitor’s secret token (from its push URL) */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "ok": true
           *     }
           */
          'application/json': components['schemas']['HeartbeatAck'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  pingHeartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The heartbeat monitor’s secret token (from its push URL) */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "ok": true
           *     }
           */
          'application/json': components['schemas']['HeartbeatAck'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signalHeartbeatGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The heartbeat monitor’s secret token (from its push URL) */
        token: string;
        /** @description `start` (the job began) or `fail` (the job failed) */
        signal: 'start' | 'fail';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "ok": true
           *     }
           */
          'application/json': components['schemas']['HeartbeatAck'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signalHeartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The heartbeat monitor’s secret token (from its push URL) */
        token: string;
        /** @description `start` (the job began) or `fail` (the job failed) */
        signal: 'start' | 'fail';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "ok": true
           *     }
           */
          'application/json': components['schemas']['HeartbeatAck'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listIncidents: {
    parameters: {
      query?: {
        /** @description Page size: at most this many items (default 50, at most 200) */
        limit?: number;
        /** @description Continue after the page that answered this `nextCursor` */
        cursor?: string;
        /** @description Only items with this status */
        status?: 'open' | 'acknowledged' | 'resolved';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['IncidentPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An incident id */
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "acknowledgedBy": null,
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:23.493Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "tenantName": "Tenant A",
           *       "resolveDueAt": "2026-11-18T17:30:23.493Z",
           *       "detectedAt": "2026-11-18T09:30:23.493Z",
           *       "id": "00000000-0000-4000-8000-000000000049",
           *       "acknowledgeDueAt": "2026-11-18T10:30:23.493Z",
           *       "severity": "critical",
           *       "coverage": "covered",
           *       "monitorId": "00000000-0000-4000-8000-000000000050",
           *       "resolvedAt": null,
           *       "monitorName": "Matrix monitor 25",
           *       "monitorKind": "http",
           *       "escalationLevel": 0,
           *       "version": 1,
           *       "acknowledgedAt": null,
           *       "coverageStartsAt": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:23.493Z",
           *           "text": "HTTP 503",
           *           "kind": "detected",
           *           "taskId": null,
           *           "by": null
           *         }
           *       ],
           *       "status": "open",
           *       "tasks": []
           *     }
           */
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acknowledgeIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An incident id */
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "acknowledgedBy": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:23.617Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "tenantName": "Tenant A",
           *       "resolveDueAt": "2026-11-18T17:30:23.617Z",
           *       "detectedAt": "2026-11-18T09:30:23.617Z",
           *       "id": "00000000-0000-4000-8000-000000000051",
           *       "acknowledgeDueAt": "2026-11-18T10:30:23.617Z",
           *       "severity": "critical",
           *       "coverage": "covered",
           *       "monitorId": "00000000-0000-4000-8000-000000000052",
           *       "resolvedAt": null,
           *       "monitorName": "Matrix monitor 27",
           *       "monitorKind": "http",
           *       "escalationLevel": 0,
           *       "version": 2,
           *       "acknowledgedAt": "2026-11-18T09:30:23.639Z",
           *       "coverageStartsAt": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:23.617Z",
           *           "text": "HTTP 503",
           *           "kind": "detected",
           *           "taskId": null,
           *           "by": null
           *         },
           *         {
           *           "at": "2026-11-18T09:30:23.639Z",
           *           "kind": "acknowledged",
           *           "text": "Acknowledged by operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *           "by": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *           "taskId": null
           *         }
           *       ],
           *       "status": "acknowledged",
           *       "tasks": []
           *     }
           */
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resolveIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An incident id */
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "note": "Restarted php-fpm; the shop answers again."
         *     }
         */
        'application/json': components['schemas']['ResolveIncidentRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "acknowledgedBy": null,
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:23.746Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "tenantName": "Tenant A",
           *       "resolveDueAt": "2026-11-18T17:30:23.746Z",
           *       "detectedAt": "2026-11-18T09:30:23.746Z",
           *       "id": "00000000-0000-4000-8000-000000000053",
           *       "acknowledgeDueAt": "2026-11-18T10:30:23.746Z",
           *       "severity": "critical",
           *       "coverage": "covered",
           *       "monitorId": "00000000-0000-4000-8000-000000000054",
           *       "resolvedAt": "2026-11-18T09:30:23.766Z",
           *       "monitorName": "Matrix monitor 29",
           *       "monitorKind": "http",
           *       "escalationLevel": 0,
           *       "version": 2,
           *       "acknowledgedAt": null,
           *       "coverageStartsAt": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:23.746Z",
           *           "text": "HTTP 503",
           *           "kind": "detected",
           *           "taskId": null,
           *           "by": null
           *         },
           *         {
           *           "at": "2026-11-18T09:30:23.766Z",
           *           "kind": "note",
           *           "text": "Restarted php-fpm; the shop answers again.",
           *           "by": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *           "taskId": null
           *         }
           *       ],
           *       "status": "resolved",
           *       "tasks": []
           *     }
           */
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addIncidentNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An incident id */
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "text": "Disk at 97 %: rotating the access logs."
         *     }
         */
        'application/json': components['schemas']['IncidentNoteRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "acknowledgedBy": null,
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:23.849Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "tenantName": "Tenant A",
           *       "resolveDueAt": "2026-11-18T17:30:23.849Z",
           *       "detectedAt": "2026-11-18T09:30:23.849Z",
           *       "id": "00000000-0000-4000-8000-000000000055",
           *       "acknowledgeDueAt": "2026-11-18T10:30:23.849Z",
           *       "severity": "critical",
           *       "coverage": "covered",
           *       "monitorId": "00000000-0000-4000-8000-000000000056",
           *       "resolvedAt": null,
           *       "monitorName": "Matrix monitor 31",
           *       "monitorKind": "http",
           *       "escalationLevel": 0,
           *       "version": 2,
           *       "acknowledgedAt": null,
           *       "coverageStartsAt": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:23.849Z",
           *           "text": "HTTP 503",
           *           "kind": "detected",
           *           "taskId": null,
           *           "by": null
           *         },
           *         {
           *           "at": "2026-11-18T09:30:23.870Z",
           *           "kind": "note",
           *           "text": "Disk at 97 %: rotating the access logs.",
           *           "by": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *           "taskId": null
           *         }
           *       ],
           *       "status": "open",
           *       "tasks": []
           *     }
           */
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  remediateIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An incident id */
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "typeId": "service-restart",
         *       "params": {
         *         "service": "nginx"
         *       }
         *     }
         */
        'application/json': components['schemas']['RemediateRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "acknowledgedBy": null,
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:24.087Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "tenantName": "Tenant A",
           *       "resolveDueAt": "2026-11-18T17:30:24.087Z",
           *       "detectedAt": "2026-11-18T09:30:24.087Z",
           *       "id": "00000000-0000-4000-8000-000000000057",
           *       "acknowledgeDueAt": "2026-11-18T10:30:24.087Z",
           *       "severity": "critical",
           *       "coverage": "covered",
           *       "monitorId": "00000000-0000-4000-8000-000000000058",
           *       "resolvedAt": null,
           *       "monitorName": "Matrix monitor 33",
           *       "monitorKind": "http",
           *       "escalationLevel": 0,
           *       "version": 2,
           *       "acknowledgedAt": null,
           *       "coverageStartsAt": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:24.087Z",
           *           "text": "HTTP 503",
           *           "kind": "detected",
           *           "taskId": null,
           *           "by": null
           *         },
           *         {
           *           "at": "2026-11-18T09:30:24.190Z",
           *           "kind": "remediation",
           *           "text": "Service restart started by operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *           "by": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local",
           *           "taskId": "0mwlx7rkd-2a60d772cec4"
           *         }
           *       ],
           *       "status": "open",
           *       "tasks": [
           *         {
           *           "id": "0mwlx7rkd-2a60d772cec4",
           *           "typeId": "service-restart",
           *           "status": "scheduled",
           *           "output": null,
           *           "updatedAt": "2026-11-18T09:30:24.205Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['IncidentView'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 10 a minute, 10 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acknowledgeByLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "token": "eyJpbmNpZGVudElkIjoi…signature"
         *     }
         */
        'application/json': components['schemas']['AckLinkRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "incidentId": "00000000-0000-4000-8000-000000000059",
           *       "status": "acknowledged",
           *       "acknowledgedBy": "operator-00000000-0000-4000-8000-000000000007@opsdesk.local"
           *     }
           */
          'application/json': components['schemas']['AckLinkResponse'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the client address: 5 a minute, 5 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listIncidentQueue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "acknowledgedBy": null,
           *           "nextPageAt": null,
           *           "openedAt": "2026-11-18T09:30:23.446Z",
           *           "pagedStaffIds": [],
           *           "pages": 0,
           *           "tenantName": "Tenant A",
           *           "resolveDueAt": "2026-11-18T17:30:23.446Z",
           *           "detectedAt": "2026-11-18T09:30:23.446Z",
           *           "id": "00000000-0000-4000-8000-000000000060",
           *           "acknowledgeDueAt": "2026-11-18T10:30:23.446Z",
           *           "severity": "critical",
           *           "coverage": "covered",
           *           "monitorId": "00000000-0000-4000-8000-000000000061",
           *           "resolvedAt": null,
           *           "monitorName": "Matrix monitor 24",
           *           "monitorKind": "http",
           *           "escalationLevel": 0,
           *           "version": 1,
           *           "acknowledgedAt": null,
           *           "coverageStartsAt": null,
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "timeline": [
           *             {
           *               "at": "2026-11-18T09:30:23.446Z",
           *               "text": "HTTP 503",
           *               "kind": "detected",
           *               "taskId": null,
           *               "by": null
           *             }
           *           ],
           *           "status": "open"
           *         },
           *         {
           *           "acknowledgedBy": null,
           *           "nextPageAt": null,
           *           "openedAt": "2026-11-18T09:30:23.493Z",
           *           "pagedStaffIds": [],
           *           "pages": 0,
           *           "tenantName": "Tenant A",
           *           "resolveDueAt": "2026-11-18T17:30:23.493Z",
           *           "detectedAt": "2026-11-18T09:30:23.493Z",
           *           "id": "00000000-0000-4000-8000-000000000049",
           *           "acknowledgeDueAt": "2026-11-18T10:30:23.493Z",
           *           "severity": "critical",
           *           "coverage": "covered",
           *           "monitorId": "00000000-0000-4000-8000-000000000050",
           *           "resolvedAt": null,
           *           "monitorName": "Matrix monitor 25",
           *           "monitorKind": "http",
           *           "escalationLevel": 0,
           *           "version": 1,
           *           "acknowledgedAt": null,
           *           "coverageStartsAt": null,
           *           "tenantId": "00000000-0000-4000-8000-000000000007",
           *           "timeline": [
           *             {
           *               "at": "2026-11-18T09:30:23.493Z",
           *               "text": "HTTP 503",
           *               "kind": "detected",
           *               "taskId": null,
           *               "by": null
           *             }
           *           ],
           *           "status": "open"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['IncidentQueue'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStatusPage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "slug": null,
           *       "published": false,
           *       "monitorIds": [],
           *       "path": null,
           *       "updatedAt": null,
           *       "version": 0
           *     }
           */
          'application/json': components['schemas']['StatusPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putStatusPage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "slug": "demo-verein",
         *       "published": true,
         *       "monitorIds": []
         *     }
         */
        'application/json': components['schemas']['StatusPageRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "slug": "demo-verein",
           *       "published": true,
           *       "monitorIds": [],
           *       "path": "/status/demo-verein",
           *       "updatedAt": "2026-11-18T09:30:24.724Z",
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['StatusPage'];
        };
      };
      /** @description Malformed request: the body is not JSON, or the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `reports:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description The resource’s state does not allow it (see `code` and `detail`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not `application/json` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The status page’s public name */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "Tenant A",
           *       "slug": "contract-tenant-a",
           *       "updatedAt": "2026-11-18T09:30:25.297Z",
           *       "overall": "unknown",
           *       "monitors": [],
           *       "incidents": [],
           *       "maintenance": []
           *     }
           */
          'application/json': components['schemas']['PublicStatus'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStatusHtml: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The status page’s public name */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listReports: {
    parameters: {
      query?: {
        /** @description An organisation (tenant) id */
        tenantId?: string;
        /** @description A billing period, `YYYY-MM` */
        period?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": []
           *     }
           */
          'application/json': components['schemas']['ReportList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, finance, operator, provider-admin; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReport: {
    parameters: {
      query?: {
        /** @description An organisation (tenant) id */
        tenantId?: string;
      };
      header?: never;
      path: {
        /** @description A billing period, `YYYY-MM` — append `.pdf` for the PDF */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "tenantName": "Bäckerei Müller GmbH",
           *       "periodId": "2026-10",
           *       "period": {
           *         "start": "2026-10-01T00:00:00.000Z",
           *         "end": "2026-11-01T00:00:00.000Z"
           *       },
           *       "timeZone": "Europe/Berlin",
           *       "generatedAt": "2026-11-01T00:05:00.000Z",
           *       "plan": {
           *         "id": "managed-business",
           *         "name": "Managed Business"
           *       },
           *       "method": [
           *         "The period is the UTC calendar month; times are shown in the organisation’s time zone, and every figure is computed on instants.",
           *         "Uptime per monitor = up / (up + down) over the daily rollups (UTC days) of the period; results during maintenance are counted apart and never as down."
           *       ],
           *       "monitors": [
           *         {
           *           "monitorId": "mon-shop",
           *           "name": "Shop website",
           *           "kind": "http",
           *           "monitoredFrom": "2026-10-01T00:00:00.000Z",
           *           "up": 8912,
           *           "down": 4,
           *           "noData": 12,
           *           "maintenance": 30,
           *           "uptime": 0.9995513683266039
           *         },
           *         {
           *           "monitorId": "mon-tls",
           *           "name": "Shop TLS certificate",
           *           "kind": "tls",
           *           "monitoredFrom": "2026-10-01T00:00:00.000Z",
           *           "up": 744,
           *           "down": 0,
           *           "noData": 0,
           *           "maintenance": 0,
           *           "uptime": 1
           *         }
           *       ],
           *       "incidents": [
           *         {
           *           "incidentId": "inc-carried",
           *           "monitorName": "Shop website",
           *           "severity": "critical",
           *           "openedAt": "2026-09-30T23:55:00.000Z",
           *           "acknowledgedAt": "2026-10-01T00:04:00.000Z",
           *           "resolvedAt": "2026-10-01T01:10:00.000Z",
           *           "acknowledgeDueAt": "2026-10-01T00:10:00.000Z",
           *           "resolveDueAt": "2026-10-01T03:55:00.000Z",
           *           "minutesToAcknowledge": 9,
           *           "minutesToResolve": 75,
           *           "acknowledge": "met",
           *           "resolve": "met",
           *           "carriedOver": true
           *         },
           *         {
           *           "incidentId": "inc-dns",
           *           "monitorName": "DNS baeckerei-mueller.de",
           *           "severity": "major",
           *           "openedAt": "2026-10-12T08:00:00.000Z",
           *           "acknowledgedAt": "2026-10-12T08:31:40.000Z",
           *           "resolvedAt": "2026-10-12T10:20:00.000Z",
           *           "acknowledgeDueAt": "2026-10-12T08:15:00.000Z",
           *           "resolveDueAt": "2026-10-12T12:00:00.000Z",
           *           "minutesToAcknowledge": 32,
           *           "minutesToResolve": 140,
           *           "acknowledge": "missed",
           *           "resolve": "met",
           *           "carriedOver": false
           *         }
           *       ],
           *       "sla": {
           *         "acknowledgeMinutes": 15,
           *         "resolveMinutes": 240,
           *         "acknowledgeMet": 3,
           *         "acknowledgeMissed": 1,
           *         "resolveMet": 2,
           *         "resolveMissed": 1,
           *         "met": false
           *       },
           *       "tasks": [
           *         {
           *           "taskId": "task-001",
           *           "typeName": "Clear cache",
           *           "hostName": "web-02.baeckerei-mueller.de",
           *           "params": {
           *             "service": "php8.2-fpm",
           *             "attempt": 1
           *           },
           *           "requestedBy": "Operator Jonas",
           *           "approvedBy": "Maria Keller",
           *           "requestedAt": "2026-10-02T07:01:00.000Z",
           *           "outcome": "succeeded",
           *           "finishedAt": "2026-10-02T08:01:00.000Z",
           *           "durationMinutes": 2
           *         },
           *         {
           *           "taskId": "task-002",
           *           "typeName": "Renew certificate",
           *           "hostName": "web-03.baeckerei-mueller.de",
           *           "params": {
           *             "service": "nginx",
           *             "attempt": 2
           *           },
           *           "requestedBy": "Operator Jonas",
           *           "approvedBy": "Maria Keller",
           *           "requestedAt": "2026-10-03T07:02:00.000Z",
           *           "outcome": "succeeded",
           *           "finishedAt": "2026-10-03T08:02:00.000Z",
           *           "durationMinutes": 3
           *         }
           *       ],
           *       "hours": {
           *         "includedMinutes": 240,
           *         "recordedMinutes": 235,
           *         "roundedMinutes": 270,
           *         "overageMinutes": 30,
           *         "roundingRule": "Each engagement (booking or task) is rounded up to the next quarter hour (15 minutes); included minutes are used first.",
           *         "items": [
           *           {
           *             "usageRecordId": "u-hours-1",
           *             "source": "booking",
           *             "sourceId": "bk-review",
           *             "occurredAt": "2026-10-06T09:00:00.000Z",
           *             "description": "Monthly WordPress review",
           *             "minutes": 50,
           *             "roundedMinutes": 60
           *           },
           *           {
           *             "usageRecordId": "u-hours-2",
           *             "source": "booking",
           *             "sourceId": "bk-landing",
           *             "occurredAt": "2026-10-14T13:00:00.000Z",
           *             "description": "Landing page for the autumn campaign, with the new bread range and a contact form",
           *             "minutes": 95,
           *             "roundedMinutes": 105
           *           }
           *         ]
           *       },
           *       "upcoming": {
           *         "certificates": [
           *           {
           *             "monitorName": "Shop TLS certificate",
           *             "subject": "shop.baeckerei-mueller.de",
           *             "expiresOn": "2026-12-09",
           *             "daysLeft": 38
           *           }
           *         ],
           *         "domains": "Domain registrations are not monitored: their expiry dates are not known to Opsdesk.",
           *         "maintenance": [
           *           {
           *             "monitorName": "Shop website",
           *             "start": "2026-11-04T05:00:00.000Z",
           *             "end": "2026-11-04T06:30:00.000Z",
           *             "reason": "PHP upgrade to 8.3"
           *           }
           *         ]
           *       },
           *       "invoice": {
           *         "invoiceId": "inv-2026-10",
           *         "number": "OD-2026-000042",
           *         "status": "finalized",
           *         "currency": "EUR",
           *         "net": 118500,
           *         "gross": 141015,
           *         "lines": [
           *           {
           *             "kind": "base_fee",
           *             "description": "Managed Business plan, October 2026",
           *             "quantity": 1,
           *             "unit": "month",
           *             "amount": 99000,
           *             "sources": [
           *               {
           *                 "type": "plan",
           *                 "id": "managed-business"
           *               }
           *             ]
           *           },
           *           {
           *             "kind": "webmaster_overage",
           *             "description": "Webmaster time beyond the allowance",
           *             "quantity": 2,
           *             "unit": "quarter-hours",
           *             "amount": 4500,
           *             "sources": [
           *               {
           *                 "type": "usage",
           *                 "id": "u-hours-1"
           *               },
           *               {
           *                 "type": "usage",
           *                 "id": "u-hours-2"
           *               }
           *             ]
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['ServiceReport'];
          'text/csv': string;
          'application/pdf': string;
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, finance, operator, provider-admin; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReportExport: {
    parameters: {
      query?: {
        /** @description An organisation (tenant) id */
        tenantId?: string;
      };
      header?: never;
      path: {
        /** @description A billing period, `YYYY-MM` */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tenantId": "00000000-0000-4000-8000-000000000007",
           *       "periodId": "2026-10",
           *       "period": {
           *         "start": "2026-10-01T00:00:00.000Z",
           *         "end": "2026-11-01T00:00:00.000Z"
           *       },
           *       "plan": null,
           *       "monitors": [],
           *       "rollups": [],
           *       "incidents": [],
           *       "tasks": [],
           *       "bookings": [],
           *       "usage": [],
           *       "invoice": null
           *     }
           */
          'application/json': components['schemas']['ReportExport'];
        };
      };
      /** @description Malformed request: the path has a malformed %-escape */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, finance, operator, provider-admin; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  quoteBooking: {
    parameters: {
      query: {
        /**
         * @description Length of the booking in minutes
         * @example 60
         */
        durationMinutes: number;
        /** @description Start of the range, an ISO 8601 instant */
        start?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periodId": "2026-11",
           *       "includedMinutes": 1720,
           *       "usedMinutes": 75,
           *       "bookedMinutes": 60,
           *       "afterMinutes": 195,
           *       "overageMinutes": 0,
           *       "overageCost": {
           *         "amount": 0,
           *         "currency": "EUR"
           *       },
           *       "overageHourPrice": {
           *         "amount": 7600,
           *         "currency": "EUR"
           *       },
           *       "shareAfter": 0.11337209302325581
           *     }
           */
          'application/json': components['schemas']['BookingQuote'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing; Opsdesk answers problem+json for an unknown, expired or revoked token or API key, and a removed user (also in the local stack). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) when its authorizer refuses the credential; Opsdesk answers problem+json for a missing role or scope (also in the local stack). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency (the table, a queue) is unavailable for now: retry after a while */
      503: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
