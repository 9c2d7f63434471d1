import { ArnFormat, Stack, Validations } from 'aws-cdk-lib';
import {
  ArnPrincipal,
  CompositePrincipal,
  Effect,
  PolicyDocument,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
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
  /** Where task output goes, one log group per tenant below it (default `/opsdesk/task-output`). */
  outputLogGroupPrefix?: string;
}

export const DEFAULT_OUTPUT_LOG_GROUP_PREFIX = '/opsdesk/task-output';

/**
 * Acknowledges each wildcard resource of a role's policy with the reason given for its ARN's tail
 * (`*`, `managed-instance/*`, …); a wildcard without a reason fails the synth.
 */
const acknowledgeWildcards = (role: Role, policy: PolicyDocument, reasons: Record<string, string>): void => {
  Validations.of(role).acknowledge(
    ...wildcardResourceFindings(role, policy).map((finding) => {
      const key = Object.keys(reasons).find(
        (suffix) => finding === `Resource::${suffix}` || finding.endsWith(`:${suffix}`),
      );
      if (!key) throw new Error(`${role.node.path}: no reason for the wildcard ${finding}`);
      return { id: `AwsSolutions-IAM5[${finding}]`, reason: reasons[key]! };
    }),
  );
};

/**
 * What SSM Run Command needs to run Opsdesk's tasks on customers' servers, and isolation layer 3:
 * - one Command document per automated task type, generated from the catalogue;
 * - the service role hybrid activations give registered servers: the SSM agent's Run Command
 *   protocol and writing output into the tenants' task-output log groups, nothing more;
 * - the task-runner role. Task functions never call SSM with their own role: they assume this one
 *   with the session tag `tenantId`, and its policy reaches only nodes tagged `opsdesk:tenantId`
 *   with that same value, and only Opsdesk's documents.
 */
export class TaskRuntime extends Construct {
  readonly documents: readonly CfnDocument[];
  /**
   * Command output goes to one CloudWatch log group per tenant, `<prefix>/<tenantId>` (the dispatcher
   * names it in SendCommand; the node's agent creates it on first use).
   */
  readonly outputLogGroupPrefix: string;
  readonly managedNodeRole: Role;
  readonly runnerRole: Role;

  constructor(scope: Construct, id: string, props: TaskRuntimeProps) {
    super(scope, id);
    if (props.runners.length === 0) throw new Error('TaskRuntime needs at least one function that runs tasks');
    this.outputLogGroupPrefix = props.outputLogGroupPrefix ?? DEFAULT_OUTPUT_LOG_GROUP_PREFIX;

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

    this.managedNodeRole = this.createManagedNodeRole();
    this.runnerRole = this.createRunnerRole(props.runners);
    for (const runner of props.runners) this.addRunner(runner);
  }

  /** The settings `functions/tasks/wiring.ts` reads to reach SSM in AWS. */
  get environment(): Record<string, string> {
    return {
      [ENV.hostRunner]: 'ssm',
      [ENV.taskRunnerRoleArn]: this.runnerRole.roleArn,
      [ENV.managedNodeRoleName]: this.managedNodeRole.roleName,
      [ENV.taskOutputLogGroupPrefix]: this.outputLogGroupPrefix,
    };
  }

  /**
   * The role of every server registered through an activation. Written out instead of
   * AmazonSSMManagedInstanceCore, which also lets any node read every Parameter Store parameter and
   * every document of the account (`ssm:GetParameter(s)`, `ssm:GetDocument` on `*`). What is left is
   * what the agent needs to receive and answer Run Command and to ship its output:
   * - `ssmmessages:*Channel` and `ec2messages:*` — the agent's message channels (newer agents use
   *   the first, older ones the second); these actions have no resource-level permissions;
   * - `ssm:UpdateInstanceInformation` — the heartbeat that keeps the node online, on managed nodes only;
   * - the `logs:` actions the agent calls for command output, only on `<prefix>/*`: it calls
   *   CreateLogGroup before every output upload (ResourceAlreadyExists is its "found"), then
   *   CreateLogStream, DescribeLogStreams and PutLogEvents.
   * No State Manager association actions: Run Command does not use associations (the agent only
   * logs that it cannot list them). The role is shared by every tenant's nodes, so IAM cannot keep
   * one tenant's node out of another tenant's log group (docs/decisions.md, issue 11).
   */
  private createManagedNodeRole(): Role {
    const stack = Stack.of(this);
    const outputGroups = stack.formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: `${this.outputLogGroupPrefix}/*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    const policy = new PolicyDocument({
      statements: [
        new PolicyStatement({
          sid: 'AgentMessageChannels',
          actions: [
            'ssmmessages:CreateControlChannel',
            'ssmmessages:CreateDataChannel',
            'ssmmessages:OpenControlChannel',
            'ssmmessages:OpenDataChannel',
            'ec2messages:AcknowledgeMessage',
            'ec2messages:DeleteMessage',
            'ec2messages:FailMessage',
            'ec2messages:GetEndpoint',
            'ec2messages:GetMessages',
            'ec2messages:SendReply',
          ],
          resources: ['*'],
        }),
        new PolicyStatement({
          sid: 'AgentHeartbeat',
          actions: ['ssm:UpdateInstanceInformation'],
          resources: [stack.formatArn({ service: 'ssm', resource: 'managed-instance', resourceName: '*' })],
        }),
        new PolicyStatement({
          sid: 'TaskOutputLogGroupsOnly',
          actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'],
          resources: [outputGroups],
        }),
      ],
    });

    const role = new Role(this, 'ManagedNodeRole', {
      description: 'Opsdesk hybrid managed nodes (customer servers registered through SSM activations)',
      assumedBy: new ServicePrincipal('ssm.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'ssm', resource: '*' }) },
        },
      }),
      inlinePolicies: { RunCommandAgent: policy },
    });

    const reasons: Record<string, string> = {
      '*': 'ssmmessages and ec2messages (the SSM agent’s Run Command message channels) have no resource-level permissions; nothing else is granted on *.',
      'managed-instance/*':
        'ssm:UpdateInstanceInformation (the agent’s heartbeat) on managed nodes; a node’s own id is not known when the role is made.',
      [`log-group:${this.outputLogGroupPrefix}/*`]:
        'Command output into the per-tenant task-output log groups (<prefix>/<tenantId>), created by the agent on first use; no other log group.',
    };
    acknowledgeWildcards(role, policy, reasons);
    return role;
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
    acknowledgeWildcards(role, policy, reasons);
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
