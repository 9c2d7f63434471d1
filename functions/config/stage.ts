import { type Seller, SellerSchema } from '../../shared/billing/invoices.js';
import { METRICS_NAMESPACE } from '../../shared/contracts/metrics.js';
import { ENV, requireEnv } from './env.js';

/** What every function of a stage gets alike, from the stage's configuration (infra/stages/<stage>.json). */
export interface StageSettings {
  stage: string;
  seller: Seller;
}

/**
 * The variables every function of a stage carries: its name, the Powertools metrics namespace and the seller.
 * Set by AppFunction in AWS and by the local stack (from infra/stages/dev.json), the same names in both.
 */
export const stageEnvironment = (settings: StageSettings): Record<string, string> => ({
  [ENV.stage]: settings.stage,
  POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
  [ENV.seller]: JSON.stringify(settings.seller),
});

/** The seller from `SELLER`, validated at cold start: a function that would issue invoices without one does not start. */
export const loadSeller = (): Seller => {
  const raw = requireEnv(ENV.seller);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`Environment variable ${ENV.seller} is not JSON: ${(error as Error).message}`);
  }
  const parsed = SellerSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Environment variable ${ENV.seller} is not a valid seller: ${problems.join('; ')}`);
  }
  return parsed.data;
};
