import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  ArnPrincipal,
  CompositePrincipal,
  Effect,
  ManagedPolicy,
  PolicyDocument,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnDocument } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { ENV } from '../../functions/config/env.js';
import { TENANT_SESSION_TAG, TENANT_TAG } from '../../shared/contracts/resources.js';
import { AUTOMATED_TASK_TYPES, DOCUMENT_PREFIX, documentName, taskDocument } from '../../shared/tasks/catalogue.js';
import { wildcardResourceFindings } from '../nag.js';
import type { AppFunction } from './app-function.js';

/** The IAM policy variable of the task runner's session tag; IAM substitutes it, not TypeScript. */
export const PRINCIPAL_TENANT = `\${aws:PrincipalTag/${TENANT_SESSION_TAG}}`;

export interface TaskRuntimeProps {
  /**
   * The functions that reach SSM for a tenant (`runsTasks`): each gets the runner settings and may
   * assume the task-runner role, and only these appear in its trust policy.
   */
  runners: readonly AppFunction[];
}

/**
 * What SSM Run Command needs to run Opsdesk's tasks on customers' servers, and isolation layer 3:
 * - one Command document per automated task type, generated from the catalogue;
 * - the service role hybrid activations give registered servers, and their output log group;
 * - the task-runner role. Task functions never call SSM with their own role: they assume this one
 *   with the session tag `tenantId`, and its policy reaches only nodes tagged `opsdesk:tenantId`
 *   with that same value, and only Opsdesk's documents.
 */
export class TaskRuntime extends Construct {
  readonly documents: readonly CfnDocument[];
  readonly outputLogGroup: LogGroup;
  readonly managedNodeRole: Role;
  readonly runnerRole: Role;

