import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ArnPrincipal, CompositePrincipal, Effect, PolicyDocument, PolicyStatement, Role } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TENANT_REQUEST_PROVIDER_KEYS } from '../../functions/adapters/dynamodb/keys.js';
import { ENV } from '../../functions/config/env.js';
import { TABLE, TENANT_SESSION_TAG } from '../../shared/contracts/resources.js';
import { isCustomerRole } from '../../shared/contracts/roles.js';
import { type BoundedContext, routeEntries } from '../../shared/contracts/routes.js';
import type { AppFunction } from './app-function.js';

/** The IAM policy variable of the session tag; IAM substitutes it per request, not TypeScript. */
const PRINCIPAL_TENANT = `\${aws:PrincipalTag/${TENANT_SESSION_TAG}}`;

/** The tenant's own partition keys: `T#<tenant>` and everything below it (`T#<tenant>#…`), never `T#<tenant>x`. */
const TENANT_LEADING_KEYS = [`T#${PRINCIPAL_TENANT}`, `T#${PRINCIPAL_TENANT}#*`];

/** GetItem, BatchGetItem, Query and ConditionCheckItem: the key guard's `read`. */
const TENANT_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
/** PutItem, UpdateItem, DeleteItem, BatchWriteItem: the key guard's `write` (transactions are authorised per item). */
const TENANT_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];
/** Calls that name no partition key (LeadingKeys would be absent, so ForAllValues would let them through). */
const TENANT_DENIED_ACTIONS = [
  'dynamodb:Scan',
  'dynamodb:PartiQL*',
  'dynamodb:ExecuteStatement',
  'dynamodb:BatchExecuteStatement',
  'dynamodb:ExecuteTransaction',
];

/** Bounded contexts with at least one route a customer role may call: their functions act for tenants. */
export const customerFacingContexts = (): BoundedContext[] => {
  const contexts = new Set<BoundedContext>();
  for (const [, definition] of routeEntries()) {
    if (definition.localOnly || definition.access === 'public') continue;
    if (definition.access.some(isCustomerRole)) contexts.add(definition.context);
  }
  return [...contexts];
};

export interface TenantDataRoleProps {
  table: ITable;
  /** The customer-facing functions: each may assume the role (only with the session tag) and gets its ARN. */
  functions: readonly AppFunction[];
}

/**
 * Isolation layer 2: the role customers' requests reach the table with. Functions assume it with the session
 * tag `tenantId` (TenantDocumentClients); its policy allows item actions only on partition keys
 * `T#${aws:PrincipalTag/tenantId}` and below, plus the provider keys customers' requests must touch
 * (TENANT_REQUEST_PROVIDER_KEYS, the list the key guard enforces too), and denies Scan and PartiQL outright.
 * Provider-side work (staff, public routes, consumers, schedules) keeps the function's own grants.
 */
export class TenantDataRole extends Construct {
  readonly role: Role;

  constructor(scope: Construct, id: string, props: TenantDataRoleProps) {
    super(scope, id);
    if (props.functions.length === 0) throw new Error('TenantDataRole needs at least one customer-facing function');
    const { tableArn } = props.table;
    const indexArns = TABLE.globalIndexes.map((index) => `${tableArn}/index/${index.name}`);
    const leadingKeys = (grants: readonly { pattern: string }[]) => ({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...TENANT_LEADING_KEYS, ...grants.map((g) => g.pattern)] },
    });

    const policy = new PolicyDocument({
      statements: [
        new PolicyStatement({
          sid: 'ReadTheTenantsPartitions',
          actions: TENANT_READ_ACTIONS,
          resources: [tableArn, ...indexArns],
          conditions: leadingKeys(TENANT_REQUEST_PROVIDER_KEYS),
        }),
        new PolicyStatement({
          sid: 'WriteTheTenantsPartitions',
          actions: TENANT_WRITE_ACTIONS,
          resources: [tableArn],
          conditions: leadingKeys(TENANT_REQUEST_PROVIDER_KEYS.filter((grant) => grant.access === 'read-write')),
        }),
        new PolicyStatement({
          sid: 'NeverScanOrPartiQL',
          effect: Effect.DENY,
          actions: TENANT_DENIED_ACTIONS,
          resources: [tableArn, ...indexArns],
        }),
      ],
    });

    // Trust: only the customer-facing functions' roles, only with the session tag `tenantId` and no other tag.
    this.role = new Role(this, 'Role', {
      description: 'Opsdesk tenant data: the table for one tenant at a time, chosen by the session tag tenantId',
      assumedBy: new CompositePrincipal(...props.functions.map((fn) => new ArnPrincipal(fn.function.role!.roleArn)))
        .withConditions({
          StringLike: { [`aws:RequestTag/${TENANT_SESSION_TAG}`]: '?*' },
          'ForAllValues:StringEquals': { 'aws:TagKeys': [TENANT_SESSION_TAG] },
        })
        .withSessionTags(),
      inlinePolicies: { TenantScopedTable: policy },
    });

    for (const fn of props.functions) {
      fn.function.addEnvironment(ENV.tenantDataRoleArn, this.role.roleArn);
      fn.function.addToRolePolicy(
        new PolicyStatement({ actions: ['sts:AssumeRole', 'sts:TagSession'], resources: [this.role.roleArn] }),
      );
    }
  }
}
