import * as z from 'zod';
import type { Plan } from '../catalogue/plan.js';
import { findPlan } from '../catalogue/plans.js';
import type { Period, Subscription } from './subscription.js';

/** The calendar month (UTC) that contains `at`. */
export const periodOf = (at: Date): Period => {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { id: start.toISOString().slice(0, 7), start: start.toISOString(), end: end.toISOString() };
};

/** A billing period's name: a month as `YYYY-MM` (routes' path and query parameters). */
export const PeriodIdSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

/** The calendar month (UTC) named `YYYY-MM`. */
export const periodNamed = (id: string): Period => periodOf(new Date(`${id}-01T00:00:00.000Z`));

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2026-11` → `November 2026`: a period as people read it (English words, a UTC calendar month) in e-mails, PDFs and
 * audit details — fixed words, so no machine's locale changes them; anything that is not `YYYY-MM` as it is.
 */
export const periodIdName = (id: string): string => {
  const match = /^(\d{4})-(\d{2})$/.exec(id);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : id;
};

/** `November 2026`: a period in words. */
export const periodName = (period: Pick<Period, 'id'>): string => periodIdName(period.id);

/** Monthly value of a plan for ordering: base fee plus one host's fee. */
const planValue = (plan: Plan): number => plan.monthlyFee.amount + (plan.perHost?.monthlyFee.amount ?? 0);

/**
 * The plan-change rule (docs/billing.md): a move to a plan of higher monthly value is an upgrade and
 * takes effect at once; anything else is a downgrade and takes effect at the start of the next period.
 */
export const isUpgrade = (from: Plan, to: Plan): boolean =>
  planValue(to) > planValue(from) ||
  (planValue(to) === planValue(from) && to.included.webmasterHours > from.included.webmasterHours);

/**
 * Brings a stored subscription up to `now`: when its period has ended, a pending downgrade takes effect
 * from the start of the next period and the period moves on. Pure; the result is saved with the next write.
 */
export const rollForward = (subscription: Subscription, now: Date): Subscription => {
  let rolled = subscription;
  while (now.toISOString() >= rolled.period.end) {
    const next = periodOf(new Date(rolled.period.end));
    const pending = rolled.pendingPlanId;
    rolled = {
      ...rolled,
      period: next,
      ...(pending
        ? {
            planId: pending,
            pendingPlanId: null,
            planHistory: [...rolled.planHistory, { planId: pending, effectiveFrom: next.start }],
          }
        : {}),
    };
  }
  return rolled;
};

/**
 * The plan in force at `now`: an active subscription's, rolled forward to `now` (so a change that took effect at
 * a period's end counts even before the stored subscription is rolled); none for a subscription that waits for
 * payment or was cancelled. What a tenant may book or register is decided by this plan.
 */
export const planInForce = (subscription: Subscription | null, now: Date): Plan | null => {
  const current = subscription ? rollForward(subscription, now) : null;
  return current?.status === 'active' ? (findPlan(current.planId) ?? null) : null;
};
