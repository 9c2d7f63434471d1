import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { CfnPolicy } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { API_DOCS_CSP, ORIGIN_VERIFY_HEADER } from '../../shared/contracts/resources.js';
import { STATUS_PAGE_CSS, statusPageCsp } from '../../shared/reports/status-html.js';
import { iam5ResourceFinding, wildcardResourceFindings } from '../nag.js';

/**
 * The header CloudFront adds to every request it forwards to the API, with the value of
 * `WebHosting.originVerifySecret`. CloudFront replaces a viewer's header of the same name, so only
 * requests that passed through the distribution (and its web ACL) carry the right value.
 */
export { ORIGIN_VERIFY_HEADER };
/**
 * The viewer's address, set by CloudFront on every `/api/*` request (overwriting any a client sent): behind
 * CloudFront, API Gateway's source IP is CloudFront's, so per-address rate limits go by this header.
 */
export const VIEWER_IP_HEADER = 'x-opsdesk-viewer-ip';

export interface WebHostingProps {
  /** The HTTP API that `/api/*` is forwarded to, so the web app calls its own origin (no CORS). */
  api: IHttpApi;
  /** Origins the web app may call besides its own (`connect-src`): the Cognito domain's token endpoint. */
  connectSources?: string[];
  /** The ARN of a CLOUDFRONT-scoped WAF web ACL for the distribution. */
  webAclArn?: string;
  /**
   * The web app's own domain and its ACM certificate (in us-east-1, as CloudFront requires); unset or null: the
   * distribution's *.cloudfront.net name. DNS (a CNAME or alias to the distribution) is the domain owner's.
   */
  domain?: { name: string; certificateArn: string } | null;
}

export interface WebSiteDeployment {
  /** The built web app (`web/dist`). */
  distPath: string;
  /** Written as `/config.json`: what the web app needs to know about this deployment at run time. */
  config: Record<string, unknown>;
}

/**
 * The SPA's CSP: Vite emits no inline script or style, so everything is `'self'`; the favicon is a
 * `data:` image; the only other origin it calls is Cognito's token endpoint (the login itself is a
 * redirect, which `connect-src` does not govern).
 */
const webContentSecurityPolicy = (connectSources: readonly string[]): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSources].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');

/**
 * The public status pages' CSP: nothing may load or run but their one inline style sheet, named by its SHA-256 (the
 * reports handler sends the same header; CloudFront's overrides it with this one).
 */
export const statusContentSecurityPolicy = (): string =>
  statusPageCsp(createHash('sha256').update(STATUS_PAGE_CSS).digest('base64'));

/** How long CloudFront keeps a status page when the origin says nothing (it says 30 s), and at most. */
export const STATUS_CACHE_TTL = { min: Duration.seconds(0), default: Duration.seconds(30), max: Duration.seconds(60) };

/**
 * Serves the single-page app from a private S3 bucket through CloudFront, and `/api/*` from the
 * HTTP API on the same host name.
 */
