import type { Plan } from '../catalogue/plan.js';
import type { UsageRecord } from '../usage/usage-record.js';
import type { Period } from './subscription.js';

/**
 * The rating engine (issue 6, docs/billing.md "Rating"): a tenant's period — the plans in force,
 * its usage records and its managed hosts — into invoice lines, VAT and totals. Pure and
 * deterministic: the same facts in any order rate to the same invoice, and a record seen twice
 * (same id) counts once.
 *
 * Money is integer minor units. **Rounding rule**: every amount that needs a division (a prorated
 * fee, a prorated allowance, VAT) is rounded once, half up, where it is computed — per line, and VAT
 * once per rate on the sum of that rate's lines. Totals are plain sums of rounded amounts, so the
 * invoice always adds up.
 */

export const MINUTES_PER_ENGAGEMENT_STEP = 15;
const DAY_MS = 86_400_000;

export type LineKind =
  | 'base_fee'
  | 'host_fee'
  | 'webmaster_overage'
  | 'call_out'
  | 'task_run_overage'
  | 'monitor_overage'
  | 'late_cancellation';

export interface InvoiceLine {
  kind: LineKind;
  description: string;
  quantity: number;
  unit: 'month' | 'days' | 'quarter-hours' | 'call-outs' | 'runs' | 'fees' | 'monitor-months';
  /**
   * Price per unit in minor units. A fee prorated by days (`unit: 'days'`) has the days in force as
   * its quantity and the monthly fee here: amount = fee × days ÷ days of the month.
   */
  unitPrice: number;
  amount: number;
  /** VAT rate in basis points (1900 = 19 %). */
  vatRate: number;
}

export interface VatLine {
  rate: number;
  base: number;
  amount: number;
}

export interface RatedInvoice {
  periodId: string;
  currency: string;
  lines: InvoiceLine[];
  net: number;
  vat: VatLine[];
  gross: number;
  /** `reverse_charge` for EU businesses in another country; `outside_eu` for customers outside the EU. */
  vatTreatment: 'domestic' | 'reverse_charge' | 'outside_eu';
  /** What the webmaster time and allowances came to (for the invoice's usage summary). */
  usage: {
    engagementMinutes: number;
    /** Each engagement rounded up to a quarter hour. */
    roundedMinutes: number;
    billedMinutes: number;
    includedMinutes: number;
    callOuts: number;
    includedCallOuts: number;
    taskRuns: number;
    includedTaskRuns: number;
  };
}

export interface RatingInput {
  period: Period;
  /** Plans in force, each from an instant; entries before the period count from its start. */
  planHistory: { planId: string; effectiveFrom: string }[];
  /** The subscription ended (service stops after this instant's UTC day). */
  cancelledAt: string | null;
  plans: (planId: string) => Plan | undefined;
  usage: UsageRecord[];
  /** Managed hosts and when they were registered (and deregistered) — billed per day on managed-host plans. */
  hosts: { hostId: string; from: string; to: string | null }[];
  seller: { country: string; vatRate: number };
  buyer: { country: string; vatId: string | null };
}

/** EU member states (ISO 3166-1 alpha-2; Greece as GR). */
export const EU_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

/** `numerator / denominator`, rounded half up (inputs are non-negative integers or a negative numerator for credits). */
export const divideHalfUp = (numerator: number, denominator: number): number => {
  const sign = numerator < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(numerator) * 2 + denominator) / (2 * denominator));
};

const dayIndex = (iso: string): number => Math.floor(Date.parse(iso) / DAY_MS);

/** Days of the period (UTC dates) from `from`'s date up to, not including, `to`'s date; clamped to the period. */
const daysBetween = (period: Period, from: string, to: string): number => {
  const start = Math.max(dayIndex(from), dayIndex(period.start));
  const end = Math.min(dayIndex(to), dayIndex(period.end));
  return Math.max(0, end - start);
};

export const daysInPeriod = (period: Period): number => dayIndex(period.end) - dayIndex(period.start);

/** The day after `instant`'s UTC date (a cancellation serves its whole day). */
const nextDay = (instant: string): string => new Date((dayIndex(instant) + 1) * DAY_MS).toISOString();

/** How many days each plan was in force in the period (a change counts from its UTC date). */
export const planDays = (input: Pick<RatingInput, 'period' | 'planHistory' | 'cancelledAt'>) => {
  const history = [...input.planHistory].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const serviceEnd =
    input.cancelledAt && input.cancelledAt < input.period.end ? nextDay(input.cancelledAt) : input.period.end;
  const days = new Map<string, number>();
  history.forEach((entry, index) => {
    const until = history[index + 1]?.effectiveFrom ?? serviceEnd;
    const end = until < serviceEnd ? until : serviceEnd;
    const count = daysBetween(input.period, entry.effectiveFrom, end);
    if (count > 0) days.set(entry.planId, (days.get(entry.planId) ?? 0) + count);
  });
  return days;
};

