import { type App, type Environment, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { StatefulStack } from './stacks/stateful-stack.js';
import { StatelessStack } from './stacks/stateless-stack.js';

export interface OpsdeskProps {
  env?: Environment;
  /** The built web app; the stack synthesizes without it (see WebHosting.deploySite). */
  webDistPath: string;
  authDomainPrefix?: string;
}

/**
 * The whole Opsdesk deployment on an App, with the cdk-nag AwsSolutions checks registered. Shared by
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
  const stateless = new StatelessStack(app, 'Opsdesk-Stateless', {
    env: props.env,
    description: 'Opsdesk code: Lambda functions, HTTP API, web app hosting',
    stateful,
    webDistPath: props.webDistPath,
  });
  Tags.of(app).add('project', 'opsdesk');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stateless };
};
