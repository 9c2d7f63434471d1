import { createHash } from 'node:crypto';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { WebHosting } from '../../../infra/constructs/web-hosting.js';
import { STATUS_PAGE_CSS } from '../../../shared/reports/status-html.js';
import { fakeWebDist } from '../support/opsdesk-app.js';

type Json = any;

/** The hosting construct alone (no bundling), optionally under the AwsSolutions checks. */
const build = (nag: boolean) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Web');
  const api = new HttpApi(stack, 'Api');
  const web = new WebHosting(stack, 'Web', { api, connectSources: ['https://login.example.org'] });
  web.deploySite({ distPath: fakeWebDist(), config: { identity: 'cognito' } });
  if (nag) {
    // The test's stand-in API is not the app's (which logs and authorizes every route); only the hosting is checked.
    Validations.of(api).acknowledge(
      { id: 'AwsSolutions-APIG1', reason: 'A bare test API: the app’s HTTP API has access logs.' },
      { id: 'AwsSolutions-APIG4', reason: 'A bare test API: the app’s routes carry their authorizers.' },
    );
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  }
  return { app, stack };
};

const { stack } = build(false);
const template = Template.fromStack(stack).toJSON();
const resources = Object.values(template.Resources) as Json[];
const distribution = resources.find((r) => r.Type === 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
const behaviours: Json[] = distribution.CacheBehaviors;
const behaviour = (path: string) => behaviours.find((b) => b.PathPattern === path);
/** The logical id a `{Ref}` or `{Fn::GetAtt}` names. */
const refOf = (value: Json): string => value?.Ref ?? value?.['Fn::GetAtt']?.[0];
const resource = (value: Json) => template.Resources[refOf(value)];

describe('status pages behind CloudFront', () => {
  it('routes /status/*, /api/status/* (and the reference page /api/docs) to the API, ahead of /api/*', () => {
    expect(behaviours.map((b) => b.PathPattern)).toEqual(['/status/*', '/api/status/*', '/api/docs', '/api/*']);
    const apiOrigin = behaviour('/api/*').TargetOriginId;
    expect(behaviour('/status/*').TargetOriginId).toBe(apiOrigin);
    expect(behaviour('/api/status/*').TargetOriginId).toBe(apiOrigin);
  });

  it('caches them as the origin says (0–60 s, 30 s by default), keyed on the path alone, GET and HEAD only', () => {
    for (const path of ['/status/*', '/api/status/*']) {
      const b = behaviour(path);
      expect(b.AllowedMethods).toEqual(['GET', 'HEAD']);
      expect(b.CachedMethods).toEqual(['GET', 'HEAD']);
      expect(b.OriginRequestPolicyId).toBeUndefined();
      expect(b.FunctionAssociations).toBeUndefined();
      const policy = resource(b.CachePolicyId).Properties.CachePolicyConfig;
      expect(policy).toMatchObject({ MinTTL: 0, DefaultTTL: 30, MaxTTL: 60 });
      expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
        CookiesConfig: { CookieBehavior: 'none' },
        HeadersConfig: { HeaderBehavior: 'none' },
        QueryStringsConfig: { QueryStringBehavior: 'none' },
      });
    }
    expect(behaviour('/api/*').AllowedMethods).toContain('POST');
  });

  it('lets the HTML page use its one inline style sheet and nothing else; the JSON keeps the API’s headers', () => {
    const hash = createHash('sha256').update(STATUS_PAGE_CSS).digest('base64');
    const csp = (path: string) =>
      resource(behaviour(path).ResponseHeadersPolicyId).Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
        .ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp('/status/*')).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(csp('/api/status/*')).toBe(csp('/api/*'));
    expect(csp('/api/*')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('synthesizes with the AwsSolutions checks and no unacknowledged finding', () => {
    const { app } = build(true);
    expect(() => app.synth()).not.toThrow();
  });
});
