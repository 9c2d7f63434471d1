import { newAuditEntry, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import { findBookingType } from '../booking/booking-types.js';
import type { Booking } from '../booking/model.js';
import type { BookingNotification } from '../booking/notifications.js';
import type { Plan } from '../catalogue/plan.js';
import { findPlan } from '../catalogue/plans.js';
import type { Money } from '../contracts/common.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import { plainText, singleLine } from '../platform/plain-text.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import { readableDateTime } from '../platform/readable-time.js';
import type { BookingQuote } from '../reports/model.js';
import type { Tenant, User } from '../tenancy/model.js';
import type { UsageLedger } from '../usage/ledger.js';
import { periodName, periodOf, planInForce } from './periods.js';
import type {
  BalanceBookings,
  BalanceLevel,
  BalanceNotices,
  BalanceTrigger,
  BalanceWatch,
  SubscriptionRepository,
} from './ports.js';
import { divideHalfUp, includedWebmasterMinutes, MINUTES_PER_ENGAGEMENT_STEP, rate } from './rating.js';
import type { Period } from './subscription.js';

/**
 * Balance warnings (issue 14, part 4): customer-admins hear when the month's included webmaster hours reach 80 % and
 * 95 %, and when a booking takes them past 100 %; the booking page shows what the time beyond them costs before the
 * customer confirms. The figures are the invoice's: the UTC month, webmaster minutes net of reversals with each
 * engagement rounded up to a quarter hour, and the included minutes the subscription page shows (the plan in force's
 * included hours × 60). Decisions: /docs/decisions.md ("Balance warnings").
 */

export interface BalanceDeps {
  clock: Clock;
  ids: IdGenerator;
  subscriptions: Pick<SubscriptionRepository, 'get'>;
  ledger: Pick<UsageLedger, 'list'>;
  bookings: BalanceBookings;
  tenants: {
    getTenant(tenantId: string): Promise<Tenant | null>;
    listUsers(
      tenantId: string,
      page: { limit: number; cursor?: string },
    ): Promise<{ items: User[]; nextCursor?: string }>;
  };
  notices: BalanceNotices;
}

/** Where a tenant stands in a period: its plan in force and the minutes used, booked and included. */
export interface Balance {
  period: Period;
  plan: Plan | null;
  includedMinutes: number;
  usedMinutes: number;
  bookedMinutes: number;
}

/** The shares of the included minutes that are warned about, highest first. */
const THRESHOLDS: { level: Exclude<BalanceLevel, 'over'>; percent: number }[] = [
  { level: '95', percent: 95 },
  { level: '80', percent: 80 },
];

const zeroMoney = (currency: string): Money => ({ amount: 0, currency });

/**
 * The period's webmaster minutes as the invoice counts them: the rating engine itself (records by id, reversals
 * applied, each engagement rounded up to a quarter hour), so this page and the invoice cannot disagree.
 */
export const roundedWebmasterMinutes = (period: Period, usage: Parameters<typeof rate>[0]['usage']): number =>
  rate({
    period,
    planHistory: [],
    cancelledAt: null,
    plans: findPlan,
    usage,
    hosts: [],
    seller: { country: 'DE', vatRate: 0 },
    buyer: { country: 'DE', vatId: null },
  }).usage.roundedMinutes;

/**
 * The tenant's balance in `period` on the plan in force at `planAt`. Booked = confirmed bookings starting in the period
 * (their booked length), `exceptBookingId` left out (the booking being judged is added by the caller).
 */
export const balanceOf = async (
  deps: Pick<BalanceDeps, 'subscriptions' | 'ledger' | 'bookings'>,
  tenantId: string,
  period: Period,
  planAt: Date,
  exceptBookingId?: string,
): Promise<Balance> => {
  const [subscription, usage, bookings] = await Promise.all([
    deps.subscriptions.get(tenantId),
    deps.ledger.list(tenantId, period.id),
    deps.bookings.confirmedStartingBetween(tenantId, period.start, period.end),
  ]);
  const plan = planInForce(subscription, planAt);
  return {
    period,
    plan,
    // As the invoice rates them: prorated over the days each plan is in force (a plan taken on the 20th includes
    // 12/31 of its hours in its first month), so the quote never promises time the invoice will bill.
    includedMinutes:
      plan && subscription
        ? includedWebmasterMinutes({
            period,
            planHistory: subscription.planHistory.filter((entry) => entry.effectiveFrom < period.end),
            cancelledAt: subscription.status === 'cancelled' ? subscription.updatedAt : null,
            plans: findPlan,
          })
        : 0,
    usedMinutes: roundedWebmasterMinutes(period, usage),
    bookedMinutes: bookings
      .filter((booking) => booking.status === 'confirmed' && booking.id !== exceptBookingId)
      .reduce((sum, booking) => sum + booking.durationMinutes, 0),
  };
};

/**
 * What `overageMinutes` beyond the included ones cost at the plan's price: whole quarter hours (a part of one counts
 * as one), each a quarter of the hourly price; the amount rounded half up once (the catalogue's prices divide by 4).
 */
export const overageCostOf = (plan: Plan | null, overageMinutes: number): Money => {
  const currency = plan?.overage.webmasterHour.currency ?? 'EUR';
  if (!plan || overageMinutes <= 0) return zeroMoney(currency);
  const quarters = Math.ceil(overageMinutes / MINUTES_PER_ENGAGEMENT_STEP);
  return { amount: divideHalfUp(quarters * plan.overage.webmasterHour.amount, 4), currency };
};

/** The quote of a booking of `durationMinutes` on top of `balance`. */
export const quoteOf = (balance: Balance, durationMinutes: number): BookingQuote => {
  const afterMinutes = balance.usedMinutes + balance.bookedMinutes + durationMinutes;
  // Without a plan nothing prices webmaster time (the invoice has no overage line): nothing is beyond.
  const overageMinutes =
    balance.plan === null ? 0 : Math.min(durationMinutes, Math.max(0, afterMinutes - balance.includedMinutes));
  return {
    periodId: balance.period.id,
    includedMinutes: balance.includedMinutes,
    usedMinutes: balance.usedMinutes,
    bookedMinutes: balance.bookedMinutes,
    afterMinutes,
    overageMinutes,
    overageCost: overageCostOf(balance.plan, overageMinutes),
    overageHourPrice: balance.plan ? balance.plan.overage.webmasterHour : null,
    shareAfter: balance.includedMinutes > 0 ? afterMinutes / balance.includedMinutes : null,
  };
};

/**
 * `GET /api/booking-quote`: what a booking of this length in the current period does to the included webmaster hours,
 * and what the time beyond them costs — so the customer sees the price before confirming. A tenant without a plan in
 * force gets a quote with nothing included and nothing priced (the page says so), never an error: consultations need no
 * plan.
 */
export async function quoteBooking(
  deps: Pick<BalanceDeps, 'subscriptions' | 'ledger' | 'bookings' | 'clock'>,
  actor: Actor,
  durationMinutes: number,
  start?: string,
): Promise<BookingQuote> {
  const tenantId = tenantOf(actor, 'Only members of an organisation book webmaster time.');
  const now = deps.clock.now();
  // The month the booking starts in (this month without a start), on the plan in force then — as `bookingMade` judges it.
  const period = periodOf(start ? new Date(start) : now);
  const planAt = new Date(Math.max(now.getTime(), Date.parse(period.start)));
  return quoteOf(await balanceOf(deps, tenantId, period, planAt), durationMinutes);
}

/** `16 h 15 min`, `20 h`, `45 min`: one format for used, included and beyond. */
export const formatHours = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};

