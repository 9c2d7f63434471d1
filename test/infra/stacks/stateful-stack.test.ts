import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { QUEUES, TABLE } from '../../../shared/contracts/resources.js';
import { ROLES, scopeForRole } from '../../../shared/contracts/roles.js';
import { createTestOpsdesk } from '../support/opsdesk-app.js';

// prod: a stage that retains its data (what `destroy` changes is in stages.test.ts).
const { stateful, config } = createTestOpsdesk({ stage: 'prod' });
const template = Template.fromStack(stateful);
const resourceOf = (element: { node: { defaultChild?: unknown } }) => {
  const logicalId = stateful.getLogicalId(element.node.defaultChild as CfnElement);
  return template.toJSON().Resources[logicalId];
};

describe('stateful stack: table', () => {
  it('is the one table from TABLE: keys, index, TTL, on-demand, PITR, deletion protection, retained', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
        GlobalSecondaryIndexes: TABLE.globalIndexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      },
    });
  });
});

describe('stateful stack: queues', () => {
  it('has each queue of QUEUES and its dead-letter queue, nothing else', () => {
    template.resourceCountIs('AWS::SQS::Queue', QUEUES.length * 2);
  });

  it.each(QUEUES.map((queue) => [queue.id, queue] as const))('%s follows the manifest', (id, definition) => {
    const queue = stateful.queues.get(id);
    expect(queue).toBeDefined();
    const resource = resourceOf(queue!);
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.Properties).toMatchObject({
      VisibilityTimeout: definition.visibilityTimeoutSeconds,
      MessageRetentionPeriod: definition.retentionDays * 24 * 60 * 60,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { maxReceiveCount: definition.maxReceiveCount },
    });
    expect(Boolean(resource.Properties.FifoQueue)).toBe(definition.fifo);

    const deadLetterQueue = queue!.deadLetterQueue!.queue;
    const dlqResource = resourceOf(deadLetterQueue);
    expect(resource.Properties.RedrivePolicy.deadLetterTargetArn).toEqual({
      'Fn::GetAtt': [stateful.getLogicalId(deadLetterQueue.node.defaultChild as CfnElement), 'Arn'],
    });
    // A FIFO queue can only redrive into a FIFO dead-letter queue.
    expect(Boolean(dlqResource.Properties.FifoQueue)).toBe(definition.fifo);
  });

  it('refuses plain HTTP on every queue', () => {
    const policies = template.findResources('AWS::SQS::QueuePolicy', {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
    });
    expect(Object.keys(policies)).toHaveLength(QUEUES.length * 2);
  });
});

describe('stateful stack: user pool', () => {
  it('signs in by e-mail alias, allows no self sign-up and runs on ESSENTIALS', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AliasAttributes: ['email'],
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        UserPoolTier: 'ESSENTIALS',
        DeletionProtection: 'ACTIVE',
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: Match.anyValue(),
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
      }),
    });
  });

  it('has an immutable custom tenantId attribute', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([Match.objectLike({ Name: 'tenantId', AttributeDataType: 'String', Mutable: false })]),
    });
  });

  it('runs the pre-token-generation trigger as event version V2_0', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreTokenGenerationConfig: { LambdaArn: Match.anyValue(), LambdaVersion: 'V2_0' },
      },
    });
  });

  it('has one group per role', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([...ROLES].sort());
  });

  it('has a resource server whose scopes are the role scopes', () => {
    const [server] = Object.values(template.findResources('AWS::Cognito::UserPoolResourceServer'));
    const scopes = server?.Properties.Scopes.map(
      (scope: { ScopeName: string }) => `${server.Properties.Identifier}/${scope.ScopeName}`,
    );
    expect(scopes).toEqual(ROLES.map((role) => scopeForRole(role)));
  });

  it('has a managed-login domain with the configured prefix', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      ManagedLoginVersion: 2,
      Domain: config.auth.domainPrefix,
    });
  });
});
