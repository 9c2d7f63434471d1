import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import type { AppFunction } from '../../../infra/constructs/app-function.js';
import {
  CONTEXT_ACCESS,
  EVENT_RULE_ACCESS,
  QUEUE_CONSUMER_ACCESS,
  SCHEDULE_ACCESS,
} from '../../../infra/stacks/stateless-stack.js';
import {
  EVENT_RULES,
  QUEUE_CONSUMERS,
  QUEUES,
  queueUrlEnvName,
  SCHEDULES,
  TENANT_SESSION_TAG,
  TENANT_TAG,
} from '../../../shared/contracts/resources.js';
import { HOST_CHECK_DOCUMENT } from '../../../shared/monitoring/host-check.js';
import {
  AUTOMATED_TASK_TYPES,
  type CommandDocument,
  DOCUMENT_PREFIX,
  documentName,
  TASK_TYPES,
  taskDocument,
} from '../../../shared/tasks/catalogue.js';
import type { ParameterSpecs } from '../../../shared/tasks/parameters.js';
import { flat, list, type Statement } from '../support/iam.js';
import { createTestOpsdesk } from '../support/opsdesk-app.js';

const { stateful, stateless } = createTestOpsdesk();
const template = Template.fromStack(stateless);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: any }>;
const logicalId = (element: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId(element.node.defaultChild as CfnElement);
const statefulLogicalId = (element: { node: { defaultChild?: unknown } }) =>
  stateful.getLogicalId(element.node.defaultChild as CfnElement);
const ofType = (type: string) => Object.values(resources).filter((resource) => resource.Type === type);

const actionsOf = (statement: Statement) => list(statement.Action);
const resourcesOf = (statement: Statement) => list(statement.Resource).map(flat);

const runtime = stateless.taskRuntime;
const runnerRole = resources[logicalId(runtime.runnerRole)]!;
const runnerStatements: Statement[] = runnerRole.Properties.Policies.flatMap(
  (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
);
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, substituted by IAM per request
const PRINCIPAL_TENANT = '${aws:PrincipalTag/tenantId}';
const TENANT_NODES_ONLY = { StringEquals: { [`ssm:resourceTag/${TENANT_TAG}`]: PRINCIPAL_TENANT } };

/** Every function that, by its access entry, runs tasks (and every one that does not). */
const allFunctions: (readonly [string, AppFunction, boolean])[] = [
  ...[...stateless.functions].map(([id, fn]) => [`http:${id}`, fn, Boolean(CONTEXT_ACCESS[id]?.runsTasks)] as const),
  ...[...stateless.scheduledFunctions].map(
    ([id, fn]) =>
      [`schedule:${id}`, fn, Boolean(SCHEDULE_ACCESS[id as keyof typeof SCHEDULE_ACCESS].runsTasks)] as const,
  ),
  ...[...stateless.queueConsumers].flatMap(([id, { consumer, deadLetter }]) => {
    const access = QUEUE_CONSUMER_ACCESS[id as keyof typeof QUEUE_CONSUMER_ACCESS];
    return [
      [`consumer:${id}`, consumer, Boolean(access.consumer.runsTasks)] as const,
      [`dead-letter:${id}`, deadLetter, Boolean(access.deadLetter.runsTasks)] as const,
    ];
  }),
  ...[...stateless.eventFunctions].map(
    ([id, fn]) =>
      [`rule:${id}`, fn, Boolean(EVENT_RULE_ACCESS[id as keyof typeof EVENT_RULE_ACCESS].runsTasks)] as const,
  ),
];
const variablesOf = (fn: AppFunction): Record<string, unknown> =>
  resources[logicalId(fn.function)]!.Properties.Environment.Variables;
const roleStatements = (role: IRole): Statement[] =>
  ofType('AWS::IAM::Policy')
    .filter((policy) => list(policy.Properties.Roles).some((ref: any) => ref.Ref === logicalId(role)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
const policyStatementsOf = (fn: AppFunction): Statement[] => roleStatements(fn.function.role!);

describe('tasks: SSM Command documents from the catalogue', () => {
  const documents = ofType('AWS::SSM::Document').map((document) => document.Properties);
  const byName = new Map(documents.map((document) => [document.Name as string, document]));

  it('deploys exactly one document per automated task type, none for manual work (and monitoring’s host check)', () => {
    expect(AUTOMATED_TASK_TYPES.length).toBeGreaterThan(0);
    expect([...byName.keys()].sort()).toEqual([...AUTOMATED_TASK_TYPES.map(documentName), HOST_CHECK_DOCUMENT].sort());
    for (const type of TASK_TYPES.filter((candidate) => !candidate.automated)) {
      expect(byName.has(documentName(type))).toBe(false);
    }
    for (const name of byName.keys()) expect(name.startsWith(DOCUMENT_PREFIX)).toBe(true);
  });

  it.each(AUTOMATED_TASK_TYPES.map((type) => [type.id, type] as const))(
    '%s: a Command document, updated in place, with the catalogue content',
    (_, type) => {
      const document = byName.get(documentName(type));
      expect(document).toMatchObject({ DocumentType: 'Command', UpdateMethod: 'NewVersion' });
      expect(document?.Content).toEqual(taskDocument(type));
    },
  );

  it.each(AUTOMATED_TASK_TYPES.map((type) => [type.id, type] as const))(
    '%s: schema 2.2, one shell step, a dryRun switch, and no unconstrained parameter',
    (_, type) => {
      const content = byName.get(documentName(type))?.Content as CommandDocument;
      expect(content.schemaVersion).toBe('2.2');
      expect(content.mainSteps.map((step) => step.action)).toEqual(['aws:runShellScript']);
      expect(content.parameters.dryRun).toMatchObject({ type: 'String', allowedValues: ['true', 'false'] });

      for (const [name, parameter] of Object.entries(content.parameters)) {
        const spec = (type.parameters as ParameterSpecs)[name];
        if (name === 'dryRun' || spec?.kind === 'choice' || spec?.kind === 'flag') {
          expect(parameter.allowedValues?.length, name).toBeGreaterThan(0);
        } else {
          // Free values are matched whole: an unanchored pattern would let `; rm -rf /` through.
          expect(parameter.allowedPattern, name).toMatch(/^\^.*\$$/);
        }
      }

      // The script uses only declared (hence constrained) parameters.
      const used = content.mainSteps.flatMap((step) =>
        [...step.inputs.runCommand.join('\n').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]),
      );
      for (const name of used) expect(Object.keys(content.parameters), name).toContain(name);
    },
  );
});

describe('tasks: the task-runner role (isolation layer 3)', () => {
  const sendCommand = runnerStatements.filter(
    (statement) => statement.Effect === 'Allow' && actionsOf(statement).includes('ssm:SendCommand'),
  );

  it('sends commands to nodes only when they carry the caller’s tenant tag', () => {
    const onNodes = sendCommand.filter(
      (statement) => !resourcesOf(statement).some((arn) => arn.includes(':document/')),
    );
    expect(onNodes).toHaveLength(1);
    expect(resourcesOf(onNodes[0]!).sort()).toEqual([
      'arn:<AWS::Partition>:ec2:<AWS::Region>:<AWS::AccountId>:instance/*',
      'arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:managed-instance/*',
    ]);
    expect(onNodes[0]!.Condition).toEqual(TENANT_NODES_ONLY);
  });

  it('sends only Opsdesk’s documents', () => {
    const onDocuments = sendCommand.filter((statement) =>
      resourcesOf(statement).some((arn) => arn.includes(':document/')),
    );
    expect(onDocuments).toHaveLength(1);
    expect(resourcesOf(onDocuments[0]!)).toEqual([
      `arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:document/${DOCUMENT_PREFIX}*`,
    ]);
  });

  it('never allows ssm:SendCommand (or any ssm:* action) on * or without a condition on nodes', () => {
    for (const statement of runnerStatements.filter((candidate) => candidate.Effect === 'Allow')) {
      const actions = actionsOf(statement);
      expect(actions.some((action) => action === '*' || action === 'ssm:*' || action.endsWith(':*'))).toBe(false);
      if (actions.includes('ssm:SendCommand')) expect(resourcesOf(statement)).not.toContain('*');
      const nodes = resourcesOf(statement).filter((arn) => /:(managed-)?instance\//.test(arn));
      if (nodes.length > 0) expect(statement.Condition, statement.Sid).toEqual(TENANT_NODES_ONLY);
    }
  });

  it('allows * only for reads without resource-level permissions and for tagged activations', () => {
    const wildcard = runnerStatements.filter(
      (statement) => statement.Effect === 'Allow' && resourcesOf(statement).includes('*'),
    );
    const actions = wildcard.flatMap(actionsOf).sort();
    expect(actions).toEqual([
      'ssm:AddTagsToResource',
      'ssm:CreateActivation',
      'ssm:DescribeInstanceInformation',
      'ssm:GetCommandInvocation',
      'ssm:ListCommandInvocations',
    ]);
    const activations = wildcard.find((statement) => actionsOf(statement).includes('ssm:CreateActivation'));
    expect(activations?.Condition).toEqual({
      StringEquals: { [`aws:RequestTag/${TENANT_TAG}`]: PRINCIPAL_TENANT },
    });
  });

  it('deregisters only the tenant’s nodes and can never retag a node', () => {
    const deregister = runnerStatements.filter((statement) =>
      actionsOf(statement).includes('ssm:DeregisterManagedInstance'),
    );
    expect(deregister).toHaveLength(1);
    expect(deregister[0]!.Condition).toEqual(TENANT_NODES_ONLY);

    const deny = runnerStatements.find(
      (statement) => statement.Effect === 'Deny' && actionsOf(statement).includes('ssm:AddTagsToResource'),
    );
    expect(deny && resourcesOf(deny)).toEqual([
      'arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:managed-instance/*',
    ]);
  });

  it('passes only the managed-node role, and only to SSM', () => {
    const passRole = runnerStatements.filter((statement) => actionsOf(statement).includes('iam:PassRole'));
    expect(passRole).toHaveLength(1);
    expect(resourcesOf(passRole[0]!)).toEqual([`<${logicalId(runtime.managedNodeRole)}.Arn>`]);
    expect(passRole[0]!.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'ssm.amazonaws.com' } });
  });

  it('is assumed only by the functions that run tasks, only with the session tag tenantId', () => {
    const trust: Statement[] = runnerRole.Properties.AssumeRolePolicyDocument.Statement;
    expect(trust.length).toBeGreaterThan(0);
    const principals = new Set<string>();
    for (const statement of trust) {
      expect(statement.Effect).toBe('Allow');
      expect(actionsOf(statement).sort()).toEqual(['sts:AssumeRole', 'sts:TagSession']);
      expect(statement.Condition?.StringLike).toEqual({ [`aws:RequestTag/${TENANT_SESSION_TAG}`]: '?*' });
      expect(statement.Condition?.['ForAllValues:StringEquals']).toEqual({ 'aws:TagKeys': [TENANT_SESSION_TAG] });
      for (const principal of list(statement.Principal?.AWS)) principals.add(flat(principal));
    }
    const runners = allFunctions.filter(([, , runsTasks]) => runsTasks);
    expect(runners.map(([id]) => id).sort()).toEqual([
      'consumer:monitor-checks',
      'consumer:task-dispatch',
      'http:tasks',
      'rule:command-status',
      'schedule:release-tasks',
      'schedule:sync-hosts',
    ]);
    expect([...principals].sort()).toEqual(runners.map(([, fn]) => `<${logicalId(fn.function.role!)}.Arn>`).sort());
  });
});

describe('tasks: what each function may do', () => {
  it.each(allFunctions)('%s: runner settings and sts:AssumeRole exactly when it runs tasks', (_, fn, runsTasks) => {
    const variables = variablesOf(fn);
    // The tenant-data role (customer-facing functions) is checked in test/infra/constructs/tenant-data-role.test.ts.
    const tenantData = `<${logicalId(stateless.tenantData.role)}.Arn>`;
    const assumes = policyStatementsOf(fn)
      .filter((statement) => actionsOf(statement).includes('sts:AssumeRole'))
      .map((statement) => ({ ...statement, Resource: list(statement.Resource).filter((r) => flat(r) !== tenantData) }))
      .filter((statement) => statement.Resource.length > 0);
    if (runsTasks) {
      expect(variables).toMatchObject({
        HOST_RUNNER: 'ssm',
        TASK_RUNNER_ROLE_ARN: { 'Fn::GetAtt': [logicalId(runtime.runnerRole), 'Arn'] },
        MANAGED_NODE_ROLE_NAME: { Ref: logicalId(runtime.managedNodeRole) },
        TASK_OUTPUT_LOG_GROUP_PREFIX: runtime.outputLogGroupPrefix,
      });
      expect(assumes).toHaveLength(1);
      expect(actionsOf(assumes[0]!).sort()).toEqual(['sts:AssumeRole', 'sts:TagSession']);
      expect(resourcesOf(assumes[0]!)).toEqual([`<${logicalId(runtime.runnerRole)}.Arn>`]);
    } else {
      expect(variables.HOST_RUNNER).toBeUndefined();
      expect(variables.TASK_RUNNER_ROLE_ARN).toBeUndefined();
      expect(assumes).toHaveLength(0);
    }
  });

  it('never gives a function SSM permissions of its own: only through the tenant-scoped role', () => {
    for (const [id, fn] of allFunctions) {
      const actions = policyStatementsOf(fn).flatMap(actionsOf);
      expect(
        actions.filter((action) => action.startsWith('ssm:')),
        id,
      ).toEqual([]);
    }
  });

  it('lets the tasks HTTP function and release-tasks send to task-dispatch, with its URL', () => {
    const queue = QUEUES.find((candidate) => candidate.id === 'task-dispatch')!;
    for (const fn of [stateless.functions.get('tasks')!, stateless.scheduledFunctions.get('release-tasks')!]) {
      expect(JSON.stringify(variablesOf(fn)[queueUrlEnvName(queue)])).toContain(
        statefulLogicalId(stateful.queues.get('task-dispatch')!),
      );
      expect(policyStatementsOf(fn).flatMap(actionsOf)).toContain('sqs:SendMessage');
      expect(variablesOf(fn).TABLE_NAME).toBeDefined();
    }
    const sync = stateless.scheduledFunctions.get('sync-hosts')!;
    expect(policyStatementsOf(sync).flatMap(actionsOf)).not.toContain('sqs:SendMessage');
  });
});

describe('tasks: queue consumers', () => {
  const mappings = ofType('AWS::Lambda::EventSourceMapping').map((mapping) => mapping.Properties);
  const mappingOf = (fn: AppFunction) =>
    mappings.filter((mapping) => mapping.FunctionName?.Ref === logicalId(fn.function));

  it.each(QUEUE_CONSUMERS.map((definition) => [definition.queue, definition] as const))(
    '%s: the consumer on the queue and the dead-letter consumer on its DLQ, with partial batch failures',
    (id, definition) => {
      const pair = stateless.queueConsumers.get(id);
      expect(pair).toBeDefined();
      const queueDefinition = QUEUES.find((queue) => queue.id === id)!;
      const queue = stateful.queues.get(id)!;
      const deadLetterQueue = stateful.deadLetterQueues.get(id)!;
      expect(deadLetterQueue).toBe(queue.deadLetterQueue?.queue);

      for (const [fn, source] of [
        [pair!.consumer, queue],
        [pair!.deadLetter, deadLetterQueue],
      ] as const) {
        const [mapping, ...others] = mappingOf(fn);
        expect(others).toHaveLength(0);
        expect(mapping).toMatchObject({
          BatchSize: definition.batchSize,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        });
        expect(JSON.stringify(mapping.EventSourceArn)).toContain(`${statefulLogicalId(source)}Arn`);
      }
      // A function outliving the visibility timeout would see its own messages again.
      const timeout = resources[logicalId(pair!.consumer.function)]!.Properties.Timeout;
      expect(timeout * 6).toBeLessThanOrEqual(queueDefinition.visibilityTimeoutSeconds);
      expect(resources[logicalId(pair!.deadLetter.function)]!.Properties.Timeout).toBeLessThanOrEqual(30);
    },
  );

  it('consumes a FIFO queue and a FIFO dead-letter queue for task-dispatch', () => {
    const statefulResources = Template.fromStack(stateful).toJSON().Resources;
    expect(statefulResources[statefulLogicalId(stateful.queues.get('task-dispatch')!)].Properties.FifoQueue).toBe(true);
    expect(
      statefulResources[statefulLogicalId(stateful.deadLetterQueues.get('task-dispatch')!)].Properties.FifoQueue,
    ).toBe(true);
  });
});

describe('tasks: SSM command status events', () => {
  it.each(EVENT_RULES.map((rule) => [rule.id, rule] as const))(
    '%s: a rule with the manifest pattern (task documents only, by name) invoking its function',
    (id, definition) => {
      const fn = stateless.eventFunctions.get(id)!;
      const rules = ofType('AWS::Events::Rule').filter((rule) =>
        JSON.stringify(rule.Properties.Targets).includes(logicalId(fn.function)),
      );
      expect(rules).toHaveLength(1);
      expect(rules[0]!.Properties.EventPattern).toEqual({
        source: [...definition.pattern.source],
        'detail-type': [...definition.pattern.detailType],
        detail: { 'document-name': AUTOMATED_TASK_TYPES.map(documentName) },
      });
      expect(rules[0]!.Properties.Targets[0].RetryPolicy).toEqual({
        MaximumRetryAttempts: expect.any(Number),
        MaximumEventAgeInSeconds: expect.any(Number),
      });
    },
  );

  it('listens to SSM’s command invocation status changes', () => {
    expect(EVENT_RULES.find((rule) => rule.id === 'command-status')?.pattern).toEqual({
      source: ['aws.ssm'],
      detailType: ['EC2 Command Invocation Status-change Notification'],
    });
  });
});

describe('tasks: managed nodes and their output', () => {
  const nodeRole = resources[logicalId(runtime.managedNodeRole)]!.Properties;
  /** Everything the node role may do: its inline policies and any policy attached to it. */
  const nodeStatements: Statement[] = [
    ...(nodeRole.Policies ?? []).flatMap(
      (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
    ),
    ...roleStatements(runtime.managedNodeRole),
  ];
  const nodeActions = nodeStatements.filter((statement) => statement.Effect === 'Allow').flatMap(actionsOf);
  const taskOutputGroups = `arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:${runtime.outputLogGroupPrefix}/`;

  it('gives hybrid nodes a role only SSM of this account can assume', () => {
    expect(nodeRole.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { Service: 'ssm.amazonaws.com' },
        Condition: expect.objectContaining({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }),
      }),
    ]);
  });

  it('never reads Parameter Store or documents: no managed policy, no such action, no wildcard action', () => {
    // AmazonSSMManagedInstanceCore grants ssm:GetParameter(s) and ssm:GetDocument on *; a managed
    // policy's statements are not in the template, so none may be attached at all.
    expect(nodeRole.ManagedPolicyArns ?? []).toEqual([]);
    expect(JSON.stringify(nodeRole)).not.toContain('AmazonSSMManagedInstanceCore');
    expect(nodeActions.length).toBeGreaterThan(0);
    for (const action of nodeActions) {
      expect(action).not.toMatch(/^ssm:GetParameter/);
      expect(action).not.toMatch(/^ssm:(GetDocument|DescribeDocument|ListDocuments)/);
      expect(action).not.toMatch(/\*/);
    }
  });

  it('may do only what the SSM agent needs for Run Command and its output', () => {
    expect([...new Set(nodeActions)].sort()).toEqual(
      [
        'ec2messages:AcknowledgeMessage',
        'ec2messages:DeleteMessage',
        'ec2messages:FailMessage',
        'ec2messages:GetEndpoint',
        'ec2messages:GetMessages',
        'ec2messages:SendReply',
        'logs:CreateLogGroup',
        'logs:CreateLogStream',
        'logs:DescribeLogStreams',
        'logs:PutLogEvents',
        'ssm:UpdateInstanceInformation',
        'ssmmessages:CreateControlChannel',
        'ssmmessages:CreateDataChannel',
        'ssmmessages:OpenControlChannel',
        'ssmmessages:OpenDataChannel',
      ].sort(),
    );
    const update = nodeStatements.filter((statement) => actionsOf(statement).includes('ssm:UpdateInstanceInformation'));
    for (const statement of update) {
      expect(resourcesOf(statement)).toEqual([
        'arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:managed-instance/*',
      ]);
    }
  });

  it('writes logs only into the per-tenant task-output log groups, never on *', () => {
    const logs = nodeStatements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('logs:')),
    );
    expect(logs.length).toBeGreaterThan(0);
    for (const statement of logs) {
      expect(actionsOf(statement).every((action) => action.startsWith('logs:'))).toBe(true);
      expect(resourcesOf(statement).length).toBeGreaterThan(0);
      for (const arn of resourcesOf(statement)) {
        expect(arn).not.toBe('*');
        expect(arn.startsWith(taskOutputGroups), arn).toBe(true);
      }
    }
  });

  it('gives the task functions the output log group prefix, one group per tenant below it', () => {
    expect(runtime.outputLogGroupPrefix).toMatch(/^\/opsdesk\/.*task-output$/);
    const dispatcher = stateless.queueConsumers.get('task-dispatch')!.consumer;
    expect(variablesOf(dispatcher).TASK_OUTPUT_LOG_GROUP_PREFIX).toBe(runtime.outputLogGroupPrefix);
    expect(variablesOf(dispatcher).TASK_OUTPUT_LOG_GROUP).toBeUndefined();
  });
});

describe('tasks: scheduled jobs', () => {
  it.each([
    ['release-tasks', 'rate(1 minute)'],
    ['sync-hosts', 'rate(15 minutes)'],
  ])('%s runs on its EventBridge Scheduler schedule (%s)', (id, expression) => {
    expect(SCHEDULES.map((schedule) => schedule.id)).toContain(id);
    const fn = stateless.scheduledFunctions.get(id)!;
    const schedules = ofType('AWS::Scheduler::Schedule').filter((schedule) =>
      JSON.stringify(schedule.Properties.Target.Arn).includes(logicalId(fn.function)),
    );
    expect(schedules.map((schedule) => schedule.Properties.ScheduleExpression)).toEqual([expression]);
  });
});
