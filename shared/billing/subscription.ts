import * as z from 'zod';
import { PlanSchema } from '../catalogue/plan.js';
import { IdSchema, IsoInstantSchema, MoneySchema } from '../contracts/common.js';
import { PeriodIdSchema } from './periods.js';

export const SUBSCRIPTION_STATUSES = ['incomplete', 'active', 'cancelled'] as const;
export const PAYMENT_STATUSES = ['current', 'past_due'] as const;

/** A billing period: a calendar month in UTC, `YYYY-MM` (docs/billing.md). */
export const PeriodSchema = z.object({
  id: PeriodIdSchema,
  start: IsoInstantSchema,
  end: IsoInstantSchema,
});
export type Period = z.infer<typeof PeriodSchema>;

export const SubscriptionSchema = z
  .object({
    tenantId: IdSchema,
    /** The plan in force now. */
    planId: z.string(),
    /**
     * `incomplete`: chosen, waiting for a payment method (Stripe Checkout); `active`; `cancelled`.
     */
    status: z.enum(SUBSCRIPTION_STATUSES),
    /** `past_due` after a failed payment, until an invoice is paid. */
    paymentStatus: z.enum(PAYMENT_STATUSES),
    period: PeriodSchema,
    /** A downgrade waits for the end of the period. */
    pendingPlanId: z.string().nullable(),
    /** Every plan in force and since when: the invoice side prorates from it. */
    planHistory: z.array(z.object({ planId: z.string(), effectiveFrom: IsoInstantSchema })),
    stripeCustomerId: z.string().nullable(),
    paymentMethodOnFile: z.boolean(),
    pastDueSince: IsoInstantSchema.nullable(),
    /** Set when the tenant was suspended for not paying (so a payment reactivates it). */
    suspendedForNonPayment: z.boolean(),
    /** Newest Stripe event applied to the payment state / payment method (out-of-order delivery). */
    paymentStateAt: IsoInstantSchema.nullable(),
    paymentMethodAt: IsoInstantSchema.nullable(),
    createdAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
    /** Optimistic concurrency: every write expects the revision it read. */
    revision: z.number().int().min(0),
  })
  .meta({ id: 'Subscription' });
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const ENTITLEMENT_KINDS = ['webmaster_minutes', 'hosts', 'task_runs', 'call_outs'] as const;
export type EntitlementKind = (typeof ENTITLEMENT_KINDS)[number];

export const EntitlementSchema = z.object({
  kind: z.enum(ENTITLEMENT_KINDS),
  /** null: no allowance, everything is billed per use (or, for call-outs, not allowed on the plan). */
  included: z.number().int().min(0).nullable(),
  used: z.number().min(0),
  unit: z.enum(['minutes', 'hosts', 'runs', 'call-outs']),
});
export type Entitlement = z.infer<typeof EntitlementSchema>;

export const SubscriptionViewSchema = z
  .object({
    status: z.enum(['none', ...SUBSCRIPTION_STATUSES]),
    paymentStatus: z.enum(PAYMENT_STATUSES),
    billing: z.enum(['stripe', 'ledger']),
    plan: PlanSchema.nullable(),
    pendingPlan: PlanSchema.nullable(),
    period: PeriodSchema,
    paymentMethodOnFile: z.boolean(),
    entitlements: z.array(EntitlementSchema),
  })
  .meta({ id: 'SubscriptionView' });
export type SubscriptionView = z.infer<typeof SubscriptionViewSchema>;

/** A plan id in a request: short, so a bad one is never echoed back at length. */
const PlanIdInputSchema = z
  .string({ error: 'a plan id from GET /api/plans' })
  .min(1, 'a plan id from GET /api/plans')
  .max(64, 'a plan id from GET /api/plans')
  .regex(/^[a-z0-9-]+$/, 'a plan id from GET /api/plans');

export const SubscribeRequestSchema = z
  .strictObject({
    planId: PlanIdInputSchema,
  })
  .meta({ id: 'SubscribeRequest' });

export const SubscribeResponseSchema = z
  .union([z.object({ checkoutUrl: z.url() }), SubscriptionViewSchema])
  .meta({ id: 'SubscribeResponse' });

/** `GET /api/subscription/preview?planId=`: which plan to look at. */
export const SubscriptionPreviewQuerySchema = z.object({
  planId: PlanIdInputSchema,
});

/**
 * What choosing a plan would do, before it is chosen: the same rules as `POST /api/subscription` (an upgrade or a
 * first plan takes effect at once, anything else at the period's end) and as the invoice (each plan's monthly fee
 * prorated by the UTC days it is in force, rounded half up once per plan).
 */
export const SubscriptionPreviewSchema = z
  .object({
    plan: PlanSchema,
    /** The plan in force now; null before a first plan. */
    currentPlan: PlanSchema.nullable(),
    /** `start`: a first plan; `keep`: the plan in force (choosing it cancels a pending change). */
    change: z.enum(['start', 'upgrade', 'downgrade', 'keep']),
    /** The plan's monthly fee (managed-host plans add their per-host fee, see `plan.perHost`). */
    price: MoneySchema,
    /** When the plan takes effect: now, or the start of the next period for a downgrade. */
    effectiveAt: IsoInstantSchema,
    /** The billing period under way. */
    period: PeriodSchema,
    /** Days of this period the plan's fee is charged for (from the effective day on), and the period's days. */
    proratedDays: z.number().int().min(0),
    periodDays: z.number().int().min(1),
    /** The plan's fee for `proratedDays` of `periodDays`: what this period's invoice charges for it (0 for a downgrade). */
    proratedAmount: MoneySchema,
    /** This period's monthly fees in total with the change: every plan in force, each for its days (before VAT). */
    periodFees: MoneySchema,
    /** When the invoice with these fees is made: the end of this period, when it is closed. */
    nextInvoiceAt: IsoInstantSchema,
    /** Stripe billing without a saved payment method: confirming goes to Stripe Checkout first. */
    needsPaymentMethod: z.boolean(),
  })
  .meta({ id: 'SubscriptionPreview' });
export type SubscriptionPreview = z.infer<typeof SubscriptionPreviewSchema>;

export const PortalResponseSchema = z.object({ url: z.url() }).meta({ id: 'PortalSession' });

/**
 * A subscription that is active from the start of `period` on `planId`, with no payment account (ledger billing)
 * and nothing owed: what seeded organisations start with (the local stack's seed, the restore drill's).
 */
export const activeLedgerSubscription = (
  tenantId: string,
  planId: string,
  period: Period,
  at: string,
): Subscription => ({
  tenantId,
  planId,
  status: 'active',
  paymentStatus: 'current',
  period,
  pendingPlanId: null,
  planHistory: [{ planId, effectiveFrom: period.start }],
  stripeCustomerId: null,
  paymentMethodOnFile: false,
  pastDueSince: null,
  suspendedForNonPayment: false,
  paymentStateAt: null,
  paymentMethodAt: null,
  createdAt: at,
  updatedAt: at,
  revision: 0,
});