/**
 * The period's included webmaster minutes as the invoice rates them: each plan's hours × 60 weighted by its days in
 * force, one division rounded half up. The service report and the balance warnings and quote use the same figure.
 */
export const includedWebmasterMinutes = (
  input: Pick<RatingInput, 'period' | 'planHistory' | 'cancelledAt' | 'plans'>,
): number => {
  const weighted = [...planDays(input).entries()].reduce(
    (sum, [planId, count]) => sum + (input.plans(planId)?.included.webmasterHours ?? 0) * 60 * count,
    0,
  );
  return divideHalfUp(weighted, daysInPeriod(input.period));
};

/** Records by id (a replayed record counts once), reversals applied: the net facts of the period. */
/**
 * The ledger's records as they count: each id once, and a reversed record and its reversal both left out. The service
 * report (shared/reports) counts webmaster time and links invoice lines with the same rule.
 */
export const netUsage = <R extends Pick<UsageRecord, 'id' | 'reversalOf'>>(usage: readonly R[]): R[] => {
  const byId = new Map<string, R>();
  for (const record of usage) if (!byId.has(record.id)) byId.set(record.id, record);
  const reversed = new Set<string>();
  for (const record of byId.values()) if (record.reversalOf) reversed.add(record.reversalOf);
  return [...byId.values()]
    .filter((record) => !record.reversalOf && !reversed.has(record.id))
    .sort((a, b) => a.id.localeCompare(b.id));
};

const roundUpTo = (minutes: number, step: number) => Math.ceil(minutes / step) * step;

