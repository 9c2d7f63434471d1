import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { trafficLimitsOf } from '../../../infra/traffic-limits.js';
import { routeEntries } from '../../../shared/contracts/routes.js';
import { createTestOpsdesk } from '../support/opsdesk-app.js';

const { stateless, edge, config } = createTestOpsdesk();
const edgeTemplate = Template.fromStack(edge).toJSON();
const [aclId, acl] = Object.entries(edgeTemplate.Resources as Record<string, { Type: string; Properties: any }>).find(
  ([, resource]) => resource.Type === 'AWS::WAFv2::WebACL',
)!;
const rules = acl.Properties.Rules as any[];
const limits = trafficLimitsOf(config.throttles).waf;

const distributionConfig = (template: Template) =>
  Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;

/** The path matchers of a scope-down statement, however nested (Or/And/single). */
const pathMatchers = (statement: any): { exact?: string; regex?: string; transformations: string[] }[] => {
  if (!statement) return [];
  if (statement.OrStatement) return statement.OrStatement.Statements.flatMap(pathMatchers);
  if (statement.AndStatement) return statement.AndStatement.Statements.flatMap(pathMatchers);
  const transformations = (match: any) =>
    (match.TextTransformations as { Type: string }[]).map((transformation) => transformation.Type);
  if (statement.ByteMatchStatement?.FieldToMatch?.UriPath) {
    const match = statement.ByteMatchStatement;
    expect(match.PositionalConstraint).toBe('EXACTLY');
    return [{ exact: match.SearchString, transformations: transformations(match) }];
  }
  if (statement.RegexMatchStatement?.FieldToMatch?.UriPath) {
    const match = statement.RegexMatchStatement;
    return [{ regex: match.RegexString, transformations: transformations(match) }];
  }
  return [];
};
const samplePath = (template: string) => template.replace(/\{[^}]+\}/g, 'sample-1');
const matches = (matcher: { exact?: string; regex?: string }, path: string) =>
  matcher.exact !== undefined ? matcher.exact === path : new RegExp(matcher.regex!).test(path);

describe('edge stack: the CloudFront web ACL', () => {
  it('is a CLOUDFRONT-scoped web ACL that allows by default', () => {
    expect(acl.Properties.Scope).toBe('CLOUDFRONT');
    expect(acl.Properties.DefaultAction).toEqual({ Allow: {} });
    expect(acl.Properties.VisibilityConfig).toMatchObject({
      CloudWatchMetricsEnabled: true,
      SampledRequestsEnabled: true,
    });
  });

  it('limits each client IP on the anonymous routes of the manifest (sign-up first), from the stage’s configuration', () => {
    const rule = rules.find((candidate) => candidate.Name === 'AnonymousRoutesPerIp');
    expect(rule).toBeDefined();
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: limits.anonymousRoutesPer5Minutes,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
    });
    expect(rule.Action.Block.CustomResponse).toMatchObject({ ResponseCode: 429 });

    const matchers = pathMatchers(rule.Statement.RateBasedStatement.ScopeDownStatement);
    const limited = routeEntries().filter(
      ([id, definition]) =>
        definition.access === 'public' &&
        !definition.localOnly &&
        !(limits.exemptFromAnonymousLimit as readonly string[]).includes(id),
    );
    expect(limited.map(([id]) => id)).toContain('signUp');
    for (const [id, definition] of limited) {
      expect(
        matchers.some((matcher) => matches(matcher, samplePath(definition.path))),
        id,
      ).toBe(true);
    }
    // Nothing else: every matcher stands for one of these routes.
    for (const matcher of matchers) {
      expect(limited.some(([, definition]) => matches(matcher, samplePath(definition.path)))).toBe(true);
      // Percent-encoding or a doubled slash must not slip past the rule.
      expect(matcher.transformations).toEqual(expect.arrayContaining(['URL_DECODE', 'NORMALIZE_PATH']));
    }
  });

  it('leaves Stripe’s webhook to the general limit: Stripe delivers from a few addresses', () => {
    const rule = rules.find((candidate) => candidate.Name === 'AnonymousRoutesPerIp');
    const matchers = pathMatchers(rule.Statement.RateBasedStatement.ScopeDownStatement);
    expect(matchers.some((matcher) => matches(matcher, '/api/webhooks/stripe'))).toBe(false);
  });

  it('limits each client IP on the whole API too, more loosely', () => {
    const rule = rules.find((candidate) => candidate.Name === 'ApiPerIp');
    expect(rule.Statement.RateBasedStatement).toMatchObject({ Limit: limits.apiPer5Minutes, AggregateKeyType: 'IP' });
    expect(limits.apiPer5Minutes).toBeGreaterThan(limits.anonymousRoutesPer5Minutes);
    expect(rule.Action.Block.CustomResponse).toMatchObject({ ResponseCode: 429 });
  });

  it('answers a blocked request with a problem+json body', () => {
    const bodies = Object.values(acl.Properties.CustomResponseBodies as Record<string, { Content: string }>);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies)
      expect(JSON.parse(body.Content)).toMatchObject({ status: 429, title: 'Too many requests', code: 'RATE.LIMITED' });
  });

  it('is attached to the distribution', () => {
    const webAclId = distributionConfig(Template.fromStack(stateless)).WebACLId;
    const reference = webAclId?.['Fn::GetStackOutput'];
    expect(reference?.StackName).toBe(edge.stackName);
    expect(edgeTemplate.Outputs[reference.OutputName].Value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
  });
});

describe('edge stack: region', () => {
  it('is in us-east-1 when the app has a region (CLOUDFRONT web ACLs exist only there), read across regions', () => {
    const {
      app,
      stateless: regional,
      edge: regionalEdge,
    } = createTestOpsdesk({ env: { account: '111111111111', region: 'eu-central-1' } });
    expect(regional.region).toBe('eu-central-1');
    expect(regionalEdge.region).toBe('us-east-1');
    const reference = distributionConfig(Template.fromStack(regional)).WebACLId['Fn::GetStackOutput'];
    expect(reference).toMatchObject({ StackName: regionalEdge.stackName, Region: 'us-east-1' });
    const aclLogicalId = regionalEdge.getLogicalId(regionalEdge.webAcl as CfnElement);
    expect(Template.fromStack(regionalEdge).toJSON().Outputs[reference.OutputName].Value).toEqual({
      'Fn::GetAtt': [aclLogicalId, 'Arn'],
    });
    expect(() => app.synth()).not.toThrow();
  });
});
