import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../../functions/config/env.js';
import { rateLimitEnvironment } from '../../../functions/config/rate-limits.js';
import { ORIGIN_VERIFY_HEADER, VIEWER_IP_HEADER } from '../../../infra/constructs/web-hosting.js';
import { deployedContexts, httpEntryFor } from '../../../infra/stacks/stateless-stack.js';
import { trafficLimitsOf } from '../../../infra/traffic-limits.js';
import { QUEUES, queueUrlEnvName, SCHEDULES } from '../../../shared/contracts/resources.js';
import { ROLES, scopeForRole } from '../../../shared/contracts/roles.js';
import { routeEntries, routeKey } from '../../../shared/contracts/routes.js';
import { RATE_LIMITS } from '../../../shared/platform/rate-limits.js';
import { flat, list, type Statement } from '../support/iam.js';
import { createTestOpsdesk } from '../support/opsdesk-app.js';

const { stateless, config } = createTestOpsdesk();
const template = Template.fromStack(stateless);
const logicalId = (element: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId(element.node.defaultChild as CfnElement);
const resources = (type: string) => Object.values(template.findResources(type));

const deployed = routeEntries().filter(([, definition]) => !definition.localOnly);
const publicRoutes = deployed.filter(([, definition]) => definition.access === 'public');
/** The REQUEST authorizer backed by `fn`: its logical id. */
const authorizerIdOf = (fn: { function: { node: { defaultChild?: unknown } } }): string => {
  const backed = Object.entries(template.findResources('AWS::ApiGatewayV2::Authorizer')).filter(([, authorizer]) =>
    JSON.stringify(authorizer.Properties.AuthorizerUri).includes(logicalId(fn.function)),
  );
  expect(backed).toHaveLength(1);
  return backed[0]![0];
};
/** The REQUEST authorizer on the anonymous routes: it lets through only requests that carry CloudFront's secret. */
const originAuthorizerId = (): string => authorizerIdOf(stateless.originVerification.authorizer);
/** The REQUEST authorizer on every route that needs a caller: a Cognito access token or an API key. */
const apiAuthorizerId = (): string => authorizerIdOf(stateless.apiAuthorizer);
const localOnly = routeEntries().filter(([, definition]) => definition.localOnly);

describe('stateless stack: HTTP API from the route manifest', () => {
  const apiRoutes = resources('AWS::ApiGatewayV2::Route').map((route) => route.Properties);
  const routeByKey = new Map(apiRoutes.map((route) => [route.RouteKey as string, route]));

  it('has exactly one API route per deployed manifest route, and the $default route', () => {
    expect([...routeByKey.keys()].sort()).toEqual(
      ['$default', ...deployed.map(([, definition]) => routeKey(definition))].sort(),
    );
    expect(apiRoutes).toHaveLength(deployed.length + 1);
  });

  it('sends every other request ($default: unknown paths, other methods) to the platform function, behind CloudFront only', () => {
    const route = routeByKey.get('$default');
    expect(route.AuthorizationType).toBe('CUSTOM');
    expect(route.AuthorizerId).toEqual({ Ref: originAuthorizerId() });
    const integrationId = (route.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
    const integration = template.findResources('AWS::ApiGatewayV2::Integration')[integrationId.Ref];
    expect(integration?.Properties.IntegrationUri).toEqual({
      'Fn::GetAtt': [logicalId(stateless.functions.get('platform')!.function), 'Arn'],
    });
  });

  it.each(deployed.map(([id, definition]) => [id, definition] as const))(
    '%s has the manifest access',
    (_, definition) => {
      const route = routeByKey.get(routeKey(definition));
      expect(route).toBeDefined();
      if (definition.access === 'public') {
        // No caller identity, but only CloudFront's requests pass (see "only CloudFront" below).
        expect(route.AuthorizationType).toBe('CUSTOM');
        expect(route.AuthorizerId).toEqual({ Ref: originAuthorizerId() });
        expect(route.AuthorizationScopes).toBeUndefined();
      } else {
        // Tokens and keys alike; the route's roles and a key's scope are the authorizer's to check.
        expect(route.AuthorizationType).toBe('CUSTOM');
        expect(route.AuthorizerId).toEqual({ Ref: apiAuthorizerId() });
        expect(route.AuthorizationScopes).toBeUndefined();
      }
    },
  );

  it('never deploys a local-only route (the dev login)', () => {
    expect(localOnly.length).toBeGreaterThan(0);
    for (const [, definition] of localOnly) expect(routeByKey.has(routeKey(definition))).toBe(false);
    for (const key of routeByKey.keys()) expect(key).not.toContain('/auth/dev/login');
    expect(JSON.stringify(template.toJSON())).not.toContain('/auth/dev/login');
  });

  it('routes each manifest route to the function of its bounded context', () => {
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    for (const [, definition] of deployed) {
      const route = routeByKey.get(routeKey(definition));
      const integrationId = (route.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
      const integration = integrations[integrationId.Ref];
      const fn = stateless.functions.get(definition.context);
      expect(fn).toBeDefined();
      expect(integration?.Properties.IntegrationUri).toEqual({ 'Fn::GetAtt': [logicalId(fn!.function), 'Arn'] });
      expect(integration?.Properties.PayloadFormatVersion).toBe('2.0');
    }
  });

  it('has no JWT authorizer left: API Gateway allows one authorizer per route, and keys are no JWTs', () => {
    const types = resources('AWS::ApiGatewayV2::Authorizer').map((authorizer) => authorizer.Properties.AuthorizerType);
    expect(types).toEqual(['REQUEST', 'REQUEST']);
  });

  it('logs every request of the stage, with the credential the API authorizer let through', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
    const format = JSON.parse(resources('AWS::ApiGatewayV2::Stage')[0]!.Properties.AccessLogSettings.Format);
    expect(format).toMatchObject({
      credential: '$context.authorizer.kind',
      userId: '$context.authorizer.userId',
      apiKeyId: '$context.authorizer.apiKeyId',
      apiKeyCreatedBy: '$context.authorizer.createdBy',
    });
  });
});

describe('stateless stack: throttling at the stage (numbers from the stage’s configuration)', () => {
  const [stage] = Object.entries(template.findResources('AWS::ApiGatewayV2::Stage'));
  const [stageId, stageResource] = stage!;
  const limits = trafficLimitsOf(config.throttles).api;
  const expectedFor = (id: string) => limits.routes[id as keyof typeof limits.routes] ?? limits.public;

  it('throttles every route by default', () => {
    expect(stageResource.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: limits.default.rateLimit,
      ThrottlingBurstLimit: limits.default.burstLimit,
    });
  });

  it('throttles each anonymous route of the manifest tighter, and only those', () => {
    const settings = stageResource.Properties.RouteSettings as Record<string, Record<string, number>>;
    expect(publicRoutes.map(([id]) => id)).toEqual(expect.arrayContaining(['signUp', 'stripeWebhook']));
    expect(Object.keys(settings ?? {}).sort()).toEqual(
      publicRoutes.map(([, definition]) => routeKey(definition)).sort(),
    );
    for (const [id, definition] of publicRoutes) {
      const setting = settings[routeKey(definition)]!;
      expect(setting, id).toEqual({
        ThrottlingRateLimit: expectedFor(id).rateLimit,
        ThrottlingBurstLimit: expectedFor(id).burstLimit,
      });
      expect(setting.ThrottlingRateLimit, id).toBeLessThan(limits.default.rateLimit);
      expect(setting.ThrottlingBurstLimit, id).toBeLessThan(limits.default.burstLimit);
    }
  });

  it('is deployed after the routes its settings name (CloudFormation rejects unknown route keys)', () => {
    const routeIds = Object.entries(template.findResources('AWS::ApiGatewayV2::Route'))
      .filter(([, route]) => publicRoutes.some(([, definition]) => routeKey(definition) === route.Properties.RouteKey))
      .map(([id]) => id);
    expect(routeIds).toHaveLength(publicRoutes.length);
    expect(template.toJSON().Resources[stageId].DependsOn).toEqual(expect.arrayContaining(routeIds));
  });
});

describe('stateless stack: only CloudFront reaches the anonymous routes', () => {
  const authorizer = () => template.toJSON().Resources[originAuthorizerId()].Properties;
  const distribution = () => resources('AWS::CloudFront::Distribution')[0]!.Properties.DistributionConfig;
  const apiOrigin = () => {
    const config = distribution();
    const behavior = config.CacheBehaviors.find(
      (candidate: { PathPattern: string }) => candidate.PathPattern === '/api/*',
    );
    return config.Origins.find((origin: { Id: string }) => origin.Id === behavior.TargetOriginId);
  };
  const secretId = () => logicalId(stateless.originVerification.secret);

  it('CloudFront sends the secret origin header to the API, from Secrets Manager, never as a literal', () => {
    const headers = apiOrigin().OriginCustomHeaders as { HeaderName: string; HeaderValue: unknown }[];
    expect(headers.map((header) => header.HeaderName)).toEqual([ORIGIN_VERIFY_HEADER]);
    const value = JSON.stringify(headers[0]!.HeaderValue);
    expect(value).toContain('{{resolve:secretsmanager:');
    expect(value).toContain(secretId());
  });

  it('the anonymous routes’ authorizer checks exactly that header against that secret', () => {
    expect(authorizer()).toMatchObject({
      AuthorizerType: 'REQUEST',
      IdentitySource: [`$request.header.${ORIGIN_VERIFY_HEADER}`],
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
    });
    const fn = stateless.originVerification.authorizer;
    expect(JSON.stringify(authorizer().AuthorizerUri)).toContain(logicalId(fn.function));
    const variables = template.toJSON().Resources[logicalId(fn.function)].Properties.Environment.Variables;
    expect(variables.ORIGIN_SECRET_ARN).toEqual({ Ref: secretId() });
    const policies = JSON.stringify(
      template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: logicalId(fn.function.role!) }] } }),
    );
    expect(policies).toContain('secretsmanager:GetSecretValue');
    expect(policies).not.toContain('dynamodb:');
  });
});

