import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnRoute,
  type CfnStage,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { CfnManagedLoginBranding, ClientAttributes, OAuthScope, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { keys } from '../../functions/adapters/dynamodb/keys.js';
import { ENV } from '../../functions/config/env.js';
import { rateLimitEnvironment } from '../../functions/config/rate-limits.js';
import {
  EVENT_RULES,
  QUEUE_CONSUMERS,
  QUEUES,
  queueUrlEnvName,
  SCHEDULES,
  scheduleEntry,
  TABLE,
} from '../../shared/contracts/resources.js';
import { ROLES, scopeForRole } from '../../shared/contracts/roles.js';
import {
  type BoundedContext,
  type RouteDefinition,
  type RouteId,
  routeEntries,
  routeKey,
} from '../../shared/contracts/routes.js';
import { HOST_CHECK_DOCUMENT, hostCheckDocument } from '../../shared/monitoring/host-check.js';
import { RATE_LIMITS } from '../../shared/platform/rate-limits.js';
import { AUTOMATED_TASK_TYPES, documentName } from '../../shared/tasks/catalogue.js';
import { AppFunction } from '../constructs/app-function.js';
import { HostCheckDocument } from '../constructs/host-check-document.js';
import { TaskRuntime } from '../constructs/task-runtime.js';
import { customerFacingContexts, TenantDataRole } from '../constructs/tenant-data-role.js';
import { ORIGIN_VERIFY_HEADER, VIEWER_IP_HEADER, WebHosting } from '../constructs/web-hosting.js';
import { iam5ResourceFinding } from '../nag.js';
import type { StageConfig } from '../stage-config.js';
import { type Throttle, type TrafficLimits, trafficLimitsOf } from '../traffic-limits.js';
import { type StatefulStack, TENANT_ID_ATTRIBUTE } from './stateful-stack.js';

type QueueId = (typeof QUEUES)[number]['id'];
type ConsumedQueueId = (typeof QUEUE_CONSUMERS)[number]['queue'];
type EventRuleId = (typeof EVENT_RULES)[number]['id'];

/** What one bounded context's function may touch. Anything not listed here it cannot reach. */
interface ContextAccess {
  table?: 'read' | 'read-write';
  /** Queues the context sends to; each also gets its `<ID>_QUEUE_URL` variable. */
  sendsTo?: readonly QueueId[];
  /** Cognito user-pool administration actions, on this pool only. */
  userPoolActions?: readonly string[];
  /** Reads Stripe's keys from Secrets Manager at cold start. */
  stripe?: boolean;
  /** Sends booking e-mails through SES, from the configured sender's domain only. */
  sendsEmail?: boolean;
  /**
   * Reaches SSM for a tenant (hosts, activations, commands): gets the host-runner settings
   * (`HOST_RUNNER=ssm`, the task-runner role, the managed-node role, the output log group) and may
   * assume the task-runner role with the session tag `tenantId`. Never SSM with its own role.
   */
  runsTasks?: boolean;
  /**
   * Checks readiness (the health route): reads one fixed item of the table (GetItem, LeadingKeys `P#HEALTH` only)
   * and the attributes of every queue — never their data or messages.
   */
  probes?: boolean;
  /**
   * Reads the operations snapshot for staff (GET /api/operations): the platform partitions only — staff callers,
   * the notification outbox, period closes and scheduled jobs' heartbeats (GetItem/Query, LeadingKeys), no tenant's
   * items — and the attributes of every queue and dead-letter queue.
   */
  operations?: boolean;
  /**
   * Builds the monitoring deps: `MONITOR_ALLOW_LOOPBACK=false` (in AWS the SSRF guard refuses loopback targets
   * too; only the local stack allows them). With `ackLinks`, it signs or verifies the one-click acknowledgement
   * links of page e-mails: the ack-link secret's ARN (`ACK_LINK_SECRET_ARN`, read from Secrets Manager at cold
   * start, as the origin secret is) with the right to read it, and the web origin the links point at (`WEB_URL`).
   */
  monitoring?: { ackLinks: boolean };
  /** Its e-mails link to the web app (the service report's e-mail): it gets the web origin (`WEB_URL`). */
  webLinks?: true;
}

/** Whether a function's e-mails link to the web app: acknowledgement links, or links to pages (`WEB_URL`). */
const linksToWeb = (access: ContextAccess): boolean => Boolean(access.monitoring?.ackLinks || access.webLinks);

/** Monitoring's variables (functions/config/env.ts): the contract between this stack and functions/monitoring/wiring.ts. */
export const MONITORING_ENV = {
  /** The ack-link key's Secrets Manager ARN (SecretString: the key itself). */
  ackLinkSecretArn: ENV.ackLinkSecretArn,
  /** `false` in AWS: the checker and the create/update validation refuse loopback targets. */
  monitorAllowLoopback: ENV.monitorAllowLoopback,
} as const;

/**
 * Grants per bounded context. The routes a context serves come from the manifest; what it may touch
 * is an infrastructure decision and lives here. A context with deployed routes but no entry fails
 * the synth, so a new context cannot ship with accidental (or no) permissions.
 */
export const CONTEXT_ACCESS: Partial<Record<BoundedContext, ContextAccess>> = {
  // The OpenAPI document and the plan catalogue are computed in memory; health probes the table and the queues;
  // the staff operations page reads the platform partitions and every queue's attributes.
  platform: { probes: true, operations: true },
  // Sign-up and users: tenants, users and idempotency records in the table; Cognito users and groups.
  tenancy: {
    table: 'read-write',
    userPoolActions: [
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminRemoveUserFromGroup',
      'cognito-idp:AdminDeleteUser',
      // Demoting or removing a user ends their sessions (refresh tokens revoked).
      'cognito-idp:AdminUserGlobalSignOut',
    ],
  },
  // Subscriptions and the customer portal: subscription and tenant items; Stripe's keys.
  // Also usage, invoices and period closes: sends one message per tenant to the period-close queue,
  // and Stripe's part of finance's invoice changes (void, uncollectible, retry) to the billing-sync outbox.
  billing: { table: 'read-write', stripe: true, sendsTo: ['period-close', 'billing-sync'] },
  // Availability, bookings and their slot locks, usage records of completed bookings.
  booking: { table: 'read-write' },
  // Tasks, hosts, maintenance windows, the operator queue: the table; queues tasks for dispatch
  // (requests, approvals, redrives); activations, host sync and deregistration through SSM.
  tasks: { table: 'read-write', sendsTo: ['task-dispatch'], runsTasks: true },
  // Stripe's webhooks: the same data, and the webhook signing secret.
  webhooks: { table: 'read-write', stripe: true },
  // Monitors, results, incidents and heartbeats in the table (customers through the tenant-data role); remediation
  // and diagnostic tasks are requested like the tasks context does (the task item, then the task-dispatch queue) —
  // SSM is the dispatcher's, so no runsTasks; verifies ack links (the public acknowledgement route).
  monitoring: { table: 'read-write', sendsTo: ['task-dispatch'], monitoring: { ackLinks: true } },
  // Status pages (settings and their slug guard; the public pages read monitors, rollups and incidents) and the
  // monthly service reports (read across contexts; written only by the period-close consumer).
  reports: { table: 'read-write' },
};

/** Grants per scheduled job (SCHEDULES); typed, so a new job cannot ship without an entry. */
export const SCHEDULE_ACCESS: Record<(typeof SCHEDULES)[number]['id'], ContextAccess> = {
  // Removes the tenant's items, its Cognito users and its Stripe customer.
  'purge-deleted-tenants': { table: 'read-write', userPoolActions: ['cognito-idp:AdminDeleteUser'], stripe: true },
  // Moves past-due tenants to suspended.
  'suspend-overdue-tenants': { table: 'read-write', stripe: true },
  // Takes due notifications out of the outbox and e-mails them.
  'send-notifications': { table: 'read-write', sendsEmail: true },
  // Queues scheduled tasks whose window opened and tasks not dispatched in time; asks SSM (as the
  // tenant) about sent commands whose final status never arrived.
  'release-tasks': { table: 'read-write', sendsTo: ['task-dispatch'], runsTasks: true },
  // Closes the month that ended: one message per tenant to the period-close queue.
  'close-previous-period': { table: 'read-write', sendsTo: ['period-close'] },
  // Reads every tenant's managed nodes from SSM (as that tenant) into the inventory.
  'sync-hosts': { table: 'read-write', runsTasks: true },
  // Reads the operations snapshot (outbox, period closes, heartbeats) and records its own heartbeat; gauges go out as EMF.
  'publish-operations-metrics': { table: 'read-write' },
  // Sends due monitors to the checkers in batches and advances their schedule; a heartbeat past its grace is a
  // failure recorded right here, which may open an incident: its page e-mail (an ack link) and its diagnostic tasks.
  'dispatch-monitors': {
    table: 'read-write',
    sendsTo: ['monitor-checks', 'task-dispatch'],
    monitoring: { ackLinks: true },
  },
  // Pages again and escalates unacknowledged incidents (e-mails with ack links through the outbox, in the table).
  'page-incidents': { table: 'read-write', monitoring: { ackLinks: true } },
};

/** Grants per queue consumer (QUEUE_CONSUMERS): the queue's consumer and its dead-letter consumer. */
export const QUEUE_CONSUMER_ACCESS: Record<ConsumedQueueId, { consumer: ContextAccess; deadLetter: ContextAccess }> = {
  'task-dispatch': {
    // Sends each task's document to its host (SendCommand as the tenant) and records the command.
    consumer: { table: 'read-write', runsTasks: true },
    // Marks tasks whose dispatch failed for good as dead-lettered; no SSM.
    deadLetter: { table: 'read-write' },
  },
  'period-close': {
    // Rates one tenant's period into an invoice with the next number (usage, subscription, hosts, counter);
    // in Stripe mode (it reads whether Stripe is configured) queues its collection on the billing-sync outbox.
    // Then makes the tenant's service report from the period's records, with its e-mails (linking to the web app).
    consumer: { table: 'read-write', stripe: true, sendsTo: ['billing-sync'], webLinks: true },
    // Counts the tenant as failed in the close, so closing again retries it.
    deadLetter: { table: 'read-write' },
  },
  'billing-sync': {
    // Makes, finalizes and charges (or voids) the Stripe invoice of an Opsdesk invoice; records Stripe's answer.
    consumer: { table: 'read-write', stripe: true },
    // Marks the invoice's collection as failed, so finance sees it and can send it again.
    deadLetter: { table: 'read-write' },
  },
  'monitor-checks': {
    // Probes targets over the internet (no VPC: egress is the internet, the SSRF guard is in code — docs/decisions.md);
    // host checks send Opsdesk-HostCheck and read its verdict through SSM as the tenant (runsTasks: the tenant-tagged
    // nodes only); records results and may open an incident: page e-mail with an ack link, diagnostic tasks queued.
    consumer: { table: 'read-write', runsTasks: true, sendsTo: ['task-dispatch'], monitoring: { ackLinks: true } },
    // Records "no data" for the checks that could not run; no network, no SSM, no incident.
    deadLetter: { table: 'read-write', monitoring: { ackLinks: false } },
  },
};

/** Grants per EventBridge rule (EVENT_RULES). */
export const EVENT_RULE_ACCESS: Record<EventRuleId, ContextAccess> = {
  // Moves the task with the command's status and reads its output (GetCommandInvocation as the tenant);
  // frees the host and enqueues the tasks that waited for it.
  'command-status': { table: 'read-write', runsTasks: true, sendsTo: ['task-dispatch'] },
};

/**
 * Narrows a rule's manifest pattern in AWS: SSM reports every command of the account, and only
 * Opsdesk's documents concern the handler (it retries a command it cannot match to a task).
 */
const EVENT_RULE_DETAIL: Partial<Record<EventRuleId, Record<string, unknown>>> = {
  // The task documents by name, not the `Opsdesk-` prefix: host checks (Opsdesk-HostCheck) are Opsdesk commands too,
  // but no task's; the checker reads their verdict itself, and command-status would retry them as unknown tasks.
  'command-status': { 'document-name': AUTOMATED_TASK_TYPES.map(documentName) },
};

const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

/**
 * Item-level access to the table and to its named indexes, listed one by one from TABLE, instead of
 * Table.grantRead*Data: no `index/*` wildcard and no `dynamodb:Scan` (no request path scans).
 * Transactions need no action of their own; they are authorised per contained item operation.
 */
const grantTableData = (stateful: StatefulStack, fn: AppFunction, access: 'read' | 'read-write'): void => {
  const { tableArn } = stateful.table;
  fn.function.addToRolePolicy(
    new PolicyStatement({
      actions: access === 'read' ? TABLE_READ_ACTIONS : [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
      resources: [tableArn, ...TABLE.globalIndexes.map((index) => `${tableArn}/index/${index.name}`)],
    }),
  );
};

/** API Gateway keeps the API authorizer's answer this long per Authorization header and route. */
export const API_AUTHORIZER_CACHE_MINUTES = 5;

/** The partitions of the API-key lookup items (`P#APIKEY#<sha256>`): all the API authorizer may read of the table. */
export const API_KEY_LOOKUP_PARTITIONS = keys.apiKeyLookup('*').pk;

/** Routes that exist in AWS: everything in the manifest except the local stack's own (dev login). */
export const deployedRoutes = (): [RouteId, RouteDefinition][] =>
  routeEntries().filter(([, definition]) => !definition.localOnly);

/** A route's own stage throttling: anonymous routes only (the stage's limits), the rest use the stage default. */
export const routeThrottle = (
  limits: TrafficLimits,
  routeId: RouteId,
  definition: RouteDefinition,
): Throttle | undefined => {
  if (definition.access !== 'public') return undefined;
  return limits.api.routes[routeId] ?? limits.api.public;
};

/** One Lambda per bounded context that has at least one deployed route, in manifest order. */
export const deployedContexts = (): BoundedContext[] => [
  ...new Set(deployedRoutes().map(([, definition]) => definition.context)),
];

/** The entry of a context's HTTP function; every one exports `handler`. */
export const httpEntryFor = (context: BoundedContext): string => `functions/${context}/http.ts`;

/** `functions/tasks/dispatch-tasks.ts` → `dispatch-tasks`. */
const entryName = (entry: string): string => entry.replace(/^.*\//, '').replace(/\.ts$/, '');

/** The variables an access entry implies: the table's name, Stripe's secret, the queues' URLs. */
const accessEnvironment = (stateful: StatefulStack, access: ContextAccess): Record<string, string> => {
  const environment: Record<string, string> = {};
  if (access.table) environment[ENV.tableName] = stateful.table.tableName;
  if (access.stripe) environment[ENV.stripeSecretArn] = stateful.stripeSecret.secretArn;
  if (access.probes) environment[ENV.tableName] = stateful.table.tableName;
  if (access.monitoring) environment[MONITORING_ENV.monitorAllowLoopback] = 'false';
  if (access.monitoring?.ackLinks) environment[MONITORING_ENV.ackLinkSecretArn] = stateful.ackLinkSecret.secretArn;
  const urlsOf: readonly QueueId[] = access.probes ? QUEUES.map((queue) => queue.id) : (access.sendsTo ?? []);
  for (const queueId of urlsOf) {
    const definition = QUEUES.find((queue) => queue.id === queueId);
    const queue = stateful.queues.get(queueId);
    if (!definition || !queue) throw new Error(`Unknown queue '${queueId}'`);
    environment[queueUrlEnvName(definition)] = queue.queueUrl;
  }
  return environment;
};

/** The grants an access entry implies (SES and the task runner are granted by their owners). */
const grantAccess = (stateful: StatefulStack, fn: AppFunction, access: ContextAccess): void => {
  if (access.table) grantTableData(stateful, fn, access.table);
  for (const queueId of access.sendsTo ?? []) stateful.queues.get(queueId)?.grantSendMessages(fn.function);
  if (access.userPoolActions?.length) stateful.userPool.grant(fn.function, ...access.userPoolActions);
  if (access.stripe) stateful.stripeSecret.grantRead(fn.function);
  if (access.monitoring?.ackLinks) stateful.ackLinkSecret.grantRead(fn.function);
  if (access.probes) {
    fn.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [stateful.table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [keys.health().pk] } },
      }),
    );
    fn.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['sqs:GetQueueAttributes'],
        resources: [...stateful.queues.values()].map((queue) => queue.queueArn),
      }),
    );
  }
  if (access.operations) {
    const platformPartitions = [
      keys.health().pk,
      keys.staffPartition,
      keys.heartbeatPartition,
      keys.periodClose('*').pk,
    ];
    fn.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
        resources: [stateful.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': platformPartitions } },
      }),
    );
    // The outbox holds recipients' addresses and bookings: the page counts its due items and reads the oldest one's
    // due time, nothing else (functions/adapters/dynamodb/dynamo-outbox-stats.ts).
    fn.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [stateful.table.tableArn],
        conditions: {
          'ForAllValues:StringEquals': {
            'dynamodb:LeadingKeys': [keys.notificationPartition],
            'dynamodb:Attributes': [TABLE.partitionKey, TABLE.sortKey, 'dueAt'],
          },
          StringEqualsIfExists: { 'dynamodb:Select': ['COUNT', 'SPECIFIC_ATTRIBUTES'] },
        },
      }),
    );
    fn.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['sqs:GetQueueAttributes'],
        resources: [...stateful.deadLetterQueues.values()].map((queue) => queue.queueArn),
      }),
    );
  }
};

