import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { OpsdeskStage } from '../opsdesk-stage.js';
import { createPipeline, isPipelineSynth } from '../pipeline/pipeline-stack.js';
import { PROJECT_ROOT } from '../project-root.js';
import { DEFAULT_STAGE, loadStageConfig } from '../stage-config.js';

const app = new App();
const webDistPath = join(PROJECT_ROOT, app.node.tryGetContext('opsdesk:webDist') ?? 'web/dist');

if (isPipelineSynth(app)) {
  // `cdk synth|deploy -c pipeline=true`: the delivery pipeline (infra/stages/pipeline.json), staging and prod in it.
  createPipeline(app, { webDistPath });
} else {
  // `cdk synth|deploy -c stage=<name>`: infra/stages/<name>.json, validated (a wrong field stops here, named).
  const stage: unknown = app.node.tryGetContext('stage') ?? DEFAULT_STAGE;
  if (typeof stage !== 'string') throw new Error(`Context "stage" must be a stage name, e.g. -c stage=staging.`);
  const config = loadStageConfig(stage);
  new OpsdeskStage(app, config.stage, {
    config,
    // Only for a configuration without `env` (dev): without credentials (offline synth, CI) the CLI still sets
    // CDK_DEFAULT_REGION=us-east-1, so the environment is taken only when an account is known, and offline
    // templates stay agnostic.
    env: process.env.CDK_DEFAULT_ACCOUNT
      ? { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }
      : undefined,
    webDistPath,
    authDomainPrefix: app.node.tryGetContext('opsdesk:authDomainPrefix'),
  });
}

app.synth();