/** `80.00 EUR`, as the other e-mails write money. */
export const formatMoneyText = (money: Money): string => `${(money.amount / 100).toFixed(2)} ${money.currency}`;

/** Every customer-admin of the tenant: who balance warnings go to. */
const customerAdminsOf = async (deps: Pick<BalanceDeps, 'tenants'>, tenantId: string): Promise<User[]> => {
  const admins: User[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.tenants.listUsers(tenantId, { limit: 100, ...(cursor ? { cursor } : {}) });
    admins.push(...page.items.filter((user) => user.roles.includes('customer-admin')));
    cursor = page.nextCursor;
  } while (cursor);
  return admins;
};

const SUBJECTS: Record<BalanceLevel, string> = {
  '80': '80 % of your included webmaster hours used',
  '95': '95 % of your included webmaster hours used',
  over: 'A booking goes beyond your included webmaster hours',
};

/** One e-mail per customer-admin, with an id per kind, tenant, period and person: queued twice, sent once. */
const emails = (
  level: BalanceLevel,
  tenant: Tenant,
  period: Period,
  admins: User[],
  body: string[],
  now: Date,
  bookingId: string | null,
): BookingNotification[] =>
  admins.map((admin) => ({
    id: `balance_${level}-${tenant.id}-${period.id}-${admin.id}`,
    kind: `balance_${level}` as const,
    bookingId,
    tenantId: tenant.id,
    to: singleLine(admin.email),
    subject: singleLine(`${SUBJECTS[level]} — ${periodName(period)}`),
    text: plainText([`Hello ${singleLine(admin.name)},`, '', ...body, '', '— Opsdesk'].join('\n')),
    ics: null,
    dueAt: now.toISOString(),
  }));

