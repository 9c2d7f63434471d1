/**
 * The one place functions read their environment. Names come from the constructs that set them
 * (infra/stacks/stateless-stack.ts) and from the local stack (scripts/local-stack), which sets the
 * same names before it imports a handler. Readers throw at cold start, not in the middle of a request.
 */
export const requireEnv = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
};

export const optionalEnv = (name: string): string | undefined => process.env[name] || undefined;

export const ENV = {
  /** The stage the function runs in (`dev`, `staging`, `prod`; `dev` in the local stack): a metric dimension, a log key. */
  stage: 'STAGE',
  /** The provider on invoices: the stage configuration's `seller` as JSON (functions/config/stage.ts). */
  seller: 'SELLER',
  tableName: 'TABLE_NAME',
  userPoolId: 'USER_POOL_ID',
  /**
   * The API authorizer (functions/identity/api-authorizer.ts): the app clients whose Cognito access tokens the API
   * accepts, comma-separated (the web app's and the smoke test's). The pool's region is the prefix of its id.
   */
  userPoolClientIds: 'USER_POOL_CLIENT_IDS',
  /** `cognito` in AWS; `local` in the local stack (the dev identity provider). */
  identityProvider: 'IDENTITY_PROVIDER',
  /** Local stack and tests only: DynamoDB Local's URL. */
  dynamoDbEndpoint: 'DYNAMODB_ENDPOINT',
  /** Local stack only: milliseconds added to the system clock (from `CLOCK_START`). */
  clockOffsetMs: 'CLOCK_OFFSET_MS',
  /** AWS: a Secrets Manager secret `{ "secretKey": "sk_…", "webhookSecret": "whsec_…" }`; an empty secretKey means ledger billing. */
  stripeSecretArn: 'STRIPE_SECRET_ARN',
  /** Local stack: the Stripe secret key; unset means ledger billing. */
  stripeSecretKey: 'STRIPE_SECRET_KEY',
  /** Local stack: the webhook signing secret (default `whsec_opsdesk_local`). */
  stripeWebhookSecret: 'STRIPE_WEBHOOK_SECRET',
  /** Local stack and tests: another Stripe API base, e.g. a fake on 127.0.0.1. */
  stripeApiUrl: 'STRIPE_API_URL',
  /** Where the web app is served, for Stripe's return URLs. */
  webUrl: 'WEB_URL',
  /** Days a tenant may stay past due before it is suspended (default 14). */
  paymentGraceDays: 'PAYMENT_GRACE_DAYS',
  /** `ses` in AWS; `local` in the local stack (the dev mailbox). */
  notifier: 'NOTIFIER',
  /** The verified SES sender of booking e-mails. */
  notificationFrom: 'NOTIFICATION_FROM',
  /** `ssm` in AWS; `local` in the local stack (the local host runner and host directory). */
  hostRunner: 'HOST_RUNNER',
  /** The role the task functions assume with the session tag `tenantId` to reach SSM (isolation layer 3). */
  taskRunnerRoleArn: 'TASK_RUNNER_ROLE_ARN',
  /** The IAM role (name) hybrid activations give registered servers. */
  managedNodeRoleName: 'MANAGED_NODE_ROLE_NAME',
  /**
   * AWS: the role customers' requests reach the table with (STS session tag `tenantId`, LeadingKeys on the
   * tenant's partition); unset locally, where the key guard alone enforces the same rule.
   */
  tenantDataRoleArn: 'TENANT_DATA_ROLE_ARN',
  /** Where SSM writes command output: one CloudWatch log group per tenant, `<prefix>/<tenantId>`. */
  taskOutputLogGroupPrefix: 'TASK_OUTPUT_LOG_GROUP_PREFIX',
  /** The secret CloudFront sends in its origin header; the anonymous routes' authorizer checks it. */
  originSecretArn: 'ORIGIN_SECRET_ARN',
  /** Rate limits (functions/config/rate-limits.ts; defaults RATE_LIMITS in shared/platform/rate-limits.ts). */
  rateLimitWritesPerMinute: 'RATE_LIMIT_WRITES_PER_MINUTE',
  rateLimitWritesBurst: 'RATE_LIMIT_WRITES_BURST',
  rateLimitTaskRequestsPerMinute: 'RATE_LIMIT_TASK_REQUESTS_PER_MINUTE',
  rateLimitTaskRequestsBurst: 'RATE_LIMIT_TASK_REQUESTS_BURST',
  rateLimitAnonymousWritesPerMinute: 'RATE_LIMIT_ANONYMOUS_WRITES_PER_MINUTE',
  rateLimitAnonymousWritesBurst: 'RATE_LIMIT_ANONYMOUS_WRITES_BURST',
  /**
   * A request header the edge sets to the viewer's address, overwriting any the client sent (behind CloudFront
   * the API sees CloudFront's address as the source IP); unset: the source IP. Anonymous limits go by it.
   */
  clientIpHeader: 'CLIENT_IP_HEADER',
  /** Local stack only: where the local host runner keeps its registry, sandboxes and command results. */
  localHostsDir: 'LOCAL_HOSTS_DIR',
  /** Local stack only: the dev identity provider's signing secret. */
  devIdentitySecret: 'DEV_IDENTITY_SECRET',
  /**
   * The secret the one-click acknowledgement links of incident pages are signed with (HMAC-SHA256; at least 32
   * characters). AWS: from Secrets Manager; the local stack derives it from the data directory's dev secret.
   */
  ackLinkSecret: 'ACK_LINK_SECRET',
  /** AWS: the Secrets Manager secret holding the acknowledgement-link key (read at cold start). */
  ackLinkSecretArn: 'ACK_LINK_SECRET_ARN',
  /** `true` lets the monitoring checker reach loopback addresses (the local stack and tests); never set in AWS. */
  monitorAllowLoopback: 'MONITOR_ALLOW_LOOPBACK',
} as const;

/**
 * Where the web app (and, behind the same origin, the API) is reached, without a trailing slash: links in e-mails,
 * Stripe's return URLs, heartbeat URLs. `WEB_URL` in AWS (CDK sets it); the local stack's default port otherwise.
 */
export const webOrigin = (): string => (optionalEnv(ENV.webUrl) ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