describe('stateless stack: the API authorizer (Cognito access tokens and API keys)', () => {
  const authorizer = () => template.toJSON().Resources[apiAuthorizerId()].Properties;
  const fn = stateless.apiAuthorizer;
  const tableArnOfHealthProbe = () => {
    const platformRole = stateless.functions.get('platform')!.function.role!;
    const probe = Object.values(
      template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: logicalId(platformRole) }] } }),
    )
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
      .find((statement) => JSON.stringify(statement.Condition ?? {}).includes('P#HEALTH"]'));
    return probe!.Resource;
  };
  const statements = () =>
    Object.values(
      template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: logicalId(fn.function.role!) }] } }),
    ).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);

  it('is a REQUEST authorizer of simple responses, cached 5 minutes per Authorization header and route', () => {
    expect(authorizer()).toMatchObject({
      AuthorizerType: 'REQUEST',
      IdentitySource: ['$request.header.Authorization', '$context.routeKey'],
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      AuthorizerResultTtlInSeconds: 300,
    });
    expect(JSON.stringify(authorizer().AuthorizerUri)).toContain(logicalId(fn.function));
  });

  it('runs functions/identity/api-authorizer.ts like every function: Node 24, ARM64, JSON logs, X-Ray', () => {
    expect(template.toJSON().Resources[logicalId(fn.function)].Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      LoggingConfig: { LogFormat: 'JSON' },
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('knows the pool, the app clients whose tokens it accepts and the table', () => {
    const variables = template.toJSON().Resources[logicalId(fn.function)].Properties.Environment.Variables;
    // The pool the HTTP functions administer.
    const tenancy = template.toJSON().Resources[logicalId(stateless.functions.get('tenancy')!.function)];
    expect(variables[ENV.userPoolId]).toEqual(tenancy.Properties.Environment.Variables[ENV.userPoolId]);
    expect(flat(variables[ENV.userPoolClientIds])).toBe(
      `<${logicalId(stateless.webClient)}>,<${logicalId(stateless.smokeClient)}>`,
    );
    expect(variables[ENV.tableName]).toBeDefined();
  });

  it('reads only the API-key lookup items of the table (GetItem, LeadingKeys P#APIKEY#*), and nothing else', () => {
    const data = statements().filter((statement) =>
      list(statement.Action).some((action) => !/^(logs|xray):/.test(action)),
    );
    expect(data).toHaveLength(1);
    const [lookup] = data;
    expect(list(lookup!.Action)).toEqual(['dynamodb:GetItem']);
    // The table itself: no index, no wildcard; the same ARN the health probe reads its one item from.
    expect(list(lookup!.Resource).map(flat)).toEqual([flat(tableArnOfHealthProbe())]);
    expect(lookup!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['P#APIKEY#*'] } });
  });

  it('may be invoked by this API only', () => {
    const permissions = resources('AWS::Lambda::Permission').filter((permission) =>
      JSON.stringify(permission.Properties.FunctionName).includes(logicalId(fn.function)),
    );
    expect(permissions).toHaveLength(1);
    expect(permissions[0]!.Properties.Principal).toBe('apigateway.amazonaws.com');
    expect(JSON.stringify(permissions[0]!.Properties.SourceArn)).toContain(logicalId(stateless.api));
  });
});

