import type { Money } from '../contracts/common.js';
import type { Plan } from './plan.js';

export interface StripePriceSpec {
  /** Stable name of the price in Stripe (`lookup_key`): Opsdesk finds prices by it, never by id. */
  lookupKey: string;
  productId: string;
  nickname: string;
  money: Money;
}

export const stripeProductId = (plan: Plan): string => `opsdesk_${plan.id.replace(/-/g, '_')}`;

/**
 * The Stripe prices a plan maps to. They are one-off prices: Opsdesk rates usage and sends Stripe an
 * invoice with these as lines; Stripe collects (PRODUCT.md, billing model).
 */
export const stripePricesFor = (plan: Plan): StripePriceSpec[] => {
  const productId = stripeProductId(plan);
  const spec = (suffix: string, nickname: string, money: Money): StripePriceSpec => ({
    lookupKey: `${productId}_${suffix}`,
    productId,
    nickname: `${plan.name}: ${nickname}`,
    money,
  });
  return [
    ...(plan.monthlyFee.amount > 0 ? [spec('monthly_fee', 'monthly fee', plan.monthlyFee)] : []),
    ...(plan.perHost ? [spec('host_month', 'managed host per month', plan.perHost.monthlyFee)] : []),
    spec('webmaster_hour', 'webmaster hour beyond the allowance', plan.overage.webmasterHour),
    spec('task_run', 'task run beyond the allowance', plan.overage.taskRun),
    ...(plan.overage.callOut ? [spec('call_out', 'emergency call-out', plan.overage.callOut)] : []),
  ];
};
