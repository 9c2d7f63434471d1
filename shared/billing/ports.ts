import type { AuditEntry } from '../audit/audit-entry.js';
import type { Booking } from '../booking/model.js';
import type { BookingNotification } from '../booking/notifications.js';
import type { TenantStatus } from '../tenancy/model.js';
import type { RejectedStripeEvent } from './reconciliation.js';
import type { EntitlementKind, Subscription } from './subscription.js';

/** One atomic change of a tenant's subscription, with everything that must change with it. */
export interface SubscriptionChange {
  subscription: Subscription;
  /** The revision that was read; null when creating. A mismatch is `STATE.CONFLICT`. */
  expectedRevision: number | null;
  /** Also keep the tenant's plan and, if given, move its status (only if it still is `from`). */
  tenantStatus?: { from: readonly TenantStatus[]; to: TenantStatus };
  /** A Stripe event id: the change is applied at most once per event. */
  eventId?: string;
  /** Maintains the index of tenants past due, for the suspension job. */
  pastDue?: { add?: string; remove?: string };
  audit: AuditEntry[];
}

export interface SubscriptionRepository {
  get(tenantId: string): Promise<Subscription | null>;
  /** Throws `STATE.CONFLICT` on a revision mismatch; returns false if `eventId` was applied before. */
  commit(change: SubscriptionChange): Promise<boolean>;
  /** The tenant a Stripe customer belongs to. */
  tenantOfCustomer(customerId: string): Promise<string | null>;
  /** Tenants past due since at or before `since`. */
  listPastDueSince(since: string, limit: number): Promise<{ tenantId: string; pastDueSince: string }[]>;
}

/** Usage counted so far in a period, per entitlement kind (the usage ledger, issue 6). */
export interface UsageTotals {
  totals(tenantId: string, periodId: string): Promise<Record<EntitlementKind, number>>;
}

/**
 * What Opsdesk asks of the payment provider (Stripe). Opsdesk rates and invoices; the provider holds
 * the customer and the payment method and collects. Absent in ledger mode.
 */
export interface PaymentProvider {
  /** Creates the customer once per tenant (idempotent by tenant); returns its id. */
  ensureCustomer(input: { tenantId: string; name: string; email: string }): Promise<string>;
  /** A Checkout session in setup mode that saves a payment method; returns its URL. */
  createSetupCheckout(input: {
    customerId: string;
    tenantId: string;
    planId: string;
    successUrl: string;
    cancelUrl: string;
    idempotencyKey: string;
  }): Promise<string>;
  createPortalSession(input: { customerId: string; returnUrl: string }): Promise<string>;
  deleteCustomer(customerId: string): Promise<void>;
}

/** Payment facts from the provider's webhooks, already verified and normalised by the adapter. */
export type PaymentEvent =
  | { type: 'payment_method_saved'; eventId: string; customerId: string; at: string; requestedPlanId?: string }
  | { type: 'invoice_paid'; eventId: string; customerId: string; at: string }
  | { type: 'invoice_payment_failed'; eventId: string; customerId: string; at: string }
  | { type: 'customer_deleted'; eventId: string; customerId: string; at: string };

/**
 * Stripe invoice events that named an Opsdesk invoice but did not match it (another Stripe invoice,
 * customer or amount): kept for finance's reconciliation, never applied to the invoice.
 */
export interface RejectedStripeEvents {
  /** Records the event with its audit entry, once per event id; false if it was recorded before. */
  record(event: RejectedStripeEvent, audit: AuditEntry): Promise<boolean>;
  /** The rejected events of a tenant's invoice of a period (the first `limit`, by event id). */
  forTenantPeriod(tenantId: string, periodId: string, limit: number): Promise<RejectedStripeEvent[]>;
}

/** A balance warning's level: 80 % or 95 % of the month's included webmaster hours used, or a booking past 100 %. */
export type BalanceLevel = '80' | '95' | 'over';

/** What recorded webmaster minutes: a completed booking or a completed manual task, and when the minutes count. */
export interface BalanceTrigger {
  type: 'booking' | 'task';
  id: string;
  /** The usage record's `occurredAt`: the period it counts in. */
  occurredAt: string;
}

/**
 * The outbox of balance warnings (shared/billing/balance.ts). `queue` writes a guard for the tenant's period and level
 * together with the e-mails (and the audit entry) in one transaction, only if the guard is absent: false when that
 * warning was queued before, so it goes out once even when two requests race.
 */
export interface BalanceNotices {
  queue(
    tenantId: string,
    periodId: string,
    level: BalanceLevel,
    notifications: BookingNotification[],
    audit?: AuditEntry,
  ): Promise<boolean>;
}

/** The bookings a balance counts as booked: confirmed (not completed, cancelled or no-show) ones starting in a window. */
export interface BalanceBookings {
  confirmedStartingBetween(tenantId: string, start: string, end: string): Promise<Booking[]>;
}

/**
 * What the booking and task use cases call after their write committed (optional in their deps). Never throws: a
 * warning that could not be queued is logged, and the booking or task stands.
 */
export interface BalanceWatch {
  /** Webmaster minutes were recorded: warn at 80 % and 95 % of the included ones. */
  minutesRecorded(tenantId: string, trigger: BalanceTrigger): Promise<void>;
  /** A booking was made: warn when it takes the booked and used minutes past the included ones. */
  bookingMade(booking: Booking): Promise<void>;
}