export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** The value CloudFront sends in ORIGIN_VERIFY_HEADER; the API's check reads the same secret. */
  readonly originVerifySecret: Secret;
  /** Where users reach the web app: `https://` and the custom domain when there is one, else the distribution's. */
  readonly webOrigin: string;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const stack = Stack.of(this);

    // Access logs of the distribution and of the site bucket. CloudFront standard logging still
    // writes through ACLs, hence BUCKET_OWNER_PREFERRED instead of the ACL-less default.
    const logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its own access would log into itself without end.',
    });

    // Private: only CloudFront reads it, through Origin Access Control. Default removal policy
    // (RETAIN) because a non-empty bucket cannot be deleted by CloudFormation anyway.
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
    });

    // SPA fallback as a viewer-request function on the web app's behaviour only. Distribution-wide
    // error responses (403/404 → /index.html) would also rewrite the API's 403 and 404 problem
    // responses into HTML; this keeps `/api/*` answers untouched.
    const viewerAddress = new CloudFrontFunction(this, 'ViewerAddress', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'API requests carry the viewer address (any the client sent is replaced)',
      code: FunctionCode.fromInline(
        [
          'function handler(event) {',
          '  var request = event.request;',
          `  request.headers['${VIEWER_IP_HEADER}'] = { value: event.viewer.ip };`,
          '  return request;',
          '}',
        ].join('\n'),
      ),
    });
    const spaFallback = new CloudFrontFunction(this, 'SpaFallback', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Client-side routes (no file extension) are served index.html',
      code: FunctionCode.fromInline(
        [
          'function handler(event) {',
          '  var request = event.request;',
          "  var lastSegment = request.uri.substring(request.uri.lastIndexOf('/') + 1);",
          "  if (lastSegment.indexOf('.') === -1) request.uri = '/index.html';",
          '  return request;',
          '}',
        ].join('\n'),
      ),
    });

    const apiDomain = `${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;

    // The API stays reachable at its execute-api domain, which is CloudFront's origin (an HTTP API
    // cannot be a private origin, and a custom domain would be just as public). CloudFront proves
    // itself with this header instead; the value reaches the template only as a dynamic reference.
    this.originVerifySecret = new Secret(this, 'OriginVerifySecret', {
      description: `Opsdesk: the ${ORIGIN_VERIFY_HEADER} header CloudFront adds to API requests`,
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.originVerifySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A shared token between CloudFront and the API authorizer, not a credential of a person or service: rotating means updating the distribution in the same deploy, so it is replaced by a deploy instead of rotated by a Lambda.',
    });

    const webHeaders = this.securityHeaders(
      'WebHeaders',
      'Opsdesk web app',
      webContentSecurityPolicy(props.connectSources ?? []),
    );
    // The API answers JSON (and PDFs): nothing in it may load, run or be framed.
    const apiHeaders = this.securityHeaders('ApiHeaders', 'Opsdesk API', "default-src 'none'; frame-ancestors 'none'");

    // Public status pages (`/status/<slug>` HTML, `/api/status/<slug>` JSON): the same for everyone, so CloudFront
    // caches them as the API's Cache-Control says (30 s), keyed on the path alone — no cookie, Authorization header
    // or query string reaches the key or the origin, so one viewer can never be served another's answer.
    const statusCache = new CachePolicy(this, 'StatusCache', {
      comment: 'Opsdesk public status pages: the origin decides (30 s), at most 60 s; keyed on the path only',
      minTtl: STATUS_CACHE_TTL.min,
      defaultTtl: STATUS_CACHE_TTL.default,
      maxTtl: STATUS_CACHE_TTL.max,
      cookieBehavior: CacheCookieBehavior.none(),
      headerBehavior: CacheHeaderBehavior.none(),
      queryStringBehavior: CacheQueryStringBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const statusHeaders = this.securityHeaders('StatusHeaders', 'Opsdesk status pages', statusContentSecurityPolicy());
    const apiOrigin = new HttpOrigin(apiDomain, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      customHeaders: { [ORIGIN_VERIFY_HEADER]: this.originVerifySecret.secretValue.unsafeUnwrap() },
    });
    const statusBehaviour = (responseHeadersPolicy: ResponseHeadersPolicy) => ({
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: CachedMethods.CACHE_GET_HEAD,
      cachePolicy: statusCache,
      compress: true,
      responseHeadersPolicy,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Opsdesk web app and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: webHeaders,
        functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      // CloudFront matches behaviours in this order: `/api/status/*` before `/api/*`.
      additionalBehaviors: {
        '/status/*': statusBehaviour(statusHeaders),
        '/api/status/*': statusBehaviour(apiHeaders),
        // The API reference is a page: Redoc from the web bucket, inline styles and a search worker (API_DOCS_CSP).
        '/api/docs': {
          functionAssociations: [{ function: viewerAddress, eventType: FunctionEventType.VIEWER_REQUEST }],
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.securityHeaders('ApiDocsHeaders', 'Opsdesk API reference', API_DOCS_CSP),
        },
        '/api/*': {
          functionAssociations: [{ function: viewerAddress, eventType: FunctionEventType.VIEWER_REQUEST }],
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Responses are per caller: never cached. Every viewer header (Authorization, Idempotency-Key,
          // Stripe-Signature, Accept) goes to the API — except Host, which API Gateway needs to be its own.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
        },
      },
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      // Own domain: SNI only (no dedicated-IP fee) and TLS 1.2 with modern ciphers as the floor.
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    this.webOrigin = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Opsdesk serves customers wherever they are; there is no country to block.',
      },
      ...(props.webAclArn
        ? []
        : [
            {
              id: 'AwsSolutions-CFR2',
              reason:
                'Hosting without a web ACL (the construct on its own, in tests); the Opsdesk app always passes the edge stack’s web ACL.',
            },
          ]),
      ...(props.domain
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'A stage without its own domain uses the default *.cloudfront.net certificate, whose minimum protocol CloudFront fixes at TLSv1; a stage with a domain (its configuration) gets TLSv1.2_2021.',
            },
          ]),
    );
  }

  /**
   * The security headers of every answer, set by CloudFront over whatever the origin sent: HSTS for two
   * years, no MIME sniffing, never framed, the origin only as referrer across sites, and the CSP given.
   */
  private securityHeaders(id: string, comment: string, contentSecurityPolicy: string): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, id, {
      comment: `${comment}: security headers`,
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
      },
    });
  }

  /**
   * Uploads the web app and its `config.json`, and invalidates the two files that are not
   * content-hashed.
   *
   * `web/dist` is built by `npm run build:web`, which another step owns. When the folder is missing
   * (a fresh checkout, the infra tests) the stack still synthesizes: only `config.json` is deployed and
   * pruning is switched off, so a deploy without a build never deletes a previously deployed app.
   */
  deploySite(deployment: WebSiteDeployment): BucketDeployment {
    const hasBuild = existsSync(deployment.distPath);
    const sources: ISource[] = [Source.jsonData('config.json', deployment.config)];
    if (hasBuild) sources.unshift(Source.asset(deployment.distPath));

    const site = new BucketDeployment(this, 'Deployment', {
      sources,
      destinationBucket: this.bucket,
      prune: hasBuild,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_WEEK }),
    });
    this.acknowledgeDeploymentHandler(site);
    return site;
  }

  /**
   * BucketDeployment runs one CDK-provided singleton Lambda per stack; its role and runtime are not
   * ours to shape, so its findings are acknowledged here, each narrowly.
   */
  private acknowledgeDeploymentHandler(site: BucketDeployment): void {
    const handler = site.handlerRole.node.scope;
    const policy = site.handlerRole.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
    if (!handler || !(policy instanceof CfnPolicy)) throw new Error('BucketDeployment handler has an unexpected shape');

    const siteObjects = iam5ResourceFinding(this, this.bucket.arnForObjects('*'));
    // The CDK bootstrap bucket holding the zipped web app (`cdk-<qualifier>-assets-<account>-<region>`).
    const bootstrapAssetObjects = /^Resource::arn:(?:aws[a-z-]*|<AWS::Partition>):s3:::cdk-[a-z0-9]+-assets-[^/]+\/\*$/;
    const resourceReasons = wildcardResourceFindings(this, policy.policyDocument).flatMap((finding) => {
      if (finding === siteObjects)
        return [{ id: finding, reason: 'Uploads and prunes every object of the web app bucket it deploys.' }];
      if (bootstrapAssetObjects.test(finding))
        return [
          { id: finding, reason: 'Reads the zipped web app that cdk deploy uploaded to the bootstrap asset bucket.' },
        ];
      return [];
    });

    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK BucketDeployment handler: the managed basic execution role only lets it write its own logs.',
      },
      ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `CDK BucketDeployment handler: ${action} is the grant S3 copy and prune need, limited to the asset and site buckets.`,
      })),
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'CDK BucketDeployment handler: cloudfront:CreateInvalidation/GetInvalidation are granted on * by the construct; it only invalidates this distribution.',
      },
      ...resourceReasons.map(({ id, reason }) => ({ id: `AwsSolutions-IAM5[${id}]`, reason })),
      {
        id: 'AwsSolutions-L1',
        reason: 'CDK BucketDeployment handler: a Python function shipped and versioned by aws-cdk-lib, not by Opsdesk.',
      },
    );
  }
}
