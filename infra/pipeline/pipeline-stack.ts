import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type App, CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { BuildEnvironmentVariableType, BuildSpec, ComputeType, LinuxBuildImage } from 'aws-cdk-lib/aws-codebuild';
import {
  CodeBuildStep,
  CodePipeline,
  CodePipelineSource,
  ManualApprovalStep,
  ShellStep,
  type StageDeployment,
} from 'aws-cdk-lib/pipelines';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { OpsdeskStage } from '../opsdesk-stage.js';
import { PROJECT_ROOT } from '../project-root.js';
import { loadStageConfig, type StageConfig } from '../stage-config.js';
import { loadPipelineConfig, type PipelineConfig } from './pipeline-config.js';
import { acknowledgeCdkPipelinesFindings } from './pipeline-nag.js';

/**
 * Debian (bookworm) with Node 20: `npm test` drives Debian's Chromium and poppler (apt-get, like scripts/run-tests.ts
 * expects at /usr/bin), and DynamoDB Local needs Java 17. CodeBuild's standard images are Ubuntu, whose `chromium`
 * package is only a stub for the snap, which does not run in a build container.
 */
export const BUILD_IMAGE = 'public.ecr.aws/docker/library/node:20-bookworm';
export const SYNTH_INSTALL_COMMANDS = [
  'apt-get update -qq',
  'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium poppler-utils openjdk-17-jre-headless',
];
/** Build and test once, synthesize once: the one cloud assembly every stage deploys is this step's `cdk.out`. */
export const SYNTH_COMMANDS = ['npm ci', 'npm test', 'npm run build:web', 'npx cdk synth -c pipeline=true'];
/** The distribution's own domain answers even when the stage has a custom one, and needs no DNS of ours. */
export const SMOKE_COMMAND = 'npx tsx scripts/smoke/smoke.ts "https://$SMOKE_WEB_DOMAIN"';

/** The CDK CLI of package.json, so the pipeline's self-mutation deploys with the CLI the project synthesizes with. */
const projectCdkCliVersion = (): string => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = pkg.devDependencies?.['aws-cdk'];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version))
    throw new Error('package.json must pin devDependencies["aws-cdk"] to an exact version for the pipeline');
  return version;
};

/** A key of the smoke user's secret, which CodeBuild reads at build start (it never appears in a template). */
const smokeSecret = (secretName: string, key: 'clientId' | 'username' | 'password') => ({
  type: BuildEnvironmentVariableType.SECRETS_MANAGER,
  value: `${secretName}:${key}`,
});

/** The stateless stack's `WebDomain` output: the CloudFront distribution the stage serves the web app and API from. */
const webDomainOutput = (stage: OpsdeskStage): CfnOutput => {
  const output = stage.stateless.node.tryFindChild('WebDomain');
  if (!(output instanceof CfnOutput))
    throw new Error(`Stage "${stage.config.stage}": the stateless stack has no WebDomain output for the smoke test`);
  return output;
};

export interface PipelineStackProps extends StackProps {
  pipeline: PipelineConfig;
  /** The stages it promotes one assembly through, in this order. */
  stages: { staging: StageConfig; prod: StageConfig };
  /** The web build the stages' WebHosting uploads (`web/dist`: the synth step builds it before `cdk synth`). */
  webDistPath: string;
}

/**
 * The delivery pipeline (CDK Pipelines, in the tooling account): source → synth (npm ci, the whole test suite,
 * web build, `cdk synth`) → self-mutation → asset publishing → staging (deploy, smoke) → approval → prod
 * (deploy, smoke). Every stage deploys the templates and assets of the synth step's one cloud assembly; nothing is
 * built again between staging and prod. docs/delivery.md.
 */
