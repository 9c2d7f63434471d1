import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { ALARM_THRESHOLDS, heartbeatLimit, scheduleGapMinutes } from '../../../infra/constructs/operations-alarms.js';
import { PROJECT_ROOT } from '../../../infra/project-root.js';
import { OperationsStack } from '../../../infra/stacks/operations-stack.js';
import { StatefulStack } from '../../../infra/stacks/stateful-stack.js';
import { deployedContexts, StatelessStack } from '../../../infra/stacks/stateless-stack.js';
import { loadStageConfig, type StageConfig } from '../../../infra/stage-config.js';
import { BUSINESS_METRICS, OPERATIONS_METRICS } from '../../../shared/contracts/metrics.js';
import { QUEUES, SCHEDULES } from '../../../shared/contracts/resources.js';

/** cdk.json's feature flags (weak cross-stack references among them), bundling skipped. */
const appContext = () => ({
  ...JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context,
  'aws:cdk:bundling-stacks': [],
});

const fakeWebDist = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  return dir;
};

interface BuildOptions {
  config?: StageConfig;
  /** Runs on the stateless stack before the operations stack is built. */
  before?: (stateless: StatelessStack) => void;
  nag?: boolean;
}

/** The stateful, stateless and operations stacks of one stage, as the stage wires them. */
const build = ({ config = loadStageConfig('dev'), before, nag }: BuildOptions = {}) => {
  const app = new App({ context: appContext() });
  const env = config.env ?? undefined;
  const stateful = new StatefulStack(app, 'Opsdesk-Stateful', {
    stackName: `${config.stage}-Opsdesk-Stateful`,
    env,
    config,
  });
  const stateless = new StatelessStack(app, 'Opsdesk-Stateless', {
    stackName: `${config.stage}-Opsdesk-Stateless`,
    env,
    config,
    stateful,
    webDistPath: fakeWebDist(),
  });
  before?.(stateless);
  const operations = new OperationsStack(app, 'Opsdesk-Operations', {
    stackName: `${config.stage}-Opsdesk-Operations`,
    env,
    config,
    stateful,
    stateless,
  });
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, config, stateful, stateless, operations };
};

type Json = any;