export const rate = (input: RatingInput): RatedInvoice => {
  const totalDays = daysInPeriod(input.period);
  const days = planDays(input);
  const inForce = [...days.entries()].map(([planId, count]) => {
    const plan = input.plans(planId);
    if (!plan) throw new Error(`unknown plan ${planId}`);
    return { plan, days: count };
  });
  // Prices of usage beyond allowances: the plan in force at the end of the period.
  const lastEntry = [...input.planHistory]
    .filter((entry) => entry.effectiveFrom < input.period.end)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1);
  const latest = lastEntry ? input.plans(lastEntry.planId) : undefined;
  const currency = latest?.monthlyFee.currency ?? 'EUR';
  const vatTreatment: RatedInvoice['vatTreatment'] =
    input.buyer.country === input.seller.country
      ? 'domestic'
      : !EU_COUNTRIES.has(input.buyer.country)
        ? 'outside_eu'
        : input.buyer.vatId
          ? 'reverse_charge'
          : 'domestic';
  const vatRate = vatTreatment === 'domestic' ? input.seller.vatRate : 0;
  const lines: InvoiceLine[] = [];
  const line = (entry: Omit<InvoiceLine, 'vatRate'>) => {
    if (entry.amount !== 0) lines.push({ ...entry, vatRate });
  };

  // Base fees, prorated by the days each plan was in force.
  for (const { plan, days: count } of inForce) {
    if (plan.monthlyFee.amount === 0) continue;
    line({
      kind: 'base_fee',
      description:
        count === totalDays
          ? `${plan.name}, monthly fee`
          : `${plan.name}, monthly fee for ${count} of ${totalDays} days`,
      quantity: count,
      unit: 'days',
      unitPrice: plan.monthlyFee.amount,
      amount: divideHalfUp(plan.monthlyFee.amount * count, totalDays),
    });
  }
  const prorated = (perMonth: (plan: Plan) => number) =>
    divideHalfUp(
      inForce.reduce((sum, { plan, days: count }) => sum + perMonth(plan) * count, 0),
      totalDays,
    );

  // Managed hosts: each host's days under a managed-host plan, at that plan's per-host fee.
  let hostTaskRunDays = 0;
  const hostPlan = inForce.find(({ plan }) => plan.perHost)?.plan;
  if (hostPlan?.perHost) {
    for (const host of [...input.hosts].sort((a, b) => a.hostId.localeCompare(b.hostId))) {
      const count = daysBetween(input.period, host.from, host.to ?? input.period.end);
      hostTaskRunDays += count;
      line({
        kind: 'host_fee',
        description: `Managed host ${host.hostId}${count === totalDays ? '' : `, ${count} of ${totalDays} days`}`,
        quantity: count,
        unit: 'days',
        unitPrice: hostPlan.perHost.monthlyFee.amount,
        amount: divideHalfUp(hostPlan.perHost.monthlyFee.amount * count, totalDays),
      });
    }
  }

  const facts = netUsage(input.usage);
  const sumOf = (kind: UsageRecord['kind']) =>
    facts.filter((record) => record.kind === kind).reduce((sum, record) => sum + record.quantity, 0);

  // Webmaster time: each engagement rounded up to a quarter hour, included minutes first.
  const engagementMinutes = sumOf('webmaster_minutes');
  const roundedMinutes = facts
    .filter((record) => record.kind === 'webmaster_minutes')
    .reduce((sum, record) => sum + roundUpTo(record.quantity, MINUTES_PER_ENGAGEMENT_STEP), 0);
  const includedMinutes = prorated((plan) => plan.included.webmasterHours * 60);
  const billedMinutes = Math.max(0, roundedMinutes - includedMinutes);
  if (latest && billedMinutes > 0) {
    const quarters = Math.ceil(billedMinutes / MINUTES_PER_ENGAGEMENT_STEP);
    const perQuarter = latest.overage.webmasterHour.amount / 4;
    line({
      kind: 'webmaster_overage',
      description: `Webmaster time beyond the included ${includedMinutes} minutes (${billedMinutes} minutes)`,
      quantity: quarters,
      unit: 'quarter-hours',
      unitPrice: perQuarter,
      amount: quarters * perQuarter,
    });
  }

  // Call-outs beyond the included ones, at the latest plan's price that has one.
  const callOuts = sumOf('call_outs');
  const includedCallOuts = prorated((plan) => plan.included.callOuts);
  const callOutPrice = [latest, ...inForce.map(({ plan }) => plan)].find((plan) => plan?.overage.callOut)?.overage
    .callOut?.amount;
  const billedCallOuts = Math.max(0, callOuts - includedCallOuts);
  if (billedCallOuts > 0 && callOutPrice !== undefined) {
    line({
      kind: 'call_out',
      description: `Emergency call-outs beyond the ${includedCallOuts} included`,
      quantity: billedCallOuts,
      unit: 'call-outs',
      unitPrice: callOutPrice,
      amount: billedCallOuts * callOutPrice,
    });
  }

  // Task runs beyond the included ones (managed-host plans include runs per host-day).
  const taskRuns = sumOf('task_runs');
  const includedTaskRuns =
    prorated((plan) => plan.included.taskRuns) +
    (hostPlan?.perHost ? divideHalfUp(hostPlan.perHost.includedTaskRuns * hostTaskRunDays, totalDays) : 0);
  const billedRuns = Math.max(0, taskRuns - includedTaskRuns);
  if (latest && billedRuns > 0) {
    line({
      kind: 'task_run_overage',
      description: `Task runs beyond the ${includedTaskRuns} included`,
      quantity: billedRuns,
      unit: 'runs',
      unitPrice: latest.overage.taskRun.amount,
      amount: billedRuns * latest.overage.taskRun.amount,
    });
  }

  // Monitors beyond the latest plan's included ones: one `monitors` record per monitor and month it was checked in.
  const monitorMonths = sumOf('monitors');
  const billedMonitors = latest ? Math.max(0, monitorMonths - latest.monitoring.includedMonitors) : 0;
  if (latest && billedMonitors > 0) {
    line({
      kind: 'monitor_overage',
      description: `Monitors beyond the ${latest.monitoring.includedMonitors} included`,
      quantity: billedMonitors,
      unit: 'monitor-months',
      unitPrice: latest.monitoring.extraMonitor.amount,
      amount: billedMonitors * latest.monitoring.extraMonitor.amount,
    });
  }

  // Fees recorded with their price (late cancellations, no-shows).
  for (const record of facts.filter((entry) => entry.kind === 'late_cancellation' && entry.unitPrice)) {
    line({
      kind: 'late_cancellation',
      description: `Late cancellation (${record.sourceId})`,
      quantity: record.quantity,
      unit: 'fees',
      unitPrice: record.unitPrice?.amount ?? 0,
      amount: record.quantity * (record.unitPrice?.amount ?? 0),
    });
  }

  const net = lines.reduce((sum, entry) => sum + entry.amount, 0);
  const rates = [...new Set(lines.map((entry) => entry.vatRate))].sort((a, b) => a - b);
  const vat = rates.map((vatRateOf) => {
    const base = lines.filter((entry) => entry.vatRate === vatRateOf).reduce((sum, entry) => sum + entry.amount, 0);
    return { rate: vatRateOf, base, amount: divideHalfUp(base * vatRateOf, 10_000) };
  });
  return {
    periodId: input.period.id,
    currency,
    lines,
    net,
    vat,
    gross: net + vat.reduce((sum, entry) => sum + entry.amount, 0),
    vatTreatment,
    usage: {
      engagementMinutes,
      roundedMinutes,
      billedMinutes,
      includedMinutes,
      callOuts,
      includedCallOuts,
      taskRuns,
      includedTaskRuns,
    },
  };
};
