import { useCallback, useEffect, useRef, useState } from 'react';
// Types and pure functions only: no zod comes with it into the main bundle.
import { isUpgrade } from '../../../shared/billing/periods.js';
import { EU_COUNTRIES } from '../../../shared/billing/rating.js';
import type { SubscriptionPreview } from '../../../shared/billing/subscription.js';
import type { Plan } from '../../../shared/catalogue/plan.js';
import { api, type Entitlement, NetworkError, newIdempotencyKey, type SubscriptionView } from './api.js';
import { now as clockNow } from './clock.js';
import { formatDate, formatDateTime, formatDuration } from './format.js';
import { navigate, useLocation } from './router.js';

/** Stable for useResource: the subscription of the signed-in user's organisation. */
export const loadSubscription = (signal: AbortSignal) => api.getSubscription(signal);

export type { SubscriptionPreview };

/**
 * What choosing `planId` would do (GET /api/subscription/preview): when it takes effect, and what this period's
 * invoice charges for it — the server's figures, computed as the invoice rates them; the browser computes no price.
 */
export const loadSubscriptionPreview = (planId: string, signal?: AbortSignal) =>
  api.previewSubscription(planId, signal);

export const SUBSCRIPTION_STATUS_LABELS: Record<SubscriptionView['status'], string> = {
  none: 'No plan',
  incomplete: 'Waiting for a payment method',
  active: 'Active',
  cancelled: 'Cancelled',
};

export const PAYMENT_STATUS_LABELS: Record<SubscriptionView['paymentStatus'], string> = {
  current: 'Payments up to date',
  past_due: 'Payment past due',
};

/** The server's rule (shared/billing/periods.ts): an upgrade takes effect at once, anything else at the period's end. */
export const changeKind = (from: Plan, to: Plan): 'upgrade' | 'downgrade' =>
  isUpgrade(from, to) ? 'upgrade' : 'downgrade';

// Periods are calendar months in UTC (docs/billing.md). People read a period as its month ("December 2026"); an
// instant on its edge (when a downgrade takes effect) is written in the reader's zone, which it names.

/** When a period boundary falls, in `zone` and naming it: "1 Jan 2027, 01:00 CET". */
export const formatPeriodBoundary = (iso: string, zone: string): string => formatDateTime(iso, zone);

