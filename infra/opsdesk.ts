import { type App, type Environment, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EDGE_REGION, EdgeStack } from './stacks/edge-stack.js';
import { StatefulStack } from './stacks/stateful-stack.js';
import { StatelessStack } from './stacks/stateless-stack.js';

export interface OpsdeskProps {
  env?: Environment;
  /** The built web app; the stack synthesizes without it (see WebHosting.deploySite). */
  webDistPath: string;
  authDomainPrefix?: string;
}

/**
 * The whole Opsdesk deployment on an App (stateful, stateless and the us-east-1 edge stack), with the cdk-nag AwsSolutions checks registered. Shared by
 * `infra/bin/app.ts` and the infra tests, so the tests check exactly what `cdk synth` produces.
 * cdk-nag 3 is a policy-validation plugin: an unacknowledged finding (error or warning) makes
 * `app.synth()` throw `ValidationFailed`.
 */
export const createOpsdesk = (app: App, props: OpsdeskProps) => {
  const stateful = new StatefulStack(app, 'Opsdesk-Stateful', {
    env: props.env,
    description: 'Opsdesk data and identities: DynamoDB table, SQS queues, Cognito user pool',
    terminationProtection: true,
    authDomainPrefix: props.authDomainPrefix,
  });
  // The distribution's web ACL must be created in us-east-1. With a known region the edge stack is
  // pinned there; an environment-agnostic synth (offline, tests) keeps it agnostic like the others,
  // because a reference across regions needs both regions known — such a template deploys only to
  // us-east-1, and `cdk deploy` (which knows the account) always gives a region.
  const edge = new EdgeStack(app, 'Opsdesk-Edge', {
    env: props.env?.region ? { account: props.env.account, region: EDGE_REGION } : props.env,
    description: 'Opsdesk edge: the CloudFront web ACL (per-IP rate limits); always in us-east-1',
  });
  const stateless = new StatelessStack(app, 'Opsdesk-Stateless', {
    env: props.env,
    description: 'Opsdesk code: Lambda functions, HTTP API, web app hosting',
    stateful,
    webDistPath: props.webDistPath,
    webAclArn: edge.webAcl.attrArn,
  });
  Tags.of(app).add('project', 'opsdesk');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stateless, edge };
};
