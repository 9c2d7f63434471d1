/**
 * Shapes of the stateful resources, declared once: the CDK stateful stack and the local stack
 * (DynamoDB Local, fauxqs) both create them from these definitions.
 */
export const TABLE = {
  /** Logical name; the deployed table gets a CloudFormation-generated name passed in `TABLE_NAME`. */
  name: 'opsdesk',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [{ name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
  timeToLiveAttribute: 'expiresAt',
} as const;

export interface QueueDefinition {
  /** Logical id, also the environment variable prefix (`TASK_DISPATCH_QUEUE_URL`). */
  id: string;
  fifo: boolean;
  visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the dead-letter queue. */
  maxReceiveCount: number;
  retentionDays: number;
  purpose: string;
}

export const QUEUES = [
  {
    id: 'task-dispatch',
    fifo: true,
    visibilityTimeoutSeconds: 120,
    maxReceiveCount: 3,
    retentionDays: 4,
    purpose: 'Task requests to dispatch through SSM; group = host id, deduplication = task id.',
  },
  {
    id: 'billing-sync',
    fifo: true,
    visibilityTimeoutSeconds: 120,
    maxReceiveCount: 5,
    retentionDays: 14,
    purpose:
      'Outbox of Stripe calls for invoices; group = invoice id (one step at a time per invoice), deduplication = invoice id + version; a Stripe outage delays, never loses.',
  },
  {
    id: 'period-close',
    fifo: false,
    visibilityTimeoutSeconds: 300,
    maxReceiveCount: 3,
    retentionDays: 14,
    purpose: 'One message per tenant when finance closes a billing period.',
  },
  {
    id: 'monitor-checks',
    fifo: false,
    // The checker's time limit is a sixth of this (30 s): a message of 10 checks, 10 at once, each ≤ 10 s plus an
    // immediate re-check, fits with room to spare.
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 3,
    retentionDays: 1,
    purpose:
      'Batches of due monitors from the minute dispatcher to the checkers; a result is written once per scheduled check (its id), so a redelivered batch changes nothing.',
  },
] as const satisfies readonly QueueDefinition[];

export type QueueId = (typeof QUEUES)[number]['id'];
export const queueDefinition = (id: QueueId): QueueDefinition => {
  const queue = QUEUES.find((candidate) => candidate.id === id);
  if (!queue) throw new Error(`No queue ${id}`);
  return queue;
};

export const queueName = (queue: QueueDefinition, prefix = 'opsdesk'): string =>
  `${prefix}-${queue.id}${queue.fifo ? '.fifo' : ''}`;
export const deadLetterQueueName = (queue: QueueDefinition, prefix = 'opsdesk'): string =>
  `${prefix}-${queue.id}-dlq${queue.fifo ? '.fifo' : ''}`;
export const queueUrlEnvName = (queue: QueueDefinition): string =>
  `${queue.id.toUpperCase().replace(/-/g, '_')}_QUEUE_URL`;

export interface ScheduleDefinition {
  /** Logical id; the function lives at `functions/<context>/<id>.ts` and exports `handler`. */
  id: string;
  context: 'platform' | 'tenancy' | 'billing' | 'booking' | 'tasks' | 'monitoring';
  /** How often the job runs (in AWS unless `cron` is given; always in the local stack). */
  rateMinutes: number;
  /** An EventBridge Scheduler cron expression (UTC) for jobs tied to the calendar. */
  cron?: string;
  purpose: string;
}

/**
 * Recurring jobs: EventBridge Scheduler invokes them in AWS; the local stack's scheduler runs the
 * same handlers at start-up and then at the same rate.
 */
export const SCHEDULES = [
  {
    id: 'purge-deleted-tenants',
    context: 'tenancy',
    rateMinutes: 60,
    purpose: 'Removes tenants whose deletion grace period is over.',
  },
  {
    id: 'suspend-overdue-tenants',
    context: 'billing',
    rateMinutes: 60,
    purpose: 'Suspends tenants that stayed past due beyond the payment grace period.',
  },
  {
    id: 'send-notifications',
    context: 'booking',
    rateMinutes: 1,
    purpose: 'Sends due booking e-mails from the outbox: confirmations, changes, cancellations, reminders.',
  },
  {
    id: 'release-tasks',
    context: 'tasks',
    rateMinutes: 1,
    purpose: 'Queues scheduled tasks whose maintenance window opened; enqueues again tasks not dispatched in time.',
  },
  {
    id: 'close-previous-period',
    context: 'billing',
    rateMinutes: 60,
    cron: 'cron(0 2 1 * ? *)',
    purpose: 'Closes the month that has just ended (02:00 UTC on the 1st); closing a closed month changes nothing.',
  },
  {
    id: 'sync-hosts',
    context: 'tasks',
    rateMinutes: 15,
    purpose: 'Reads every tenant’s managed nodes from SSM into the host inventory.',
  },
  {
    id: 'dispatch-monitors',
    context: 'monitoring',
    rateMinutes: 1,
    purpose:
      'Sends the monitors that are due to the checkers in batches (monitor-checks queue), and records a failure for every heartbeat that missed its period and grace.',
  },
  {
    id: 'page-incidents',
    context: 'monitoring',
    rateMinutes: 1,
    purpose:
      'Pages again and escalates incidents nobody acknowledged in time, and pages those whose covered hours began.',
  },
  {
    id: 'publish-operations-metrics',
    context: 'platform',
    rateMinutes: 5,
    purpose:
      'Publishes the operations gauges (outbox backlog, unfinished period close, scheduler heartbeats) for the alarms, from the snapshot the operations page shows.',
  },
] as const satisfies readonly ScheduleDefinition[];

export const scheduleEntry = (schedule: ScheduleDefinition): string =>
  `functions/${schedule.context}/${schedule.id}.ts`;

/**
 * Queue consumers: AWS invokes each through an SQS event source (partial batch failures reported);
 * the local stack's poller feeds the same handlers `SQSEvent` batches. `deadLetterEntry` consumes the
 * queue's dead-letter queue.
 */
export const QUEUE_CONSUMERS = [
  {
    queue: 'task-dispatch',
    entry: 'functions/tasks/dispatch-tasks.ts',
    deadLetterEntry: 'functions/tasks/dead-letter-tasks.ts',
    batchSize: 5,
  },
  {
    queue: 'period-close',
    entry: 'functions/billing/close-tenant-period.ts',
    deadLetterEntry: 'functions/billing/period-close-dead-letters.ts',
    batchSize: 10,
  },
  {
    queue: 'billing-sync',
    entry: 'functions/billing/sync-invoices.ts',
    deadLetterEntry: 'functions/billing/sync-invoices-dead-letters.ts',
    batchSize: 5,
  },
  {
    queue: 'monitor-checks',
    entry: 'functions/monitoring/check-monitors.ts',
    deadLetterEntry: 'functions/monitoring/check-monitors-dead-letters.ts',
    // One message (10 monitors, checked concurrently) per invocation: messages of a batch run one after another.
    batchSize: 1,
  },
] as const satisfies readonly {
  queue: (typeof QUEUES)[number]['id'];
  entry: string;
  deadLetterEntry: string;
  batchSize: number;
}[];

/**
 * EventBridge rules: SSM reports every command invocation's status change; the handler moves the task.
 * The local host runner emits the same events to the same handler.
 */
export const EVENT_RULES = [
  {
    id: 'command-status',
    entry: 'functions/tasks/command-status.ts',
    pattern: { source: ['aws.ssm'], detailType: ['EC2 Command Invocation Status-change Notification'] },
  },
] as const;

/** The tag every managed node and activation of a tenant carries; SSM permissions are conditioned on it. */
export const TENANT_TAG = 'opsdesk:tenantId';
/** The STS session tag the task runner's credentials carry (`aws:PrincipalTag/tenantId`). */
export const TENANT_SESSION_TAG = 'tenantId';

/**
 * The header CloudFront adds to every `/api/*` request, carrying a secret only it and the API know: requests
 * without it did not come through the distribution (and its WAF), and are refused.
 */
export const ORIGIN_VERIFY_HEADER = 'x-opsdesk-origin-verify';

/**
 * The API reference page's (`GET /api/docs`) Content-Security-Policy: the handler sends it, and in AWS CloudFront's
 * `/api/docs` behaviour sets it (over the API's `default-src 'none'`). What the reference page may do: run Redoc from this origin, read the document, style itself inline
 * (styled-components) and search in a worker it starts from a blob. Nothing else loads; nothing frames it.
 */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
