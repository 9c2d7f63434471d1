import { describe, expect, it } from 'vitest';
import { loadStageConfig, parseStageConfig, type StageConfig } from '../../infra/stage-config.js';
import { TABLE } from '../../shared/contracts/resources.js';
import { list, type Statement } from './support/iam.js';
import { createTestOpsdesk } from './support/opsdesk-app.js';

// `table.importName` (docs/operations.md, "Restore the table"): a stage pointed at a table restored from PITR.

type Json = any;
const RESTORED = 'opsdesk-restored-20250301-0930';

/** A stage synthesized with cdk-nag on (app.synth throws on any finding), its templates by stack. */
const synthesize = (config: StageConfig) => {
  const built = createTestOpsdesk({ stage: config });
  const assembly = built.app.synth();
  const template = (stack: { artifactId: string }): Json => assembly.getStackArtifact(stack.artifactId).template;
  return {
    stateful: template(built.stateful),
    stateless: template(built.stateless),
    operations: template(built.stage.operations),
  };
};
type Templates = ReturnType<typeof synthesize>;

const withTable = (stage: string, importName: string | null): StageConfig => ({
  ...loadStageConfig(stage),
  table: { importName },
});

/** A CloudFormation value as one string; a reference to another stack's output as `<output Name>`. */
const flat = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const object = value as Record<string, any>;
  if (object.Ref) return `<${object.Ref}>`;
  if (object['Fn::GetAtt']) return `<${object['Fn::GetAtt'].join('.')}>`;
  if (object['Fn::Join']) return (object['Fn::Join'][1] as unknown[]).map(flat).join(object['Fn::Join'][0]);
  if (object['Fn::GetStackOutput']) return `<output ${object['Fn::GetStackOutput'].OutputName}>`;
  return JSON.stringify(value);
};

const resources = (templates: Templates): Json[] =>
  Object.values(templates).flatMap((template) => Object.values(template.Resources as Record<string, Json>));

const tableNames = (templates: Templates): string[] =>
  resources(templates)
    .filter((resource) => resource.Type === 'AWS::Lambda::Function')
    .map((fn) => fn.Properties.Environment?.Variables?.TABLE_NAME)
    .filter((name) => name !== undefined)
    .map(flat);

/** Every resource of every IAM statement (managed and inline policies, all stacks) that is a DynamoDB ARN. */
const dynamoArns = (templates: Templates): string[] =>
  resources(templates)
    .flatMap((resource): { Statement: Statement[] }[] => {
      if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy')
        return [resource.Properties.PolicyDocument];
      if (resource.Type === 'AWS::IAM::Role')
        return list(resource.Properties.Policies).map((policy: Json) => policy.PolicyDocument);
      return [];
    })
    .flatMap((document) => document.Statement)
    .flatMap((statement) => list(statement.Resource as unknown))
    .map(flat)
    .filter((arn) => arn.includes(':dynamodb:') || arn.includes('Table'));

const INDEX_SUFFIXES = ['', ...TABLE.globalIndexes.map((index) => `/index/${index.name}`)];

describe.each(['dev', 'prod'])('stage %s with table.importName set', (stage) => {
  const templates = synthesize(withTable(stage, RESTORED));

  it('creates no table and publishes none', () => {
    const types = Object.values(templates.stateful.Resources as Record<string, Json>).map((r) => r.Type);
    expect(types).not.toContain('AWS::DynamoDB::Table');
    expect(JSON.stringify(templates.stateful.Outputs ?? {})).not.toMatch(/Table/);
  });

  it("gives every function with a table the imported table's name", () => {
    const names = tableNames(templates);
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names)).toEqual(new Set([RESTORED]));
  });

  it('grants on the imported table and its indexes only', () => {
    const arns = dynamoArns(templates);
    // prod names its environment, so CDK writes the ARN out; dev is environment-agnostic.
    const where =
      stage === 'prod'
        ? 'aws:dynamodb:eu-central-1:222222222222'
        : '<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>';
    const expected = INDEX_SUFFIXES.map((suffix) => `arn:${where}:table/${RESTORED}${suffix}`);
    expect(arns.length).toBeGreaterThan(10);
    expect(new Set(arns)).toEqual(new Set(expected));
  });
});

describe('stage dev with table.importName null (the stack owns its table)', () => {
  const templates = synthesize(withTable('dev', null));
  const table = Object.entries(templates.stateful.Resources as Record<string, Json>).filter(
    ([, resource]) => resource.Type === 'AWS::DynamoDB::Table',
  );

  it('creates the one table', () => {
    expect(table).toHaveLength(1);
  });

  it("gives every function with a table the stack's table, by its published name", () => {
    const [logicalId] = table[0]!;
    const outputs = templates.stateful.Outputs as Record<string, Json>;
    const nameOutput = Object.keys(outputs).find(
      (key) => JSON.stringify(outputs[key].Value) === `{"Ref":"${logicalId}"}`,
    );
    expect(nameOutput).toBeDefined();
    expect(new Set(tableNames(templates))).toEqual(new Set([`<output ${nameOutput}>`]));
  });

  it("grants on the stack's table and its indexes", () => {
    const [logicalId] = table[0]!;
    const outputs = templates.stateful.Outputs as Record<string, Json>;
    const arnOutput = Object.keys(outputs).find(
      (key) => JSON.stringify(outputs[key].Value) === `{"Fn::GetAtt":["${logicalId}","Arn"]}`,
    );
    expect(arnOutput).toBeDefined();
    expect(new Set(dynamoArns(templates))).toEqual(
      new Set(INDEX_SUFFIXES.map((suffix) => `<output ${arnOutput}>${suffix}`)),
    );
  });
});

describe('table.importName in the configuration', () => {
  const raw = (table: unknown) => ({ ...loadStageConfig('dev'), table });

  it('is null in every stage file: each stage owns its table until a restore says otherwise', () => {
    for (const stage of ['dev', 'staging', 'prod']) expect(loadStageConfig(stage).table).toEqual({ importName: null });
  });

  it('accepts a DynamoDB table name', () => {
    expect(parseStageConfig(raw({ importName: RESTORED }), 'dev.json').table.importName).toBe(RESTORED);
  });

  it.each([
    ['too short', { importName: 'ab' }, 'table.importName'],
    ['not a table name', { importName: 'arn:aws:dynamodb:eu-central-1:1:table/x' }, 'table.importName'],
    ['missing', { importName: undefined }, 'table.importName'],
    ['an unknown field', { importName: null, arn: 'x' }, 'table'],
    ['absent', undefined, 'table'],
  ])('refuses %s, naming the field', (_, table, field) => {
    expect(() => parseStageConfig(raw(table), 'dev.json')).toThrow(new RegExp(`\\n  ${field.replace('.', '\\.')}: `));
  });
});
