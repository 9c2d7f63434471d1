import type Stripe from 'stripe';
import type { Plan } from '../../shared/catalogue/plan.js';
import { stripePricesFor, stripeProductId } from '../../shared/catalogue/stripe-prices.js';

export interface SyncReport {
  productsCreated: number;
  productsUpdated: number;
  pricesCreated: number;
  pricesUnchanged: number;
}

const isMissing = (error: unknown) => (error as { statusCode?: number }).statusCode === 404;

/**
 * Makes Stripe's products and prices match the plan catalogue, idempotently: products by their
 * Opsdesk id, prices by `lookup_key`. A changed amount creates a new price and moves the lookup key
 * to it (`transfer_lookup_key`); Stripe prices are immutable. Running it twice changes nothing.
 */
export const syncCatalogue = async (stripe: Stripe, plans: readonly Plan[]): Promise<SyncReport> => {
  const report: SyncReport = { productsCreated: 0, productsUpdated: 0, pricesCreated: 0, pricesUnchanged: 0 };
  for (const plan of plans) {
    const id = stripeProductId(plan);
    const wanted = { name: plan.name, description: plan.description, metadata: { opsdeskPlanId: plan.id } };
    try {
      const product = await stripe.products.retrieve(id);
      if (product.name !== wanted.name || product.description !== wanted.description || !product.active) {
        await stripe.products.update(
          id,
          { ...wanted, active: true },
          { idempotencyKey: `opsdesk-sync-${id}-${plan.name}-${plan.description}`.slice(0, 255) },
        );
        report.productsUpdated += 1;
      }
    } catch (error) {
      if (!isMissing(error)) throw error;
      await stripe.products.create({ id, ...wanted }, { idempotencyKey: `opsdesk-sync-product-${id}` });
      report.productsCreated += 1;
    }

    const specs = stripePricesFor(plan);
    const existing = new Map<string, Stripe.Price>();
    for (let start = 0; start < specs.length; start += 10) {
      const lookupKeys = specs.slice(start, start + 10).map((spec) => spec.lookupKey);
      const { data } = await stripe.prices.list({ lookup_keys: lookupKeys, active: true, limit: 100 });
      for (const price of data) if (price.lookup_key) existing.set(price.lookup_key, price);
    }
    for (const spec of specs) {
      const price = existing.get(spec.lookupKey);
      const currency = spec.money.currency.toLowerCase();
      if (price && price.unit_amount === spec.money.amount && price.currency === currency) {
        report.pricesUnchanged += 1;
        continue;
      }
      await stripe.prices.create(
        {
          product: spec.productId,
          unit_amount: spec.money.amount,
          currency,
          lookup_key: spec.lookupKey,
          transfer_lookup_key: true,
          nickname: spec.nickname,
          metadata: { opsdeskPlanId: plan.id },
        },
        { idempotencyKey: `opsdesk-sync-${spec.lookupKey}-${spec.money.amount}-${currency}` },
      );
      report.pricesCreated += 1;
    }
  }
  return report;
};
