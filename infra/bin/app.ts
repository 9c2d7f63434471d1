import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { createOpsdesk } from '../opsdesk.js';
import { PROJECT_ROOT } from '../project-root.js';

const app = new App();

createOpsdesk(app, {
  // Without credentials (offline synth, CI) the CLI still sets CDK_DEFAULT_REGION=us-east-1; pin the
  // stacks to an environment only when an account is known, so offline templates stay agnostic.
  env: process.env.CDK_DEFAULT_ACCOUNT
    ? { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }
    : undefined,
  webDistPath: join(PROJECT_ROOT, app.node.tryGetContext('opsdesk:webDist') ?? 'web/dist'),
  authDomainPrefix: app.node.tryGetContext('opsdesk:authDomainPrefix'),
});

app.synth();
