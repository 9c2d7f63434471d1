import { type CfnOutput, type Environment, Stage, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { EDGE_REGION, EdgeStack } from './stacks/edge-stack.js';
import { OperationsStack } from './stacks/operations-stack.js';
import { StatefulStack } from './stacks/stateful-stack.js';
import { StatelessStack } from './stacks/stateless-stack.js';
import type { StageConfig } from './stage-config.js';
import { trafficLimitsOf } from './traffic-limits.js';

export interface OpsdeskStageProps {
  /** The stage's configuration (infra/stages/<stage>.json, loadStageConfig): everything that differs between stages. */
  config: StageConfig;
  /** The built web app; the stack synthesizes without it (see WebHosting.deploySite). */
  webDistPath: string;
  /**
   * Where to deploy when the configuration leaves it open (`env: null`): `infra/bin/app.ts` passes the account
   * and region of the CLI's credentials. Ignored when the configuration names its environment.
   */
  env?: Environment;
  /** Cognito domain prefix when the configuration names none (context `opsdesk:authDomainPrefix`). */
  authDomainPrefix?: string;
}

/**
 * One Opsdesk deployment — stateful, stateless, the us-east-1 edge stack and operations (alarms, dashboard) — built from its stage's configuration
 * and nothing else: `infra/bin/app.ts` makes one for `-c stage=<name>`, the delivery pipeline one per stage it
 * deploys, and the infra tests the same, so they check exactly what is deployed. No code here or below branches
 * on the stage's name; its stacks are named after it (`<stage>-Opsdesk-Stateful`, …), so stages can share an account.
 *
 * cdk-nag's AwsSolutions checks are registered on the stage itself (a policy-validation plugin, cdk-nag 3): an
 * unacknowledged finding (error or warning) makes the synth throw `ValidationFailed`, wherever the stage is built.
 */
export class OpsdeskStage extends Stage {
  readonly config: StageConfig;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
  readonly edge: EdgeStack;
  /** The stage's alarms (SNS topic) and its dashboard, over every function and queue of the other stacks. */
  readonly operations: OperationsStack;
  /** The web app's origin as a stack output (`https://` + the stage's domain, else the distribution's). */
  readonly webUrl: CfnOutput;

  constructor(scope: Construct, id: string, props: OpsdeskStageProps) {
    const { config } = props;
    // The configuration's environment wins; the caller's (the CLI's credentials) only fills an open one.
    const env = config.env ?? props.env;
    super(scope, id, { env });
    this.config = config;
    const retain = config.removalPolicy === 'retain';

    this.stateful = new StatefulStack(this, 'Opsdesk-Stateful', {
      stackName: `${config.stage}-Opsdesk-Stateful`,
      env,
      description: `Opsdesk ${config.stage}: data and identities (DynamoDB table, SQS queues, Cognito user pool)`,
      // Follows the removal policy: a stage whose data is retained cannot be deleted by accident either.
      terminationProtection: retain,
      config,
      authDomainPrefix: props.authDomainPrefix,
    });
    // The distribution's web ACL must be created in us-east-1. With a known region the edge stack is
    // pinned there; an environment-agnostic synth (offline, tests) keeps it agnostic like the others,
    // because a reference across regions needs both regions known — such a template deploys only to
    // us-east-1, and `cdk deploy` (which knows the account) always gives a region.
    this.edge = new EdgeStack(this, 'Opsdesk-Edge', {
      stackName: `${config.stage}-Opsdesk-Edge`,
      env: env?.region ? { account: env.account, region: EDGE_REGION } : env,
      description: `Opsdesk ${config.stage}: the CloudFront web ACL (per-IP rate limits); always in us-east-1`,
      terminationProtection: retain,
      limits: trafficLimitsOf(config.throttles),
    });
    this.stateless = new StatelessStack(this, 'Opsdesk-Stateless', {
      stackName: `${config.stage}-Opsdesk-Stateless`,
      env,
      description: `Opsdesk ${config.stage}: code (Lambda functions, HTTP API, web app hosting)`,
      config,
      stateful: this.stateful,
      webDistPath: props.webDistPath,
      webAclArn: this.edge.webAcl.attrArn,
    });
    this.webUrl = this.stateless.webUrl;
    // Last: it alarms on every function of the stacks above, found by walking them (a function added after it
    // fails the synth).
    this.operations = new OperationsStack(this, 'Opsdesk-Operations', {
      stackName: `${config.stage}-Opsdesk-Operations`,
      env,
      description: `Opsdesk ${config.stage}: alarms (SNS topic) and the Opsdesk-${config.stage} dashboard`,
      config,
      stateful: this.stateful,
      stateless: this.stateless,
    });

    Tags.of(this).add('project', 'opsdesk');
    Tags.of(this).add('stage', config.stage);
    Validations.of(this).addPlugins(new AwsSolutionsChecks(this));
  }
}
