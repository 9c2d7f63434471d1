/** Reading IAM policies out of synthesized templates, for the infra tests. */

/** A value or a list of them, as IAM writes Action, Resource and Principal: always a list. */
export const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A CloudFormation value as one string: `arn:<AWS::Partition>:ssm:<AWS::Region>:…`, `<Table.Arn>/index/gsi1`. */
export const flat = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const object = value as Record<string, any>;
  if (object.Ref) return `<${object.Ref}>`;
  if (object['Fn::GetAtt']) return `<${object['Fn::GetAtt'].join('.')}>`;
  if (object['Fn::Join']) return (object['Fn::Join'][1] as unknown[]).map(flat).join(object['Fn::Join'][0]);
  if (object['Fn::ImportValue']) return `<import ${flat(object['Fn::ImportValue'])}>`;
  return JSON.stringify(value);
};

/** One statement of a synthesized policy document. */
export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Principal?: { AWS?: unknown };
  Condition?: Record<string, Record<string, unknown>>;
}