export class PipelineStack extends Stack {
  readonly pipeline: CodePipeline;
  readonly staging: OpsdeskStage;
  readonly prod: OpsdeskStage;
  private readonly webDistPath: string;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, {
      ...props,
      env: { account: props.pipeline.tooling.account, region: props.pipeline.tooling.region },
    });
    const { pipeline: config, stages } = props;
    this.webDistPath = props.webDistPath;
    // Checks this stack (the stages register their own): an unacknowledged finding makes the synth throw.
    Validations.of(this).addPlugins(new AwsSolutionsChecks(this));

    const source = CodePipelineSource.connection(config.source.repository, config.source.branch, {
      connectionArn: config.source.connectionArn,
      triggerOnPush: true,
    });
    const buildImage = LinuxBuildImage.fromDockerRegistry(BUILD_IMAGE);

    this.pipeline = new CodePipeline(this, 'Pipeline', {
      pipelineName: 'Opsdesk',
      // The stages live in accounts of their own: the artifact bucket gets a KMS key they are allowed to use.
      crossAccountKeys: true,
      enableKeyRotation: true,
      // Deploy with change sets: what CloudFormation applies is exactly what it planned from the assembly.
      useChangeSets: true,
      cliVersion: projectCdkCliVersion(),
      synth: new ShellStep('Synth', {
        input: source,
        installCommands: SYNTH_INSTALL_COMMANDS,
        commands: SYNTH_COMMANDS,
        primaryOutputDirectory: 'cdk.out',
      }),
      synthCodeBuildDefaults: {
        // The suite runs a test file per core and needs the memory for DynamoDB Local, the stacks and Chromium.
        buildEnvironment: { buildImage, computeType: ComputeType.LARGE },
        timeout: Duration.minutes(60),
      },
    });

    this.staging = this.addOpsdeskStage(stages.staging, config.smoke.staging.secretName, source);
    this.prod = this.addOpsdeskStage(stages.prod, config.smoke.prod.secretName, source, [
      new ManualApprovalStep('PromoteToProd', {
        comment: 'Staging passed its smoke test with this commit; approve to deploy the same assembly to prod.',
      }),
    ]);

    // Built now rather than at synth, so its generated roles and projects exist to be checked by cdk-nag below.
    this.pipeline.buildPipeline();
    acknowledgeCdkPipelinesFindings(this.pipeline);
    Validations.of(this.pipeline.pipeline.artifactBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Pipeline artifact bucket: only this pipeline’s roles and the stages’ bootstrap deploy roles touch it, and each run’s executions record which artifact every action read and wrote.',
    });
    Validations.of(this.pipeline.synthProject).acknowledge({
      id: 'AwsSolutions-CB5',
      reason: `The synth step runs the whole test suite, which needs Debian's Chromium and Java 17 (apt-get); CodeBuild's own images are Ubuntu, whose chromium package is a snap stub: ${BUILD_IMAGE}.`,
    });
  }

  private addOpsdeskStage(
    config: StageConfig,
    smokeSecretName: string,
    source: CodePipelineSource,
    pre: ManualApprovalStep[] = [],
  ): OpsdeskStage {
    if (config.env === null)
      throw new Error(`Stage "${config.stage}" has no env: a pipeline stage deploys to a known account and region.`);
    const stage = new OpsdeskStage(this, config.stage, { config, webDistPath: this.webDistPath });
    const deployment: StageDeployment = this.pipeline.addStage(stage, { pre });
    deployment.addPost(
      // The commit's own smoke script (the source, not the assembly), against the URL the stage just published.
      new CodeBuildStep('Smoke', {
        input: source,
        installCommands: ['npm ci'],
        commands: [SMOKE_COMMAND],
        envFromCfnOutputs: { SMOKE_WEB_DOMAIN: webDomainOutput(stage) },
        env: { SMOKE_COGNITO_REGION: config.env.region },
        // CodeBuild's own image with its Node 20: the smoke needs neither Chromium nor Java.
        buildEnvironment: {
          buildImage: LinuxBuildImage.STANDARD_7_0,
          environmentVariables: {
            SMOKE_COGNITO_CLIENT_ID: smokeSecret(smokeSecretName, 'clientId'),
            SMOKE_USERNAME: smokeSecret(smokeSecretName, 'username'),
            SMOKE_PASSWORD: smokeSecret(smokeSecretName, 'password'),
          },
        },
        partialBuildSpec: BuildSpec.fromObject({ phases: { install: { 'runtime-versions': { nodejs: '20' } } } }),
        timeout: Duration.minutes(15),
      }),
    );
    return stage;
  }
}

/** `-c pipeline=true`: whether this synth is the pipeline's (the pipeline stack and, inside it, its stages). */
export const isPipelineSynth = (app: App): boolean => {
  const value: unknown = app.node.tryGetContext('pipeline');
  if (value === undefined || value === false || value === 'false') return false;
  if (value !== true && value !== 'true') throw new Error(`Context "pipeline" is true or false, not ${String(value)}.`);
  if (app.node.tryGetContext('stage') !== undefined)
    throw new Error('Give either -c pipeline=true (the pipeline deploys every stage) or -c stage=<name>, not both.');
  return true;
};

/** The pipeline stack of `infra/stages/pipeline.json`, promoting through `staging.json` and `prod.json`. */
export const createPipeline = (app: App, props: { webDistPath: string }): PipelineStack =>
  new PipelineStack(app, 'Opsdesk-Pipeline', {
    description: 'Opsdesk delivery pipeline: build and test once, deploy the one assembly to staging, then prod',
    pipeline: loadPipelineConfig(),
    stages: { staging: loadStageConfig('staging'), prod: loadStageConfig('prod') },
    webDistPath: props.webDistPath,
  });
