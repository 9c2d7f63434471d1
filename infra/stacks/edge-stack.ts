import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { domainErrorToProblem } from '../../functions/http/problem.js';
import type { RouteId } from '../../shared/contracts/routes.js';
import { DomainError } from '../../shared/errors.js';
import type { TrafficLimits } from '../traffic-limits.js';
import { deployedRoutes } from './stateless-stack.js';

/** CLOUDFRONT-scoped web ACLs can only be created in us-east-1, wherever the rest of the app runs. */
export const EDGE_REGION = 'us-east-1';

/** Percent-encoding and `//`, `/./` must not slip a request past a path match. */
const PATH_TRANSFORMATIONS: CfnWebACL.TextTransformationProperty[] = [
  { priority: 0, type: 'URL_DECODE' },
  { priority: 1, type: 'NORMALIZE_PATH' },
];

const escapeRegex = (text: string): string => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** A manifest path as a whole-path match: `{param}` is one segment; a trailing slash changes nothing. */
const routePathStatement = (path: string): CfnWebACL.StatementProperty => ({
  regexMatchStatement: {
    fieldToMatch: { uriPath: {} },
    regexString: `^${path
      .split(/\{[^}]+\}/)
      .map(escapeRegex)
      .join('[^/]+')}/?$`,
    textTransformations: PATH_TRANSFORMATIONS,
  },
});

const anyOf = (statements: CfnWebACL.StatementProperty[]): CfnWebACL.StatementProperty => {
  if (statements.length === 0) throw new Error('Web ACL: a scope-down statement needs at least one path');
  return statements.length === 1 ? statements[0]! : { orStatement: { statements } };
};

/** The paths of the anonymous routes the per-IP limit covers: from the manifest, never listed twice. */
const anonymousLimitPaths = (limits: TrafficLimits): string[] => {
  const exempt: readonly RouteId[] = limits.waf.exemptFromAnonymousLimit;
  return [
    ...new Set(
      deployedRoutes()
        .filter(([id, definition]) => definition.access === 'public' && !exempt.includes(id))
        .map(([, definition]) => definition.path),
    ),
  ];
};

const TOO_MANY_REQUESTS = 'TooManyRequests';

const rateLimitRule = (
  name: string,
  priority: number,
  limit: number,
  scopeDownStatement: CfnWebACL.StatementProperty,
): CfnWebACL.RuleProperty => ({
  name,
  priority,
  statement: {
    rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300, scopeDownStatement },
  },
  action: {
    block: {
      customResponse: {
        responseCode: 429,
        customResponseBodyKey: TOO_MANY_REQUESTS,
        responseHeaders: [{ name: 'retry-after', value: '300' }],
      },
    },
  },
  visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: `opsdesk-${name}` },
});

/**
 * What must live in us-east-1 for the CloudFront distribution: its WAF web ACL. The stateless stack
 * reads the ACL's ARN with a weak (`Fn::GetStackOutput`) reference, which also works across regions.
 *
 * The ACL counts requests per client IP (CloudFront sees the real one) over five minutes, numbers
 * from the stage's traffic limits: tight on the anonymous routes of the manifest (sign-up, plans, health, OpenAPI;
 * not Stripe's webhook), looser on the whole API. Blocked requests get a 429 problem+json.
 * API Gateway's stage throttling stays behind it, for all callers together.
 */
export interface EdgeStackProps extends StackProps {
  /** The stage's traffic limits (trafficLimitsOf its configuration); the web ACL uses `waf`. */
  limits: TrafficLimits;
}

export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const { limits } = props;

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      description: 'Opsdesk CloudFront: per-IP rate limits on the anonymous routes and the API',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'opsdesk-web' },
      customResponseBodies: {
        [TOO_MANY_REQUESTS]: {
          contentType: 'APPLICATION_JSON',
          // The same problem the API's own limiter answers (functions/http/problem.ts), so clients see one 429.
          content: JSON.stringify(
            domainErrorToProblem(
              new DomainError('RATE.LIMITED', 'Too many requests from this address. Try again in a few minutes.'),
            ),
          ),
        },
      },
      rules: [
        rateLimitRule(
          'AnonymousRoutesPerIp',
          0,
          limits.waf.anonymousRoutesPer5Minutes,
          anyOf(anonymousLimitPaths(limits).map(routePathStatement)),
        ),
        rateLimitRule('ApiPerIp', 1, limits.waf.apiPer5Minutes, {
          byteMatchStatement: {
            fieldToMatch: { uriPath: {} },
            positionalConstraint: 'STARTS_WITH',
            searchString: '/api/',
            textTransformations: PATH_TRANSFORMATIONS,
          },
        }),
      ],
    });
  }
}