describe('stateless stack: one function per bounded context', () => {
  it('deploys the contexts that have deployed routes, and no other', () => {
    const contexts = [...new Set(deployed.map(([, definition]) => definition.context))];
    expect(deployedContexts()).toEqual(contexts);
    expect([...stateless.functions.keys()]).toEqual(contexts);
    for (const [, definition] of localOnly) {
      if (!contexts.includes(definition.context)) expect(stateless.functions.has(definition.context)).toBe(false);
    }
    expect(httpEntryFor('tenancy')).toBe('functions/tenancy/http.ts');
  });

  it('runs on the newest Node runtime, ARM64, JSON logs, with the identity settings', () => {
    for (const fn of stateless.functions.values()) {
      const resource = template.toJSON().Resources[logicalId(fn.function)];
      expect(resource.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Timeout: 10,
        LoggingConfig: { LogFormat: 'JSON' },
        Environment: {
          Variables: {
            IDENTITY_PROVIDER: 'cognito',
            USER_POOL_ID: expect.anything(),
            NODE_OPTIONS: '--enable-source-maps',
            POWERTOOLS_SERVICE_NAME: expect.stringContaining('opsdesk-'),
          },
        },
      });
    }
  });

  it('gives the table to tenancy item-level, without Scan or index wildcards; to platform the platform partitions only', () => {
    const policyOf = (context: 'platform' | 'tenancy') => {
      const role = stateless.functions.get(context)!.function.role!;
      const policies = Object.values(
        template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: logicalId(role) }] } }),
      );
      return JSON.stringify(policies);
    };
    // The health route's readiness: one fixed item (LeadingKeys P#HEALTH) and the queues' attributes; the staff
    // operations page: reads of the platform partitions (never a tenant's `T#…`) and every queue's attributes.
    const platform = policyOf('platform');
    expect(new Set(platform.match(/dynamodb:[A-Za-z]+/g))).toEqual(
      new Set([
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:LeadingKeys',
        'dynamodb:Attributes',
        'dynamodb:Select',
      ]),
    );
    expect(platform).toContain('"ForAllValues:StringEquals":{"dynamodb:LeadingKeys":["P#HEALTH"]}');
    expect(platform).toContain(
      '"ForAllValues:StringLike":{"dynamodb:LeadingKeys":["P#HEALTH","P#STAFF","P#HEARTBEAT","P#PERIOD_CLOSE#*"]}',
    );
    // The outbox (recipients, bookings): a count of the due items and the oldest one's due time, no other attribute.
    expect(platform).toContain(
      '"ForAllValues:StringEquals":{"dynamodb:LeadingKeys":["P#NOTIFY"],"dynamodb:Attributes":["pk","sk","dueAt"]}',
    );
    expect(platform).toContain('"StringEqualsIfExists":{"dynamodb:Select":["COUNT","SPECIFIC_ATTRIBUTES"]}');
    expect(platform).not.toContain('T#');
    expect(platform).not.toContain('/index/');
    expect(new Set(platform.match(/sqs:[A-Za-z]+/g))).toEqual(new Set(['sqs:GetQueueAttributes']));
    expect(platform).not.toContain('cognito-idp:');

    const tenancy = policyOf('tenancy');
    expect(tenancy).toContain('dynamodb:PutItem');
    expect(tenancy).toContain('/index/gsi1');
    expect(tenancy).not.toContain('dynamodb:Scan');
    expect(tenancy).not.toContain('/index/*');
    for (const action of ['AdminCreateUser', 'AdminAddUserToGroup', 'AdminDeleteUser']) {
      expect(tenancy).toContain(`cognito-idp:${action}`);
    }

    const variables = (context: 'platform' | 'tenancy') =>
      template.toJSON().Resources[logicalId(stateless.functions.get(context)!.function)].Properties.Environment
        .Variables;
    expect(variables('tenancy').TABLE_NAME).toBeDefined();
    // Health probes the table and every queue, so it gets their names; see tasks.test.ts for who may send.
    expect(variables('platform').TABLE_NAME).toBeDefined();
    for (const queue of QUEUES) expect(variables('platform')[queueUrlEnvName(queue)]).toBeDefined();
  });
});