export interface StatelessStackProps extends StackProps {
  /** The stage's configuration: log retention, throttles, domain, callback origins, seller (via AppFunction). */
  config: StageConfig;
  stateful: StatefulStack;
  /** The CLOUDFRONT-scoped web ACL of the distribution (the edge stack's). */
  webAclArn?: string;
  /** The built web app; may be missing (see WebHosting.deploySite). */
  webDistPath: string;
}

/**
 * Code and its wiring: one function per bounded context, the HTTP API built from the route manifest,
 * the scheduled jobs, queue consumers and event rules of the resource manifest, the task runtime
 * (SSM documents and roles), the web app client and the web hosting. Safe to destroy and redeploy;
 * all data lives in the stateful stack.
 */
export class StatelessStack extends Stack {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly functions: ReadonlyMap<BoundedContext, AppFunction>;
  readonly scheduledFunctions: ReadonlyMap<string, AppFunction>;
  /** Per consumed queue id: the function on the queue and the one on its dead-letter queue. */
  readonly queueConsumers: ReadonlyMap<string, { consumer: AppFunction; deadLetter: AppFunction }>;
  /** Per EVENT_RULES id: the function the rule invokes. */
  readonly eventFunctions: ReadonlyMap<string, AppFunction>;
  /** SSM documents, the managed-node role and the tenant-scoped task-runner role. */
  readonly taskRuntime: TaskRuntime;
  /** `Opsdesk-HostCheck`: monitors' host checks, sent by the checker through the task-runner role. */
  readonly hostCheckDocument: HostCheckDocument;
  /** The role customers' requests reach the table with (session tag tenantId, LeadingKeys). */
  readonly tenantData: TenantDataRole;
  /** The SES-verified sender of booking e-mails (context `opsdesk:notificationFrom`). */
  readonly notificationFrom: string;
  readonly webClient: UserPoolClient;
  /** The delivery pipeline's smoke test signs in on this client (USER_PASSWORD_AUTH, no browser); see docs/delivery.md. */
  readonly smokeClient: UserPoolClient;
  /**
   * The anonymous routes answer only requests that came through CloudFront: the secret CloudFront
   * sends in ORIGIN_VERIFY_HEADER, and the REQUEST authorizer function that checks it.
   */
  readonly originVerification: { secret: Secret; authorizer: AppFunction };
  /**
   * The REQUEST authorizer function of every route that needs a caller: a Cognito access token of the app's clients
   * or an organisation's API key (functions/identity/api-authorizer.ts).
   */
  readonly apiAuthorizer: AppFunction;
  /** Where users reach the web app (the stage's domain, else the distribution's): callbacks and Stripe's return URLs. */
  readonly webOrigin: string;
  /** Output `WebUrl`: the web app's origin, for what runs after a deploy (the pipeline's smoke test). */
  readonly webUrl: CfnOutput;
  /** Functions whose access has `runsTasks`: the task runtime lets exactly these assume its role. */
  private readonly taskRunners: AppFunction[] = [];
  /** Functions whose e-mails link to the web app (`linksToWeb`), so they get its origin. */
  private readonly linkSigners: AppFunction[] = [];
  private readonly config: StageConfig;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { stateful, config } = props;
    this.config = config;
    const limits = trafficLimitsOf(config.throttles);

