import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { describe, expect, it } from 'vitest';
import { VIEWER_IP_HEADER, WebHosting } from '../../../infra/constructs/web-hosting.js';
import { API_DOCS_CSP } from '../../../shared/contracts/resources.js';
import { fakeWebDist } from '../support/opsdesk-app.js';

const hostingTemplate = (distPath: string) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Web');
  const web = new WebHosting(stack, 'Web', {
    api: new HttpApi(stack, 'Api'),
    connectSources: ['https://login.example.org'],
  });
  web.deploySite({ distPath, config: { identity: 'cognito', clientId: 'client-id', scopes: ['openid'] } });
  return Template.fromStack(stack);
};

const template = hostingTemplate(fakeWebDist());
const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
const config = distribution?.Properties.DistributionConfig;

describe('web hosting', () => {
  it('keeps the site bucket private, encrypted and TLS-only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
      LoggingConfiguration: Match.anyValue(),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('reads the bucket through Origin Access Control and serves index.html at the root', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.Logging).toBeDefined();
  });

  it('falls back to index.html for client-side routes only on the web app behaviour, never for /api/*', () => {
    // Distribution-wide error responses would turn the API's 403/404 problems into HTML.
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      expect.objectContaining({ EventType: 'viewer-request' }),
    ]);
    const api = config.CacheBehaviors.find((behavior: { PathPattern: string }) => behavior.PathPattern === '/api/*');
    expect(api.FunctionAssociations).toEqual([expect.objectContaining({ EventType: 'viewer-request' })]);
    expect(api.FunctionAssociations[0].FunctionARN).not.toEqual(
      config.DefaultCacheBehavior.FunctionAssociations[0].FunctionARN,
    );
  });

  it('sets the viewer’s address on every /api/* request, replacing any the client sent', () => {
    const functions = Object.values(template.findResources('AWS::CloudFront::Function')).map(
      (fn) => fn.Properties.FunctionCode as string,
    );
    const viewerAddress = functions.find((code) => code.includes(VIEWER_IP_HEADER));
    expect(viewerAddress).toContain(`request.headers['${VIEWER_IP_HEADER}'] = { value: event.viewer.ip };`);
  });

  it('forwards /api/* to the HTTP API uncached with every viewer header except Host', () => {
    const api = config.CacheBehaviors.find((behavior: { PathPattern: string }) => behavior.PathPattern === '/api/*');
    expect(api).toMatchObject({
      CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
      OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
      AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
    });
    const origin = config.Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain('.execute-api.');
    expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });

  describe('security headers on every answer, the API’s included', () => {
    const policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy');
    const policyOf = (behavior: { ResponseHeadersPolicyId?: { Ref?: string } }) => {
      const id = behavior.ResponseHeadersPolicyId?.Ref;
      expect(id, 'a response headers policy of this stack').toBeDefined();
      return policies[id!]!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    };
    const apiBehavior = () =>
      config.CacheBehaviors.find((behavior: { PathPattern: string }) => behavior.PathPattern === '/api/*');

    it.each([
      ['the web app (default behaviour)', () => config.DefaultCacheBehavior],
      ['/api/*', apiBehavior],
    ])('%s: HSTS, nosniff, frame DENY, a referrer policy and a CSP, overriding the origin', (_, behavior) => {
      const headers = policyOf(behavior());
      expect(headers.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });
      expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
      expect(headers.ContentTypeOptions).toEqual({ Override: true });
      expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
      expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
      expect(headers.ContentSecurityPolicy.Override).toBe(true);
      expect(JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy)).toContain("frame-ancestors 'none'");
    });

    it('gives the SPA a CSP that allows its own scripts only, and the API one that allows nothing', () => {
      const web = JSON.stringify(policyOf(config.DefaultCacheBehavior).ContentSecurityPolicy.ContentSecurityPolicy);
      expect(web).toContain("script-src 'self'");
      expect(web).toContain("object-src 'none'");
      expect(web).not.toContain('unsafe-inline');
      expect(web).not.toContain('unsafe-eval');
      expect(web).toContain('https://login.example.org');
      const api = policyOf(apiBehavior()).ContentSecurityPolicy.ContentSecurityPolicy;
      expect(api).toBe("default-src 'none'; frame-ancestors 'none'");
    });

    it('gives the API reference page (/api/docs, matched before /api/*) the CSP its renderer needs, read-only', () => {
      const patterns = config.CacheBehaviors.map((behavior: { PathPattern: string }) => behavior.PathPattern);
      expect(patterns.indexOf('/api/docs')).toBeGreaterThanOrEqual(0);
      expect(patterns.indexOf('/api/docs')).toBeLessThan(patterns.indexOf('/api/*'));
      const docs = config.CacheBehaviors.find(
        (behavior: { PathPattern: string }) => behavior.PathPattern === '/api/docs',
      );
      expect(docs.AllowedMethods).toEqual(['GET', 'HEAD']);
      expect(docs.TargetOriginId).toBe(apiBehavior().TargetOriginId);
      expect(policyOf(docs).ContentSecurityPolicy.ContentSecurityPolicy).toBe(API_DOCS_CSP);
      expect(API_DOCS_CSP).toContain("script-src 'self'");
      expect(API_DOCS_CSP).not.toContain('unsafe-eval');
    });
  });

  it('deploys the build and config.json together, pruning old files', () => {
    const [deployment] = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    expect(deployment?.Properties.SourceObjectKeys).toHaveLength(2);
    expect(deployment?.Properties.Prune).toBe(true);
    expect(deployment?.Properties.DistributionPaths).toEqual(['/index.html', '/config.json']);
  });

  it('still synthesizes without a web build: deploys config.json only and prunes nothing', () => {
    const withoutBuild = hostingTemplate(join(fakeWebDist(), 'missing'));
    const [deployment] = Object.values(withoutBuild.findResources('Custom::CDKBucketDeployment'));
    expect(deployment?.Properties.SourceObjectKeys).toHaveLength(1);
    expect(deployment?.Properties.Prune).toBe(false);
  });
});
