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
     * @description Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).
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
     * @description This API as an OpenAPI 3.1 document, generated from the route manifest. Anyone may call it: no credential. An unknown query parameter is refused (422).
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
     * @description This API’s reference as a web page: the OpenAPI document rendered by Redoc, served from this origin. Anyone may call it: no credential. An unknown query parameter is refused (422).
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
     * @description The plan catalogue. Anyone may call it: no credential. An unknown query parameter is refused (422).
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
     * @description Staff: queue depths and dead letters, the booking e-mails’ outbox backlog, the latest period close and every scheduled job’s heartbeat — the figures the operations alarms are published from. Roles: `operator`, `finance`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Sign an organisation up: creates the tenant and its first customer-admin, whom the identity provider e-mails; an address that has an account already creates nothing and gets an answer of the same shape (ids never stored). Anyone may call it: no credential. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description The calling user, their organisation (customers) and roles. Roles: `customer-admin`, `customer-member`, `operator`, `finance`, `provider-admin`. API keys need the scope `tenancy:read`. An unknown query parameter is refused (422).
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
     * @description One user of the caller’s organisation. Roles: `customer-admin`, `customer-member`. API keys need the scope `tenancy:read`. An unknown query parameter is refused (422).
     */
    get: operations['getUser'];
    put?: never;
    post?: never;
    /**
     * Remove a user from the organisation; 409 for the last customer-admin
     * @description Remove a user from the organisation; 409 for the last customer-admin. Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
     */
    delete: operations['removeUser'];
    options?: never;
    head?: never;
    /**
     * Change a colleague’s role; 409 if it would leave no customer-admin
     * @description Change a colleague’s role; 409 if it would leave no customer-admin. Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Users of the caller’s organisation with their roles. Roles: `customer-admin`. API keys need the scope `tenancy:read`. An unknown query parameter is refused (422).
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
     * @description Invite a colleague as customer-admin or customer-member; the identity provider e-mails them. 409 for a member of the caller’s organisation; an address of another organisation or of staff gets an answer of the same shape (the user, never stored, and no e-mail). Roles: `customer-admin`. No API key may call it. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description Audit entries, newest first: the caller’s organisation, or (provider-admin) `tenantId`’s or the provider’s own. Roles: `customer-admin`, `provider-admin`. API keys need the scope `tenancy:read`. An unknown query parameter is refused (422).
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
     * @description Everything Opsdesk stores for the caller’s organisation, as one JSON document. Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Ask for the organisation to be deleted after the grace period. Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
     */
    post: operations['requestTenantDeletion'];
    /**
     * Call off a requested deletion within the grace period
     * @description Call off a requested deletion within the grace period. Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description The organisation’s API keys, newest first: name, scopes, expiry and last use — never the key itself. Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key for scripts: `key` is in this answer only (Opsdesk keeps its SHA-256). Use it as `Authorization: Bearer <key>` on the routes its scopes allow; it acts as its creator, within their roles
     * @description Create an API key for scripts: `key` is in this answer only (Opsdesk keeps its SHA-256). Use it as `Authorization: Bearer <key>` on the routes its scopes allow; it acts as its creator, within their roles. Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * Revoke an API key: the next call made with it is refused (401; in AWS the gateway may answer 403)
     * @description Revoke an API key: the next call made with it is refused (401; in AWS the gateway may answer 403). Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description All tenants, oldest first, with plan and status. Roles: `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Suspend a tenant with a reason its customers read: they can still see billing and pay, but not book or request tasks. Roles: `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Reactivate a suspended tenant (its suspension reason is cleared). Roles: `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Current plan, status, period, and each entitlement included vs used so far. Roles: `customer-admin`, `customer-member`. API keys need the scope `billing:read`. An unknown query parameter is refused (422).
     */
    get: operations['getSubscription'];
    put?: never;
    /**
     * Choose or change the plan: `{ checkoutUrl }` when Stripe needs a payment method first, else the subscription (upgrades at once, downgrades at period end)
     * @description Choose or change the plan: `{ checkoutUrl }` when Stripe needs a payment method first, else the subscription (upgrades at once, downgrades at period end). Roles: `customer-admin`. API keys need the scope `billing:write`. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description What choosing `?planId=` would do, without doing it: when it takes effect, its price, and what this period’s invoice charges for it (prorated by days, as rated). Roles: `customer-admin`. API keys need the scope `billing:read`. An unknown query parameter is refused (422).
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
     * @description A Stripe Customer Portal session for payment methods (Stripe mode only). Roles: `customer-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Who the organisation’s invoices are addressed to (null until set). Roles: `customer-admin`. API keys need the scope `billing:read`. An unknown query parameter is refused (422).
     */
    get: operations['getBillingProfile'];
    /**
     * Set the invoice address, country and VAT number (EU businesses abroad: reverse charge) for the next invoices
     * @description Set the invoice address, country and VAT number (EU businesses abroad: reverse charge) for the next invoices. Roles: `customer-admin`. API keys need the scope `billing:write`. An unknown query parameter is refused (422).
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
     * @description Usage records of a period (`?period=YYYY-MM`, default the current one) with running totals, allowances and the estimate so far. Roles: `customer-admin`. API keys need the scope `billing:read`. An unknown query parameter is refused (422).
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
     * @description Close an ended period: one message per tenant rates its usage into a finalized invoice with the next number; 409 before the period ends; closing again changes nothing (and retries failed tenants). Roles: `finance`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Progress of a period’s close: tenants invoiced, skipped (nothing to invoice) and failed. Roles: `finance`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description A period’s invoices and credit notes in number order (`&status=` one status); `Accept: text/csv` → all of them as CSV for finance. Roles: `finance`. No API key may call it. Send `Accept: text/csv` for CSV. An unknown query parameter is refused (422).
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
     * @description The organisation’s invoices and credit notes, newest period first. Roles: `customer-admin`. API keys need the scope `billing:read`. An unknown query parameter is refused (422).
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
     * @description One of the organisation’s invoices: `/api/invoices/{id}` as JSON, `/api/invoices/{id}.pdf` the PDF. Roles: `customer-admin`. API keys need the scope `billing:read`. An unknown query parameter is refused (422).
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
     * @description Any invoice or credit note with its Stripe collection: `/api/finance/invoices/{id}` as JSON, `/api/finance/invoices/{id}.pdf` the PDF. Roles: `finance`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Void an unpaid invoice: a credit note with its own number cancels it (and Stripe’s invoice is voided); 409 for a paid or void one. Roles: `finance`. No API key may call it. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description Write an unpaid invoice off as uncollectible (it can still be paid or voided later). Roles: `finance`. No API key may call it. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description Ledger billing: record a payment that arrived outside Stripe (bank transfer); 409 for an invoice Stripe collects. Roles: `finance`. No API key may call it. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description Send an invoice to Stripe again after its collection failed (the billing-sync queue gave up); 409 otherwise. Roles: `finance`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Per tenant of a period: the ledger’s rating now vs the Opsdesk invoice vs Stripe’s invoice and payment status, differences flagged; paged by tenant. Roles: `finance`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Stripe events, verified by the Stripe-Signature header on the raw body; replays are no-ops. Anyone may call it: no credential. An unknown query parameter is refused (422).
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
     * @description Booking types with allowed durations, buffers, notice, horizon and cancellation policy. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `booking:read`. An unknown query parameter is refused (422).
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
     * @description Free slots of a booking type between `from` and `to` (at most 62 days), shown in `timeZone`. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`. An unknown query parameter is refused (422).
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
     * @description This organisation’s bookings. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`. An unknown query parameter is refused (422).
     */
    get: operations['listBookings'];
    put?: never;
    /**
     * Book a slot; 409 names the quarter hour that is taken
     * @description Book a slot; 409 names the quarter hour that is taken. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:write`. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description Cancel a booking: free before the type’s notice, a late-cancellation fee after it. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:write`. An unknown query parameter is refused (422).
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
     * @description Move a booking with the same webmaster; 409 if the new slot is taken. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:write`. An unknown query parameter is refused (422).
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
     * @description One booking as an RFC 5545 calendar, `GET /api/bookings/{id}.ics` (one path segment, as API Gateway routes it), in the organisation’s time zone. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`. An unknown query parameter is refused (422).
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
     * @description The calling operator’s weekly hours and exceptions. Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
     */
    get: operations['getStaffAvailability'];
    /**
     * Set the calling operator’s weekly hours (in their IANA zone) and dated exceptions
     * @description Set the calling operator’s weekly hours (in their IANA zone) and dated exceptions. Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description The on-call rota: who takes emergency call-outs when, and every operator who can be on call. Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
     */
    get: operations['getOnCallRota'];
    /**
     * Replace the on-call rota (shifts never overlap; each shift’s staff member is an operator)
     * @description Replace the on-call rota (shifts never overlap; each shift’s staff member is an operator). Roles: `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description The calling operator’s bookings between `from` and `to` (their calendar). Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Log the minutes actually spent; records usage once (a retry records nothing new). Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description The customer did not turn up: status `no_show`, the late-cancellation fee recorded once. Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description The task catalogue: flags and each type’s parameters as JSON Schema. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `tasks:read`. An unknown query parameter is refused (422).
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
     * @description The organisation’s tasks, newest first, with status history and output excerpt. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`. An unknown query parameter is refused (422).
     */
    get: operations['listTasks'];
    put?: never;
    /**
     * Request a task on one of the organisation’s hosts: awaiting approval, scheduled for the maintenance window, or queued
     * @description Request a task on one of the organisation’s hosts: awaiting approval, scheduled for the maintenance window, or queued. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:write`. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description One task with its status history and output excerpt. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`. An unknown query parameter is refused (422).
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
     * @description Approve a task awaiting approval: it is queued, or scheduled for the maintenance window. Roles: `customer-admin`. API keys need the scope `tasks:write`. An unknown query parameter is refused (422).
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
     * @description Decline a task awaiting approval, with a reason the requester reads: it never runs (a repeated decline answers the declined task). Roles: `customer-admin`. API keys need the scope `tasks:write`. An unknown query parameter is refused (422).
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
     * @description Withdraw a task that has not started (waiting for approval, a maintenance window or the queue). Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:write`. An unknown query parameter is refused (422).
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
     * @description The organisation’s weekly maintenance window (in its time zone) and its next opening. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`. An unknown query parameter is refused (422).
     */
    get: operations['getMaintenanceWindow'];
    /**
     * Set the weekly maintenance window disruptive tasks wait for
     * @description Set the weekly maintenance window disruptive tasks wait for. Roles: `customer-admin`. API keys need the scope `tasks:write`. An unknown query parameter is refused (422).
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
     * @description The organisation’s managed hosts as last synchronised from SSM. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:read`. An unknown query parameter is refused (422).
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
     * @description An SSM hybrid activation for one server, with the command that registers it; 409 without a plan that includes hosts, with 3 unused activations, or when registered hosts plus unused activations reach the plan’s hosts. Roles: `customer-admin`. API keys need the scope `tasks:write`. An unknown query parameter is refused (422).
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
     * @description Read the organisation’s hosts from SSM now. Roles: `customer-admin`, `customer-member`. API keys need the scope `tasks:write`. An unknown query parameter is refused (422).
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
     * @description Deregister a host from SSM and remove it from the inventory. Roles: `customer-admin`. API keys need the scope `tasks:write`. An unknown query parameter is refused (422).
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
     * @description Open tasks across tenants, oldest first, with tenant name and SLA due time. Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Any tenant’s task, for operators. Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Take a manual task; 409 if another operator has it. Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Hand a claimed manual task back to the queue (only the operator who claimed it). Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Finish a claimed manual task; the minutes are recorded as usage. Roles: `operator`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Tasks whose dispatch failed three times, newest first. Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Send a dead-lettered task back to the dispatch queue. Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description This organisation’s monitors with their current state, by name. Roles: `customer-admin`, `customer-member`. API keys need the scope `monitoring:read`. An unknown query parameter is refused (422).
     */
    get: operations['listMonitors'];
    put?: never;
    /**
     * Create a monitor (http, tls, dns, tcp, heartbeat, host); the plan decides how many and how often; 422 names a field or a target the checker may not reach
     * @description Create a monitor (http, tls, dns, tcp, heartbeat, host); the plan decides how many and how often; 422 names a field or a target the checker may not reach. Roles: `customer-admin`. API keys need the scope `monitoring:write`. Send an `Idempotency-Key` to retry it safely. An unknown query parameter is refused (422).
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
     * @description One monitor with its newest results. Roles: `customer-admin`, `customer-member`. API keys need the scope `monitoring:read`. An unknown query parameter is refused (422).
     */
    get: operations['getMonitor'];
    put?: never;
    post?: never;
    /**
     * Delete a monitor (its incidents stay, resolved)
     * @description Delete a monitor (its incidents stay, resolved). Roles: `customer-admin`. API keys need the scope `monitoring:write`. An unknown query parameter is refused (422).
     */
    delete: operations['deleteMonitor'];
    options?: never;
    head?: never;
    /**
     * Change a monitor (any field but its kind), or pause and resume it
     * @description Change a monitor (any field but its kind), or pause and resume it. Roles: `customer-admin`. API keys need the scope `monitoring:write`. An unknown query parameter is refused (422).
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
     * @description Check the monitor at the next dispatch (within a minute) instead of after its interval: after a fix. Roles: `customer-admin`. API keys need the scope `monitoring:write`. An unknown query parameter is refused (422).
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
     * @description Up/down counts and response-time percentiles per hour (24h, 7d) or day (90d): what the charts draw. Roles: `customer-admin`, `customer-member`. API keys need the scope `monitoring:read`. An unknown query parameter is refused (422).
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
     * @description Plan a maintenance: checks go on, no page goes out, the time is not counted in uptime. Roles: `customer-admin`. API keys need the scope `monitoring:write`. An unknown query parameter is refused (422).
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
     * @description Cancel a planned maintenance (or end a running one now). Roles: `customer-admin`. API keys need the scope `monitoring:write`. An unknown query parameter is refused (422).
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
     * @description The same as POST, for `curl` and `wget` in a cron line. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).
     */
    get: operations['pingHeartbeatGet'];
    put?: never;
    /**
     * A heartbeat monitor’s job succeeded (the secret token is the credential); unknown token 404
     * @description A heartbeat monitor’s job succeeded (the secret token is the credential); unknown token 404. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).
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
     * @description The same as POST, for `curl` and `wget` in a cron line. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).
     */
    get: operations['signalHeartbeatGet'];
    put?: never;
    /**
     * `/start`: the job began (a run longer than the grace is a failure); `/fail`: the job failed
     * @description `/start`: the job began (a run longer than the grace is a failure); `/fail`: the job failed. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).
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
     * @description Incidents, newest first: a customer’s own organisation’s; operators and provider-admins every tenant’s. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `monitoring:read`. An unknown query parameter is refused (422).
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
     * @description One incident with its timeline and the output of its diagnostic and remediation tasks. Roles: `customer-admin`, `customer-member`, `operator`, `provider-admin`. API keys need the scope `monitoring:read`. An unknown query parameter is refused (422).
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
     * @description Take the incident: paging and escalation stop (acknowledging twice changes nothing). Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Close the incident with an optional note (the customer sees it). Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Add a note to the timeline (the customer sees it). Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description Start a remediation task on the monitor’s host (service restart, certificate renewal) through the task lifecycle: approvals and maintenance windows apply, the run is billed. Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description The one-click acknowledgement of a page’s e-mail: the signed, expiring token is the credential. Anyone may call it: no credential. An unknown query parameter is refused (422).
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
     * @description Every tenant’s unresolved incidents in one queue: most severe first, then oldest, with the plan’s acknowledge and resolve deadlines. Roles: `operator`, `provider-admin`. No API key may call it. An unknown query parameter is refused (422).
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
     * @description The organisation’s public status page settings (slug null until one is chosen). Roles: `customer-admin`, `customer-member`. API keys need the scope `reports:read`. An unknown query parameter is refused (422).
     */
    get: operations['getStatusPage'];
    /**
     * Choose the slug, the monitors shown and whether the page is published; 409 naming `body.slug` when another organisation has it
     * @description Choose the slug, the monitors shown and whether the page is published; 409 naming `body.slug` when another organisation has it. Roles: `customer-admin`. API keys need the scope `reports:write`. An unknown query parameter is refused (422).
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
     * @description A published status page: current state and 90-day uptime of the chosen monitors, open and recent incidents, planned maintenance; 404 when unknown or unpublished. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).
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
     * @description The same status page as HTML (no script); an unknown or unpublished slug gets a 404 page. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).
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
     * @description Monthly service reports of the organisation, newest first; finance, operators and provider-admins name a tenant (`?tenantId=`) or a period (`?period=`: every tenant’s report of it). Roles: `customer-admin`, `customer-member`, `finance`, `operator`, `provider-admin`. API keys need the scope `reports:read`. An unknown query parameter is refused (422).
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
     * @description The monthly service report of a closed period: `/api/reports/{YYYY-MM}` as JSON (CSV with `Accept: text/csv`), `/api/reports/{YYYY-MM}.pdf` the PDF; staff name the organisation with `?tenantId=`. Roles: `customer-admin`, `customer-member`, `finance`, `operator`, `provider-admin`. API keys need the scope `reports:read`. Send `Accept: text/csv` for CSV. An unknown query parameter is refused (422).
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
     * @description The raw records behind every figure of a report (rollups, incidents, tasks, bookings, usage, invoice). Roles: `customer-admin`, `customer-member`, `finance`, `operator`, `provider-admin`. API keys need the scope `reports:read`. An unknown query parameter is refused (422).
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
     * @description What a booking of this length would do to the month’s included webmaster hours, and what the time beyond them costs. Roles: `customer-admin`, `customer-member`. API keys need the scope `booking:read`. An unknown query parameter is refused (422).
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
    /** @description What API Gateway answers itself (AWS only): 401 and 403 of its authorizer, 429 of its throttle */
    GatewayMessage: {
      /** @enum {string} */
      message: 'Unauthorized' | 'Forbidden' | 'Too Many Requests';
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
           *       "checks": {
           *         "queues": "ok",
           *         "table": "ok"
           *       },
           *       "status": "ok",
           *       "time": "2026-11-18T09:30:04.062Z"
           *     }
           */
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "components": {
           *         "schemas": {},
           *         "securitySchemes": {
           *           "apiKey": {
           *             "bearerFormat": "odk_…",
           *             "description": "An API key of the organisation (see \"Getting an API key\"), limited to its scopes",
           *             "scheme": "bearer",
           *             "type": "http"
           *           },
           *           "bearer": {
           *             "bearerFormat": "JWT",
           *             "description": "A person’s token: Cognito in AWS, `POST /auth/dev/login` in the local stack",
           *             "scheme": "bearer",
           *             "type": "http"
           *           }
           *         }
           *       },
           *       "info": {
           *         "contact": {
           *           "email": "support@opsdesk.dev",
           *           "name": "Opsdesk support"
           *         },
           *         "description": "Managed-services platform: plans, bookings, tasks on customer hosts, monitoring, usage-based invoices.\n\n## Getting an API key\n\nScripts (a deploy pipeline, a cron job, an accounting import) call the API with an **API key** of their organisation.\n\n1. A `customer-admin` opens **Organisation → API keys** in the web app and creates a key with a name, the scopes it\n   needs and an optional expiry — or …",
           *         "license": {
           *           "name": "Proprietary",
           *           "url": "https://opsdesk.dev/terms"
           *         },
           *         "title": "Opsdesk API",
           *         "version": "1.0.0"
           *       },
           *       "openapi": "3.1.0",
           *       "paths": {
           *         "/api/health": {
           *           "get": {
           *             "description": "Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not. Anyone may call it: no credential. Any query string is ignored (probes, caches and cron lines add their own).",
           *             "operationId": "health",
           *             "parameters": [],
           *             "responses": {
           *               "200": {
           *                 "content": {
           *                   "application/json": {
           *                     "example": {
           *                       "checks": {
           *                         "queues": "ok",
           *                         "table": "ok"
           *                       },
           *                       "status": "ok",
           *                       "time": "2026-11-18T09:30:03.720Z"
           *                     },
           *                     "schema": {
           *                       "$ref": "#/components/schemas/Health"
           *                     }
           *                   }
           *                 },
           *                 "description": "Success"
           *               },
           *               "429": {
           *                 "content": {
           *                   "application/json": {
           *                     "schema": {
           *                       "$ref": "#/components/schemas/GatewayMessage"
           *                     }
           *                   }
           *                 },
           *                 "description": "In AWS, API Gateway’s own throttle answers `{\"message\":\"Too Many Requests\"}` (application/json) when the stage or the route is over its rate."
           *               },
           *               "503": {
           *                 "content": {
           *                   "application/json": {
           *                     "schema": {
           *                       "$ref": "#/components/schemas/Health"
           *                     }
           *                   }
           *                 },
           *                 "description": "Not ready: a check failed",
           *                 "headers": {
           *                   "Retry-After": {
           *                     "description": "Seconds until a request may pass",
           *                     "schema": {
           *                       "minimum": 1,
           *                       "type": "integer"
           *                     }
           *                   }
           *                 }
           *               }
           *             },
           *             "security": [],
           *             "summary": "Liveness and readiness of the API: 200 when its table and queues answer, 503 when one does not",
           *             "tags": [
           *               "platform"
           *             ],
           *             "x-opsdesk-query-ignored": true
           *           }
           *         }
           *       },
           *       "security": [
           *         {
           *           "bearer": []
           *         },
           *         {
           *           "apiKey": []
           *         }
           *       ],
           *       "servers": [
           *         {
           *           "url": "http://localhost"
           *         }
           *       ],
           *       "tags": [
           *         {
           *           "description": "Health, this document, the plan catalogue and the provider’s operations snapshot",
           *           "name": "platform"
           *         },
           *         {
           *           "description": "Sign-up, the organisation, its users, API keys and audit log; provider-admins’ tenant administration",
           *           "name": "tenancy"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            [key: string]: unknown;
          };
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "callOutsAllowed": true,
           *           "description": "An eighth of a webmaster position: 20 hours a month, one managed host, emergency call-outs.",
           *           "id": "webmaster-eighth",
           *           "included": {
           *             "callOuts": 0,
           *             "hosts": 1,
           *             "taskRuns": 30,
           *             "webmasterHours": 20
           *           },
           *           "kind": "webmaster-share",
           *           "monitoring": {
           *             "acknowledgeMinutes": 60,
           *             "businessHours": {
           *               "days": [
           *                 "mon",
           *                 "tue"
           *               ],
           *               "end": "18:00",
           *               "start": "08:00",
           *               "timeZone": "Europe/Berlin"
           *             },
           *             "coverage": "business-hours",
           *             "extraMonitor": {
           *               "amount": 300,
           *               "currency": "EUR"
           *             },
           *             "includedMonitors": 5,
           *             "maxMonitors": 20,
           *             "minIntervalMinutes": 5,
           *             "resolveMinutes": 480
           *           },
           *           "monthlyFee": {
           *             "amount": 119000,
           *             "currency": "EUR"
           *           },
           *           "name": "Webmaster share — an eighth",
           *           "overage": {
           *             "callOut": {
           *               "amount": 15000,
           *               "currency": "EUR"
           *             },
           *             "taskRun": {
           *               "amount": 500,
           *               "currency": "EUR"
           *             },
           *             "webmasterHour": {
           *               "amount": 8000,
           *               "currency": "EUR"
           *             }
           *           },
           *           "perHost": null,
           *           "taskSlaHours": 48
           *         },
           *         {
           *           "callOutsAllowed": true,
           *           "description": "A quarter of a webmaster position: 40 hours a month, three managed hosts, emergency call-outs.",
           *           "id": "webmaster-quarter",
           *           "included": {
           *             "callOuts": 1,
           *             "hosts": 3,
           *             "taskRuns": 90,
           *             "webmasterHours": 40
           *           },
           *           "kind": "webmaster-share",
           *           "monitoring": {
           *             "acknowledgeMinutes": 15,
           *             "businessHours": null,
           *             "coverage": "24x7",
           *             "extraMonitor": {
           *               "amount": 250,
           *               "currency": "EUR"
           *             },
           *             "includedMonitors": 15,
           *             "maxMonitors": 50,
           *             "minIntervalMinutes": 1,
           *             "resolveMinutes": 240
           *           },
           *           "monthlyFee": {
           *             "amount": 229000,
           *             "currency": "EUR"
           *           },
           *           "name": "Webmaster share — a quarter",
           *           "overage": {
           *             "callOut": {
           *               "amount": 15000,
           *               "currency": "EUR"
           *             },
           *             "taskRun": {
           *               "amount": 500,
           *               "currency": "EUR"
           *             },
           *             "webmasterHour": {
           *               "amount": 7600,
           *               "currency": "EUR"
           *             }
           *           },
           *           "perHost": null,
           *           "taskSlaHours": 24
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['PlanList'];
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "heartbeats": [
           *         {
           *           "ageMinutes": null,
           *           "count": null,
           *           "cron": null,
           *           "durationMs": null,
           *           "error": null,
           *           "expectedBy": null,
           *           "jobId": "purge-deleted-tenants",
           *           "lastFinishedAt": null,
           *           "lastOkAt": null,
           *           "late": false,
           *           "outcome": null,
           *           "rateMinutes": 60,
           *           "state": "never"
           *         },
           *         {
           *           "ageMinutes": null,
           *           "count": null,
           *           "cron": null,
           *           "durationMs": null,
           *           "error": null,
           *           "expectedBy": null,
           *           "jobId": "suspend-overdue-tenants",
           *           "lastFinishedAt": null,
           *           "lastOkAt": null,
           *           "late": false,
           *           "outcome": null,
           *           "rateMinutes": 60,
           *           "state": "never"
           *         }
           *       ],
           *       "outbox": {
           *         "due": 0,
           *         "oldestAgeSeconds": 0,
           *         "oldestDueAt": null
           *       },
           *       "periodClose": {
           *         "failed": 0,
           *         "invoiced": 0,
           *         "periodId": "2026-10",
           *         "runningMinutes": null,
           *         "skipped": 0,
           *         "startedAt": "2026-11-18T09:30:03.413Z",
           *         "status": "done",
           *         "tenants": 0
           *       },
           *       "periodCloseUnfinishedMinutes": 0,
           *       "queues": [
           *         {
           *           "available": true,
           *           "deadLetterVisible": 0,
           *           "fifo": true,
           *           "id": "task-dispatch",
           *           "inFlight": 0,
           *           "oldestAgeSeconds": null,
           *           "visible": 0
           *         },
           *         {
           *           "available": true,
           *           "deadLetterVisible": 0,
           *           "fifo": true,
           *           "id": "billing-sync",
           *           "inFlight": 0,
           *           "oldestAgeSeconds": null,
           *           "visible": 0
           *         }
           *       ],
           *       "takenAt": "2026-11-18T09:30:04.179Z"
           *     }
           */
          'application/json': components['schemas']['OperationsSnapshot'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, finance, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "userId": "00000000-0000-4000-8000-000000000002"
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
      /** @description an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost; Another request changed the same thing at the same moment, twice: send it again */
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
      /** @description Over the rate limit of the client address: 5 a minute, 5 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "roles": [
           *         "customer-admin"
           *       ],
           *       "tenant": {
           *         "createdAt": "2026-11-18T09:30:00.483Z",
           *         "deletionDueAt": null,
           *         "hostCount": 0,
           *         "id": "00000000-0000-4000-8000-000000000001",
           *         "name": "Tenant A",
           *         "planId": "webmaster-eighth",
           *         "status": "active",
           *         "suspendedReason": null,
           *         "timeZone": "Europe/Berlin"
           *       },
           *       "timeZone": "Europe/Berlin",
           *       "user": {
           *         "createdAt": "2026-11-18T09:30:00.483Z",
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "id": "00000000-0000-4000-8000-000000000002",
           *         "name": "admin-a-00000000-0000-4000-8000-000000000001",
           *         "roles": [
           *           "customer-admin"
           *         ],
           *         "tenantId": "00000000-0000-4000-8000-000000000001"
           *       }
           *     }
           */
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, finance, provider-admin; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "email": "member-2-00000000-0000-4000-8000-000000000001@example.com",
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "name": "member-2-00000000-0000-4000-8000-000000000001",
           *       "roles": [
           *         "customer-member"
           *       ],
           *       "tenantId": "00000000-0000-4000-8000-000000000001"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "email": "member-6-00000000-0000-4000-8000-000000000001@example.com",
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "name": "member-6-00000000-0000-4000-8000-000000000001",
           *       "roles": [
           *         "customer-admin"
           *       ],
           *       "tenantId": "00000000-0000-4000-8000-000000000001"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "createdAt": "2026-11-18T09:30:00.483Z",
           *           "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "name": "admin-a-00000000-0000-4000-8000-000000000001",
           *           "roles": [
           *             "customer-admin"
           *           ],
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         },
           *         {
           *           "createdAt": "2026-11-18T09:30:00.483Z",
           *           "email": "demoted-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "id": "00000000-0000-4000-8000-000000000003",
           *           "name": "demoted-a-00000000-0000-4000-8000-000000000001",
           *           "roles": [
           *             "customer-member"
           *           ],
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:05.006Z",
           *       "email": "alex@kulturverein-nord.example",
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "name": "Alex Nord",
           *       "roles": [
           *         "customer-member"
           *       ],
           *       "tenantId": "00000000-0000-4000-8000-000000000002"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "action": "user.invited",
           *           "actor": {
           *             "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *             "name": "admin-a-00000000-0000-4000-8000-000000000001",
           *             "roles": [
           *               "customer-admin"
           *             ],
           *             "userId": "00000000-0000-4000-8000-000000000002"
           *           },
           *           "at": "2026-11-18T09:30:05.006Z",
           *           "details": {
           *             "email": "alex@kulturverein-nord.example",
           *             "role": "customer-member"
           *           },
           *           "id": "00000000-0000-4000-8000-000000000003",
           *           "target": {
           *             "id": "00000000-0000-4000-8000-000000000004",
           *             "name": "Alex Nord",
           *             "type": "user"
           *           },
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         },
           *         {
           *           "action": "user.role_changed",
           *           "actor": {
           *             "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *             "name": "admin-a-00000000-0000-4000-8000-000000000001",
           *             "roles": [
           *               "customer-admin"
           *             ],
           *             "userId": "00000000-0000-4000-8000-000000000002"
           *           },
           *           "at": "2026-11-18T09:30:04.882Z",
           *           "details": {
           *             "email": "member-6-00000000-0000-4000-8000-000000000001@example.com",
           *             "from": "customer-member",
           *             "to": "customer-admin"
           *           },
           *           "id": "00000000-0000-4000-8000-000000000005",
           *           "target": {
           *             "id": "00000000-0000-4000-8000-000000000006",
           *             "name": "member-6-00000000-0000-4000-8000-000000000001",
           *             "type": "user"
           *           },
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, provider-admin; an API key needs the scope `tenancy:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "data": {
           *         "activation": [
           *           {
           *             "activationId": "00000000-0000-4000-8000-000000000001",
           *             "createdAt": "2026-11-18T09:30:02.908Z",
           *             "createdBy": "00000000-0000-4000-8000-000000000002",
           *             "expiresAt": 1795080603,
           *             "hostId": null,
           *             "name": "web-01",
           *             "tenantId": "00000000-0000-4000-8000-000000000003",
           *             "usedAt": null,
           *             "validUntil": "2026-11-19T09:30:02.908Z"
           *           }
           *         ],
           *         "audit": [
           *           {
           *             "action": "test.seeded",
           *             "actor": {
           *               "email": "test@opsdesk.local",
           *               "roles": [
           *                 "provider-admin"
           *               ],
           *               "userId": "test"
           *             },
           *             "at": "2026-11-18T09:30:00.483Z",
           *             "details": {},
           *             "id": "00000000-0000-4000-8000-000000000004",
           *             "target": {
           *               "id": "seed",
           *               "type": "test"
           *             },
           *             "tenantId": "00000000-0000-4000-8000-000000000003"
           *           },
           *           {
           *             "action": "test.seeded",
           *             "actor": {
           *               "email": "test@opsdesk.local",
           *               "roles": [
           *                 "provider-admin"
           *               ],
           *               "userId": "test"
           *             },
           *             "at": "2026-11-18T09:30:00.483Z",
           *             "details": {},
           *             "id": "00000000-0000-4000-8000-000000000005",
           *             "target": {
           *               "id": "seed",
           *               "type": "test"
           *             },
           *             "tenantId": "00000000-0000-4000-8000-000000000003"
           *           }
           *         ],
           *         "subscription": [
           *           {
           *             "createdAt": "2026-11-18T09:30:02.123Z",
           *             "pastDueSince": null,
           *             "paymentMethodAt": null,
           *             "paymentMethodOnFile": false,
           *             "paymentStateAt": null,
           *             "paymentStatus": "current",
           *             "pendingPlanId": null,
           *             "period": {
           *               "end": "2026-12-01T00:00:00.000Z",
           *               "id": "2026-11",
           *               "start": "2026-11-01T00:00:00.000Z"
           *             },
           *             "planHistory": [
           *               {
           *                 "effectiveFrom": "2026-11-01T00:00:00.000Z",
           *                 "planId": "webmaster-eighth"
           *               }
           *             ],
           *             "planId": "webmaster-eighth",
           *             "revision": 0,
           *             "status": "active",
           *             "stripeCustomerId": null,
           *             "suspendedForNonPayment": false,
           *             "tenantId": "00000000-0000-4000-8000-000000000003",
           *             "updatedAt": "2026-11-18T09:30:02.123Z"
           *           }
           *         ],
           *         "tenant": [
           *           {
           *             "adminCount": 2,
           *             "createdAt": "2026-11-18T09:30:00.483Z",
           *             "deletionDueAt": null,
           *             "hostCount": 0,
           *             "id": "00000000-0000-4000-8000-000000000003",
           *             "name": "Tenant A",
           *             "planId": "webmaster-eighth",
           *             "status": "active",
           *             "timeZone": "Europe/Berlin"
           *           }
           *         ],
           *         "user": [
           *           {
           *             "createdAt": "2026-11-18T09:30:00.483Z",
           *             "email": "admin-a-00000000-0000-4000-8000-000000000003@example.com",
           *             "id": "00000000-0000-4000-8000-000000000002",
           *             "name": "admin-a-00000000-0000-4000-8000-000000000003",
           *             "roles": [
           *               "customer-admin"
           *             ],
           *             "tenantId": "00000000-0000-4000-8000-000000000003"
           *           },
           *           {
           *             "createdAt": "2026-11-18T09:30:05.006Z",
           *             "email": "alex@kulturverein-nord.example",
           *             "id": "00000000-0000-4000-8000-000000000006",
           *             "name": "Alex Nord",
           *             "roles": [
           *               "customer-member"
           *             ],
           *             "tenantId": "00000000-0000-4000-8000-000000000003"
           *           }
           *         ]
           *       },
           *       "exportedAt": "2026-11-18T09:30:05.201Z",
           *       "format": "opsdesk-export/1",
           *       "tenantId": "00000000-0000-4000-8000-000000000003"
           *     }
           */
          'application/json': components['schemas']['TenantExport'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "deletionDueAt": "2026-12-18T09:30:03.747Z",
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "name": "Tenant B",
           *       "planId": "webmaster-eighth",
           *       "status": "pending_deletion",
           *       "suspendedReason": null,
           *       "timeZone": "Europe/Berlin"
           *     }
           */
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "deletionDueAt": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "name": "Tenant B",
           *       "planId": "webmaster-eighth",
           *       "status": "active",
           *       "suspendedReason": null,
           *       "timeZone": "Europe/Berlin"
           *     }
           */
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:05.373Z",
           *       "createdBy": {
           *         "name": "admin-a-00000000-0000-4000-8000-000000000001",
           *         "userId": "00000000-0000-4000-8000-000000000002"
           *       },
           *       "expiresAt": "2027-12-31T23:00:00.000Z",
           *       "id": "0mwlx7d19-e7ccb5241be8",
           *       "key": "odk_VHUkwzT6JUOxvl22SYso5uDEeZMJcGQwAPA7g5OLmwk",
           *       "lastUsedAt": null,
           *       "name": "Deploy pipeline",
           *       "prefix": "odk_VHUkwzT6",
           *       "scopes": [
           *         "tasks:read",
           *         "tasks:write"
           *       ]
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "createdAt": "2026-11-18T09:30:00.483Z",
           *           "deletionDueAt": null,
           *           "id": "00000000-0000-4000-8000-000000000001",
           *           "name": "Tenant B",
           *           "planId": "webmaster-eighth",
           *           "status": "active",
           *           "suspendedReason": null,
           *           "timeZone": "Europe/Berlin"
           *         },
           *         {
           *           "createdAt": "2026-11-18T09:30:00.483Z",
           *           "deletionDueAt": null,
           *           "hostCount": 0,
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "name": "Tenant A",
           *           "planId": "webmaster-eighth",
           *           "status": "active",
           *           "suspendedReason": null,
           *           "timeZone": "Europe/Berlin"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TenantPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:02.123Z",
           *       "deletionDueAt": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "name": "Tenant C",
           *       "planId": "webmaster-eighth",
           *       "status": "suspended",
           *       "suspendedReason": "Two invoices are unpaid; please pay them or contact billing.",
           *       "timeZone": "Europe/Berlin"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "createdAt": "2026-11-18T09:30:02.123Z",
           *       "deletionDueAt": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "name": "Tenant C",
           *       "planId": "webmaster-eighth",
           *       "status": "active",
           *       "suspendedReason": null,
           *       "timeZone": "Europe/Berlin"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "billing": "stripe",
           *       "entitlements": [
           *         {
           *           "included": 1200,
           *           "kind": "webmaster_minutes",
           *           "unit": "minutes",
           *           "used": 0
           *         },
           *         {
           *           "included": 1,
           *           "kind": "hosts",
           *           "unit": "hosts",
           *           "used": 0
           *         }
           *       ],
           *       "paymentMethodOnFile": false,
           *       "paymentStatus": "current",
           *       "pendingPlan": null,
           *       "period": {
           *         "end": "2026-12-01T00:00:00.000Z",
           *         "id": "2026-11",
           *         "start": "2026-11-01T00:00:00.000Z"
           *       },
           *       "plan": {
           *         "callOutsAllowed": true,
           *         "description": "An eighth of a webmaster position: 20 hours a month, one managed host, emergency call-outs.",
           *         "id": "webmaster-eighth",
           *         "included": {
           *           "callOuts": 0,
           *           "hosts": 1,
           *           "taskRuns": 30,
           *           "webmasterHours": 20
           *         },
           *         "kind": "webmaster-share",
           *         "monitoring": {
           *           "acknowledgeMinutes": 60,
           *           "businessHours": {
           *             "days": [
           *               "mon",
           *               "tue"
           *             ],
           *             "end": "18:00",
           *             "start": "08:00",
           *             "timeZone": "Europe/Berlin"
           *           },
           *           "coverage": "business-hours",
           *           "extraMonitor": {
           *             "amount": 300,
           *             "currency": "EUR"
           *           },
           *           "includedMonitors": 5,
           *           "maxMonitors": 20,
           *           "minIntervalMinutes": 5,
           *           "resolveMinutes": 480
           *         },
           *         "monthlyFee": {
           *           "amount": 119000,
           *           "currency": "EUR"
           *         },
           *         "name": "Webmaster share — an eighth",
           *         "overage": {
           *           "callOut": {
           *             "amount": 15000,
           *             "currency": "EUR"
           *           },
           *           "taskRun": {
           *             "amount": 500,
           *             "currency": "EUR"
           *           },
           *           "webmasterHour": {
           *             "amount": 8000,
           *             "currency": "EUR"
           *           }
           *         },
           *         "perHost": null,
           *         "taskSlaHours": 48
           *       },
           *       "status": "active"
           *     }
           */
          'application/json': components['schemas']['SubscriptionView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "change": "keep",
           *       "currentPlan": {
           *         "callOutsAllowed": true,
           *         "description": "A quarter of a webmaster position: 40 hours a month, three managed hosts, emergency call-outs.",
           *         "id": "webmaster-quarter",
           *         "included": {
           *           "callOuts": 1,
           *           "hosts": 3,
           *           "taskRuns": 90,
           *           "webmasterHours": 40
           *         },
           *         "kind": "webmaster-share",
           *         "monitoring": {
           *           "acknowledgeMinutes": 15,
           *           "businessHours": null,
           *           "coverage": "24x7",
           *           "extraMonitor": {
           *             "amount": 250,
           *             "currency": "EUR"
           *           },
           *           "includedMonitors": 15,
           *           "maxMonitors": 50,
           *           "minIntervalMinutes": 1,
           *           "resolveMinutes": 240
           *         },
           *         "monthlyFee": {
           *           "amount": 229000,
           *           "currency": "EUR"
           *         },
           *         "name": "Webmaster share — a quarter",
           *         "overage": {
           *           "callOut": {
           *             "amount": 15000,
           *             "currency": "EUR"
           *           },
           *           "taskRun": {
           *             "amount": 500,
           *             "currency": "EUR"
           *           },
           *           "webmasterHour": {
           *             "amount": 7600,
           *             "currency": "EUR"
           *           }
           *         },
           *         "perHost": null,
           *         "taskSlaHours": 24
           *       },
           *       "effectiveAt": "2026-11-18T09:30:06.053Z",
           *       "needsPaymentMethod": true,
           *       "nextInvoiceAt": "2026-12-01T00:00:00.000Z",
           *       "period": {
           *         "end": "2026-12-01T00:00:00.000Z",
           *         "id": "2026-11",
           *         "start": "2026-11-01T00:00:00.000Z"
           *       },
           *       "periodDays": 30,
           *       "periodFees": {
           *         "amount": 166666,
           *         "currency": "EUR"
           *       },
           *       "plan": {
           *         "callOutsAllowed": true,
           *         "description": "A quarter of a webmaster position: 40 hours a month, three managed hosts, emergency call-outs.",
           *         "id": "webmaster-quarter",
           *         "included": {
           *           "callOuts": 1,
           *           "hosts": 3,
           *           "taskRuns": 90,
           *           "webmasterHours": 40
           *         },
           *         "kind": "webmaster-share",
           *         "monitoring": {
           *           "acknowledgeMinutes": 15,
           *           "businessHours": null,
           *           "coverage": "24x7",
           *           "extraMonitor": {
           *             "amount": 250,
           *             "currency": "EUR"
           *           },
           *           "includedMonitors": 15,
           *           "maxMonitors": 50,
           *           "minIntervalMinutes": 1,
           *           "resolveMinutes": 240
           *         },
           *         "monthlyFee": {
           *           "amount": 229000,
           *           "currency": "EUR"
           *         },
           *         "name": "Webmaster share — a quarter",
           *         "overage": {
           *           "callOut": {
           *             "amount": 15000,
           *             "currency": "EUR"
           *           },
           *           "taskRun": {
           *             "amount": 500,
           *             "currency": "EUR"
           *           },
           *           "webmasterHour": {
           *             "amount": 7600,
           *             "currency": "EUR"
           *           }
           *         },
           *         "perHost": null,
           *         "taskSlaHours": 24
           *       },
           *       "price": {
           *         "amount": 229000,
           *         "currency": "EUR"
           *       },
           *       "proratedAmount": {
           *         "amount": 99233,
           *         "currency": "EUR"
           *       },
           *       "proratedDays": 13
           *     }
           */
          'application/json': components['schemas']['SubscriptionPreview'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *         "addressLines": [
           *           "Hafenstraße 12"
           *         ],
           *         "city": "Hamburg",
           *         "country": "DE",
           *         "legalName": "Kulturverein Nord e.V.",
           *         "postalCode": "20457",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "allowances": {
           *         "callOuts": {
           *           "included": 0,
           *           "over": 0,
           *           "unit": "call-outs",
           *           "used": 0
           *         },
           *         "taskRuns": {
           *           "included": 56,
           *           "over": 0,
           *           "unit": "runs",
           *           "used": 0
           *         },
           *         "webmasterMinutes": {
           *           "included": 1720,
           *           "over": 0,
           *           "unit": "minutes",
           *           "used": 0
           *         }
           *       },
           *       "estimate": {
           *         "currency": "EUR",
           *         "net": 166666
           *       },
           *       "period": {
           *         "end": "2026-12-01T00:00:00.000Z",
           *         "id": "2026-11",
           *         "start": "2026-11-01T00:00:00.000Z"
           *       },
           *       "records": []
           *     }
           */
          'application/json': components['schemas']['UsageView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "failed": 0,
           *       "invoiced": 0,
           *       "periodId": "2026-10",
           *       "skipped": 0,
           *       "startedAt": "2026-11-18T09:30:03.413Z",
           *       "status": "done",
           *       "tenants": 0
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "failed": 0,
           *       "invoiced": 0,
           *       "periodId": "2026-10",
           *       "skipped": 0,
           *       "startedAt": "2026-11-18T09:30:03.413Z",
           *       "status": "done",
           *       "tenants": 0
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "buyer": {
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ],
           *         "country": "DE",
           *         "name": "Tenant A",
           *         "vatId": null
           *       },
           *       "creditNote": null,
           *       "creditNoteOf": null,
           *       "currency": "EUR",
           *       "gross": 141616,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "included": [],
           *       "issuedAt": "2026-11-18T09:30:00.483Z",
           *       "kind": "invoice",
           *       "lines": [
           *         {
           *           "amount": 119005,
           *           "description": "Eighth webmaster",
           *           "kind": "base_fee",
           *           "quantity": 1,
           *           "unit": "month",
           *           "unitPrice": 119005,
           *           "vatRate": 1900
           *         }
           *       ],
           *       "net": 119005,
           *       "number": "OD-2026-000002",
           *       "paidAt": null,
           *       "payment": null,
           *       "paymentUrl": null,
           *       "periodId": "2020-02",
           *       "seller": {
           *         "address": [],
           *         "country": "DE",
           *         "name": "Seller",
           *         "vatId": "DE1"
           *       },
           *       "servicePeriod": {
           *         "end": "2026-11-01T00:00:00.000Z",
           *         "start": "2026-10-01T00:00:00.000Z"
           *       },
           *       "status": "finalized",
           *       "statusChangedAt": "2026-11-18T09:30:00.483Z",
           *       "tenantId": "00000000-0000-4000-8000-000000000002",
           *       "vat": [
           *         {
           *           "amount": 22611,
           *           "base": 119005,
           *           "rate": 1900
           *         }
           *       ],
           *       "vatTreatment": "domestic",
           *       "version": 1
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `billing:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "buyer": {
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ],
           *         "country": "DE",
           *         "name": "Tenant A",
           *         "vatId": null
           *       },
           *       "creditNote": null,
           *       "creditNoteOf": null,
           *       "currency": "EUR",
           *       "gross": 141616,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "included": [],
           *       "issuedAt": "2026-11-18T09:30:00.483Z",
           *       "kind": "invoice",
           *       "lines": [
           *         {
           *           "amount": 119005,
           *           "description": "Eighth webmaster",
           *           "kind": "base_fee",
           *           "quantity": 1,
           *           "unit": "month",
           *           "unitPrice": 119005,
           *           "vatRate": 1900
           *         }
           *       ],
           *       "net": 119005,
           *       "number": "OD-2026-000004",
           *       "paidAt": null,
           *       "payment": null,
           *       "periodId": "2020-04",
           *       "seller": {
           *         "address": [],
           *         "country": "DE",
           *         "name": "Seller",
           *         "vatId": "DE1"
           *       },
           *       "servicePeriod": {
           *         "end": "2026-11-01T00:00:00.000Z",
           *         "start": "2026-10-01T00:00:00.000Z"
           *       },
           *       "status": "finalized",
           *       "statusChangedAt": "2026-11-18T09:30:00.483Z",
           *       "statusNote": null,
           *       "stripe": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000002",
           *       "vat": [
           *         {
           *           "amount": 22611,
           *           "base": 119005,
           *           "rate": 1900
           *         }
           *       ],
           *       "vatTreatment": "domestic",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "creditNote": {
           *         "buyer": {
           *           "address": [
           *             "Hauptstraße 1",
           *             "10115 Berlin"
           *           ],
           *           "country": "DE",
           *           "name": "Tenant A",
           *           "vatId": null
           *         },
           *         "creditNote": null,
           *         "creditNoteOf": {
           *           "id": "00000000-0000-4000-8000-000000000001",
           *           "number": "OD-2026-000006"
           *         },
           *         "currency": "EUR",
           *         "gross": -141616,
           *         "id": "00000000-0000-4000-8000-000000000002",
           *         "included": [],
           *         "issuedAt": "2026-11-18T09:30:07.134Z",
           *         "kind": "credit_note",
           *         "lines": [
           *           {
           *             "amount": -119005,
           *             "description": "Eighth webmaster",
           *             "kind": "base_fee",
           *             "quantity": 1,
           *             "unit": "month",
           *             "unitPrice": -119005,
           *             "vatRate": 1900
           *           }
           *         ],
           *         "net": -119005,
           *         "number": "OD-CN-2026-000001",
           *         "paidAt": null,
           *         "payment": null,
           *         "periodId": "2020-06",
           *         "seller": {
           *           "address": [],
           *           "country": "DE",
           *           "name": "Seller",
           *           "vatId": "DE1"
           *         },
           *         "servicePeriod": {
           *           "end": "2026-11-01T00:00:00.000Z",
           *           "start": "2026-10-01T00:00:00.000Z"
           *         },
           *         "status": "finalized",
           *         "statusChangedAt": "2026-11-18T09:30:07.134Z",
           *         "statusNote": "Billed the wrong organisation",
           *         "stripe": null,
           *         "tenantId": "00000000-0000-4000-8000-000000000003",
           *         "vat": [
           *           {
           *             "amount": -22611,
           *             "base": -119005,
           *             "rate": 1900
           *           }
           *         ],
           *         "vatTreatment": "domestic",
           *         "version": 1
           *       },
           *       "invoice": {
           *         "buyer": {
           *           "address": [
           *             "Hauptstraße 1",
           *             "10115 Berlin"
           *           ],
           *           "country": "DE",
           *           "name": "Tenant A",
           *           "vatId": null
           *         },
           *         "creditNote": {
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "number": "OD-CN-2026-000001"
           *         },
           *         "creditNoteOf": null,
           *         "currency": "EUR",
           *         "gross": 141616,
           *         "id": "00000000-0000-4000-8000-000000000001",
           *         "included": [],
           *         "issuedAt": "2026-11-18T09:30:00.483Z",
           *         "kind": "invoice",
           *         "lines": [
           *           {
           *             "amount": 119005,
           *             "description": "Eighth webmaster",
           *             "kind": "base_fee",
           *             "quantity": 1,
           *             "unit": "month",
           *             "unitPrice": 119005,
           *             "vatRate": 1900
           *           }
           *         ],
           *         "net": 119005,
           *         "number": "OD-2026-000006",
           *         "paidAt": null,
           *         "payment": null,
           *         "periodId": "2020-06",
           *         "seller": {
           *           "address": [],
           *           "country": "DE",
           *           "name": "Seller",
           *           "vatId": "DE1"
           *         },
           *         "servicePeriod": {
           *           "end": "2026-11-01T00:00:00.000Z",
           *           "start": "2026-10-01T00:00:00.000Z"
           *         },
           *         "status": "void",
           *         "statusChangedAt": "2026-11-18T09:30:07.134Z",
           *         "statusNote": "Billed the wrong organisation",
           *         "stripe": null,
           *         "tenantId": "00000000-0000-4000-8000-000000000003",
           *         "vat": [
           *           {
           *             "amount": 22611,
           *             "base": 119005,
           *             "rate": 1900
           *           }
           *         ],
           *         "vatTreatment": "domestic",
           *         "version": 2
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "buyer": {
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ],
           *         "country": "DE",
           *         "name": "Tenant A",
           *         "vatId": null
           *       },
           *       "creditNote": null,
           *       "creditNoteOf": null,
           *       "currency": "EUR",
           *       "gross": 141616,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "included": [],
           *       "issuedAt": "2026-11-18T09:30:00.483Z",
           *       "kind": "invoice",
           *       "lines": [
           *         {
           *           "amount": 119005,
           *           "description": "Eighth webmaster",
           *           "kind": "base_fee",
           *           "quantity": 1,
           *           "unit": "month",
           *           "unitPrice": 119005,
           *           "vatRate": 1900
           *         }
           *       ],
           *       "net": 119005,
           *       "number": "OD-2026-000008",
           *       "paidAt": null,
           *       "payment": null,
           *       "periodId": "2020-08",
           *       "seller": {
           *         "address": [],
           *         "country": "DE",
           *         "name": "Seller",
           *         "vatId": "DE1"
           *       },
           *       "servicePeriod": {
           *         "end": "2026-11-01T00:00:00.000Z",
           *         "start": "2026-10-01T00:00:00.000Z"
           *       },
           *       "status": "uncollectible",
           *       "statusChangedAt": "2026-11-18T09:30:07.442Z",
           *       "statusNote": "Organisation dissolved; no assets",
           *       "stripe": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000002",
           *       "vat": [
           *         {
           *           "amount": 22611,
           *           "base": 119005,
           *           "rate": 1900
           *         }
           *       ],
           *       "vatTreatment": "domestic",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "buyer": {
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ],
           *         "country": "DE",
           *         "name": "Tenant A",
           *         "vatId": null
           *       },
           *       "creditNote": null,
           *       "creditNoteOf": null,
           *       "currency": "EUR",
           *       "gross": 141616,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "included": [],
           *       "issuedAt": "2026-11-18T09:30:00.483Z",
           *       "kind": "invoice",
           *       "lines": [
           *         {
           *           "amount": 119005,
           *           "description": "Eighth webmaster",
           *           "kind": "base_fee",
           *           "quantity": 1,
           *           "unit": "month",
           *           "unitPrice": 119005,
           *           "vatRate": 1900
           *         }
           *       ],
           *       "net": 119005,
           *       "number": "OD-2026-000010",
           *       "paidAt": "2026-11-18T09:30:07.648Z",
           *       "payment": null,
           *       "periodId": "2020-10",
           *       "seller": {
           *         "address": [],
           *         "country": "DE",
           *         "name": "Seller",
           *         "vatId": "DE1"
           *       },
           *       "servicePeriod": {
           *         "end": "2026-11-01T00:00:00.000Z",
           *         "start": "2026-10-01T00:00:00.000Z"
           *       },
           *       "status": "paid",
           *       "statusChangedAt": "2026-11-18T09:30:07.648Z",
           *       "statusNote": "SEPA transfer 2026-11-03 RF18 5390 0754 7034",
           *       "stripe": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000002",
           *       "vat": [
           *         {
           *           "amount": 22611,
           *           "base": 119005,
           *           "rate": 1900
           *         }
           *       ],
           *       "vatTreatment": "domestic",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "buyer": {
           *         "address": [
           *           "Hauptstraße 1",
           *           "10115 Berlin"
           *         ],
           *         "country": "DE",
           *         "name": "Tenant A",
           *         "vatId": null
           *       },
           *       "creditNote": null,
           *       "creditNoteOf": null,
           *       "currency": "EUR",
           *       "gross": 141616,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "included": [],
           *       "issuedAt": "2026-11-18T09:30:00.483Z",
           *       "kind": "invoice",
           *       "lines": [
           *         {
           *           "amount": 119005,
           *           "description": "Eighth webmaster",
           *           "kind": "base_fee",
           *           "quantity": 1,
           *           "unit": "month",
           *           "unitPrice": 119005,
           *           "vatRate": 1900
           *         }
           *       ],
           *       "net": 119005,
           *       "number": "OD-2026-000012",
           *       "paidAt": null,
           *       "payment": null,
           *       "periodId": "2020-12",
           *       "seller": {
           *         "address": [],
           *         "country": "DE",
           *         "name": "Seller",
           *         "vatId": "DE1"
           *       },
           *       "servicePeriod": {
           *         "end": "2026-11-01T00:00:00.000Z",
           *         "start": "2026-10-01T00:00:00.000Z"
           *       },
           *       "status": "finalized",
           *       "statusChangedAt": "2026-11-18T09:30:00.483Z",
           *       "statusNote": null,
           *       "stripe": {
           *         "amountDue": null,
           *         "amountPaid": null,
           *         "eventAt": null,
           *         "invoiceId": null,
           *         "lastError": null,
           *         "status": null,
           *         "sync": "queued",
           *         "updatedAt": "2026-11-18T09:30:07.893Z"
           *       },
           *       "tenantId": "00000000-0000-4000-8000-000000000002",
           *       "vat": [
           *         {
           *           "amount": 22611,
           *           "base": 119005,
           *           "rate": 1900
           *         }
           *       ],
           *       "vatTreatment": "domestic",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "closed": false,
           *       "collection": "stripe",
           *       "items": [],
           *       "periodId": "2026-01"
           *     }
           */
          'application/json': components['schemas']['Reconciliation'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: finance; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "outcome": "ignored",
           *       "received": true
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
      /** @description Opsdesk bills on its own ledger here: Stripe’s events are refused */
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
      /** @description Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query parameter) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "bufferAfterMinutes": 15,
           *           "bufferBeforeMinutes": 0,
           *           "cancellationNoticeHours": 24,
           *           "description": "A call with a webmaster to plan work, review a site or answer questions.",
           *           "durations": [
           *             15,
           *             30
           *           ],
           *           "horizonDays": 60,
           *           "id": "consultation",
           *           "lateCancellationFee": {
           *             "amount": 4000,
           *             "currency": "EUR"
           *           },
           *           "minNoticeMinutes": 120,
           *           "name": "Consultation",
           *           "requires": "nothing",
           *           "schedule": "working-hours"
           *         },
           *         {
           *           "bufferAfterMinutes": 15,
           *           "bufferBeforeMinutes": 15,
           *           "cancellationNoticeHours": 48,
           *           "description": "A webmaster works on your site or systems while you watch, or on their own.",
           *           "durations": [
           *             30,
           *             45
           *           ],
           *           "horizonDays": 60,
           *           "id": "hands-on",
           *           "lateCancellationFee": {
           *             "amount": 8000,
           *             "currency": "EUR"
           *           },
           *           "minNoticeMinutes": 1440,
           *           "name": "Hands-on session",
           *           "requires": "active-plan",
           *           "schedule": "working-hours"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BookingTypeList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "durationMinutes": 15,
           *       "slots": [
           *         {
           *           "end": "2027-01-04T08:15:00+01:00",
           *           "staffIds": [
           *             "00000000-0000-4000-8000-000000000001"
           *           ],
           *           "start": "2027-01-04T08:00:00+01:00"
           *         },
           *         {
           *           "end": "2027-01-04T08:30:00+01:00",
           *           "staffIds": [
           *             "00000000-0000-4000-8000-000000000001"
           *           ],
           *           "start": "2027-01-04T08:15:00+01:00"
           *         }
           *       ],
           *       "timeZone": "Europe/Berlin"
           *     }
           */
          'application/json': components['schemas']['Availability'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "bookedBy": "00000000-0000-4000-8000-000000000001",
           *       "createdAt": "2026-11-18T09:30:08.385Z",
           *       "durationMinutes": 30,
           *       "end": "2027-01-04T09:30:00.000Z",
           *       "holdEnd": "2027-01-04T09:45:00.000Z",
           *       "holdStart": "2027-01-04T09:00:00.000Z",
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lateCancellationFee": null,
           *       "minutesSpent": null,
           *       "notes": null,
           *       "staffId": "00000000-0000-4000-8000-000000000003",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000004",
           *       "start": "2027-01-04T09:00:00.000Z",
           *       "status": "confirmed",
           *       "tenantId": "00000000-0000-4000-8000-000000000004",
           *       "tenantName": "Tenant A",
           *       "typeId": "consultation",
           *       "typeName": "Consultation",
           *       "updatedAt": "2026-11-18T09:30:08.385Z"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "bookedBy": "00000000-0000-4000-8000-000000000001",
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "durationMinutes": 30,
           *       "end": "2030-01-07T02:30:00.000Z",
           *       "holdEnd": "2030-01-07T02:45:00.000Z",
           *       "holdStart": "2030-01-07T02:00:00.000Z",
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lateCancellationFee": null,
           *       "minutesSpent": null,
           *       "notes": null,
           *       "staffId": "00000000-0000-4000-8000-000000000003",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000004",
           *       "start": "2030-01-07T02:00:00.000Z",
           *       "status": "cancelled",
           *       "tenantId": "00000000-0000-4000-8000-000000000004",
           *       "tenantName": "Tenant A",
           *       "typeId": "consultation",
           *       "typeName": "Consultation",
           *       "updatedAt": "2026-11-18T09:30:08.726Z"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "bookedBy": "00000000-0000-4000-8000-000000000001",
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "durationMinutes": 30,
           *       "end": "2027-01-05T10:30:00.000Z",
           *       "holdEnd": "2027-01-05T10:45:00.000Z",
           *       "holdStart": "2027-01-05T10:00:00.000Z",
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lateCancellationFee": null,
           *       "minutesSpent": null,
           *       "notes": null,
           *       "staffId": "00000000-0000-4000-8000-000000000003",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000004",
           *       "start": "2027-01-05T10:00:00.000Z",
           *       "status": "confirmed",
           *       "tenantId": "00000000-0000-4000-8000-000000000004",
           *       "tenantName": "Tenant A",
           *       "typeId": "consultation",
           *       "typeName": "Consultation",
           *       "updatedAt": "2026-11-18T09:30:08.948Z"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "exceptions": [],
           *       "timeZone": "Europe/Berlin",
           *       "weekly": [
           *         {
           *           "day": "mon",
           *           "end": "18:00",
           *           "start": "08:00"
           *         },
           *         {
           *           "day": "tue",
           *           "end": "18:00",
           *           "start": "08:00"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['StaffAvailability'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "exceptions": [],
           *       "timeZone": "Europe/Berlin",
           *       "weekly": [
           *         {
           *           "day": "mon",
           *           "end": "17:00",
           *           "start": "09:00"
           *         }
           *       ]
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "email": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "name": "operator-00000000-0000-4000-8000-000000000001"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['OnCallRotaView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "email": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "name": "operator-00000000-0000-4000-8000-000000000001"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "bookedBy": "00000000-0000-4000-8000-000000000001",
           *           "createdAt": "2026-11-18T09:30:08.385Z",
           *           "durationMinutes": 30,
           *           "end": "2027-01-04T09:30:00.000Z",
           *           "holdEnd": "2027-01-04T09:45:00.000Z",
           *           "holdStart": "2027-01-04T09:00:00.000Z",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "lateCancellationFee": null,
           *           "minutesSpent": null,
           *           "notes": null,
           *           "staffId": "00000000-0000-4000-8000-000000000003",
           *           "staffName": "operator-00000000-0000-4000-8000-000000000004",
           *           "start": "2027-01-04T09:00:00.000Z",
           *           "status": "confirmed",
           *           "tenantId": "00000000-0000-4000-8000-000000000004",
           *           "tenantName": "Tenant A",
           *           "typeId": "consultation",
           *           "typeName": "Consultation",
           *           "updatedAt": "2026-11-18T09:30:08.385Z"
           *         },
           *         {
           *           "bookedBy": "00000000-0000-4000-8000-000000000001",
           *           "createdAt": "2026-11-18T09:30:00.483Z",
           *           "durationMinutes": 30,
           *           "end": "2027-01-05T10:30:00.000Z",
           *           "holdEnd": "2027-01-05T10:45:00.000Z",
           *           "holdStart": "2027-01-05T10:00:00.000Z",
           *           "id": "00000000-0000-4000-8000-000000000005",
           *           "lateCancellationFee": null,
           *           "minutesSpent": null,
           *           "notes": null,
           *           "staffId": "00000000-0000-4000-8000-000000000003",
           *           "staffName": "operator-00000000-0000-4000-8000-000000000004",
           *           "start": "2027-01-05T10:00:00.000Z",
           *           "status": "confirmed",
           *           "tenantId": "00000000-0000-4000-8000-000000000004",
           *           "tenantName": "Tenant A",
           *           "typeId": "consultation",
           *           "typeName": "Consultation",
           *           "updatedAt": "2026-11-18T09:30:08.948Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['StaffBookings'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "bookedBy": "00000000-0000-4000-8000-000000000001",
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "durationMinutes": 30,
           *       "end": "2026-11-18T07:00:09.636Z",
           *       "holdEnd": "2026-11-18T07:15:09.636Z",
           *       "holdStart": "2026-11-18T06:30:09.636Z",
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lateCancellationFee": null,
           *       "minutesSpent": 45,
           *       "notes": null,
           *       "staffId": "00000000-0000-4000-8000-000000000003",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000004",
           *       "start": "2026-11-18T06:30:09.636Z",
           *       "status": "completed",
           *       "tenantId": "00000000-0000-4000-8000-000000000004",
           *       "tenantName": "Tenant A",
           *       "typeId": "consultation",
           *       "typeName": "Consultation",
           *       "updatedAt": "2026-11-18T09:30:09.685Z"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "bookedBy": "00000000-0000-4000-8000-000000000001",
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "durationMinutes": 30,
           *       "end": "2026-11-18T05:00:09.805Z",
           *       "holdEnd": "2026-11-18T05:15:09.805Z",
           *       "holdStart": "2026-11-18T04:30:09.805Z",
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lateCancellationFee": {
           *         "amount": 4000,
           *         "currency": "EUR"
           *       },
           *       "minutesSpent": null,
           *       "notes": null,
           *       "staffId": "00000000-0000-4000-8000-000000000003",
           *       "staffName": "operator-00000000-0000-4000-8000-000000000004",
           *       "start": "2026-11-18T04:30:09.805Z",
           *       "status": "no_show",
           *       "tenantId": "00000000-0000-4000-8000-000000000004",
           *       "tenantName": "Tenant A",
           *       "typeId": "consultation",
           *       "typeName": "Consultation",
           *       "updatedAt": "2026-11-18T09:30:09.850Z"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "automated": true,
           *           "description": "Space and inodes per file system, and the largest usual suspects (logs, sites, backups).",
           *           "disruptive": false,
           *           "id": "disk-report",
           *           "name": "Disk report",
           *           "needsApproval": false,
           *           "parameters": {
           *             "$schema": "https://json-schema.org/draft/2020-12/schema",
           *             "additionalProperties": false,
           *             "properties": {},
           *             "type": "object"
           *           },
           *           "readOnly": true,
           *           "timeoutSeconds": 120
           *         },
           *         {
           *           "automated": true,
           *           "description": "Reads the TLS certificate a domain serves and reports the days left until it expires.",
           *           "disruptive": false,
           *           "id": "certificate-check",
           *           "name": "Certificate check",
           *           "needsApproval": false,
           *           "parameters": {
           *             "$schema": "https://json-schema.org/draft/2020-12/schema",
           *             "additionalProperties": false,
           *             "properties": {
           *               "domain": {
           *                 "description": "a host name such as www.example.org (letters, digits, hyphens and dots)",
           *                 "examples": [
           *                   "www.example.org"
           *                 ],
           *                 "maxLength": 253,
           *                 "pattern": "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
           *                 "title": "Domain",
           *                 "type": "string"
           *               },
           *               "port": {
           *                 "default": 443,
           *                 "description": "the TLS port, usually 443",
           *                 "maximum": 65535,
           *                 "minimum": 1,
           *                 "title": "Port",
           *                 "type": "integer"
           *               }
           *             },
           *             "required": [
           *               "domain"
           *             ],
           *             "type": "object"
           *           },
           *           "readOnly": true,
           *           "timeoutSeconds": 60
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TaskTypeList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:09.985Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "0mwlx7gld-0230644b10f0",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Please add a redirect from /old to /new."
           *       },
           *       "requestedAt": "2026-11-18T09:30:09.985Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "name": "admin-a-00000000-0000-4000-8000-000000000001",
           *         "userId": "00000000-0000-4000-8000-000000000002"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-19T09:30:09.985Z",
           *       "status": "queued",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:09.985Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 10 a minute, 10 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:00.483Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "requestedAt": "2026-11-18T09:30:00.483Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "userId": "00000000-0000-4000-8000-000000000003"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:00.483Z",
           *       "status": "queued",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:00.483Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "name": "admin-a-00000000-0000-4000-8000-000000000001",
           *         "userId": "00000000-0000-4000-8000-000000000002"
           *       },
           *       "automated": true,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": true,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:10.317Z",
           *           "by": "member-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": "requested by a member",
           *           "status": "awaiting_approval"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:10.358Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": "waits for the maintenance window",
           *           "status": "scheduled"
           *         }
           *       ],
           *       "hostId": "mi-00000000000000002",
           *       "hostName": "host-2",
           *       "id": "0mwlx7gul-1baac033058b",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": "2026-11-22T01:00:00.000Z",
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "service": "nginx"
           *       },
           *       "requestedAt": "2026-11-18T09:30:10.317Z",
           *       "requestedBy": {
           *         "email": "member-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "name": "member-a-00000000-0000-4000-8000-000000000001",
           *         "userId": "00000000-0000-4000-8000-000000000003"
           *       },
           *       "scheduledFor": "2026-11-22T01:00:00.000Z",
           *       "slaDueAt": null,
           *       "status": "scheduled",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "service-restart",
           *       "typeName": "Service restart",
           *       "updatedAt": "2026-11-18T09:30:10.358Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 10 a minute, 10 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": true,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": true,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:10.681Z",
           *           "by": "member-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": "requested by a member",
           *           "status": "awaiting_approval"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:10.725Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": "Not before the shop’s sale ends on Friday.",
           *           "status": "declined"
           *         }
           *       ],
           *       "hostId": "mi-00000000000000004",
           *       "hostName": "host-4",
           *       "id": "0mwlx7h4p-eca5a89b0832",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "service": "nginx"
           *       },
           *       "requestedAt": "2026-11-18T09:30:10.681Z",
           *       "requestedBy": {
           *         "email": "member-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "name": "member-a-00000000-0000-4000-8000-000000000001",
           *         "userId": "00000000-0000-4000-8000-000000000002"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": null,
           *       "status": "declined",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "service-restart",
           *       "typeName": "Service restart",
           *       "updatedAt": "2026-11-18T09:30:10.725Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:00.483Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:10.864Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": "cancelled by the customer",
           *           "status": "cancelled"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "requestedAt": "2026-11-18T09:30:00.483Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "userId": "00000000-0000-4000-8000-000000000003"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:00.483Z",
           *       "status": "cancelled",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:10.864Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "durationMinutes": 180,
           *       "nextOpensAt": "2026-11-22T01:00:00.000Z",
           *       "openNow": false,
           *       "start": "02:00",
           *       "timeZone": "Europe/Berlin"
           *     }
           */
          'application/json': components['schemas']['MaintenanceWindowView'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "day": "sun",
           *       "durationMinutes": 180,
           *       "nextOpensAt": "2026-11-22T01:00:00.000Z",
           *       "openNow": false,
           *       "start": "02:00",
           *       "timeZone": "Europe/Berlin"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "agentVersion": "test",
           *           "id": "mi-00000000000000001",
           *           "ipAddress": "127.0.0.1",
           *           "lastSeenAt": "2026-11-18T09:30:00.483Z",
           *           "name": "host-1",
           *           "pingStatus": "Online",
           *           "platform": "Debian GNU/Linux 12",
           *           "registeredAt": "2026-11-18T09:30:00.483Z",
           *           "syncedAt": "2026-11-18T09:30:00.483Z",
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         },
           *         {
           *           "agentVersion": "test",
           *           "id": "mi-00000000000000002",
           *           "ipAddress": "127.0.0.1",
           *           "lastSeenAt": "2026-11-18T09:30:00.483Z",
           *           "name": "host-2",
           *           "pingStatus": "Online",
           *           "platform": "Debian GNU/Linux 12",
           *           "registeredAt": "2026-11-18T09:30:00.483Z",
           *           "syncedAt": "2026-11-18T09:30:00.483Z",
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HostList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "activationCode": "n4sqh-ujuxtLKflyCYAI",
           *       "activationId": "00000000-0000-4000-8000-000000000001",
           *       "expiresAt": "2026-11-19T09:30:02.908Z",
           *       "registerCommand": "DATA_DIR=/tmp npm run host:register -- --id 00000000-0000-4000-8000-000000000001 --code n4sqh-ujuxtLKflyCYAI"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "agentVersion": "opsdesk-local-runner/1",
           *           "id": "mi-00000000000000001",
           *           "ipAddress": "127.0.0.1",
           *           "lastSeenAt": "2026-11-18T09:30:11.050Z",
           *           "name": "host-1",
           *           "pingStatus": "Online",
           *           "platform": "Debian GNU/Linux 12 (bookworm)",
           *           "registeredAt": "2026-11-18T09:30:00.483Z",
           *           "syncedAt": "2026-11-18T09:30:11.050Z",
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         },
           *         {
           *           "agentVersion": "opsdesk-local-runner/1",
           *           "id": "mi-00000000000000002",
           *           "ipAddress": "127.0.0.1",
           *           "lastSeenAt": "2026-11-18T09:30:11.050Z",
           *           "name": "host-2",
           *           "pingStatus": "Online",
           *           "platform": "Debian GNU/Linux 12 (bookworm)",
           *           "registeredAt": "2026-11-18T09:30:00.483Z",
           *           "syncedAt": "2026-11-18T09:30:11.050Z",
           *           "tenantId": "00000000-0000-4000-8000-000000000001"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HostList'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `tasks:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "approvedBy": null,
           *           "automated": false,
           *           "claimedBy": null,
           *           "commandId": null,
           *           "completionNote": null,
           *           "deadLetteredAt": null,
           *           "dispatchAttempts": 0,
           *           "dispatchStartedAt": null,
           *           "disruptive": false,
           *           "history": [
           *             {
           *               "at": "2026-11-18T09:30:00.483Z",
           *               "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *               "reason": null,
           *               "status": "queued"
           *             }
           *           ],
           *           "hostId": null,
           *           "hostName": null,
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "lastError": null,
           *           "minutesSpent": null,
           *           "nextCheckAt": null,
           *           "notes": null,
           *           "output": null,
           *           "params": {
           *             "description": "Renew the domain at the registrar."
           *           },
           *           "requestedAt": "2026-11-18T09:30:00.483Z",
           *           "requestedBy": {
           *             "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *             "userId": "00000000-0000-4000-8000-000000000003"
           *           },
           *           "scheduledFor": null,
           *           "slaDueAt": "2026-11-18T09:30:00.483Z",
           *           "status": "queued",
           *           "tenantId": "00000000-0000-4000-8000-000000000001",
           *           "tenantName": "Tenant A",
           *           "typeId": "custom",
           *           "typeName": "Custom work",
           *           "updatedAt": "2026-11-18T09:30:00.483Z",
           *           "version": 1
           *         },
           *         {
           *           "approvedBy": null,
           *           "automated": false,
           *           "claimedBy": null,
           *           "commandId": null,
           *           "completionNote": null,
           *           "deadLetteredAt": null,
           *           "dispatchAttempts": 0,
           *           "dispatchStartedAt": null,
           *           "disruptive": false,
           *           "history": [
           *             {
           *               "at": "2026-11-18T09:30:00.483Z",
           *               "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *               "reason": null,
           *               "status": "queued"
           *             }
           *           ],
           *           "hostId": null,
           *           "hostName": null,
           *           "id": "00000000-0000-4000-8000-000000000004",
           *           "lastError": null,
           *           "minutesSpent": null,
           *           "nextCheckAt": null,
           *           "notes": null,
           *           "output": null,
           *           "params": {
           *             "description": "Renew the domain at the registrar."
           *           },
           *           "requestedAt": "2026-11-18T09:30:00.483Z",
           *           "requestedBy": {
           *             "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *             "userId": "00000000-0000-4000-8000-000000000003"
           *           },
           *           "scheduledFor": null,
           *           "slaDueAt": "2026-11-18T09:30:00.483Z",
           *           "status": "queued",
           *           "tenantId": "00000000-0000-4000-8000-000000000001",
           *           "tenantName": "Tenant A",
           *           "typeId": "custom",
           *           "typeName": "Custom work",
           *           "updatedAt": "2026-11-18T09:30:00.483Z",
           *           "version": 1
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:00.483Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "requestedAt": "2026-11-18T09:30:00.483Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "userId": "00000000-0000-4000-8000-000000000003"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:00.483Z",
           *       "status": "queued",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:00.483Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": {
           *         "email": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *         "name": "operator-00000000-0000-4000-8000-000000000001",
           *         "userId": "00000000-0000-4000-8000-000000000002"
           *       },
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:00.483Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:11.524Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *           "reason": null,
           *           "status": "claimed"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "00000000-0000-4000-8000-000000000003",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "requestedAt": "2026-11-18T09:30:00.483Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "userId": "00000000-0000-4000-8000-000000000004"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:00.483Z",
           *       "status": "claimed",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:11.524Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:00.483Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:11.746Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *           "reason": null,
           *           "status": "claimed"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "requestedAt": "2026-11-18T09:30:00.483Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "userId": "00000000-0000-4000-8000-000000000003"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:00.483Z",
           *       "status": "queued",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:11.799Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": {
           *         "email": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *         "name": "operator-00000000-0000-4000-8000-000000000001",
           *         "userId": "00000000-0000-4000-8000-000000000002"
           *       },
           *       "commandId": null,
           *       "completionNote": "Redirect added and tested.",
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:00.483Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:11.990Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *           "reason": null,
           *           "status": "claimed"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "00000000-0000-4000-8000-000000000003",
           *       "lastError": null,
           *       "minutesSpent": 30,
           *       "nextCheckAt": null,
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "requestedAt": "2026-11-18T09:30:00.483Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "userId": "00000000-0000-4000-8000-000000000004"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:00.483Z",
           *       "status": "succeeded",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:12.039Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "approvedBy": null,
           *       "automated": false,
           *       "claimedBy": null,
           *       "commandId": null,
           *       "completionNote": null,
           *       "deadLetteredAt": null,
           *       "dispatchAttempts": 0,
           *       "dispatchStartedAt": null,
           *       "disruptive": false,
           *       "history": [
           *         {
           *           "at": "2026-11-18T09:30:00.483Z",
           *           "by": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *           "reason": null,
           *           "status": "queued"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:12.327Z",
           *           "by": "dispatcher",
           *           "reason": "Dispatch failed three times",
           *           "status": "failed"
           *         }
           *       ],
           *       "hostId": null,
           *       "hostName": null,
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "lastError": null,
           *       "minutesSpent": null,
           *       "nextCheckAt": "2026-11-18T09:40:12.376Z",
           *       "notes": null,
           *       "output": null,
           *       "params": {
           *         "description": "Renew the domain at the registrar."
           *       },
           *       "requestedAt": "2026-11-18T09:30:00.483Z",
           *       "requestedBy": {
           *         "email": "admin-a-00000000-0000-4000-8000-000000000001@example.com",
           *         "userId": "00000000-0000-4000-8000-000000000003"
           *       },
           *       "scheduledFor": null,
           *       "slaDueAt": "2026-11-18T09:30:00.483Z",
           *       "status": "queued",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "typeId": "custom",
           *       "typeName": "Custom work",
           *       "updatedAt": "2026-11-18T09:30:12.376Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "confirmation": {
           *         "count": 0,
           *         "phase": "stable"
           *       },
           *       "confirmations": 2,
           *       "createdAt": "2026-11-18T09:30:12.593Z",
           *       "cron": null,
           *       "expected": null,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "followRedirects": true,
           *       "graceMinutes": null,
           *       "headers": {},
           *       "heartbeatUrl": null,
           *       "hostCheck": null,
           *       "hostId": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "incidentId": null,
           *       "intervalMinutes": 5,
           *       "keyword": "Add to cart",
           *       "keywordAbsent": false,
           *       "kind": "http",
           *       "lastCheckedAt": null,
           *       "lastResult": null,
           *       "maintenance": [],
           *       "maxResponseMs": 3000,
           *       "method": "GET",
           *       "name": "Shop front page",
           *       "nextCheckAt": "2026-11-18T09:30:12.593Z",
           *       "paused": false,
           *       "periodMinutes": null,
           *       "recordType": null,
           *       "runningSince": null,
           *       "state": "pending",
           *       "target": "https://shop.example.org/",
           *       "tenantId": "00000000-0000-4000-8000-000000000002",
           *       "timeZone": null,
           *       "updatedAt": "2026-11-18T09:30:12.593Z",
           *       "version": 1,
           *       "warnDays": null
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "confirmation": {
           *         "count": 0,
           *         "phase": "stable"
           *       },
           *       "confirmations": 2,
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "cron": null,
           *       "expected": null,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "followRedirects": true,
           *       "graceMinutes": null,
           *       "headers": {},
           *       "heartbeatUrl": null,
           *       "hostCheck": null,
           *       "hostId": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "incidentId": null,
           *       "intervalMinutes": 5,
           *       "keyword": null,
           *       "keywordAbsent": false,
           *       "kind": "http",
           *       "lastCheckedAt": null,
           *       "lastResult": null,
           *       "maintenance": [
           *         {
           *           "end": "2026-11-19T10:30:12.689Z",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "reason": "Matrix maintenance",
           *           "start": "2026-11-19T09:30:12.689Z",
           *           "taskId": null
           *         }
           *       ],
           *       "maxResponseMs": null,
           *       "method": "GET",
           *       "name": "Matrix monitor 2",
           *       "nextCheckAt": "2026-11-18T10:30:12.689Z",
           *       "paused": false,
           *       "periodMinutes": null,
           *       "recentResults": [],
           *       "recordType": null,
           *       "runningSince": null,
           *       "state": "pending",
           *       "target": "http://127.0.0.1:9/",
           *       "tenantId": "00000000-0000-4000-8000-000000000003",
           *       "timeZone": null,
           *       "updatedAt": "2026-11-18T09:30:00.483Z",
           *       "version": 1,
           *       "warnDays": null
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "confirmation": {
           *         "count": 0,
           *         "phase": "stable"
           *       },
           *       "confirmations": 2,
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "cron": null,
           *       "expected": null,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "followRedirects": true,
           *       "graceMinutes": null,
           *       "headers": {},
           *       "heartbeatUrl": null,
           *       "hostCheck": null,
           *       "hostId": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "incidentId": null,
           *       "intervalMinutes": 10,
           *       "keyword": null,
           *       "keywordAbsent": false,
           *       "kind": "http",
           *       "lastCheckedAt": null,
           *       "lastResult": null,
           *       "maintenance": [
           *         {
           *           "end": "2026-11-19T10:30:12.929Z",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "reason": "Matrix maintenance",
           *           "start": "2026-11-19T09:30:12.929Z",
           *           "taskId": null
           *         }
           *       ],
           *       "maxResponseMs": null,
           *       "method": "GET",
           *       "name": "Matrix monitor 6",
           *       "nextCheckAt": "2026-11-18T09:40:12.973Z",
           *       "paused": false,
           *       "periodMinutes": null,
           *       "recordType": null,
           *       "runningSince": null,
           *       "state": "pending",
           *       "target": "http://127.0.0.1:9/",
           *       "tenantId": "00000000-0000-4000-8000-000000000003",
           *       "timeZone": null,
           *       "updatedAt": "2026-11-18T09:30:12.973Z",
           *       "version": 2,
           *       "warnDays": null
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "confirmation": {
           *         "count": 0,
           *         "phase": "stable"
           *       },
           *       "confirmations": 2,
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "cron": null,
           *       "expected": null,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "followRedirects": true,
           *       "graceMinutes": null,
           *       "headers": {},
           *       "heartbeatUrl": null,
           *       "hostCheck": null,
           *       "hostId": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "incidentId": null,
           *       "intervalMinutes": 5,
           *       "keyword": null,
           *       "keywordAbsent": false,
           *       "kind": "http",
           *       "lastCheckedAt": null,
           *       "lastResult": null,
           *       "maintenance": [
           *         {
           *           "end": "2026-11-19T10:30:13.063Z",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "reason": "Matrix maintenance",
           *           "start": "2026-11-19T09:30:13.063Z",
           *           "taskId": null
           *         }
           *       ],
           *       "maxResponseMs": null,
           *       "method": "GET",
           *       "name": "Matrix monitor 8",
           *       "nextCheckAt": "2026-11-18T09:30:13.118Z",
           *       "paused": false,
           *       "periodMinutes": null,
           *       "recordType": null,
           *       "runningSince": null,
           *       "state": "pending",
           *       "target": "http://127.0.0.1:9/",
           *       "tenantId": "00000000-0000-4000-8000-000000000003",
           *       "timeZone": null,
           *       "updatedAt": "2026-11-18T09:30:13.118Z",
           *       "version": 2,
           *       "warnDays": null
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "buckets": [],
           *       "monitorId": "00000000-0000-4000-8000-000000000001",
           *       "range": "24h",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "confirmation": {
           *         "count": 0,
           *         "phase": "stable"
           *       },
           *       "confirmations": 2,
           *       "createdAt": "2026-11-18T09:30:00.483Z",
           *       "cron": null,
           *       "expected": null,
           *       "expectedStatus": [
           *         200,
           *         399
           *       ],
           *       "followRedirects": true,
           *       "graceMinutes": null,
           *       "headers": {},
           *       "heartbeatUrl": null,
           *       "hostCheck": null,
           *       "hostId": null,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "incidentId": null,
           *       "intervalMinutes": 5,
           *       "keyword": null,
           *       "keywordAbsent": false,
           *       "kind": "http",
           *       "lastCheckedAt": null,
           *       "lastResult": null,
           *       "maintenance": [
           *         {
           *           "end": "2026-11-19T10:30:13.344Z",
           *           "id": "00000000-0000-4000-8000-000000000002",
           *           "reason": "Matrix maintenance",
           *           "start": "2026-11-19T09:30:13.344Z",
           *           "taskId": null
           *         },
           *         {
           *           "end": "2027-01-09T23:30:00.000Z",
           *           "id": "00000000-0000-4000-8000-000000000003",
           *           "reason": "PHP upgrade",
           *           "start": "2027-01-09T22:00:00.000Z",
           *           "taskId": null
           *         }
           *       ],
           *       "maxResponseMs": null,
           *       "method": "GET",
           *       "name": "Matrix monitor 12",
           *       "nextCheckAt": "2026-11-18T10:30:13.344Z",
           *       "paused": false,
           *       "periodMinutes": null,
           *       "recordType": null,
           *       "runningSince": null,
           *       "state": "pending",
           *       "target": "http://127.0.0.1:9/",
           *       "tenantId": "00000000-0000-4000-8000-000000000004",
           *       "timeZone": null,
           *       "updatedAt": "2026-11-18T09:30:13.369Z",
           *       "version": 2,
           *       "warnDays": null
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `monitoring:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Another request changed the same thing at the same moment, twice: send it again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Another request changed the same thing at the same moment, twice: send it again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "acknowledgedAt": null,
           *       "acknowledgedBy": null,
           *       "acknowledgeDueAt": "2026-11-18T10:30:14.083Z",
           *       "coverage": "covered",
           *       "coverageStartsAt": null,
           *       "detectedAt": "2026-11-18T09:30:14.083Z",
           *       "escalationLevel": 0,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "monitorId": "00000000-0000-4000-8000-000000000002",
           *       "monitorKind": "http",
           *       "monitorName": "Matrix monitor 25",
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:14.083Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "resolvedAt": null,
           *       "resolveDueAt": "2026-11-18T17:30:14.083Z",
           *       "severity": "critical",
           *       "status": "open",
           *       "tasks": [],
           *       "tenantId": "00000000-0000-4000-8000-000000000003",
           *       "tenantName": "Tenant A",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:14.083Z",
           *           "by": null,
           *           "kind": "detected",
           *           "taskId": null,
           *           "text": "HTTP 503"
           *         }
           *       ],
           *       "version": 1
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, operator, provider-admin; an API key needs the scope `monitoring:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "acknowledgedAt": "2026-11-18T09:30:14.252Z",
           *       "acknowledgedBy": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *       "acknowledgeDueAt": "2026-11-18T10:30:14.212Z",
           *       "coverage": "covered",
           *       "coverageStartsAt": null,
           *       "detectedAt": "2026-11-18T09:30:14.212Z",
           *       "escalationLevel": 0,
           *       "id": "00000000-0000-4000-8000-000000000002",
           *       "monitorId": "00000000-0000-4000-8000-000000000003",
           *       "monitorKind": "http",
           *       "monitorName": "Matrix monitor 27",
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:14.212Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "resolvedAt": null,
           *       "resolveDueAt": "2026-11-18T17:30:14.212Z",
           *       "severity": "critical",
           *       "status": "acknowledged",
           *       "tasks": [],
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Tenant A",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:14.212Z",
           *           "by": null,
           *           "kind": "detected",
           *           "taskId": null,
           *           "text": "HTTP 503"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:14.252Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *           "kind": "acknowledged",
           *           "taskId": null,
           *           "text": "Acknowledged by operator-00000000-0000-4000-8000-000000000001@opsdesk.local"
           *         }
           *       ],
           *       "version": 2
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "acknowledgedAt": null,
           *       "acknowledgedBy": null,
           *       "acknowledgeDueAt": "2026-11-18T10:30:14.437Z",
           *       "coverage": "covered",
           *       "coverageStartsAt": null,
           *       "detectedAt": "2026-11-18T09:30:14.437Z",
           *       "escalationLevel": 0,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "monitorId": "00000000-0000-4000-8000-000000000002",
           *       "monitorKind": "http",
           *       "monitorName": "Matrix monitor 29",
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:14.437Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "resolvedAt": "2026-11-18T09:30:14.492Z",
           *       "resolveDueAt": "2026-11-18T17:30:14.437Z",
           *       "severity": "critical",
           *       "status": "resolved",
           *       "tasks": [],
           *       "tenantId": "00000000-0000-4000-8000-000000000003",
           *       "tenantName": "Tenant A",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:14.437Z",
           *           "by": null,
           *           "kind": "detected",
           *           "taskId": null,
           *           "text": "HTTP 503"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:14.492Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000003@opsdesk.local",
           *           "kind": "note",
           *           "taskId": null,
           *           "text": "Restarted php-fpm; the shop answers again."
           *         }
           *       ],
           *       "version": 2
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "acknowledgedAt": null,
           *       "acknowledgedBy": null,
           *       "acknowledgeDueAt": "2026-11-18T10:30:14.621Z",
           *       "coverage": "covered",
           *       "coverageStartsAt": null,
           *       "detectedAt": "2026-11-18T09:30:14.621Z",
           *       "escalationLevel": 0,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "monitorId": "00000000-0000-4000-8000-000000000002",
           *       "monitorKind": "http",
           *       "monitorName": "Matrix monitor 31",
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:14.621Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "resolvedAt": null,
           *       "resolveDueAt": "2026-11-18T17:30:14.621Z",
           *       "severity": "critical",
           *       "status": "open",
           *       "tasks": [],
           *       "tenantId": "00000000-0000-4000-8000-000000000003",
           *       "tenantName": "Tenant A",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:14.621Z",
           *           "by": null,
           *           "kind": "detected",
           *           "taskId": null,
           *           "text": "HTTP 503"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:14.658Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000003@opsdesk.local",
           *           "kind": "note",
           *           "taskId": null,
           *           "text": "Disk at 97 %: rotating the access logs."
           *         }
           *       ],
           *       "version": 2
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "acknowledgedAt": null,
           *       "acknowledgedBy": null,
           *       "acknowledgeDueAt": "2026-11-18T10:30:14.862Z",
           *       "coverage": "covered",
           *       "coverageStartsAt": null,
           *       "detectedAt": "2026-11-18T09:30:14.862Z",
           *       "escalationLevel": 0,
           *       "id": "00000000-0000-4000-8000-000000000001",
           *       "monitorId": "00000000-0000-4000-8000-000000000002",
           *       "monitorKind": "http",
           *       "monitorName": "Matrix monitor 33",
           *       "nextPageAt": null,
           *       "openedAt": "2026-11-18T09:30:14.862Z",
           *       "pagedStaffIds": [],
           *       "pages": 0,
           *       "resolvedAt": null,
           *       "resolveDueAt": "2026-11-18T17:30:14.862Z",
           *       "severity": "critical",
           *       "status": "open",
           *       "tasks": [
           *         {
           *           "id": "0mwlx7kh9-d9b1954dafd9",
           *           "output": null,
           *           "status": "scheduled",
           *           "typeId": "service-restart",
           *           "updatedAt": "2026-11-18T09:30:15.021Z"
           *         }
           *       ],
           *       "tenantId": "00000000-0000-4000-8000-000000000003",
           *       "tenantName": "Tenant A",
           *       "timeline": [
           *         {
           *           "at": "2026-11-18T09:30:14.862Z",
           *           "by": null,
           *           "kind": "detected",
           *           "taskId": null,
           *           "text": "HTTP 503"
           *         },
           *         {
           *           "at": "2026-11-18T09:30:15.008Z",
           *           "by": "operator-00000000-0000-4000-8000-000000000003@opsdesk.local",
           *           "kind": "remediation",
           *           "taskId": "0mwlx7kh9-d9b1954dafd9",
           *           "text": "Service restart started by operator-00000000-0000-4000-8000-000000000003@opsdesk.local"
           *         }
           *       ],
           *       "version": 2
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 10 a minute, 10 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "acknowledgedBy": "operator-00000000-0000-4000-8000-000000000001@opsdesk.local",
           *       "incidentId": "00000000-0000-4000-8000-000000000002",
           *       "status": "acknowledged"
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
      /** @description Unknown id (also another organisation’s: its existence is never revealed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Another request changed the same thing at the same moment, twice: send it again */
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
      /** @description Over the rate limit of the client address: 5 a minute, 5 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *           "acknowledgedAt": null,
           *           "acknowledgedBy": null,
           *           "acknowledgeDueAt": "2026-11-18T10:30:14.024Z",
           *           "coverage": "covered",
           *           "coverageStartsAt": null,
           *           "detectedAt": "2026-11-18T09:30:14.024Z",
           *           "escalationLevel": 0,
           *           "id": "00000000-0000-4000-8000-000000000001",
           *           "monitorId": "00000000-0000-4000-8000-000000000002",
           *           "monitorKind": "http",
           *           "monitorName": "Matrix monitor 24",
           *           "nextPageAt": null,
           *           "openedAt": "2026-11-18T09:30:14.024Z",
           *           "pagedStaffIds": [],
           *           "pages": 0,
           *           "resolvedAt": null,
           *           "resolveDueAt": "2026-11-18T17:30:14.024Z",
           *           "severity": "critical",
           *           "status": "open",
           *           "tenantId": "00000000-0000-4000-8000-000000000003",
           *           "tenantName": "Tenant A",
           *           "timeline": [
           *             {
           *               "at": "2026-11-18T09:30:14.024Z",
           *               "by": null,
           *               "kind": "detected",
           *               "taskId": null,
           *               "text": "HTTP 503"
           *             }
           *           ],
           *           "version": 1
           *         },
           *         {
           *           "acknowledgedAt": null,
           *           "acknowledgedBy": null,
           *           "acknowledgeDueAt": "2026-11-18T10:30:14.083Z",
           *           "coverage": "covered",
           *           "coverageStartsAt": null,
           *           "detectedAt": "2026-11-18T09:30:14.083Z",
           *           "escalationLevel": 0,
           *           "id": "00000000-0000-4000-8000-000000000004",
           *           "monitorId": "00000000-0000-4000-8000-000000000005",
           *           "monitorKind": "http",
           *           "monitorName": "Matrix monitor 25",
           *           "nextPageAt": null,
           *           "openedAt": "2026-11-18T09:30:14.083Z",
           *           "pagedStaffIds": [],
           *           "pages": 0,
           *           "resolvedAt": null,
           *           "resolveDueAt": "2026-11-18T17:30:14.083Z",
           *           "severity": "critical",
           *           "status": "open",
           *           "tenantId": "00000000-0000-4000-8000-000000000003",
           *           "tenantName": "Tenant A",
           *           "timeline": [
           *             {
           *               "at": "2026-11-18T09:30:14.083Z",
           *               "by": null,
           *               "kind": "detected",
           *               "taskId": null,
           *               "text": "HTTP 503"
           *             }
           *           ],
           *           "version": 1
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['IncidentQueue'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: operator, provider-admin; no API key may call it. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "monitorIds": [],
           *       "path": null,
           *       "published": false,
           *       "slug": null,
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "updatedAt": null,
           *       "version": 0
           *     }
           */
          'application/json': components['schemas']['StatusPage'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "monitorIds": [],
           *       "path": "/status/demo-verein",
           *       "published": true,
           *       "slug": "demo-verein",
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "updatedAt": "2026-11-18T09:30:15.426Z",
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin; an API key needs the scope `reports:write`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description Over the rate limit of the organisation (staff: user): 60 a minute, 30 at once by default (problem+json, with Retry-After). In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          /** @description Seconds until a request may pass */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "incidents": [],
           *       "maintenance": [],
           *       "monitors": [],
           *       "name": "Tenant A",
           *       "overall": "unknown",
           *       "slug": "contract-tenant-a",
           *       "updatedAt": "2026-11-18T09:30:15.635Z"
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Unknown page: a page for people, in HTML */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, finance, operator, provider-admin; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "generatedAt": "2026-11-01T00:05:00.000Z",
           *       "hours": {
           *         "includedMinutes": 240,
           *         "items": [
           *           {
           *             "description": "Monthly WordPress review",
           *             "minutes": 50,
           *             "occurredAt": "2026-10-06T09:00:00.000Z",
           *             "roundedMinutes": 60,
           *             "source": "booking",
           *             "sourceId": "bk-review",
           *             "usageRecordId": "u-hours-1"
           *           },
           *           {
           *             "description": "Landing page for the autumn campaign, with the new bread range and a contact form",
           *             "minutes": 95,
           *             "occurredAt": "2026-10-14T13:00:00.000Z",
           *             "roundedMinutes": 105,
           *             "source": "booking",
           *             "sourceId": "bk-landing",
           *             "usageRecordId": "u-hours-2"
           *           }
           *         ],
           *         "overageMinutes": 30,
           *         "recordedMinutes": 235,
           *         "roundedMinutes": 270,
           *         "roundingRule": "Each engagement (booking or task) is rounded up to the next quarter hour (15 minutes); included minutes are used first."
           *       },
           *       "incidents": [
           *         {
           *           "acknowledge": "met",
           *           "acknowledgedAt": "2026-10-01T00:04:00.000Z",
           *           "acknowledgeDueAt": "2026-10-01T00:10:00.000Z",
           *           "carriedOver": true,
           *           "incidentId": "inc-carried",
           *           "minutesToAcknowledge": 9,
           *           "minutesToResolve": 75,
           *           "monitorName": "Shop website",
           *           "openedAt": "2026-09-30T23:55:00.000Z",
           *           "resolve": "met",
           *           "resolvedAt": "2026-10-01T01:10:00.000Z",
           *           "resolveDueAt": "2026-10-01T03:55:00.000Z",
           *           "severity": "critical"
           *         },
           *         {
           *           "acknowledge": "missed",
           *           "acknowledgedAt": "2026-10-12T08:31:40.000Z",
           *           "acknowledgeDueAt": "2026-10-12T08:15:00.000Z",
           *           "carriedOver": false,
           *           "incidentId": "inc-dns",
           *           "minutesToAcknowledge": 32,
           *           "minutesToResolve": 140,
           *           "monitorName": "DNS baeckerei-mueller.de",
           *           "openedAt": "2026-10-12T08:00:00.000Z",
           *           "resolve": "met",
           *           "resolvedAt": "2026-10-12T10:20:00.000Z",
           *           "resolveDueAt": "2026-10-12T12:00:00.000Z",
           *           "severity": "major"
           *         }
           *       ],
           *       "invoice": {
           *         "currency": "EUR",
           *         "gross": 141015,
           *         "invoiceId": "inv-2026-10",
           *         "lines": [
           *           {
           *             "amount": 99000,
           *             "description": "Managed Business plan, October 2026",
           *             "kind": "base_fee",
           *             "quantity": 1,
           *             "sources": [
           *               {
           *                 "id": "managed-business",
           *                 "type": "plan"
           *               }
           *             ],
           *             "unit": "month"
           *           },
           *           {
           *             "amount": 4500,
           *             "description": "Webmaster time beyond the allowance",
           *             "kind": "webmaster_overage",
           *             "quantity": 2,
           *             "sources": [
           *               {
           *                 "id": "u-hours-1",
           *                 "type": "usage"
           *               },
           *               {
           *                 "id": "u-hours-2",
           *                 "type": "usage"
           *               }
           *             ],
           *             "unit": "quarter-hours"
           *           }
           *         ],
           *         "net": 118500,
           *         "number": "OD-2026-000042",
           *         "status": "finalized"
           *       },
           *       "method": [
           *         "The period is the UTC calendar month; times are shown in the organisation’s time zone, and every figure is computed on instants.",
           *         "Uptime per monitor = up / (up + down) over the daily rollups (UTC days) of the period; results during maintenance are counted apart and never as down."
           *       ],
           *       "monitors": [
           *         {
           *           "down": 4,
           *           "kind": "http",
           *           "maintenance": 30,
           *           "monitoredFrom": "2026-10-01T00:00:00.000Z",
           *           "monitorId": "mon-shop",
           *           "name": "Shop website",
           *           "noData": 12,
           *           "up": 8912,
           *           "uptime": 0.9995513683266039
           *         },
           *         {
           *           "down": 0,
           *           "kind": "tls",
           *           "maintenance": 0,
           *           "monitoredFrom": "2026-10-01T00:00:00.000Z",
           *           "monitorId": "mon-tls",
           *           "name": "Shop TLS certificate",
           *           "noData": 0,
           *           "up": 744,
           *           "uptime": 1
           *         }
           *       ],
           *       "period": {
           *         "end": "2026-11-01T00:00:00.000Z",
           *         "start": "2026-10-01T00:00:00.000Z"
           *       },
           *       "periodId": "2026-10",
           *       "plan": {
           *         "id": "managed-business",
           *         "name": "Managed Business"
           *       },
           *       "sla": {
           *         "acknowledgeMet": 3,
           *         "acknowledgeMinutes": 15,
           *         "acknowledgeMissed": 1,
           *         "met": false,
           *         "resolveMet": 2,
           *         "resolveMinutes": 240,
           *         "resolveMissed": 1
           *       },
           *       "tasks": [
           *         {
           *           "approvedBy": "Maria Keller",
           *           "durationMinutes": 2,
           *           "finishedAt": "2026-10-02T08:01:00.000Z",
           *           "hostName": "web-02.baeckerei-mueller.de",
           *           "outcome": "succeeded",
           *           "params": {
           *             "attempt": 1,
           *             "service": "php8.2-fpm"
           *           },
           *           "requestedAt": "2026-10-02T07:01:00.000Z",
           *           "requestedBy": "Operator Jonas",
           *           "taskId": "task-001",
           *           "typeName": "Clear cache"
           *         },
           *         {
           *           "approvedBy": "Maria Keller",
           *           "durationMinutes": 3,
           *           "finishedAt": "2026-10-03T08:02:00.000Z",
           *           "hostName": "web-03.baeckerei-mueller.de",
           *           "outcome": "succeeded",
           *           "params": {
           *             "attempt": 2,
           *             "service": "nginx"
           *           },
           *           "requestedAt": "2026-10-03T07:02:00.000Z",
           *           "requestedBy": "Operator Jonas",
           *           "taskId": "task-002",
           *           "typeName": "Renew certificate"
           *         }
           *       ],
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "tenantName": "Bäckerei Müller GmbH",
           *       "timeZone": "Europe/Berlin",
           *       "upcoming": {
           *         "certificates": [
           *           {
           *             "daysLeft": 38,
           *             "expiresOn": "2026-12-09",
           *             "monitorName": "Shop TLS certificate",
           *             "subject": "shop.baeckerei-mueller.de"
           *           }
           *         ],
           *         "domains": "Domain registrations are not monitored: their expiry dates are not known to Opsdesk.",
           *         "maintenance": [
           *           {
           *             "end": "2026-11-04T06:30:00.000Z",
           *             "monitorName": "Shop website",
           *             "reason": "PHP upgrade to 8.3",
           *             "start": "2026-11-04T05:00:00.000Z"
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, finance, operator, provider-admin; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "bookings": [],
           *       "incidents": [],
           *       "invoice": null,
           *       "monitors": [],
           *       "period": {
           *         "end": "2026-11-01T00:00:00.000Z",
           *         "start": "2026-10-01T00:00:00.000Z"
           *       },
           *       "periodId": "2026-10",
           *       "plan": null,
           *       "rollups": [],
           *       "tasks": [],
           *       "tenantId": "00000000-0000-4000-8000-000000000001",
           *       "usage": []
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
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member, finance, operator, provider-admin; an API key needs the scope `reports:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
           *       "afterMinutes": 195,
           *       "bookedMinutes": 60,
           *       "includedMinutes": 1720,
           *       "overageCost": {
           *         "amount": 0,
           *         "currency": "EUR"
           *       },
           *       "overageHourPrice": {
           *         "amount": 7600,
           *         "currency": "EUR"
           *       },
           *       "overageMinutes": 0,
           *       "periodId": "2026-11",
           *       "shareAfter": 0.11337209302325581,
           *       "usedMinutes": 75
           *     }
           */
          'application/json': components['schemas']['BookingQuote'];
        };
      };
      /** @description Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the `Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack answers problem+json for every 401, including a bad token and an unknown or expired key. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': components['schemas']['GatewayMessage'];
        };
      };
      /** @description Allowed roles: customer-admin, customer-member; an API key needs the scope `booking:read`. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing role or scope). */
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
      /** @description In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the stage or the route is over its rate. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatewayMessage'];
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
