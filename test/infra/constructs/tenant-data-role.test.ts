import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { isAllowedKey, type KeyAccess, matchesStringLike } from '../../../functions/adapters/dynamodb/key-guard.js';
import { keys, TENANT_REQUEST_PROVIDER_KEYS } from '../../../functions/adapters/dynamodb/keys.js';
import type { AppFunction } from '../../../infra/constructs/app-function.js';
import { customerFacingContexts } from '../../../infra/constructs/tenant-data-role.js';
import { TENANT_SESSION_TAG } from '../../../shared/contracts/resources.js';
import { flat, list, type Statement } from '../support/iam.js';
import { createTestOpsdesk } from '../support/opsdesk-app.js';

const { stateless } = createTestOpsdesk();
const resources = Template.fromStack(stateless).toJSON().Resources as Record<string, { Type: string; Properties: any }>;
const logicalId = (element: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId(element.node.defaultChild as CfnElement);

// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, substituted by IAM per request
const PRINCIPAL_TENANT = '${aws:PrincipalTag/tenantId}';

const role = resources[logicalId(stateless.tenantData.role)]!;
const statements: Statement[] = role.Properties.Policies.flatMap(
  (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
);
const allowed = statements.filter((statement) => statement.Effect === 'Allow');
const leadingKeysOf = (statement: Statement) =>
  list(statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'] as string | string[] | undefined);
const statementFor = (action: string) => allowed.filter((statement) => list(statement.Action).includes(action));

const customerFunctions = customerFacingContexts().map(
  (context) => [context, stateless.functions.get(context)!] as const,
);
const otherFunctions: [string, AppFunction][] = [
  ...[...stateless.functions].filter(([context]) => !customerFacingContexts().includes(context)),
  ...stateless.scheduledFunctions,
  ...[...stateless.queueConsumers].flatMap(([id, { consumer, deadLetter }]): [string, AppFunction][] => [
    [`consumer:${id}`, consumer],
    [`dead-letter:${id}`, deadLetter],
  ]),
  ...stateless.eventFunctions,
];
const roleRef = `<${logicalId(stateless.tenantData.role)}.Arn>`;
const functionStatements = (fn: AppFunction): Statement[] =>
  Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy')
    .filter((policy) => list(policy.Properties.Roles).some((ref: any) => ref.Ref === logicalId(fn.function.role!)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
const assumesTenantData = (fn: AppFunction) =>
  functionStatements(fn).some(
    (statement) =>
      list(statement.Resource).map(flat).includes(roleRef) && list(statement.Action).includes('sts:AssumeRole'),
  );

describe('tenant-data role (isolation layer 2: STS session tag + dynamodb:LeadingKeys)', () => {
  it('is assumed by exactly the customer-facing functions, only with the session tag tenantId and no other tag', () => {
    expect(customerFunctions.map(([context]) => context).sort()).toEqual([
      'billing',
      'booking',
      'monitoring',
      'reports',
      'tasks',
      'tenancy',
    ]);
    const trust: Statement[] = role.Properties.AssumeRolePolicyDocument.Statement;
    const principals = trust.flatMap((statement) => list(statement.Principal?.AWS).map(flat));
    expect(principals.sort()).toEqual(
      customerFunctions.map(([, fn]) => `<${logicalId(fn.function.role!)}.Arn>`).sort(),
    );
    for (const statement of trust) {
      expect(list(statement.Action).sort()).toEqual(['sts:AssumeRole', 'sts:TagSession']);
      expect(statement.Condition).toEqual({
        StringLike: { [`aws:RequestTag/${TENANT_SESSION_TAG}`]: '?*' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': [TENANT_SESSION_TAG] },
      });
    }
  });

  it.each(customerFunctions)('%s: may assume it and knows its ARN', (_, fn) => {
    expect(assumesTenantData(fn)).toBe(true);
    expect(resources[logicalId(fn.function)]!.Properties.Environment.Variables.TENANT_DATA_ROLE_ARN).toEqual({
      'Fn::GetAtt': [logicalId(stateless.tenantData.role), 'Arn'],
    });
  });

  it.each(otherFunctions)('%s (no customer route): neither assumes it nor is given it', (_, fn) => {
    expect(assumesTenantData(fn)).toBe(false);
    expect(resources[logicalId(fn.function)]!.Properties.Environment?.Variables?.TENANT_DATA_ROLE_ARN).toBeUndefined();
  });

  it("allows every data action only with LeadingKeys on the tenant's partitions and the allow-list, never on *", () => {
    expect(allowed.length).toBeGreaterThan(0);
    for (const statement of allowed) {
      expect(list(statement.Action).every((action) => action.startsWith('dynamodb:'))).toBe(true);
      expect(leadingKeysOf(statement).slice(0, 2)).toEqual([`T#${PRINCIPAL_TENANT}`, `T#${PRINCIPAL_TENANT}#*`]);
      for (const resource of list(statement.Resource).map(flat)) {
        expect(resource).not.toContain('*');
      }
    }
  });

  it('denies Scan and PartiQL outright', () => {
    const deny = statements.find((statement) => statement.Effect === 'Deny');
    expect(list(deny?.Action).sort()).toEqual(
      [
        'dynamodb:BatchExecuteStatement',
        'dynamodb:ExecuteStatement',
        'dynamodb:ExecuteTransaction',
        'dynamodb:PartiQL*',
        'dynamodb:Scan',
      ].sort(),
    );
    expect(deny?.Condition).toBeUndefined();
    for (const statement of allowed) expect(list(statement.Action)).not.toContain('dynamodb:Scan');
  });

  it('holds exactly the allow-list of the key guard: reads all of it, writes only its read-write entries', () => {
    const [read] = statementFor('dynamodb:GetItem');
    const [write] = statementFor('dynamodb:PutItem');
    expect(statementFor('dynamodb:Query')).toEqual([read]);
    expect(statementFor('dynamodb:ConditionCheckItem')).toEqual([read]);
    expect(statementFor('dynamodb:DeleteItem')).toEqual([write]);
    expect(leadingKeysOf(read!).slice(2)).toEqual(TENANT_REQUEST_PROVIDER_KEYS.map((grant) => grant.pattern));
    expect(leadingKeysOf(write!).slice(2)).toEqual(
      TENANT_REQUEST_PROVIDER_KEYS.filter((grant) => grant.access === 'read-write').map((grant) => grant.pattern),
    );
  });

  it('decides every key shape as the key guard does (the synthesized policy, evaluated as IAM would)', () => {
    const [read] = statementFor('dynamodb:GetItem');
    const [write] = statementFor('dynamodb:PutItem');
    const iamAllows = (pk: string, access: KeyAccess, tenantId: string) =>
      leadingKeysOf(access === 'read' ? read! : write!).some((pattern) =>
        matchesStringLike(pk, pattern.replace(PRINCIPAL_TENANT, tenantId)),
      );
    const tenant = 'a1b2';
    const samples = [
      keys.tenant(tenant).pk,
      keys.billingProfile('other').pk,
      `T#${tenant}x`,
      `T#${tenant}#sub`,
      keys.email('someone@example.com').pk,
      keys.staffUser('s').pk,
      keys.staffCalendarPartition('s'),
      keys.slotLock('s', '2026-01-05', '10:00').pk,
      keys.bookingPointer('b').pk,
      keys.notification({ dueAt: '2026', id: 'n', kind: 'confirmation' }).pk,
      keys.mailbox('2026', 'm').pk,
      keys.taskPointer('t').pk,
      keys.taskRelease('2026', 't').pk,
      keys.deadTask('2026', 't').pk,
      keys.commandPointer('c').pk,
      keys.openTaskPartition,
      keys.invoicePointer('i').pk,
      keys.periodInvoicesPartition('2026-01'),
      keys.invoiceCounter('2026').pk,
      keys.periodClose('2026-01').pk,
      keys.rejectedStripeEventsPartition('2026-01'),
      keys.stripeCustomer('cus_1').pk,
      keys.stripeEvent('evt_1').pk,
      keys.pastDue('2026', tenant).pk,
      keys.deletionMarker('2026', tenant).pk,
      keys.audit(null, '2026', 'x').pk,
      keys.tenantListingPartition,
      keys.idempotency({ tenantId: null, owner: 'public', routeId: 'r', key: 'k' }).pk,
    ];
    for (const pk of samples) {
      for (const access of ['read', 'write'] as const) {
        expect(iamAllows(pk, access, tenant), `${access} ${pk}`).toBe(isAllowedKey(pk, access, tenant));
      }
    }
  });
});