const priceLine = (plan: Plan) =>
  `Webmaster time beyond the included hours is billed at ${formatMoneyText(plan.overage.webmasterHour)} an hour, in quarter hours (each engagement rounded up to ${MINUTES_PER_ENGAGEMENT_STEP} minutes).`;

/** The text of an 80 % or 95 % warning. */
export const usageWarningText = (
  level: Exclude<BalanceLevel, 'over'>,
  tenant: Pick<Tenant, 'name'>,
  balance: Balance & { plan: Plan },
): string[] => [
  `${singleLine(tenant.name)} has used ${formatHours(balance.usedMinutes)} of ${formatHours(balance.includedMinutes)} of webmaster time included in ${periodName(balance.period)} (UTC month) — ${level} % reached.`,
  priceLine(balance.plan),
  'Your usage page in Opsdesk lists every engagement.',
];

/** The text of a warning that a booking takes the month past its included hours. */
export const overBookedText = (
  tenant: Pick<Tenant, 'name' | 'timeZone'>,
  booking: Booking,
  balance: Balance & { plan: Plan },
  quote: BookingQuote,
): string[] => {
  // The customer-admins read it: the organisation's zone, named (`Thu 10 Dec 2026, 13:00 (Europe/Berlin)`).
  const when = readableDateTime(Date.parse(booking.start), tenant.timeZone);
  const type = singleLine(findBookingType(booking.typeId)?.name ?? booking.typeId);
  return [
    `the ${type} booked for ${when}, ${formatHours(booking.durationMinutes)}, takes ${singleLine(tenant.name)} past the ${formatHours(balance.includedMinutes)} of webmaster time included in ${periodName(balance.period)} (UTC month).`,
    `Used so far: ${formatHours(balance.usedMinutes)} of ${formatHours(balance.includedMinutes)}; booked before this booking: ${formatHours(balance.bookedMinutes)}; with it: ${formatHours(quote.afterMinutes)}.`,
    `${formatHours(quote.overageMinutes)} of this booking is beyond the included hours and costs ${formatMoneyText(quote.overageCost)} (at ${formatMoneyText(balance.plan.overage.webmasterHour)} an hour, in quarter hours).`,
  ];
};

/** Queues a warning once per tenant, period and level; true when this call queued it. */
const queueWarning = async (
  deps: BalanceDeps,
  tenant: Tenant,
  period: Period,
  level: BalanceLevel,
  body: string[],
  details: Record<string, unknown>,
  bookingId: string | null,
): Promise<boolean> => {
  const admins = await customerAdminsOf(deps, tenant.id);
  const now = deps.clock.now();
  return deps.notices.queue(
    tenant.id,
    period.id,
    level,
    emails(level, tenant, period, admins, body, now, bookingId),
    newAuditEntry(deps, {
      actor: SYSTEM_ACTOR,
      tenantId: tenant.id,
      action: 'balance.warning_queued',
      target: { type: 'balance', id: `${period.id}#${level}` },
      details: { ...details, level, periodId: period.id, recipients: admins.length },
    }),
  );
};