describe('stateless stack: web app client', () => {
  const client = resources('AWS::Cognito::UserPoolClient').find(
    (candidate) => candidate.Properties.ClientName === 'opsdesk-web',
  );

  it('signs in with SRP only; the password flow is the smoke test’s own client’s, with no OAuth and short tokens', () => {
    expect(client?.Properties.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    const smoke = resources('AWS::Cognito::UserPoolClient').find(
      (candidate) => candidate.Properties.ClientName === 'opsdesk-smoke',
    );
    expect(smoke?.Properties).toMatchObject({
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 15,
      IdTokenValidity: 15,
    });
    expect(smoke?.Properties.AllowedOAuthFlows).toBeUndefined();
    expect(smoke?.Properties.WriteAttributes).toEqual([]);
  });

  it('is a public client with the authorization code grant and the role scopes', () => {
    expect(client?.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    expect(client?.Properties.AllowedOAuthScopes).toEqual([
      'openid',
      'email',
      'profile',
      ...ROLES.map((role) => scopeForRole(role)),
    ]);
    expect(JSON.stringify(client?.Properties.CallbackURLs)).toContain('/auth/callback');
  });

  it('cannot write custom:tenantId (it may read it)', () => {
    expect(client?.Properties.WriteAttributes).toBeDefined();
    expect(client?.Properties.WriteAttributes).not.toContain('custom:tenantId');
    expect(client?.Properties.ReadAttributes).toContain('custom:tenantId');
  });

  it('has a managed-login style', () => {
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      ClientId: { Ref: logicalId(stateless.webClient) },
      UseCognitoProvidedValues: true,
    });
  });
});

