import { Stack } from 'aws-cdk-lib';
// cdk-nag's own rendering of a CloudFormation value into a finding id (`<Bucket.Arn>/*`). Deep import on
// purpose: acknowledgements must match cdk-nag's string exactly, in every environment (an agnostic
// synth renders `<AWS::Region>`, an account-specific one the literal region).
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/** The `Resource::…` part of an AwsSolutions-IAM5 finding for `value` as `scope`'s stack renders it. */
export const iam5ResourceFinding = (scope: IConstruct, value: unknown): string =>
  `Resource::${flattenCfnReference(Stack.of(scope).resolve(value))}`;

interface PolicyStatementJson {
  Effect?: string;
  Resource?: unknown;
}

/** The wildcard resources of a policy document, rendered as cdk-nag renders them. */
export const wildcardResourceFindings = (scope: IConstruct, policyDocument: unknown): string[] => {
  const resolved = Stack.of(scope).resolve(policyDocument) as { Statement?: PolicyStatementJson[] };
  const findings = new Set<string>();
  for (const statement of resolved.Statement ?? []) {
    if (statement.Effect !== 'Allow') continue;
    const resources = Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
    for (const resource of resources) {
      const flat = flattenCfnReference(resource);
      if (flat.includes('*')) findings.add(`Resource::${flat}`);
    }
  }
  return [...findings];
};