/** The stage's templates, and a resolver from the operations stack's cross-stack values to `<stack>/<logical id>`. */
const templatesOf = (built: ReturnType<typeof build>) => {
  const producers = new Map(
    [built.stateful, built.stateless].map((stack) => [stack.stackName, Template.fromStack(stack).toJSON()]),
  );
  const operations = Template.fromStack(built.operations).toJSON();
  /** `{Fn::GetStackOutput}` (weak) or `{Fn::ImportValue}` (strong) → the producer's output value → what it names. */
  const referenced = (value: Json): string => {
    let stackName: string | undefined;
    let output: Json;
    if (value?.['Fn::GetStackOutput']) {
      stackName = value['Fn::GetStackOutput'].StackName;
      output = producers.get(stackName!)?.Outputs?.[value['Fn::GetStackOutput'].OutputName];
    } else if (value?.['Fn::ImportValue']) {
      for (const [name, template] of producers)
        for (const candidate of Object.values<Json>(template.Outputs ?? {}))
          if (candidate.Export?.Name === value['Fn::ImportValue']) [stackName, output] = [name, candidate];
    }
    const target = output?.Value;
    const logicalId = target?.Ref ?? target?.['Fn::GetAtt']?.[0];
    if (!stackName || !logicalId) throw new Error(`Not a reference to another stack: ${JSON.stringify(value)}`);
    return `${stackName}/${logicalId}`;
  };
  const alarms = Object.values<Json>(operations.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
  /** Every metric an alarm reads (plain, or each metric of its math expression). */
  const metricsOf = (alarm: Json): { namespace: string; name: string; dimensions: Record<string, Json> }[] => {
    const p = alarm.Properties;
    const plain = p.MetricName ? [{ Namespace: p.Namespace, MetricName: p.MetricName, Dimensions: p.Dimensions }] : [];
    const math = (p.Metrics ?? []).flatMap((m: Json) => (m.MetricStat ? [m.MetricStat.Metric] : []));
    return [...plain, ...math].map((m: Json) => ({
      namespace: m.Namespace,
      name: m.MetricName,
      dimensions: Object.fromEntries((m.Dimensions ?? []).map((d: Json) => [d.Name, d.Value])),
    }));
  };
  return { producers, operations, referenced, alarms, metricsOf };
};

const dev = build();
const t = templatesOf(dev);

/** `<stack>/<logical id>` of every Lambda function of the stateful and stateless templates. */
const lambdaFunctions = (templates: ReturnType<typeof templatesOf>) =>
  [...templates.producers].flatMap(([stackName, template]) =>
    Object.entries<Json>(template.Resources)
      .filter(([, resource]) => resource.Type === 'AWS::Lambda::Function')
      .map(([logicalId]) => `${stackName}/${logicalId}`),
  );

/** Per `<stack>/<function>`, the Lambda metric names alarmed on. */
const lambdaAlarmCoverage = (templates: ReturnType<typeof templatesOf>) => {
  const covered = new Map<string, Set<string>>();
  for (const alarm of templates.alarms)
    for (const metric of templates.metricsOf(alarm)) {
      if (metric.namespace !== 'AWS/Lambda') continue;
      const fn = templates.referenced(metric.dimensions.FunctionName);
      covered.set(fn, (covered.get(fn) ?? new Set()).add(metric.name));
    }
  return covered;
};

const alarmsOn = (namespace: string, name: string) =>
  t.alarms.filter((alarm) => t.metricsOf(alarm).some((m) => m.namespace === namespace && m.name === name));

describe('operations stack: Lambda alarms', () => {
  it('gives every Lambda function of both stacks, CDK-internal ones included, an Errors and a Throttles alarm', () => {
    const functions = lambdaFunctions(t);
    // The contexts, jobs, consumers, event function and authorizer, the Cognito trigger and BucketDeployment's handler.
    expect(functions.length).toBeGreaterThanOrEqual(deployedContexts().length + SCHEDULES.length + 2 * QUEUES.length);
    expect(functions.some((fn) => fn.includes('CDKBucketDeployment'))).toBe(true);
    expect(functions.some((fn) => fn.includes('PreTokenGeneration'))).toBe(true);
    const covered = lambdaAlarmCoverage(t);
    for (const fn of functions) {
      expect(covered.get(fn), fn).toBeDefined();
      expect([...covered.get(fn)!].sort(), fn).toEqual(expect.arrayContaining(['Errors', 'Throttles']));
    }
    expect([...covered.keys()].sort()).toEqual([...functions].sort());
  });

  it('alarms on an HTTP function by error rate with a floor, and on any other function at its first error', () => {
    const tenancy = t.alarms.find((a) => a.Properties.AlarmName === 'Opsdesk-dev-Stateless-tenancy-http-errors');
    expect(tenancy.Properties.Metrics[0].Expression).toBe(
      `IF(errors >= ${ALARM_THRESHOLDS.requestFunctionErrors}, 100 * errors / invocations, 0)`,
    );
    expect(tenancy.Properties.Threshold).toBe(ALARM_THRESHOLDS.requestFunctionErrorPercent);
    const job = t.alarms.find((a) => a.Properties.AlarmName === 'Opsdesk-dev-Stateless-sync-hosts-job-errors');
    expect(job.Properties).toMatchObject({
      MetricName: 'Errors',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('alarms on both authorizers as on HTTP functions: every request that needs a caller runs the API authorizer', () => {
    for (const name of ['api-authorizer', 'origin-authorizer']) {
      const alarm = t.alarms.find((a) => a.Properties.AlarmName === `Opsdesk-dev-Stateless-${name}-errors`);
      expect(alarm, name).toBeDefined();
      expect(alarm.Properties.Metrics[0].Expression, name).toBe(
        `IF(errors >= ${ALARM_THRESHOLDS.requestFunctionErrors}, 100 * errors / invocations, 0)`,
      );
      expect(alarm.Properties.AlarmDescription, name).toContain(name.replace('-', ' ').replace('api', 'API'));
      expect(
        t.alarms.some((a) => a.Properties.AlarmName === `Opsdesk-dev-Stateless-${name}-throttles`),
        name,
      ).toBe(true);
    }
  });

  it('covers a function added to a stack before the operations stack is built', () => {
    const extended = templatesOf(
      build({
        before: (stateless) =>
          new LambdaFunction(stateless, 'AddedLater', {
            runtime: Runtime.NODEJS_24_X,
            handler: 'index.handler',
            code: Code.fromInline('exports.handler = async () => {};'),
          }),
      }),
    );
    const added = lambdaFunctions(extended).filter((fn) => fn.includes('AddedLater'));
    expect(added).toHaveLength(1);
    expect([...(lambdaAlarmCoverage(extended).get(added[0]!) ?? [])].sort()).toEqual(['Errors', 'Throttles']);
  });

  it('refuses to synthesize when a function is added after the operations stack was built', () => {
    const late = build();
    new LambdaFunction(late.stateless, 'AddedTooLate', {
      runtime: Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => {};'),
    });
    expect(() => late.app.synth()).toThrow(/AddedTooLate.*has no Errors\/Throttles alarm/);
  });
});

describe('operations stack: queue alarms', () => {
  const queues = t.producers.get('dev-Opsdesk-Stateful')!.Resources as Record<string, Json>;
  const deadLetterQueueIds = Object.values(queues)
    .filter((r) => r.Type === 'AWS::SQS::Queue' && r.Properties.RedrivePolicy)
    .map((r) => r.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0] as string);
  const queueOf = (alarm: Json) => t.referenced(t.metricsOf(alarm)[0]!.dimensions.QueueName);

  it('alarms on every dead-letter queue with a message visible, and on every message dead-lettered', () => {
    expect(deadLetterQueueIds).toHaveLength(QUEUES.length);
    const visible = alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible');
    const received = alarmsOn('AWS/SQS', 'NumberOfMessagesReceived');
    for (const id of deadLetterQueueIds) {
      const onVisible = visible.filter((alarm) => queueOf(alarm) === `dev-Opsdesk-Stateful/${id}`);
      expect(onVisible, id).toHaveLength(1);
      expect(onVisible[0].Properties).toMatchObject({
        Statistic: 'Maximum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
      const onReceived = received.filter((alarm) => queueOf(alarm) === `dev-Opsdesk-Stateful/${id}`);
      expect(onReceived[0]?.Properties).toMatchObject({ Statistic: 'Sum', Threshold: 1 });
    }
  });

  it('alarms on the age of every queue’s oldest message; billing-sync after an hour', () => {
    const age = alarmsOn('AWS/SQS', 'ApproximateAgeOfOldestMessage');
    expect(age).toHaveLength(QUEUES.length);
    const billingSync = dev.stateful.queues.get('billing-sync')!;
    const logicalId = dev.stateful.getLogicalId(billingSync.node.defaultChild as never);
    const onBillingSync = age.find((alarm) => queueOf(alarm) === `dev-Opsdesk-Stateful/${logicalId}`);
    expect(onBillingSync.Properties).toMatchObject({
      Threshold: 3600,
      ComparisonOperator: 'GreaterThanThreshold',
      Statistic: 'Maximum',
    });
  });
});

describe('operations stack: API alarms', () => {
  const apiId = Object.entries<Json>(t.producers.get('dev-Opsdesk-Stateless')!.Resources).find(
    ([, r]) => r.Type === 'AWS::ApiGatewayV2::Api',
  )![0];

  it('alarms on the 5xx share of the HTTP API’s requests above 1 % from 20 requests in 5 minutes', () => {
    const [alarm] = alarmsOn('AWS/ApiGateway', '5xx');
    const p = alarm.Properties;
    expect(p.Metrics[0].Expression).toBe('IF(requests >= 20, 100 * errors / requests, 0)');
    expect(p).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1 });
    const count = t.metricsOf(alarm).find((m) => m.name === 'Count')!;
    expect(t.referenced(count.dimensions.ApiId)).toBe(`dev-Opsdesk-Stateless/${apiId}`);
    expect(p.Metrics.find((m: Json) => m.Id === 'requests').MetricStat).toMatchObject({ Period: 300, Stat: 'Sum' });
  });

  it('alarms on p99 latency above 3 s in 3 of 5 periods', () => {
    const [alarm] = alarmsOn('AWS/ApiGateway', 'Latency');
    expect(alarm.Properties).toMatchObject({
      ExtendedStatistic: 'p99',
      Threshold: 3000,
      EvaluationPeriods: 5,
      DatapointsToAlarm: 3,
      TreatMissingData: 'notBreaching',
    });
  });
});

describe('operations stack: the operations gauges', () => {
  const dimensions = (alarm: Json) =>
    Object.fromEntries(alarm.Properties.Dimensions.map((d: Json) => [d.Name, d.Value]));

  it('alarms on the outbox’s oldest unsent item above 900 s and a period close unfinished for an hour', () => {
    const [outbox] = alarmsOn('Opsdesk', OPERATIONS_METRICS.outboxOldestUnsentSeconds).filter(
      (a) => a.Properties.Statistic === 'Maximum',
    );
    expect(outbox.Properties).toMatchObject({ Threshold: 900, TreatMissingData: 'notBreaching' });
    expect(dimensions(outbox)).toEqual({ service: 'opsdesk', stage: 'dev' });
    const [close] = alarmsOn('Opsdesk', OPERATIONS_METRICS.periodCloseUnfinishedMinutes);
    expect(close.Properties).toMatchObject({ Threshold: 60, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('alarms when the gauges stop arriving, missing data breaching', () => {
    const [missing] = alarmsOn('Opsdesk', OPERATIONS_METRICS.outboxOldestUnsentSeconds).filter(
      (a) => a.Properties.Statistic === 'SampleCount',
    );
    expect(missing.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      EvaluationPeriods: 3,
      TreatMissingData: 'breaching',
    });
  });

  it('has a heartbeat alarm per scheduled job: interval jobs after two missed runs, the monthly close after a month and a day', () => {
    const heartbeats = alarmsOn('Opsdesk', OPERATIONS_METRICS.schedulerHeartbeatAgeMinutes);
    expect(heartbeats.map((alarm) => dimensions(alarm).job).sort()).toEqual(SCHEDULES.map((s) => s.id).sort());
    for (const schedule of SCHEDULES) {
      const alarm = heartbeats.find((a) => dimensions(a).job === schedule.id);
      expect(dimensions(alarm)).toEqual({ service: 'opsdesk', stage: 'dev', job: schedule.id });
      expect(alarm.Properties.Threshold).toBe(heartbeatLimit(schedule).minutes);
      expect(alarm.Properties.TreatMissingData).toBe('cron' in schedule ? 'notBreaching' : 'breaching');
    }
    const byJob = (id: string) => heartbeats.find((a) => dimensions(a).job === id).Properties.Threshold;
    expect(byJob('release-tasks')).toBe(12);
    expect(byJob('close-previous-period')).toBe(32 * 24 * 60);
  });

  it('knows daily and monthly crons and refuses any other', () => {
    const job = { id: 'x', context: 'billing', rateMinutes: 60, purpose: 'x' } as const;
    expect(scheduleGapMinutes({ ...job, cron: 'cron(0 2 * * ? *)' })).toEqual({ minutes: 1440, calendar: true });
    expect(scheduleGapMinutes({ ...job, cron: 'cron(0 2 1 * ? *)' }).minutes).toBe(31 * 1440);
    expect(() => scheduleGapMinutes({ ...job, cron: 'cron(0 2 ? * MON *)' })).toThrow(/no heartbeat threshold/);
  });
});

describe('operations stack: topic', () => {
  const topics = Object.entries<Json>(t.operations.Resources).filter(([, r]) => r.Type === 'AWS::SNS::Topic');

  it('sends every alarm and its recovery to the stage’s one topic', () => {
    expect(topics).toHaveLength(1);
    const ref = { Ref: topics[0]![0] };
    expect(t.alarms.length).toBe(dev.operations.alarms.rows.length);
    for (const alarm of t.alarms) {
      expect(alarm.Properties.AlarmActions, alarm.Properties.AlarmName).toEqual([ref]);
      expect(alarm.Properties.OKActions, alarm.Properties.AlarmName).toEqual([ref]);
      expect(alarm.Properties.AlarmName).toMatch(/^Opsdesk-dev-/);
    }
  });

  it('is encrypted with a rotated key of its own, SSL only, published to only by this stage’s alarms', () => {
    const topic = topics[0]![1];
    const keyId = topic.Properties.KmsMasterKeyId['Fn::GetAtt'][0];
    expect(t.operations.Resources[keyId].Properties.EnableKeyRotation).toBe(true);
    const policy = Object.values<Json>(t.operations.Resources).find((r) => r.Type === 'AWS::SNS::TopicPolicy');
    const statements = policy.Properties.PolicyDocument.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const publish = statements.find((s: Json) => s.Principal?.Service === 'cloudwatch.amazonaws.com');
    expect(JSON.stringify(publish.Condition.ArnLike)).toContain(':alarm:Opsdesk-dev-*');
    const keyStatements = t.operations.Resources[keyId].Properties.KeyPolicy.Statement;
    expect(keyStatements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
  });

  it('has no subscription without an e-mail address, and an e-mail subscription with one', () => {
    expect(dev.config.alarms.email).toBeNull();
    expect(Object.values<Json>(t.operations.Resources).filter((r) => r.Type === 'AWS::SNS::Subscription')).toEqual([]);
    const prod = build({ config: loadStageConfig('prod') });
    const subscriptions = Template.fromStack(prod.operations).findResources('AWS::SNS::Subscription');
    expect(Object.values<Json>(subscriptions).map((s) => s.Properties)).toEqual([
      expect.objectContaining({ Protocol: 'email', Endpoint: prod.config.alarms.email }),
    ]);
  });
});

describe('operations stack: dashboard', () => {
  const dashboards = Object.values<Json>(t.operations.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Dashboard');
  /** The body with every CloudFormation value replaced by a placeholder, parsed. */
  const body = JSON.parse(
    (dashboards[0]!.Properties.DashboardBody['Fn::Join'][1] as Json[])
      .map((part) => (typeof part === 'string' ? part : 'CFN'))
      .join(''),
  );
  const widget = (title: string) => body.widgets.find((w: Json) => w.properties.title?.startsWith(title));
  /** `[namespace, name, dim, value, …, {options}]` → name and options. */
  const metricsOf = (w: Json) =>
    (w.properties.metrics as Json[][]).map((m) => ({ name: m[1] as string, options: m.at(-1) as Json }));

  it('is one dashboard named Opsdesk-<stage>, with the state of every alarm', () => {
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0].Properties.DashboardName).toBe('Opsdesk-dev');
    const alarmWidgets = body.widgets.filter((w: Json) => w.type === 'alarm');
    expect(alarmWidgets.flatMap((w: Json) => w.properties.alarms)).toHaveLength(t.alarms.length);
  });

  it('shows the API’s requests, 4xx, 5xx and latency, and each bounded context’s invocations, errors, p99 duration', () => {
    expect(metricsOf(widget('API: requests')).map((m) => m.name)).toEqual(['Count', '4xx', '5xx']);
    expect(metricsOf(widget('API: latency')).map((m) => m.options.stat)).toEqual(['p50', 'p99']);
    for (const context of deployedContexts()) {
      const metrics = metricsOf(widget(`Context ${context}:`));
      expect(
        metrics.map((m) => m.name),
        context,
      ).toEqual(['Invocations', 'Errors', 'Duration']);
      expect(metrics[2]!.options.stat).toBe('p99');
    }
  });

  it('shows every queue and every dead-letter queue', () => {
    for (const queue of QUEUES) {
      expect(metricsOf(widget(`Queue ${queue.id}:`)).map((m) => m.name)).toContain('ApproximateAgeOfOldestMessage');
      expect(metricsOf(widget(`Dead-letter queue ${queue.id}:`)).map((m) => m.name)).toContain(
        'ApproximateNumberOfMessagesVisible',
      );
    }
  });

  it('sums each business event per hour and shows every operations gauge', () => {
    const business = metricsOf(widget('Business events per hour'));
    expect(business.map((m) => m.name)).toEqual(Object.values(BUSINESS_METRICS));
    for (const metric of business) expect(metric.options).toMatchObject({ stat: 'Sum', period: 3600 });
    const gauges = body.widgets
      .filter((w: Json) => w.properties.title?.startsWith('Opsdesk:'))
      .flatMap((w: Json) => metricsOf(w).map((m) => m.name));
    expect(new Set(gauges)).toEqual(new Set(Object.values(OPERATIONS_METRICS)));
  });
});

describe('operations stack: cdk-nag', () => {
  it('synthesizes with the AwsSolutions checks and no unacknowledged finding', () => {
    const checked = build({ config: loadStageConfig('prod'), nag: true });
    expect(() => checked.app.synth()).not.toThrow();
  });
});