const hasIncluded = (balance: Balance): balance is Balance & { plan: Plan } =>
  balance.plan !== null && balance.includedMinutes > 0;

/**
 * After webmaster minutes were recorded: the highest level the used minutes reached (80 % or 95 %) is warned about,
 * once per tenant, period and level. A jump past both (70 % → 96 %) sends the 95 % warning only, and first spends the
 * 80 % one (queued with no e-mails), so a later reversal back below 95 % cannot send an 80 % warning after the 95 %
 * one. Minutes that count in a period other than the current one (a booking of last month completed late) are not
 * warned about: that month is over. Returns the levels queued by this call.
 */
export async function checkBalance(
  deps: BalanceDeps,
  tenantId: string,
  trigger: BalanceTrigger,
): Promise<BalanceLevel[]> {
  const now = deps.clock.now();
  const period = periodOf(now);
  if (periodOf(new Date(trigger.occurredAt)).id !== period.id) return [];
  const balance = await balanceOf(deps, tenantId, period, now);
  if (!hasIncluded(balance)) return [];
  const reached = THRESHOLDS.find(({ percent }) => balance.usedMinutes * 100 >= balance.includedMinutes * percent);
  if (!reached) return [];
  const tenant = await deps.tenants.getTenant(tenantId);
  if (!tenant) return [];
  const details = { trigger, usedMinutes: balance.usedMinutes, includedMinutes: balance.includedMinutes };
  const queued: BalanceLevel[] = [];
  for (const lower of THRESHOLDS.filter(({ percent }) => percent < reached.percent)) {
    await deps.notices.queue(tenantId, period.id, lower.level, []);
  }
  if (
    await queueWarning(
      deps,
      tenant,
      period,
      reached.level,
      usageWarningText(reached.level, tenant, balance),
      details,
      trigger.type === 'booking' ? trigger.id : null,
    )
  ) {
    queued.push(reached.level);
  }
  return queued;
}

/**
 * After a booking was made: when used + booked + this booking go past the included minutes of the month the booking
 * starts in (on the plan in force then, so a downgrade due by then counts), the customer-admins hear what the time
 * beyond costs — once per tenant, period. Tenants without included hours get none (every minute is billed; nothing
 * included is passed). Returns whether this call queued the warning.
 */
export async function warnIfOverBooked(deps: BalanceDeps, booking: Booking): Promise<boolean> {
  const period = periodOf(new Date(booking.start));
  const planAt = new Date(Math.max(deps.clock.now().getTime(), Date.parse(period.start)));
  const balance = await balanceOf(deps, booking.tenantId, period, planAt, booking.id);
  if (!hasIncluded(balance)) return false;
  const quote = quoteOf(balance, booking.durationMinutes);
  if (quote.overageMinutes <= 0) return false;
  const tenant = await deps.tenants.getTenant(booking.tenantId);
  if (!tenant) return false;
  return queueWarning(
    deps,
    tenant,
    period,
    'over',
    overBookedText(tenant, booking, balance, quote),
    {
      bookingId: booking.id,
      afterMinutes: quote.afterMinutes,
      includedMinutes: balance.includedMinutes,
      overageMinutes: quote.overageMinutes,
      overageCost: quote.overageCost,
    },
    booking.id,
  );
}

/**
 * The balance checks as the booking and task use cases call them, after their write committed. A failure to warn never
 * fails the booking or task: it is handed to `warn` (the handler's logger) and the request goes on. Consequence (the
 * decision): a crash or failure between the write and the warning loses that warning; the next recorded minutes check
 * the level again, so a 95 % warning still comes.
 */
export const watchBalance = (
  deps: BalanceDeps,
  warn: (message: string, details: Record<string, unknown>) => void,
): BalanceWatch => ({
  minutesRecorded: async (tenantId, trigger) => {
    try {
      await checkBalance(deps, tenantId, trigger);
    } catch (error) {
      warn('Balance warning not queued after webmaster minutes were recorded', { tenantId, trigger, error });
    }
  },
  bookingMade: async (booking) => {
    try {
      await warnIfOverBooked(deps, booking);
    } catch (error) {
      warn('Balance warning not queued after a booking', { tenantId: booking.tenantId, bookingId: booking.id, error });
    }
  },
});
