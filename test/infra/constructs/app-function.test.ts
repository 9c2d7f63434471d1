import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { AppFunction } from '../../../infra/constructs/app-function.js';

const synth = (environment?: Record<string, string>) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Functions');
  new AppFunction(stack, 'Fn', {
    entry: 'functions/identity/pre-token-generation.ts',
    serviceName: 'opsdesk-test',
    environment,
  });
  return Template.fromStack(stack);
};

describe('AppFunction', () => {
  it('holds the Lambda defaults', () => {
    synth().hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 10,
      Handler: 'index.handler',
      LoggingConfig: { LogFormat: 'JSON', LogGroup: Match.anyValue() },
    });
  });

  it('merges the caller environment over the defaults instead of replacing them', () => {
    const template = synth({ TABLE_NAME: 'opsdesk', NODE_OPTIONS: '--enable-source-maps --stack-trace-limit=50' });
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fn?.Properties.Environment.Variables).toEqual({
      POWERTOOLS_SERVICE_NAME: 'opsdesk-test',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      NODE_OPTIONS: '--enable-source-maps --stack-trace-limit=50',
      TABLE_NAME: 'opsdesk',
    });
  });

  it('writes to its own log group with a retention, through a role without AWS managed policies', () => {
    const template = synth();
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Effect: 'Allow',
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnLogGroup'), 'Arn'] },
          },
        ],
      },
    });
  });
});
