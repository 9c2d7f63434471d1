import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { loadSeller } from '../../../functions/config/stage.js';
import { AppFunction } from '../../../infra/constructs/app-function.js';
import { LOG_RETENTION_DAYS, loadStageConfig, type StageConfig } from '../../../infra/stage-config.js';

const dev = loadStageConfig('dev');

const synth = (environment?: Record<string, string>, stage: StageConfig = dev) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Functions');
  new AppFunction(stack, 'Fn', {
    entry: 'functions/identity/pre-token-generation.ts',
    serviceName: 'opsdesk-test',
    environment,
    stage,
  });
  return Template.fromStack(stack);
};

describe('AppFunction', () => {
  it('holds the Lambda defaults, X-Ray tracing included', () => {
    synth().hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 10,
      Handler: 'index.handler',
      LoggingConfig: { LogFormat: 'JSON', LogGroup: Match.anyValue() },
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('merges the caller environment over the defaults and the stage’s variables instead of replacing them', () => {
    const template = synth({ TABLE_NAME: 'opsdesk', NODE_OPTIONS: '--enable-source-maps --stack-trace-limit=50' });
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fn?.Properties.Environment.Variables).toEqual({
      POWERTOOLS_SERVICE_NAME: 'opsdesk-test',
      POWERTOOLS_METRICS_NAMESPACE: 'Opsdesk',
      STAGE: 'dev',
      SELLER: JSON.stringify(dev.seller),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      NODE_OPTIONS: '--enable-source-maps --stack-trace-limit=50',
      TABLE_NAME: 'opsdesk',
    });
  });

  it('gives the function the stage’s seller in a form its cold start accepts', () => {
    const [fn] = Object.values(synth().findResources('AWS::Lambda::Function'));
    const before = process.env.SELLER;
    process.env.SELLER = fn?.Properties.Environment.Variables.SELLER;
    try {
      expect(loadSeller()).toEqual(dev.seller);
    } finally {
      if (before === undefined) delete process.env.SELLER;
      else process.env.SELLER = before;
    }
  });

  it('refuses to start without a valid SELLER, naming the variable and the field', () => {
    const before = process.env.SELLER;
    try {
      delete process.env.SELLER;
      expect(() => loadSeller()).toThrow('Environment variable SELLER is not set');
      process.env.SELLER = '{not json';
      expect(() => loadSeller()).toThrow(/SELLER is not JSON/);
      process.env.SELLER = JSON.stringify({ ...dev.seller, country: 'Germany' });
      expect(() => loadSeller()).toThrow(/SELLER is not a valid seller: country: an ISO 3166-1 alpha-2 country code/);
    } finally {
      if (before === undefined) delete process.env.SELLER;
      else process.env.SELLER = before;
    }
  });

  it('keeps its logs as long as the stage says', () => {
    synth().hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: dev.logs.functionRetentionDays });
    synth(undefined, { ...dev, logs: { ...dev.logs, functionRetentionDays: 365 } }).hasResourceProperties(
      'AWS::Logs::LogGroup',
      { RetentionInDays: 365 },
    );
  });

  it('accepts exactly the retention periods CloudWatch Logs has', () => {
    const known = new Set<number>(Object.values(RetentionDays).filter((value) => typeof value === 'number'));
    for (const days of LOG_RETENTION_DAYS) expect(known.has(days), String(days)).toBe(true);
  });

  it('writes to its own log group and X-Ray only, through a role without AWS managed policies', () => {
    const template = synth();
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Effect: 'Allow',
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnLogGroup'), 'Arn'] },
          },
          // The acknowledgement of IAM5 Resource::* on the role holds only while X-Ray is all that is granted on *.
          { Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Effect: 'Allow', Resource: '*' },
        ],
      },
    });
  });
});