describe('stateless stack: outputs', () => {
  it('publishes the API URL, web domain, user pool id and client id', () => {
    expect(Object.keys(template.toJSON().Outputs)).toEqual(
      expect.arrayContaining(['ApiUrl', 'WebDomain', 'UserPoolId', 'UserPoolClientId', 'SmokeClientId']),
    );
  });
});

describe('stateless stack: scheduled jobs', () => {
  it('has one EventBridge Scheduler schedule per SCHEDULES entry, invoking that job’s function', () => {
    const schedules = resources('AWS::Scheduler::Schedule').map((schedule) => schedule.Properties);
    expect(schedules).toHaveLength(SCHEDULES.length);
    for (const schedule of SCHEDULES) {
      const fn = stateless.scheduledFunctions.get(schedule.id);
      expect(fn, schedule.id).toBeDefined();
      const target = schedules.find((s) => JSON.stringify(s.Target.Arn).includes(logicalId(fn!.function)));
      const rate =
        schedule.rateMinutes % 60 === 0 ? `${schedule.rateMinutes / 60} hour` : `${schedule.rateMinutes} minute`;
      if ('cron' in schedule && schedule.cron) expect(target?.ScheduleExpression).toBe(schedule.cron);
      else expect(target?.ScheduleExpression).toMatch(new RegExp(`^rate\\(${rate}s?\\)$`));
      expect(target?.State ?? 'ENABLED').toBe('ENABLED');
    }
  });
});

