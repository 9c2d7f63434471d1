import { Stack, Validations } from 'aws-cdk-lib';
import { CfnPolicy } from 'aws-cdk-lib/aws-iam';
import type { CodePipeline } from 'aws-cdk-lib/pipelines';
// cdk-nag's own rendering of a CloudFormation value into a finding id (see infra/nag.ts).
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';

interface Statement {
  Effect?: string;
  Action?: string | string[];
  Resource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The artifact bucket grants CodePipeline's constructs give their roles (read, or read and write). */
const ARTIFACT_ACTIONS: Record<string, string> = {
  's3:GetObject*': 'reads the artifacts of its run',
  's3:GetBucket*': 'reads the bucket’s location and encryption settings to read artifacts',
  's3:List*': 'lists the artifacts of its run',
  's3:DeleteObject*': 'replaces its own output artifact when an action is retried',
  's3:Abort*': 'aborts its own multipart artifact uploads',
  'kms:GenerateDataKey*': 'encrypts the artifacts it writes with the artifact key',
  'kms:ReEncrypt*': 'part of the encrypt-and-decrypt grant on the artifact key that writing artifacts takes',
};

/** KMS's encrypt-and-decrypt grant (`grantEncryptDecrypt`), which artifact buckets give the roles that use them. */
const KMS_ENCRYPT_DECRYPT = new Set([
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:Encrypt',
  'kms:GenerateDataKey*',
  'kms:ReEncrypt*',
]);

/** What CDK Pipelines grants on `*`: read-only look-ups, and driving the asset projects whose names it generates. */
const ANY_RESOURCE_ACTIONS: Record<string, string> = {
  'cloudformation:DescribeStacks': 'the CDK CLI reads the bootstrap stack of the account it deploys to',
  's3:ListBucket': 'the CDK CLI finds the bootstrap bucket',
  'codebuild:BatchGetBuilds': 'the asset-publishing action role follows the builds of its asset projects',
  'codebuild:StartBuild': 'the asset-publishing action role starts its asset projects, one per asset',
  'codebuild:StopBuild': 'the asset-publishing action role stops its asset projects when the pipeline run stops',
};

/**
 * Acknowledges, on each IAM policy CDK Pipelines generated, exactly the wildcard findings that are the construct's
 * well-known grants — each after checking the statement behind it (its resources are this pipeline's artifact and
 * replication buckets and keys, CodeBuild's log groups and report groups, the CDK bootstrap roles by tag).
 * Anything else stays unacknowledged and fails the synth: a new wildcard is reviewed, not waved through.
 */
export const acknowledgeCdkPipelinesFindings = (pipeline: CodePipeline) => {
  const stack = Stack.of(pipeline);
  const flat = (value: unknown) => flattenCfnReference(stack.resolve(value));
  const buckets = [
    pipeline.pipeline.artifactBucket,
    ...Object.values(pipeline.pipeline.crossRegionSupport).map((support) => support.replicationBucket),
  ];
  const bucketObjects = new Set(buckets.map((bucket) => flat(bucket.arnForObjects('*'))));
  const artifactResources = new Set([...bucketObjects, ...buckets.map((bucket) => flat(bucket.bucketArn))]);
  for (const bucket of buckets) if (bucket.encryptionKey) artifactResources.add(flat(bucket.encryptionKey.keyArn));
  // The replication buckets' keys live in the support stacks of other regions, which the grant cannot name.
  const crossRegionKeys = Object.keys(pipeline.pipeline.crossRegionSupport).length > 0;
  const isArtifactResource = (resource: string, actions: string[]) =>
    artifactResources.has(resource) ||
    (resource === '*' && crossRegionKeys && actions.every((action) => KMS_ENCRYPT_DECRYPT.has(action)));

  const ownLogGroup = /^arn:[^:]+:logs:[^:]+:\d{12}:log-group:\/aws\/codebuild\/<[A-Za-z0-9]+>:\*$/;
  const ownReportGroups = /^arn:[^:]+:codebuild:[^:]+:\d{12}:report-group\/<[A-Za-z0-9]+>-\*$/;
  const codeBuildLogGroups = /^arn:[^:]+:logs:[^:]+:\d{12}:log-group:\/aws\/codebuild\/\*$/;
  const codeBuildReportGroups = /^arn:[^:]+:codebuild:[^:]+:\d{12}:report-group\/\*$/;
  const bootstrapRoles = /^arn:\*:iam::\d{12}:role\/\*$/;

  const resourceReason = (resource: string, statement: Statement, actions: string[]): string | undefined => {
    if (bucketObjects.has(resource))
      return 'Objects of this pipeline’s own artifact (or cross-region replication) bucket: CodePipeline names artifacts per run.';
    if (ownLogGroup.test(resource))
      return 'The log streams of this CodeBuild project’s own log group, which CodeBuild names per build.';
    if (ownReportGroups.test(resource))
      return 'The test report groups of this CodeBuild project, which CodeBuild names after the project.';
    if (codeBuildLogGroups.test(resource) || codeBuildReportGroups.test(resource))
      return 'The shared asset-publishing role writes the logs and reports of every asset project, one per asset, whose names CDK Pipelines generates; only CodeBuild’s own prefix.';
    if (
      bootstrapRoles.test(resource) &&
      actions.every((action) => action === 'sts:AssumeRole') &&
      statement.Condition?.['ForAnyValue:StringEquals']?.['iam:ResourceTag/aws-cdk:bootstrap-role'] !== undefined
    )
      return 'sts:AssumeRole only on roles tagged aws-cdk:bootstrap-role (the CDK bootstrap deploy and publishing roles) of the one account in the ARN, as the CDK CLI assumes them.';
    if (resource === '*' && crossRegionKeys && actions.every((action) => KMS_ENCRYPT_DECRYPT.has(action)))
      return 'Encrypt and decrypt with the key of the us-east-1 replication bucket (the edge stack’s artifacts), which lives in the cross-region support stack and cannot be named from this region.';
    if (resource === '*' && actions.every((action) => ANY_RESOURCE_ACTIONS[action]))
      return `CDK Pipelines grants these on * (no narrower resource exists, or the names are generated): ${actions.map((action) => ANY_RESOURCE_ACTIONS[action]).join('; ')}. The tooling account holds only this pipeline.`;
    return undefined;
  };

  for (const policy of pipeline.node.findAll().filter((c): c is CfnPolicy => c instanceof CfnPolicy)) {
    const document = stack.resolve(policy.policyDocument) as { Statement?: Statement[] };
    const statements = (document.Statement ?? []).filter((statement) => statement.Effect === 'Allow');
    const acknowledgements = new Map<string, string>();
    // A finding is per policy, not per statement: one unexplained statement behind it keeps it unacknowledged.
    const unexplained = new Set<string>();
    const judge = (finding: string, why: string | undefined) => {
      if (why) acknowledgements.set(finding, why);
      else unexplained.add(finding);
    };

    for (const statement of statements) {
      const actions = list(statement.Action);
      const resources = list(statement.Resource).map((resource) => flattenCfnReference(resource));
      for (const action of actions.filter((a) => a.includes('*'))) {
        const why = ARTIFACT_ACTIONS[action];
        judge(
          `Action::${action}`,
          why && resources.every((resource) => isArtifactResource(resource, actions))
            ? `CDK Pipelines artifact grant: ${action} on this pipeline's artifact buckets and keys only; ${why}.`
            : undefined,
        );
      }
      for (const resource of resources.filter((r) => r.includes('*')))
        judge(`Resource::${resource}`, resourceReason(resource, statement, actions));
    }
    const explained = [...acknowledgements].filter(([finding]) => !unexplained.has(finding));
    if (explained.length > 0)
      Validations.of(policy).acknowledge(
        ...explained.map(([finding, reason]) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason })),
      );
  }

  for (const { replicationBucket } of Object.values(pipeline.pipeline.crossRegionSupport))
    Validations.of(replicationBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'CodePipeline’s cross-region replication bucket (us-east-1, for the edge stack): it holds copies of the artifact bucket’s objects for one run, written and read only by the pipeline role.',
    });
};