  constructor(scope: Construct, id: string, props: TaskRuntimeProps) {
    super(scope, id);
    if (props.runners.length === 0) throw new Error('TaskRuntime needs at least one function that runs tasks');
    const stack = Stack.of(this);

    // The name is the contract (the dispatcher sends `documentName(type)`); NewVersion updates the
    // content in place instead of replacing the document, so a deploy never leaves it missing.
    this.documents = AUTOMATED_TASK_TYPES.map(
      (type) =>
        new CfnDocument(this, `Document-${type.id}`, {
          name: documentName(type),
          documentType: 'Command',
          documentFormat: 'JSON',
          content: taskDocument(type),
          updateMethod: 'NewVersion',
        }),
    );

    // Command output, written by the servers' agents. Retained: it is the record of what ran on a
    // customer's server, and a redeploy of this stack must not take it away.
    this.outputLogGroup = new LogGroup(this, 'OutputLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.managedNodeRole = new Role(this, 'ManagedNodeRole', {
      description: 'Opsdesk hybrid managed nodes (customer servers registered through SSM activations)',
      assumedBy: new ServicePrincipal('ssm.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'ssm', resource: '*' }) },
        },
      }),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
    });
    this.outputLogGroup.grant(
      this.managedNodeRole,
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'logs:DescribeLogStreams',
    );
    Validations.of(this.managedNodeRole).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]',
      reason:
        'AmazonSSMManagedInstanceCore is the SSM agent’s own protocol (registration, messages, inventory), maintained by AWS with the agent; no task permission is added beyond the output log group.',
    });

    this.runnerRole = this.createRunnerRole(props.runners);
    for (const runner of props.runners) this.addRunner(runner);
  }

  /** The settings `functions/tasks/wiring.ts` reads to reach SSM in AWS. */
  get environment(): Record<string, string> {
    return {
      [ENV.hostRunner]: 'ssm',
      [ENV.taskRunnerRoleArn]: this.runnerRole.roleArn,
      [ENV.managedNodeRoleName]: this.managedNodeRole.roleName,
      [ENV.taskOutputLogGroup]: this.outputLogGroup.logGroupName,
    };
  }

  private createRunnerRole(runners: readonly AppFunction[]): Role {
    const stack = Stack.of(this);
    const ssmArn = (resource: string) => stack.formatArn({ service: 'ssm', resource, resourceName: '*' });
    const managedInstances = ssmArn('managed-instance');
    const ec2Instances = stack.formatArn({ service: 'ec2', resource: 'instance', resourceName: '*' });
    const tenantNodesOnly = { StringEquals: { [`ssm:resourceTag/${TENANT_TAG}`]: PRINCIPAL_TENANT } };

    const policy = new PolicyDocument({
      statements: [
        new PolicyStatement({
          sid: 'SendCommandToTheTenantsNodes',
          actions: ['ssm:SendCommand'],
          resources: [managedInstances, ec2Instances],
          conditions: tenantNodesOnly,
        }),
        new PolicyStatement({
          sid: 'SendOnlyOpsdeskDocuments',
          actions: ['ssm:SendCommand'],
          resources: [stack.formatArn({ service: 'ssm', resource: 'document', resourceName: `${DOCUMENT_PREFIX}*` })],
        }),
        new PolicyStatement({
          sid: 'DeregisterTheTenantsNodes',
          actions: ['ssm:DeregisterManagedInstance'],
          resources: [managedInstances],
          conditions: tenantNodesOnly,
        }),
        new PolicyStatement({
          sid: 'CreateActivationsForTheTenant',
          actions: ['ssm:CreateActivation', 'ssm:AddTagsToResource'],
          resources: ['*'],
          conditions: { StringEquals: { [`aws:RequestTag/${TENANT_TAG}`]: PRINCIPAL_TENANT } },
        }),
        // AddTagsToResource above exists for the activation's tag. Without this, a tenant's session
        // could put its own tag on another tenant's (or an unclaimed) node and then command it.
        new PolicyStatement({
          sid: 'NeverRetagNodes',
          effect: Effect.DENY,
          actions: ['ssm:AddTagsToResource', 'ssm:RemoveTagsFromResource'],
          resources: [managedInstances],
        }),
        new PolicyStatement({
          sid: 'PassOnlyTheManagedNodeRoleToSsm',
          actions: ['iam:PassRole'],
          resources: [this.managedNodeRole.roleArn],
          conditions: { StringEquals: { 'iam:PassedToService': 'ssm.amazonaws.com' } },
        }),
        new PolicyStatement({
          sid: 'ReadNodesAndCommands',
          actions: ['ssm:DescribeInstanceInformation', 'ssm:GetCommandInvocation', 'ssm:ListCommandInvocations'],
          resources: ['*'],
        }),
      ],
    });

    // Trust: only the runner functions' roles, only together with the session tag `tenantId` (and no
    // other tag). Without the tag there is no `aws:PrincipalTag/tenantId`, so no node would match anyway.
    const role = new Role(this, 'RunnerRole', {
      description: 'Opsdesk task runner: SSM for one tenant at a time, chosen by the session tag tenantId',
      assumedBy: new CompositePrincipal(...runners.map((runner) => new ArnPrincipal(runner.function.role!.roleArn)))
        .withConditions({
          StringLike: { [`aws:RequestTag/${TENANT_SESSION_TAG}`]: '?*' },
          'ForAllValues:StringEquals': { 'aws:TagKeys': [TENANT_SESSION_TAG] },
        })
        .withSessionTags(),
      inlinePolicies: { TenantScopedSsm: policy },
    });

    const reasons: Record<string, string> = {
      '*': 'DescribeInstanceInformation, GetCommandInvocation and ListCommandInvocations have no resource-level permissions; the code filters by the tenant tag. CreateActivation/AddTagsToResource (activation) only with the tenant’s own tag (aws:RequestTag); managed-instance tagging is denied.',
      'managed-instance/*':
        'Any managed node, but only when it carries opsdesk:tenantId equal to the session tag (ssm:resourceTag condition): the tenant’s own nodes, whose ids are not known in advance.',
      'instance/*':
        'Any EC2 instance, but only when it carries opsdesk:tenantId equal to the session tag (ssm:resourceTag condition), for tenants whose servers are EC2 instances.',
      [`document/${DOCUMENT_PREFIX}*`]:
        'SendCommand may use Opsdesk’s own Command documents only (the Opsdesk- prefix), never AWS-RunShellScript or another document.',
    };
    Validations.of(role).acknowledge(
      ...wildcardResourceFindings(this, policy).map((finding) => {
        const key = Object.keys(reasons).find(
          (suffix) => finding === `Resource::${suffix}` || finding.endsWith(`:${suffix}`),
        );
        if (!key) throw new Error(`Task-runner role: no reason for the wildcard ${finding}`);
        return { id: `AwsSolutions-IAM5[${finding}]`, reason: reasons[key]! };
      }),
    );
    return role;
  }

  private addRunner(runner: AppFunction): void {
    for (const [name, value] of Object.entries(this.environment)) runner.function.addEnvironment(name, value);
    runner.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['sts:AssumeRole', 'sts:TagSession'],
        resources: [this.runnerRole.roleArn],
      }),
    );
  }
}
