import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * How every Lambda function is bundled (AppFunction passes these to NodejsFunction's esbuild run), kept apart from
 * the CDK construct so `npm run bench` and the bundle-size test build exactly what is deployed without loading CDK.
 */
export const LAMBDA_BUNDLING = {
  /** esbuild's target for the runtime in app-function.ts (Node.js 24). */
  target: 'node24',
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  minify: true,
  // ESM bundles of CommonJS dependencies still call `require` for Node built-ins.
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  /**
   * Module replacements: in Lambda the SDK clients' credential chain is the environment only
   * (functions/adapters/aws/lambda-credentials.ts), which keeps SSO, INI, process, web-identity and IMDS providers
   * and their STS/SSO clients out of every bundle.
   */
  alias: {
    '@aws-sdk/credential-provider-node': join(PROJECT_ROOT, 'functions/adapters/aws/lambda-credentials.ts'),
  },
} as const;