    this.notificationFrom = this.node.tryGetContext('opsdesk:notificationFrom') ?? 'bookings@opsdesk.example';
    this.functions = this.createContextFunctions(stateful);
    this.tenantData = new TenantDataRole(this, 'TenantData', {
      table: stateful.table,
      functions: customerFacingContexts().flatMap((context) => this.functions.get(context) ?? []),
    });
    this.scheduledFunctions = this.createScheduledJobs(stateful);
    this.queueConsumers = this.createQueueConsumers(stateful);
    this.eventFunctions = this.createEventRules(stateful);
    this.taskRuntime = new TaskRuntime(this, 'TaskRuntime', { runners: this.taskRunners });
    this.hostCheckDocument = new HostCheckDocument(this, 'HostCheck', {
      name: HOST_CHECK_DOCUMENT,
      content: hostCheckDocument,
    });

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: config.logs.accessLogRetentionDays as RetentionDays,
    });
    this.api = new HttpApi(this, 'HttpApi', {
      apiName: 'opsdesk',
      description: 'Opsdesk HTTP API, built from shared/contracts/routes.ts',
      // No CORS: browsers reach the API through the web app's own CloudFront host (/api/*).
      createDefaultStage: false,
    });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      // Every route; the anonymous ones get tighter limits of their own in addRoutes.
      throttle: limits.api.default,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            // What the API authorizer's context names (functions/http/authorizer-context.ts): `token` or `apiKey`,
            // and for a key its id and the person it acts as; a token's user is in the handler's log lines.
            credential: '$context.authorizer.kind',
            userId: '$context.authorizer.userId',
            apiKeyId: '$context.authorizer.apiKeyId',
            apiKeyCreatedBy: '$context.authorizer.createdBy',
          }),
        ),
      },
    });

    const web = new WebHosting(this, 'Web', {
      api: this.api,
      // The web app exchanges its authorization code at the Cognito domain's token endpoint.
      connectSources: [stateful.userPoolDomain.baseUrl()],
      webAclArn: props.webAclArn,
      domain: config.domain,
    });
    this.originVerification = {
      secret: web.originVerifySecret,
      authorizer: this.createOriginAuthorizer(web.originVerifySecret),
    };
    // The routes that need a caller have the API authorizer (a token or a key); their handlers check CloudFront's
    // header themselves (createHttpHandler), so that no route answers at the API's own execute-api domain.
    for (const fn of this.functions.values()) {
      fn.function.addEnvironment(ENV.originSecretArn, web.originVerifySecret.secretArn);
      web.originVerifySecret.grantRead(fn.function);
    }
    this.webOrigin = web.webOrigin;
    // Stripe Checkout and the portal send customers back to the web app; pages link to its acknowledgement page.
    for (const fn of new Set([...this.functions.values(), ...this.scheduledFunctions.values(), ...this.linkSigners])) {
      fn.function.addEnvironment(ENV.webUrl, this.webOrigin);
    }
    // Cognito sends users back to the web app, and to any other origin the stage allows (a developer's Vite server).
    const callbackOrigins = [this.webOrigin, ...config.auth.extraCallbackOrigins];

    // The web client lives here, not with the pool: without a domain of its own, its callback URL is the
    // distribution's generated domain, known only in this stack. Putting it in the stateful stack would need that domain as
    // input (a two-step first deploy) or a reference from stateful to stateless (a cycle).
    // The client holds no data; recreating it only changes the id, which config.json and the
    // authorizer below pick up in the same deploy.
    this.webClient = new UserPoolClient(this, 'WebClient', {
      userPool: stateful.userPool,
      userPoolClientName: 'opsdesk-web',
      // A browser app cannot keep a secret: public client, authorization code grant with PKCE.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        // The role scopes are allowed so a token can carry them; the pre-token-generation trigger
        // grants only those of the user's groups and suppresses the rest, even when requested.
        scopes: [
          OAuthScope.OPENID,
          OAuthScope.EMAIL,
          OAuthScope.PROFILE,
          ...ROLES.map((role) => OAuthScope.custom(scopeForRole(role))),
        ],
        callbackUrls: callbackOrigins.map((origin) => `${origin}/auth/callback`),
        logoutUrls: callbackOrigins.map((origin) => `${origin}/`),
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(TENANT_ID_ATTRIBUTE),
      // Written explicitly so custom:tenantId is never writable by a signed-in user; e-mail changes
      // go through the API too.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
    // The pipeline's smoke test signs in without a browser (USER_PASSWORD_AUTH) on a client of its own, so the web
    // client keeps SRP and the authorization code flow only. Short-lived tokens: a smoke run takes seconds.
    this.smokeClient = new UserPoolClient(this, 'SmokeClient', {
      userPool: stateful.userPool,
      userPoolClientName: 'opsdesk-smoke',
      generateSecret: false,
      authFlows: { userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.minutes(15),
      idTokenValidity: Duration.minutes(15),
      refreshTokenValidity: Duration.hours(1),
      readAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
      writeAttributes: new ClientAttributes(),
    });
    this.webClient.node.addDependency(stateful.resourceServer);

    // Managed login (v2) pages render only for clients that have a style; Cognito's defaults suffice.
    new CfnManagedLoginBranding(this, 'WebClientLoginStyle', {
      userPoolId: stateful.userPool.userPoolId,
      clientId: this.webClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    this.apiAuthorizer = this.createApiAuthorizer(stateful, [this.webClient, this.smokeClient]);
    this.addRoutes(limits);

    web.deploySite({
      distPath: props.webDistPath,
      config: {
        identity: 'cognito',
        authority: stateful.userPoolDomain.baseUrl(),
        clientId: this.webClient.userPoolClientId,
        // Role scopes are not requested: the trigger adds the ones the user holds.
        scopes: ['openid', 'email', 'profile'],
      },
    });

    new CfnOutput(this, 'ApiUrl', {
      value: this.stage.url,
      description: 'HTTP API, direct (authenticated routes only; anonymous ones answer only at /api/* of the web app)',
    });
    new CfnOutput(this, 'WebDomain', { value: web.distribution.distributionDomainName });
    this.webUrl = new CfnOutput(this, 'WebUrl', {
      value: this.webOrigin,
      description: 'Where users reach the web app: the stage’s own domain, else the distribution’s',
    });
    new CfnOutput(this, 'UserPoolId', { value: stateful.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.webClient.userPoolClientId });
    new CfnOutput(this, 'SmokeClientId', { value: this.smokeClient.userPoolClientId });
  }

  private createContextFunctions(stateful: StatefulStack): Map<BoundedContext, AppFunction> {
    const functions = new Map<BoundedContext, AppFunction>();
    for (const context of deployedContexts()) {
      const access = CONTEXT_ACCESS[context];
      if (!access) throw new Error(`No CONTEXT_ACCESS entry for bounded context '${context}' in stateless-stack.ts`);

      const fn = new AppFunction(this, `${context}-http`, {
        entry: httpEntryFor(context),
        serviceName: `opsdesk-${context}`,
        stage: this.config,
        description: `Opsdesk ${context} HTTP routes`,
        environment: {
          [ENV.identityProvider]: 'cognito',
          [ENV.userPoolId]: stateful.userPool.userPoolId,
          ...accessEnvironment(stateful, access),
          // Per-tenant, per-staff-user and per-address token buckets (shared/platform/rate-limits.ts): the same
          // defaults the local stack uses, and the viewer's address as CloudFront sets it.
          ...rateLimitEnvironment(RATE_LIMITS),
          [ENV.clientIpHeader]: VIEWER_IP_HEADER,
        },
      });
      grantAccess(stateful, fn, access);
      if (access.runsTasks) this.taskRunners.push(fn);
      if (linksToWeb(access)) this.linkSigners.push(fn);

      functions.set(context, fn);
    }
    return functions;
  }

  /**
   * One function per entry of SCHEDULES, invoked by EventBridge Scheduler at its rate, with the
   * grants of SCHEDULE_ACCESS.
   */
  private createScheduledJobs(stateful: StatefulStack): Map<string, AppFunction> {
    const jobs = new Map<string, AppFunction>();
    for (const schedule of SCHEDULES) {
      const access = SCHEDULE_ACCESS[schedule.id];
      const fn = new AppFunction(this, `${schedule.id}-job`, {
        entry: scheduleEntry(schedule),
        serviceName: `opsdesk-${schedule.id}`,
        stage: this.config,
        description: schedule.purpose,
        timeout: Duration.minutes(5),
        environment: {
          [ENV.identityProvider]: 'cognito',
          [ENV.userPoolId]: stateful.userPool.userPoolId,
          [ENV.tableName]: stateful.table.tableName,
          ...accessEnvironment(stateful, access),
          ...(access.sendsEmail ? { [ENV.notifier]: 'ses', [ENV.notificationFrom]: this.notificationFrom } : {}),
        },
      });
      if (access.sendsEmail) {
        fn.function.addToRolePolicy(
          new PolicyStatement({
            actions: ['ses:SendEmail', 'ses:SendRawEmail'],
            resources: [
              this.formatArn({
                service: 'ses',
                resource: 'identity',
                resourceName: this.notificationFrom.split('@')[1],
              }),
            ],
          }),
        );
      }
      grantAccess(stateful, fn, access);
      if (access.runsTasks) this.taskRunners.push(fn);
      if (linksToWeb(access)) this.linkSigners.push(fn);
      new Schedule(this, `${schedule.id}-schedule`, {
        description: schedule.purpose,
        schedule:
          'cron' in schedule && schedule.cron
            ? ScheduleExpression.expression(schedule.cron)
            : ScheduleExpression.rate(Duration.minutes(schedule.rateMinutes)),
        target: new LambdaInvoke(fn.function, { retryAttempts: 2 }),
      });
      // The scheduler's role may invoke the function's versions too (`<Arn>:*`), as LambdaInvoke grants.
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[${iam5ResourceFinding(this, `${fn.function.functionArn}:*`)}]`,
        reason: `EventBridge Scheduler invokes ${schedule.id} (any version of that one function only).`,
      });
      jobs.set(schedule.id, fn);
    }
    return jobs;
  }

  /**
   * Per QUEUE_CONSUMERS entry, a function on the queue and one on its dead-letter queue, each fed
   * through an SQS event source that reports partial batch failures (only failed messages return).
   */
  private createQueueConsumers(stateful: StatefulStack) {
    const consumers = new Map<string, { consumer: AppFunction; deadLetter: AppFunction }>();
    for (const definition of QUEUE_CONSUMERS) {
      const queueDefinition = QUEUES.find((queue) => queue.id === definition.queue);
      const queue = stateful.queues.get(definition.queue);
      const deadLetterQueue = stateful.deadLetterQueues.get(definition.queue);
      if (!queueDefinition || !queue || !deadLetterQueue) throw new Error(`Unknown queue '${definition.queue}'`);
      const access = QUEUE_CONSUMER_ACCESS[definition.queue];

      const create = (entry: string, functionAccess: ContextAccess, timeout: Duration, description: string) => {
        const name = entryName(entry);
        const fn = new AppFunction(this, `${name}-consumer`, {
          entry,
          serviceName: `opsdesk-${name}`,
          stage: this.config,
          description,
          timeout,
          environment: accessEnvironment(stateful, functionAccess),
        });
        grantAccess(stateful, fn, functionAccess);
        if (functionAccess.runsTasks) this.taskRunners.push(fn);
        if (linksToWeb(functionAccess)) this.linkSigners.push(fn);
        return fn;
      };

      // A sixth of the visibility timeout (AWS's advice for SQS event sources), so a message whose
      // function timed out is not received again while the batch is still running.
      const consumer = create(
        definition.entry,
        access.consumer,
        Duration.seconds(Math.floor(queueDefinition.visibilityTimeoutSeconds / 6)),
        queueDefinition.purpose,
      );
      consumer.function.addEventSource(
        new SqsEventSource(queue, { batchSize: definition.batchSize, reportBatchItemFailures: true }),
      );

      // The dead-letter queue keeps the default visibility timeout (30 s); the function stays below it.
      const deadLetter = create(
        definition.deadLetterEntry,
        access.deadLetter,
        Duration.seconds(10),
        `Dead letters of ${definition.queue}: records what could not be processed`,
      );
      deadLetter.function.addEventSource(
        new SqsEventSource(deadLetterQueue, { batchSize: definition.batchSize, reportBatchItemFailures: true }),
      );

      consumers.set(definition.queue, { consumer, deadLetter });
    }
    return consumers;
  }

  /** Per EVENT_RULES entry, a rule with the manifest's pattern invoking its function. */
  private createEventRules(stateful: StatefulStack): Map<string, AppFunction> {
    const functions = new Map<string, AppFunction>();
    for (const definition of EVENT_RULES) {
      const access = EVENT_RULE_ACCESS[definition.id];
      const name = entryName(definition.entry);
      const fn = new AppFunction(this, `${name}-event`, {
        entry: definition.entry,
        serviceName: `opsdesk-${name}`,
        stage: this.config,
        description: `EventBridge rule ${definition.id}: ${definition.pattern.detailType.join(', ')}`,
        timeout: Duration.seconds(30),
        environment: accessEnvironment(stateful, access),
      });
      grantAccess(stateful, fn, access);
      if (access.runsTasks) this.taskRunners.push(fn);
      if (linksToWeb(access)) this.linkSigners.push(fn);

      const detail = EVENT_RULE_DETAIL[definition.id];
      new Rule(this, `${definition.id}-rule`, {
        description: `Opsdesk ${definition.id}: invokes ${name}`,
        eventPattern: {
          source: [...definition.pattern.source],
          detailType: [...definition.pattern.detailType],
          ...(detail ? { detail } : {}),
        },
        // Delivery to Lambda is retried for a while; the function's own errors are retried by Lambda.
        targets: [new LambdaFunction(fn.function, { retryAttempts: 8, maxEventAge: Duration.hours(2) })],
      });
      functions.set(definition.id, fn);
    }
    return functions;
  }

  /**
   * The REQUEST authorizer function of the anonymous routes: compares CloudFront's origin header with
   * the secret (functions/identity/origin-authorizer.ts). Reads that one secret, nothing else.
   */
  private createOriginAuthorizer(secret: Secret): AppFunction {
    const fn = new AppFunction(this, 'origin-authorizer', {
      entry: 'functions/identity/origin-authorizer.ts',
      serviceName: 'opsdesk-origin-authorizer',
      stage: this.config,
      description: `Anonymous API routes: only requests carrying CloudFront's ${ORIGIN_VERIFY_HEADER} header`,
      memorySize: 256,
      timeout: Duration.seconds(5),
      environment: { [ENV.originSecretArn]: secret.secretArn },
    });
    secret.grantRead(fn.function);
    return fn;
  }

  /**
   * The REQUEST authorizer function of the routes that need a caller (functions/identity/api-authorizer.ts): verifies
   * Cognito access tokens of the given app clients against the pool's public keys (no AWS call: the JWKS is public),
   * and looks API keys up by their hash — GetItem on the key-lookup items (`P#APIKEY#<hash>`) and nothing else of
   * the table. The handler reads the key item, its creator and the organisation again on every request.
   */
  private createApiAuthorizer(stateful: StatefulStack, clients: readonly UserPoolClient[]): AppFunction {
    const fn = new AppFunction(this, 'api-authorizer', {
      entry: 'functions/identity/api-authorizer.ts',
      serviceName: 'opsdesk-api-authorizer',
      stage: this.config,
      description: 'API routes that need a caller: a Cognito access token of the app clients, or an API key',
      environment: {
        [ENV.userPoolId]: stateful.userPool.userPoolId,
        [ENV.userPoolClientIds]: clients.map((client) => client.userPoolClientId).join(','),
        [ENV.tableName]: stateful.table.tableName,
      },
    });
    fn.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [stateful.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [API_KEY_LOOKUP_PARTITIONS] } },
      }),
    );
    return fn;
  }

  private addRoutes(limits: TrafficLimits): void {
    // Tokens and API keys alike (API Gateway allows one authorizer per route). The answer is cached per header AND
    // route: a key allowed on one route is not on another. API Gateway answers 401 itself without the header.
    const authorizer = new HttpLambdaAuthorizer('ApiAuthorizer', this.apiAuthorizer.function, {
      identitySource: ['$request.header.Authorization', '$context.routeKey'],
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      resultsCacheTtl: Duration.minutes(API_AUTHORIZER_CACHE_MINUTES),
    });
    // Anonymous routes have no caller to check, only the way the request came: through CloudFront.
    // API Gateway answers 401 itself when the header is missing and caches the answer per value.
    const originAuthorizer = new HttpLambdaAuthorizer('OriginAuthorizer', this.originVerification.authorizer.function, {
      identitySource: [`$request.header.${ORIGIN_VERIFY_HEADER}`],
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      resultsCacheTtl: Duration.minutes(5),
    });
    const integrations = new Map(
      [...this.functions].map(([context, fn]) => [
        context,
        new HttpLambdaIntegration(`${context}-integration`, fn.function),
      ]),
    );

    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    const throttledRoutes: CfnRoute[] = [];
    for (const [routeId, definition] of deployedRoutes()) {
      const integration = integrations.get(definition.context);
      if (!integration) throw new Error(`No function for context '${definition.context}'`);
      const { access } = definition;
      const apiRoutes = this.api.addRoutes({
        path: definition.path,
        methods: [HttpMethod[definition.method]],
        integration,
        // The route's roles (a token's role scopes) and a key's scope are the API authorizer's to check.
        authorizer: access === 'public' ? originAuthorizer : authorizer,
      });
      const throttle = routeThrottle(limits, routeId, definition);
      if (throttle) {
        routeSettings[routeKey(definition)] = {
          ThrottlingRateLimit: throttle.rateLimit,
          ThrottlingBurstLimit: throttle.burstLimit,
        };
        throttledRoutes.push(...apiRoutes.map((apiRoute) => apiRoute.node.defaultChild as CfnRoute));
      }
    }

    // Anything else — an unknown path, a known path with another method — reaches the platform function, which answers
    // problem+json 404, or 405 with `Allow` (createHttpHandler), instead of API Gateway's bare `{"message":"Not Found"}`.
    // It needs no caller; only CloudFront's requests pass, like the anonymous routes.
    const platform = integrations.get('platform');
    if (!platform) throw new Error('No platform function for the $default route');
    new HttpRoute(this, 'DefaultRoute', {
      httpApi: this.api,
      routeKey: HttpRouteKey.DEFAULT,
      integration: platform,
      authorizer: originAuthorizer,
    });

    // Per-route throttling exists only on the L1 stage. CloudFormation rejects a route key the API
    // does not have yet, hence the stage waits for those routes.
    const cfnStage = this.stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = routeSettings;
    for (const route of throttledRoutes) cfnStage.addResourceDependency(route);
  }
}
