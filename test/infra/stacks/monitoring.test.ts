import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import type { AppFunction } from '../../../infra/constructs/app-function.js';
import { HostCheckDocument } from '../../../infra/constructs/host-check-document.js';
import { QUEUE_AGE_LIMITS } from '../../../infra/constructs/operations-alarms.js';
import { MONITORING_ENV } from '../../../infra/stacks/stateless-stack.js';
import { BUSINESS_METRICS } from '../../../shared/contracts/metrics.js';
import { QUEUES, queueUrlEnvName, SCHEDULES } from '../../../shared/contracts/resources.js';
import { HOST_CHECK_DOCUMENT, hostCheckDocument } from '../../../shared/monitoring/host-check.js';
import { AUTOMATED_TASK_TYPES, DOCUMENT_PREFIX, documentName } from '../../../shared/tasks/catalogue.js';
import { flat, list, type Statement } from '../support/iam.js';
import { createTestOpsdesk } from '../support/opsdesk-app.js';

const { stateful, stateless, stage } = createTestOpsdesk();
const template = Template.fromStack(stateless).toJSON();
const resources = template.Resources as Record<string, { Type: string; Properties: any }>;
const logicalId = (element: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId(element.node.defaultChild as CfnElement);
const statefulLogicalId = (element: { node: { defaultChild?: unknown } }) =>
  stateful.getLogicalId(element.node.defaultChild as CfnElement);
const ofType = (type: string) => Object.values(resources).filter((resource) => resource.Type === type);

const variablesOf = (fn: AppFunction): Record<string, unknown> =>
  resources[logicalId(fn.function)]!.Properties.Environment.Variables;
const statementsOf = (role: IRole): Statement[] =>
  ofType('AWS::IAM::Policy')
    .filter((policy) => list(policy.Properties.Roles).some((ref: any) => ref.Ref === logicalId(role)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
const actionsOf = (fn: AppFunction): string[] =>
  statementsOf(fn.function.role!).flatMap((statement) => list(statement.Action));
/** A value of the stateless template that comes from the stateful stack names the producer's logical id. */
const references = (value: unknown, element: { node: { defaultChild?: unknown } }) =>
  JSON.stringify(value).includes(statefulLogicalId(element));

const http = stateless.functions.get('monitoring')!;
const dispatch = stateless.scheduledFunctions.get('dispatch-monitors')!;
const paging = stateless.scheduledFunctions.get('page-incidents')!;
const checkers = stateless.queueConsumers.get('monitor-checks')!;
const monitoringFunctions = [
  ['http', http],
  ['dispatch-monitors', dispatch],
  ['page-incidents', paging],
  ['check-monitors', checkers.consumer],
  ['check-monitors-dead-letters', checkers.deadLetter],
] as const;
const signers = [
  ['http', http],
  ['dispatch-monitors', dispatch],
  ['page-incidents', paging],
  ['check-monitors', checkers.consumer],
] as const;

describe('monitoring: functions and their grants', () => {
  it('deploys the HTTP function, the two minute jobs and the checker with its dead-letter consumer', () => {
    for (const [name, fn] of monitoringFunctions) expect(fn, name).toBeDefined();
  });

  it('never lets the monitoring HTTP function Scan or use a wildcard table action', () => {
    const actions = actionsOf(http);
    expect(actions).toContain('dynamodb:Query');
    expect(actions).toContain('dynamodb:PutItem');
    for (const action of actions) {
      expect(action).not.toBe('dynamodb:Scan');
      expect(action).not.toMatch(/^dynamodb:(\*|PartiQL)/);
    }
    // Customers' requests go through the tenant-data role, which denies Scan outright.
    const tenantData = `<${logicalId(stateless.tenantData.role)}.Arn>`;
    expect(
      statementsOf(http.function.role!).some((statement) => list(statement.Resource).map(flat).includes(tenantData)),
    ).toBe(true);
  });

  it('lets every monitoring function read and write the table, none Scan it', () => {
    for (const [name, fn] of monitoringFunctions) {
      expect(variablesOf(fn).TABLE_NAME, name).toBeDefined();
      expect(actionsOf(fn), name).toEqual(expect.arrayContaining(['dynamodb:UpdateItem', 'dynamodb:Query']));
      expect(actionsOf(fn), name).not.toContain('dynamodb:Scan');
    }
  });

  it('lets only the dispatcher send to monitor-checks, with the queue’s URL', () => {
    const definition = QUEUES.find((queue) => queue.id === 'monitor-checks')!;
    const queue = stateful.queues.get('monitor-checks')!;
    expect(references(variablesOf(dispatch)[queueUrlEnvName(definition)], queue)).toBe(true);
    const sendsToChecks = (fn: AppFunction) =>
      statementsOf(fn.function.role!).some(
        (statement) => list(statement.Action).includes('sqs:SendMessage') && references(statement.Resource, queue),
      );
    expect(sendsToChecks(dispatch)).toBe(true);
    for (const [name, fn] of monitoringFunctions.filter(([name]) => name !== 'dispatch-monitors')) {
      expect(sendsToChecks(fn), name).toBe(false);
    }
  });

  it('requests diagnostic and remediation tasks the tasks context’s way: the task-dispatch queue, never SSM itself', () => {
    const taskQueue = stateful.queues.get('task-dispatch')!;
    for (const fn of [http, dispatch, checkers.consumer]) {
      const sends = statementsOf(fn.function.role!).filter((statement) =>
        list(statement.Action).includes('sqs:SendMessage'),
      );
      expect(sends.some((statement) => references(statement.Resource, taskQueue))).toBe(true);
    }
    for (const [name, fn] of monitoringFunctions) {
      expect(
        actionsOf(fn).filter((action) => action.startsWith('ssm:')),
        name,
      ).toEqual([]);
    }
  });

  it('lets only the checker reach SSM, through the tenant-scoped task-runner role', () => {
    const runner = `<${logicalId(stateless.taskRuntime.runnerRole)}.Arn>`;
    const assumesRunner = (fn: AppFunction) =>
      statementsOf(fn.function.role!).some(
        (statement) =>
          list(statement.Action).includes('sts:AssumeRole') && list(statement.Resource).map(flat).includes(runner),
      );
    expect(assumesRunner(checkers.consumer)).toBe(true);
    expect(variablesOf(checkers.consumer)).toMatchObject({ HOST_RUNNER: 'ssm' });
    for (const [name, fn] of monitoringFunctions.filter(([name]) => name !== 'check-monitors')) {
      expect(assumesRunner(fn), name).toBe(false);
    }
  });

  it('runs the checker outside any VPC (egress is the internet; the SSRF guard is in its code) and refuses loopback', () => {
    expect(resources[logicalId(checkers.consumer.function)]!.Properties.VpcConfig).toBeUndefined();
    expect(ofType('AWS::EC2::VPC')).toHaveLength(0);
    for (const [name, fn] of monitoringFunctions) {
      expect(variablesOf(fn)[MONITORING_ENV.monitorAllowLoopback], name).toBe('false');
    }
    const anywhere = ofType('AWS::Lambda::Function').map(
      (fn) => fn.Properties.Environment?.Variables?.[MONITORING_ENV.monitorAllowLoopback],
    );
    expect(anywhere).not.toContain('true');
  });
});

describe('monitoring: the acknowledgement-link secret', () => {
  const secret = stateful.ackLinkSecret;
  const statefulTemplate = Template.fromStack(stateful).toJSON();
  const readsSecret = (fn: AppFunction) =>
    statementsOf(fn.function.role!).some(
      (statement) =>
        list(statement.Action).includes('secretsmanager:GetSecretValue') && references(statement.Resource, secret),
    );

  it('is generated per stage in the stateful stack (mailed links survive a redeploy of the code)', () => {
    const properties = statefulTemplate.Resources[statefulLogicalId(secret)].Properties;
    expect(properties.GenerateSecretString).toMatchObject({ PasswordLength: 64, ExcludePunctuation: true });
    expect(properties.SecretString).toBeUndefined();
  });

  it.each(signers)('reaches %s as an ARN it may read, with the web origin the links point at', (_, fn) => {
    const variables = variablesOf(fn);
    expect(references(variables[MONITORING_ENV.ackLinkSecretArn], secret)).toBe(true);
    expect(variables.WEB_URL).toBeDefined();
    expect(readsSecret(fn)).toBe(true);
  });

  it('never reaches the dead-letter consumer or a function of another context, and never as a value', () => {
    expect(variablesOf(checkers.deadLetter)[MONITORING_ENV.ackLinkSecretArn]).toBeUndefined();
    expect(readsSecret(checkers.deadLetter)).toBe(false);
    for (const [context, fn] of stateless.functions) {
      if (context === 'monitoring') continue;
      expect(variablesOf(fn)[MONITORING_ENV.ackLinkSecretArn], context).toBeUndefined();
      expect(readsSecret(fn), context).toBe(false);
    }
    const names = ofType('AWS::Lambda::Function').flatMap((fn) =>
      Object.keys(fn.Properties.Environment?.Variables ?? {}),
    );
    expect(names).not.toContain('ACK_LINK_SECRET');
    expect(JSON.stringify(template)).not.toContain(`{{resolve:secretsmanager:${statefulLogicalId(secret)}`);
  });
});

describe('monitoring: the minute jobs and the checks queue', () => {
  it.each(['dispatch-monitors', 'page-incidents'])('%s runs every minute on EventBridge Scheduler', (id) => {
    expect(SCHEDULES.find((schedule) => schedule.id === id)?.context).toBe('monitoring');
    const fn = stateless.scheduledFunctions.get(id)!;
    const schedules = ofType('AWS::Scheduler::Schedule').filter((schedule) =>
      JSON.stringify(schedule.Properties.Target.Arn).includes(logicalId(fn.function)),
    );
    expect(schedules.map((schedule) => schedule.Properties.ScheduleExpression)).toEqual(['rate(1 minute)']);
  });

  it('feeds the checker from monitor-checks and its dead-letter consumer from the DLQ, both reporting partial failures', () => {
    const mappings = ofType('AWS::Lambda::EventSourceMapping').map((mapping) => mapping.Properties);
    const [consumer] = mappings.filter((m) => m.FunctionName?.Ref === logicalId(checkers.consumer.function));
    const [deadLetter] = mappings.filter((m) => m.FunctionName?.Ref === logicalId(checkers.deadLetter.function));
    expect(references(consumer?.EventSourceArn, stateful.queues.get('monitor-checks')!)).toBe(true);
    expect(references(deadLetter?.EventSourceArn, stateful.deadLetterQueues.get('monitor-checks')!)).toBe(true);
    expect(consumer?.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(deadLetter?.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  });
});

describe('monitoring: the host-check SSM document', () => {
  const documents = ofType('AWS::SSM::Document').filter((document) => document.Properties.Name === HOST_CHECK_DOCUMENT);

  it('deploys Opsdesk-HostCheck from shared/monitoring/host-check.ts, a Command document updated in place', () => {
    expect(documents).toHaveLength(1);
    expect(documents[0]!.Properties).toMatchObject({
      DocumentType: 'Command',
      DocumentFormat: 'JSON',
      UpdateMethod: 'NewVersion',
    });
    expect(documents[0]!.Properties.Content).toEqual(hostCheckDocument());
  });

  it('is sendable by the task-runner role only through its Opsdesk- prefix (tenant-tagged nodes only)', () => {
    expect(HOST_CHECK_DOCUMENT.startsWith(DOCUMENT_PREFIX)).toBe(true);
    const runner = resources[logicalId(stateless.taskRuntime.runnerRole)]!.Properties;
    const statements: Statement[] = runner.Policies.flatMap((policy: any) => policy.PolicyDocument.Statement);
    const onDocuments = statements.filter(
      (statement) =>
        list(statement.Action).includes('ssm:SendCommand') &&
        list(statement.Resource)
          .map(flat)
          .some((arn) => arn.includes(':document/')),
    );
    expect(onDocuments.flatMap((statement) => list(statement.Resource).map(flat))).toEqual([
      `arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:document/${DOCUMENT_PREFIX}*`,
    ]);
  });

  it('is not a task’s document, so SSM’s status events of host checks never reach command-status', () => {
    const rule = ofType('AWS::Events::Rule').find((candidate) =>
      JSON.stringify(candidate.Properties.Targets).includes(
        logicalId(stateless.eventFunctions.get('command-status')!.function),
      ),
    );
    const names: string[] = rule!.Properties.EventPattern.detail['document-name'];
    expect(names).toEqual(AUTOMATED_TASK_TYPES.map(documentName));
    expect(names).not.toContain(HOST_CHECK_DOCUMENT);
  });

  it('refuses a name the task runner could not send, or a task type’s', () => {
    const content = hostCheckDocument;
    expect(() => new HostCheckDocument(stateless, 'Unprefixed', { name: 'HostCheck', content })).toThrow(/Opsdesk-/);
    const taken = documentName(AUTOMATED_TASK_TYPES[0]!);
    expect(() => new HostCheckDocument(stateless, 'Taken', { name: taken, content })).toThrow(/task type/);
  });
});

describe('monitoring: alarms and dashboard', () => {
  const operations = Template.fromStack(stage.operations).toJSON();
  const alarms = Object.values<any>(operations.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
  const alarm = (id: string) => alarms.find((candidate) => candidate.Properties.AlarmName === `Opsdesk-dev-${id}`);

  it('alarms when the checker falls behind: a monitor-checks message older than 2 minutes', () => {
    expect(QUEUE_AGE_LIMITS['monitor-checks'].seconds).toBe(120);
    expect(alarm('monitor-checks-oldest-message')?.Properties).toMatchObject({
      MetricName: 'ApproximateAgeOfOldestMessage',
      Statistic: 'Maximum',
      Threshold: 120,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(alarm('monitor-checks-oldest-message')?.Properties.AlarmDescription).toContain('falling behind');
  });

  it('alarms on the checks’ dead letters and on the dispatcher’s heartbeat (two missed minutes and slack)', () => {
    expect(alarm('monitor-checks-dlq-visible')).toBeDefined();
    expect(alarm('monitor-checks-dead-lettered')).toBeDefined();
    expect(alarm('dispatch-monitors-heartbeat')?.Properties).toMatchObject({
      Threshold: 12,
      TreatMissingData: 'breaching',
    });
    expect(alarm('page-incidents-heartbeat')?.Properties.Threshold).toBe(12);
  });

  it.each([
    'Stateless-monitoring-http',
    'Stateless-dispatch-monitors-job',
    'Stateless-page-incidents-job',
    'Stateless-check-monitors-consumer',
    'Stateless-check-monitors-dead-letters-consumer',
  ])('alarms on %s’s errors and throttles', (key) => {
    expect(alarm(`${key}-errors`), key).toBeDefined();
    expect(alarm(`${key}-throttles`), key).toBeDefined();
  });

  it('draws IncidentsOpened per hour on the dashboard', () => {
    expect(BUSINESS_METRICS.incidentsOpened).toBe('IncidentsOpened');
    const dashboard = Object.values<any>(operations.Resources).find((r) => r.Type === 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    expect(body).toContain('IncidentsOpened');
    expect(body).toContain('Business events per hour');
  });
});
