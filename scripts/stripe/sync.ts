import { loadStripeConfig } from '../../functions/config/stripe.js';
import { PLANS } from '../../shared/catalogue/plans.js';
import { syncCatalogue } from './sync-catalogue.js';

/** `npm run stripe:sync`: the plan catalogue into the Stripe account of STRIPE_SECRET_KEY. */
const { stripe } = await loadStripeConfig();
if (!stripe) {
  console.error('npm run stripe:sync: set STRIPE_SECRET_KEY (a test-mode key sk_test_… to try it) and run it again.');
  process.exit(1);
}
try {
  const report = await syncCatalogue(stripe, PLANS);
  console.log(
    `Stripe catalogue in sync: ${report.productsCreated} products created, ${report.productsUpdated} updated; ` +
      `${report.pricesCreated} prices created, ${report.pricesUnchanged} unchanged.`,
  );
} catch (error) {
  console.error(`npm run stripe:sync: Stripe refused or could not be reached: ${(error as Error).message}`);
  process.exit(1);
}
