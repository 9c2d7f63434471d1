import { beforeAll, describe, expect, it } from 'vitest';
import { AppFunction } from '../../../infra/constructs/app-function.js';
import { type BundleMeasure, bundleEntry, kindOf, lambdaEntries } from '../../../scripts/bench/bundles.js';
import { createTestOpsdesk } from '../../infra/support/opsdesk-app.js';

/**
 * What the deployed bundles may contain and how large they may grow. Sizes are deterministic (same lockfile, same
 * esbuild), so a test can hold them; `npm run bench` reports them against issue 18's budgets with their largest
 * contributors and their cold init.
 */
let bundles: BundleMeasure[];
beforeAll(async () => {
  bundles = [];
  for (const entry of lambdaEntries()) bundles.push(await bundleEntry(entry));
}, 240_000);

const withInput = (pattern: RegExp) =>
  bundles.filter((bundle) => bundle.inputs.some((input) => pattern.test(input))).map((bundle) => bundle.entry);

describe('the Lambda bundles, as deployed', () => {
  it('measures every function the stacks deploy, and nothing else', () => {
    const { app } = createTestOpsdesk({ stage: 'dev' });
    const deployed = new Set(
      app.node
        .findAll()
        .filter((construct): construct is AppFunction => construct instanceof AppFunction)
        .map((fn) => fn.entry),
    );
    expect(new Set(lambdaEntries())).toEqual(deployed);
  });

  it('tells the API’s functions from the consumers', () => {
    expect(kindOf('functions/booking/http.ts')).toBe('api');
    expect(kindOf('functions/identity/api-authorizer.ts')).toBe('api');
    expect(kindOf('functions/booking/send-notifications.ts')).toBe('consumer');
    expect(kindOf('functions/identity/pre-token-generation.ts')).toBe('consumer');
  });

  it('takes credentials from the environment only: no SSO, INI, process, web-identity or IMDS providers', () => {
    expect(
      withInput(/@aws-sdk\/(credential-provider-(node|ini|sso|process|web-identity|http|login)|nested-clients)\//),
    ).toEqual([]);
    expect(bundles.filter((bundle) => bundle.sdkBytes > 0).length).toBeGreaterThan(20);
  });
});