describe('stateless stack: Stripe keys', () => {
  const functions = resources('AWS::Lambda::Function').map((fn) => fn.Properties);

  it('reach the billing and webhook functions only as a Secrets Manager ARN, never as a value', () => {
    const variables = functions.flatMap((fn) => Object.entries(fn.Environment?.Variables ?? {}));
    expect(variables.map(([name]) => name)).not.toContain('STRIPE_SECRET_KEY');
    expect(variables.map(([name]) => name)).not.toContain('STRIPE_WEBHOOK_SECRET');
    expect(JSON.stringify(template.toJSON())).not.toMatch(/sk_(live|test)_|whsec_/);
    for (const context of ['billing', 'webhooks'] as const) {
      const fn = stateless.functions.get(context);
      const properties = template.toJSON().Resources[logicalId(fn!.function)].Properties;
      expect(Object.keys(properties.Environment.Variables)).toContain('STRIPE_SECRET_ARN');
    }
  });
});

describe('stateless stack: per-caller rate limits', () => {
  it('gives every HTTP function the limits the local stack uses, and the viewer-address header CloudFront sets', () => {
    for (const context of deployedContexts()) {
      const fn = stateless.functions.get(context);
      const variables = template.toJSON().Resources[logicalId(fn!.function)].Properties.Environment.Variables;
      expect(variables, context).toMatchObject({
        ...rateLimitEnvironment(RATE_LIMITS),
        [ENV.clientIpHeader]: VIEWER_IP_HEADER,
      });
    }
  });
});

describe('stateless stack: CloudFront is the only way in', () => {
  it('gives every HTTP function the origin secret to check, and the right to read it (only it)', () => {
    const secretId = logicalId(stateless.originVerification.secret);
    for (const context of deployedContexts()) {
      const fn = stateless.functions.get(context)!;
      const variables = template.toJSON().Resources[logicalId(fn.function)].Properties.Environment.Variables;
      expect(variables[ENV.originSecretArn], context).toEqual({ Ref: secretId });
      const policies = resources('AWS::IAM::Policy').filter((policy) =>
        JSON.stringify(policy.Properties.Roles).includes(logicalId(fn.function.role as never)),
      );
      const reads = policies
        .flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[])
        .filter((statement) => JSON.stringify(statement.Action).includes('secretsmanager:GetSecretValue'));
      const resourcesRead = reads.flatMap((statement) => [statement.Resource].flat());
      expect(resourcesRead).toContainEqual({ Ref: secretId });
      expect(resourcesRead, context).not.toContain('*');
    }
  });
});
