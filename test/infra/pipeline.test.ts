import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stage, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipelineConfig, parsePipelineConfig } from '../../infra/pipeline/pipeline-config.js';
import { isPipelineSynth, PipelineStack, SMOKE_COMMAND, SYNTH_COMMANDS } from '../../infra/pipeline/pipeline-stack.js';
import { PROJECT_ROOT } from '../../infra/project-root.js';
import { loadStageConfig, type StageConfig } from '../../infra/stage-config.js';
import { fakeWebDist } from './support/opsdesk-app.js';

const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context ?? {};

/** The pipeline as `cdk synth -c pipeline=true` builds it, bundling skipped. */
const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

const createTestPipeline = (stages = { staging: loadStageConfig('staging'), prod: loadStageConfig('prod') }) => {
  // Its own output directory, removed afterwards: each synth copies the stages' assets (tens of MB).
  const outdir = mkdtempSync(join(tmpdir(), 'opsdesk-pipeline-'));
  outdirs.push(outdir);
  const app = new App({ outdir, context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  const stack = new PipelineStack(app, 'Opsdesk-Pipeline', {
    pipeline: loadPipelineConfig(),
    stages,
    webDistPath: fakeWebDist(),
  });
  return { app, stack };
};

interface Action {
  Name: string;
  ActionTypeId: { Category: string; Provider: string };
  RunOrder: number;
  InputArtifacts?: { Name: string }[];
  OutputArtifacts?: { Name: string }[];
  Configuration?: Record<string, unknown>;
  RoleArn?: unknown;
  Namespace?: string;
}
interface PipelineStage {
  Name: string;
  Actions: Action[];
}

// Synthesized once for the structural tests (two whole stages with cdk-nag: tens of seconds on a busy machine). The
// synth throws on any unacknowledged cdk-nag finding, failing every test here with the report.
let template: Template;
let stages: PipelineStage[];
let synthesized = false;
beforeAll(() => {
  const { app, stack } = createTestPipeline();
  const assembly = app.synth();
  synthesized = true;
  template = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  const pipelines = Object.values(template.findResources('AWS::CodePipeline::Pipeline'));
  expect(pipelines).toHaveLength(1);
  stages = pipelines[0]!.Properties.Stages as PipelineStage[];
}, 240_000);

const stage = (name: string) => {
  const found = stages.find((candidate) => candidate.Name === name);
  if (!found) throw new Error(`no pipeline stage ${name}: ${stages.map((s) => s.Name).join(', ')}`);
  return found;
};
const stageIndex = (name: string) => stages.findIndex((candidate) => candidate.Name === name);
const allActions = () => stages.flatMap((s) => s.Actions.map((action) => ({ stage: s.Name, action })));
const deployActions = (s: PipelineStage) => s.Actions.filter((a) => a.ActionTypeId.Provider === 'CloudFormation');

/** The commands (install and build phases) of the CodeBuild project a CodeBuild action runs. */
const buildCommands = (action: Action): { install: string[]; build: string[]; env: Record<string, unknown> } => {
  const ref = (action.Configuration?.ProjectName as { Ref?: string } | undefined)?.Ref;
  if (!ref) throw new Error(`${action.Name} names no project of this stack`);
  const project = template.toJSON().Resources[ref];
  const spec = JSON.parse(project.Properties.Source.BuildSpec) as {
    phases?: { install?: { commands?: string[] }; build?: { commands?: string[] } };
  };
  const env = Object.fromEntries(
    (project.Properties.Environment.EnvironmentVariables ?? []).map((v: { Name: string; Value: unknown }) => [
      v.Name,
      v,
    ]),
  );
  return { install: spec.phases?.install?.commands ?? [], build: spec.phases?.build?.commands ?? [], env };
};

describe('the pipeline config (infra/stages/pipeline.json)', () => {
  it('validates as shipped', () => {
    const config = loadPipelineConfig();
    expect(config.source.repository).toMatch(/^[^/]+\/[^/]+$/);
    expect(config.smoke.staging.secretName).not.toBe(config.smoke.prod.secretName);
  });

  it('refuses wrong fields, naming every one', () => {
    const good = loadPipelineConfig();
    const bad = {
      ...good,
      tooling: { account: '12345', region: good.tooling.region },
      source: { ...good.source, repository: 'https://github.com/opsdesk/opsdesk.git', connectionArn: 'arn:aws:s3:::x' },
    };
    expect(() => parsePipelineConfig(bad, 'pipeline.json')).toThrow(
      /tooling\.account: a 12-digit AWS account id[\s\S]*source\.repository: owner\/name[\s\S]*source\.connectionArn: a CodeStar connection ARN/,
    );
    expect(() => parsePipelineConfig({ ...good, extra: 1 }, 'pipeline.json')).toThrow(/Unrecognized key/);
    expect(() =>
      parsePipelineConfig({ ...good, smoke: { staging: good.smoke.staging, prod: good.smoke.staging } }, 'p.json'),
    ).toThrow(/smoke users of their own/);
  });

  it('is chosen by -c pipeline=true, alone', () => {
    expect(isPipelineSynth(new App())).toBe(false);
    expect(isPipelineSynth(new App({ context: { pipeline: 'true' } }))).toBe(true);
    expect(isPipelineSynth(new App({ context: { pipeline: 'false' } }))).toBe(false);
    expect(() => isPipelineSynth(new App({ context: { pipeline: 'yes' } }))).toThrow(/true or false/);
    expect(() => isPipelineSynth(new App({ context: { pipeline: 'true', stage: 'prod' } }))).toThrow(/not both/);
  });
});

describe('the delivery pipeline', () => {
  it('synthesizes with zero unacknowledged cdk-nag findings', () => {
    expect(synthesized).toBe(true);
  });

  it('has one synth step, which runs the whole test suite, builds the web app and synthesizes', () => {
    const builds = allActions().filter(({ action }) => {
      if (action.ActionTypeId.Provider !== 'CodeBuild') return false;
      const { build } = buildCommands(action);
      return build.some((command) => /\bcdk synth\b|\bnpm test\b/.test(command));
    });
    expect(builds.map(({ stage: s, action }) => `${s}/${action.Name}`)).toEqual(['Build/Synth']);
    const { install, build } = buildCommands(builds[0]!.action);
    expect(build).toEqual(SYNTH_COMMANDS);
    expect(build.indexOf('npm test')).toBeLessThan(build.indexOf('npx cdk synth -c pipeline=true'));
    // The suite's end-to-end tests need Chromium; DynamoDB Local needs Java.
    expect(install.join('\n')).toMatch(/apt-get install .*chromium.*openjdk-17-jre-headless/);
  });

  it('runs staging, then the approval, then prod', () => {
    const order = stages.map((s) => s.Name);
    expect(order.slice(0, 3)).toEqual(['Source', 'Build', 'UpdatePipeline']);
    expect(order.at(-2)).toBe('staging');
    expect(order.at(-1)).toBe('prod');
    const approvals = allActions().filter(({ action }) => action.ActionTypeId.Category === 'Approval');
    expect(approvals.map(({ stage: s, action }) => `${s}/${action.Name}`)).toEqual(['prod/PromoteToProd']);
    // Between them: after every action of staging (an earlier stage) and before every deployment of prod.
    const approval = approvals[0]!.action;
    const prodDeploys = deployActions(stage('prod'));
    expect(prodDeploys.length).toBeGreaterThan(0);
    for (const deploy of prodDeploys) expect(approval.RunOrder).toBeLessThan(deploy.RunOrder);
    expect(stageIndex('staging')).toBeLessThan(stageIndex('prod'));
  });

  it('smokes each stage after its deployment, against the URL that deployment published', () => {
    for (const name of ['staging', 'prod']) {
      const s = stage(name);
      const smokes = s.Actions.filter(
        (action) => action.ActionTypeId.Provider === 'CodeBuild' && buildCommands(action).build.includes(SMOKE_COMMAND),
      );
      expect(smokes, name).toHaveLength(1);
      const smoke = smokes[0]!;
      const lastDeploy = Math.max(...deployActions(s).map((action) => action.RunOrder));
      expect(smoke.RunOrder, name).toBeGreaterThan(lastDeploy);
      // The domain comes from the stateless stack's deploy action's outputs (CloudFormation variables).
      const deployNamespaces = deployActions(s)
        .map((action) => action.Namespace)
        .filter(Boolean);
      const envVars = JSON.parse(smoke.Configuration?.EnvironmentVariables as string) as {
        name: string;
        value: string;
      }[];
      const domain = envVars.find((v) => v.name === 'SMOKE_WEB_DOMAIN');
      expect(domain?.value, name).toMatch(/^#\{[^.]+\.WebDomain\}$/);
      expect(deployNamespaces).toContain(domain!.value.slice(2).split('.')[0]);
      // The smoke user's credentials are read from Secrets Manager at build start, never written into the template.
      const { env } = buildCommands(smoke);
      const secretName = loadPipelineConfig().smoke[name as 'staging' | 'prod'].secretName;
      for (const [variable, key] of [
        ['SMOKE_COGNITO_CLIENT_ID', 'clientId'],
        ['SMOKE_USERNAME', 'username'],
        ['SMOKE_PASSWORD', 'password'],
      ] as const)
        expect(env[variable], `${name} ${variable}`).toEqual({
          Name: variable,
          Type: 'SECRETS_MANAGER',
          Value: `${secretName}:${key}`,
        });
    }
  });

  it('deploys both stages from the one assembly the synth step produced', () => {
    const synths = allActions().filter(({ action }) => (action.OutputArtifacts ?? []).length > 0);
    // Only the source and the synth step produce artifacts: nothing is built again between stages.
    expect(synths.map(({ stage: s, action }) => `${s}/${action.Name}`).sort()).toEqual(
      ['Build/Synth', expect.stringMatching(/^Source\//)].sort(),
    );
    const assembly = stage('Build').Actions.find((a) => a.Name === 'Synth')!.OutputArtifacts!;
    expect(assembly).toHaveLength(1);
    const assemblyName = assembly[0]!.Name;
    for (const name of ['staging', 'prod']) {
      const prepares = deployActions(stage(name)).filter((a) => (a.InputArtifacts ?? []).length > 0);
      expect(prepares.length, name).toBeGreaterThanOrEqual(3);
      for (const prepare of prepares) {
        expect(prepare.InputArtifacts, `${name}/${prepare.Name}`).toEqual([{ Name: assemblyName }]);
        expect(prepare.Configuration?.TemplatePath, `${name}/${prepare.Name}`).toMatch(
          new RegExp(`^${assemblyName}::assembly-Opsdesk-Pipeline-${name}/`),
        );
      }
    }
    // Assets are published once, from the same assembly, for both stages.
    const assetActions = allActions().filter(({ stage: s }) => s === 'Assets');
    for (const { action } of assetActions) expect(action.InputArtifacts).toEqual([{ Name: assemblyName }]);
  });

  it('deploys each stage into its own account with the bootstrap roles the stage trusts, artifacts under a KMS key', () => {
    for (const name of ['staging', 'prod'] as const) {
      const account = loadStageConfig(name).env!.account;
      for (const deploy of deployActions(stage(name)))
        expect(JSON.stringify(deploy.RoleArn), `${name}/${deploy.Name}`).toContain(`:iam::${account}:role/cdk-`);
    }
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    // One artifact store per region the stages deploy to (the edge stacks are in us-east-1), each under a KMS key.
    const [pipeline] = Object.values(template.findResources('AWS::CodePipeline::Pipeline'));
    const stores = pipeline!.Properties.ArtifactStores as {
      Region: string;
      ArtifactStore: { EncryptionKey?: { Type: string } };
    }[];
    expect(Object.fromEntries(stores.map((store) => [store.Region, store.ArtifactStore.EncryptionKey?.Type]))).toEqual({
      'eu-central-1': 'KMS',
      'us-east-1': 'KMS',
    });
  });

  it('carries a specific reason on every acknowledgement of the pipeline stack', () => {
    const { app, stack } = createTestPipeline();
    const acknowledged = stack.node
      .findAll()
      // The stages' own constructs are acknowledged (and tested) with the stacks they belong to.
      .filter((construct) => Stage.of(construct) === app)
      .flatMap((construct) =>
        construct.node.metadata
          .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((entry) => Object.entries(entry.data as Record<string, string>)),
      );
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) {
      expect(id).toMatch(/AwsSolutions-[A-Z]+[0-9]+/);
      expect(reason.trim().length, id).toBeGreaterThanOrEqual(40);
    }
    // No blanket acknowledgement: never a wildcard finding acknowledged as a whole.
    expect(acknowledged.map(([id]) => id).filter((id) => /AwsSolutions-IAM5$/.test(id))).toEqual([]);
  });

  it('fails the synth on a finding nobody acknowledged: a new resource, or a new wildcard in a generated role', () => {
    const { app, stack } = createTestPipeline();
    new Queue(stack, 'UnencryptedQueueWithoutDlq');
    stack.pipeline.synthProject.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    let report = '';
    try {
      app.synth();
    } catch (error) {
      report = String(error);
    }
    expect(report).toContain('AwsSolutions-SQS3');
    expect(report).toMatch(/Opsdesk-Pipeline\/Pipeline\/Pipeline\/Build\/Synth\/CdkBuildProject\/Role[\s\S]*IAM5/);
  }, 240_000);

  it('refuses a stage without its own account and region', () => {
    const staging: StageConfig = { ...loadStageConfig('staging'), env: null };
    expect(() => createTestPipeline({ staging, prod: loadStageConfig('prod') })).toThrow(
      /Stage "staging" has no env: a pipeline stage deploys to a known account and region/,
    );
  });
});
