import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type Environment } from 'aws-cdk-lib';
import { OpsdeskStage } from '../../../infra/opsdesk-stage.js';
import { PROJECT_ROOT } from '../../../infra/project-root.js';
import { loadStageConfig, type StageConfig } from '../../../infra/stage-config.js';

/** The feature flags and settings of cdk.json, so tests synthesize what `cdk synth` synthesizes. */
const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context ?? {};

/** A stand-in for `web/dist`, so the tests neither depend on nor wait for the web build. */
export const fakeWebDist = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("opsdesk")');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  return dir;
};

export interface TestOpsdeskOptions {
  /** A stage's name (its file in infra/stages) or a configuration; default `dev`, what plain `cdk synth` builds. */
  stage?: string | StageConfig;
  webDistPath?: string;
  /** As `cdk deploy` gives it for a configuration without `env`; default none (agnostic, like the offline synth). */
  env?: Environment;
  /** The stage's construct id; default its name, as `infra/bin/app.ts` has it. */
  id?: string;
}

/**
 * One stage of Opsdesk on its own app, exactly as `infra/bin/app.ts` builds it (cdk-nag on), bundling skipped (a
 * synth then takes about a second, not ten).
 */
export const createTestOpsdesk = (options: TestOpsdeskOptions = {}) => {
  const config = typeof options.stage === 'object' ? options.stage : loadStageConfig(options.stage ?? 'dev');
  const app = new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  const stage = new OpsdeskStage(app, options.id ?? config.stage, {
    config,
    webDistPath: options.webDistPath ?? fakeWebDist(),
    env: options.env,
  });
  return { app, stage, config, stateful: stage.stateful, stateless: stage.stateless, edge: stage.edge };
};
