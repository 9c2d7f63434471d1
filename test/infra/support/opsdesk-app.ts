import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type Environment } from 'aws-cdk-lib';
import { createOpsdesk } from '../../../infra/opsdesk.js';
import { PROJECT_ROOT } from '../../../infra/project-root.js';

/** The feature flags and settings of cdk.json, so tests synthesize what `cdk synth` synthesizes. */
const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context ?? {};

/** A stand-in for `web/dist`, so the tests neither depend on nor wait for the web build. */
export const fakeWebDist = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("opsdesk")');
  return dir;
};

/**
 * The whole app with cdk-nag on, bundling skipped (a synth then takes about a second, not ten).
 * Environment-agnostic like the offline `cdk synth`, unless `env` is given (as `cdk deploy` gives it).
 */
export const createTestOpsdesk = (webDistPath: string = fakeWebDist(), env?: Environment) => {
  const app = new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  return { app, ...createOpsdesk(app, { webDistPath, env }) };
};