/** "1 July 2025 – 31 July 2025": the period's end is exclusive, so its last day is the one before. */
export function formatPeriod(period: Pick<SubscriptionView['period'], 'start' | 'end'>): string {
  const end = Date.parse(period.end);
  const lastDay = Number.isNaN(end) ? period.end : new Date(end - 1).toISOString();
  return `${formatDate(period.start, 'UTC')} – ${formatDate(lastDay, 'UTC')}`;
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** `YYYY-MM` of the calendar month (UTC) `monthsBack` months before the one `now` is in. */
export function monthId(now: Date, monthsBack = 0): string {
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `count` months as `YYYY-MM`, newest first, the first `skip` months before the current one (0: this month). */
export const recentMonths = (count: number, skip = 0, now = clockNow()): string[] =>
  Array.from({ length: count }, (_, index) => monthId(now, skip + index));

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2025-07` → "July 2025". */
export function formatMonth(id: string): string {
  const start = new Date(`${id}-01T00:00:00.000Z`);
  return Number.isNaN(start.getTime()) ? id : monthFormat.format(start);
}

/**
 * The month a page was asked to show, one of `months` (newest first): `?period=YYYY-MM` keeps the choice, so that it
 * survives a reload and can be linked to. null when none was asked for (or one not offered): the page's default.
 * `choose` replaces the URL.
 */
export function useChosenMonth(months: readonly string[]): [month: string | null, choose: (month: string) => void] {
  const location = useLocation();
  const asked = location.search.get('period');
  const { pathname, search } = location;
  const choose = useCallback(
    (next: string) => {
      // The page's other parameters (a status filter, say) stay as they are.
      const params = new URLSearchParams({ period: next });
      for (const [name, value] of search) if (name !== 'period') params.append(name, value);
      navigate(`${pathname}?${params.toString()}`, { replace: true });
    },
    [pathname, search],
  );
  return [asked && months.includes(asked) ? asked : null, choose];
}

/** How units read, one and many; a unit not listed reads as the server wrote it. */
const UNIT_WORDS: Record<string, readonly [string, string]> = {
  minutes: ['minute', 'minutes'],
  'call-outs': ['call-out', 'call-outs'],
  runs: ['run', 'runs'],
  'host-months': ['host-month', 'host-months'],
  'monitor-months': ['monitor-month', 'monitor-months'],
  monitors: ['monitor', 'monitors'],
  fees: ['fee', 'fees'],
  month: ['month', 'months'],
  days: ['day', 'days'],
  'quarter-hours': ['quarter hour', 'quarter hours'],
};

/** A quantity with its unit: `1 run`, `1 h 30 min` (minutes read as every duration does), `-30 min` (a correction). */
export function formatQuantity(quantity: number, unit: string): string {
  if (unit === 'minutes') return formatDuration(quantity);
  const words = UNIT_WORDS[unit];
  const text = numberFormat.format(quantity);
  if (!words) return `${text} ${unit}`;
  return `${text} ${Math.abs(quantity) === 1 ? words[0] : words[1]}`;
}

const ENTITLEMENT_LABELS: Record<Entitlement['kind'], string> = {
  webmaster_minutes: 'Webmaster time',
  hosts: 'Managed hosts',
  task_runs: 'Task runs',
  call_outs: 'Emergency call-outs',
};

export interface EntitlementSummary {
  /** "Webmaster time: 1 h 15 min of 20 h used": shown, and the accessible name of the bar. */
  text: string;
  /** An allowance to show a bar against; null: billed per use, or not part of the plan. */
  bar: { used: number; included: number; over: boolean } | null;
  /** Hosts beyond the plan's limit: not billed as overage but more than the plan allows (say what to do). */
  overLimit: { by: number } | null;
}

/** What an entitlement says, in words, and whether it has an allowance to draw a bar against. */
export function summarizeEntitlement(entitlement: Entitlement): EntitlementSummary {
  const { kind, included, used } = entitlement;
  const label = ENTITLEMENT_LABELS[kind];
  const quantity = (n: number) => (kind === 'webmaster_minutes' ? formatDuration(n) : numberFormat.format(n));
  if (included === null && kind === 'call_outs') {
    return { text: `${label}: not part of your plan`, bar: null, overLimit: null };
  }
  // A plan without hosts (on demand) has a limit of none, not a price per use.
  if (kind === 'hosts' && included === 0) {
    return used > 0
      ? { text: `${label}: ${quantity(used)} registered — your plan includes none`, bar: null, overLimit: { by: used } }
      : { text: `${label}: none included in your plan`, bar: null, overLimit: null };
  }
  // No allowance (null, or none included): every use is billed at the plan's price.
  if (included === null || included === 0) {
    return { text: `${label}: ${quantity(used)} used — billed per use`, bar: null, overLimit: null };
  }
  const over = used > included;
  const text = `${label}: ${quantity(used)} of ${quantity(included)} used`;
  if (kind === 'hosts') {
    return {
      text: over ? `${text} — ${quantity(used - included)} more than your plan includes` : text,
      bar: { used, included, over },
      overLimit: over ? { by: used - included } : null,
    };
  }
  return {
    text: over ? `${text} — ${quantity(used - included)} over the allowance, billed as overage` : text,
    bar: { used, included, over },
    overLimit: null,
  };
}

type PlanChangeState =
  | { kind: 'idle' }
  | { kind: 'changing'; planId: string }
  /** On the way to Stripe Checkout. */
  | { kind: 'redirecting'; planId: string }
  | { kind: 'failed'; planId: string; error: unknown };

/**
 * Choosing or changing the plan (POST /api/subscription): `onChanged` gets the subscription, or the browser goes to
 * Stripe Checkout when a payment method is needed first. A retry after a lost connection reuses the
 * Idempotency-Key, so the change cannot happen twice.
 */
export function usePlanChange(onChanged: (view: SubscriptionView) => void) {
  const [state, setState] = useState<PlanChangeState>({ kind: 'idle' });
  const retry = useRef<{ planId: string; key: string } | null>(null);
  // Two quick clicks arrive before the busy state renders: only the first one changes the plan.
  const inFlight = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    // Back from Stripe through the browser's back/forward cache: the page is as it was left, still "redirecting".
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setState({ kind: 'idle' });
    };
    window.addEventListener('pageshow', onPageShow);
    return () => {
      mounted.current = false;
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);

  const busy = state.kind === 'changing' || state.kind === 'redirecting';
  const choose = useCallback(
    async (planId: string) => {
      if (busy || inFlight.current) return;
      inFlight.current = true;
      setState({ kind: 'changing', planId });
      const key = retry.current?.planId === planId ? retry.current.key : newIdempotencyKey();
      retry.current = { planId, key };
      try {
        const answer = await api.subscribe(planId, key);
        retry.current = null;
        if ('checkoutUrl' in answer) {
          if (mounted.current) setState({ kind: 'redirecting', planId });
          window.location.assign(answer.checkoutUrl);
          return;
        }
        if (mounted.current) setState({ kind: 'idle' });
        onChanged(answer);
      } catch (error) {
        if (!(error instanceof NetworkError)) retry.current = null;
        if (mounted.current) setState({ kind: 'failed', planId, error });
      } finally {
        inFlight.current = false;
      }
    },
    [busy, onChanged],
  );

  return { state, busy, choose };
}

/** Opens the Stripe Customer Portal (POST /api/billing/portal) in this tab; a refusal (409, 502, 503) is kept to show. */
export function usePortal() {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'opening' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setState({ kind: 'idle' });
    };
    window.addEventListener('pageshow', onPageShow);
    return () => {
      mounted.current = false;
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);

  const opening = state.kind === 'opening';
  const open = useCallback(async () => {
    if (opening) return;
    setState({ kind: 'opening' });
    try {
      const { url } = await api.openBillingPortal();
      window.location.assign(url);
    } catch (error) {
      if (mounted.current) setState({ kind: 'failed', error });
    }
  }, [opening]);

  return { state, opening, open };
}

let regionNames: Intl.DisplayNames | null | undefined;

/** `AT` → "Austria", in the reader's language; the code itself where the browser has no name for it. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(undefined, { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The countries an invoice address can be in (ISO 3166-1 alpha-2), by name: the EU, whose businesses with a VAT number
 * abroad are invoiced under reverse charge, and the neighbours customers come from. `current` (an address saved
 * elsewhere) is kept.
 */
export function invoiceCountries(current?: string): string[] {
  const codes = new Set([...EU_COUNTRIES, 'CH', 'GB', 'NO', 'US']);
  if (current) codes.add(current);
  return [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b)));
}
