import { ArnFormat, CfnResource, Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Subscription, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import { METRICS_NAMESPACE, METRICS_SERVICE, OPERATIONS_METRICS } from '../../shared/contracts/metrics.js';
import { type QueueId, SCHEDULES, type ScheduleDefinition } from '../../shared/contracts/resources.js';
import type { StatefulStack } from '../stacks/stateful-stack.js';
import type { StatelessStack } from '../stacks/stateless-stack.js';

/** Every alarm evaluates 5-minute periods: the custom gauges are published every 5 minutes, AWS metrics every minute. */
export const ALARM_PERIOD = Duration.minutes(5);

/** The thresholds that are not per queue or per schedule; each is explained where its alarm is made. */
export const ALARM_THRESHOLDS = {
  /** HTTP functions: Lambda errors (crashes, timeouts) in 5 minutes, at least this many… */
  requestFunctionErrors: 3,
  /** …and more than this share of the invocations, in %. */
  requestFunctionErrorPercent: 1,
  /** Every other function: this many errors in 5 minutes. */
  backgroundFunctionErrors: 1,
  /** Any function: this many throttled invocations in 5 minutes. */
  functionThrottles: 1,
  /** API: 5xx share of the requests in 5 minutes, in %… */
  api5xxPercent: 1,
  /** …counted only from this many requests in the 5 minutes on. */
  api5xxMinimumRequests: 20,
  /** API: p99 latency, ms, in 3 of 5 periods. */
  apiLatencyP99Milliseconds: 3_000,
  apiLatencyDatapoints: 3,
  apiLatencyPeriods: 5,
  /** The notification outbox's oldest unsent item, seconds. */
  outboxOldestUnsentSeconds: 900,
  /** A period close still unfinished this many minutes after it started. */
  periodCloseUnfinishedMinutes: 60,
  /** Periods in a row without any operations gauge before the publisher counts as stopped. */
  gaugesMissingPeriods: 3,
} as const;

/**
 * How old the oldest message of each queue may get. Typed by queue id, so a new queue fails the type check until
 * it has a limit; a consumer normally takes a message within seconds, so the limits sit above each queue's whole
 * retry ladder (receives × visibility timeout), after which a message would have been dead-lettered instead.
 */
export const QUEUE_AGE_LIMITS: Record<QueueId, { seconds: number; why: string }> = {
  'task-dispatch': {
    seconds: 15 * 60,
    why: 'Tasks are not reaching hosts: the dispatcher is not consuming (down, throttled, or a host group blocked); 15 min is above the retry ladder of 3 × 120 s.',
  },
  'billing-sync': {
    seconds: 60 * 60,
    why: 'Invoices are not reaching Stripe: the billing-sync outbox is not drained; a failing message is dead-lettered after 5 × 120 s, so an hour-old message means the consumer is not running.',
  },
  'period-close': {
    seconds: 30 * 60,
    why: 'A period close is not progressing: tenants wait to be invoiced; 30 min is twice the retry ladder of 3 × 300 s.',
  },
  'monitor-checks': {
    seconds: 2 * 60,
    why: 'The monitoring checker is falling behind: monitors run every 1 to 60 min and the dispatcher sends each due batch at once, so a batch waiting over 2 min means checks run late and detection-to-page slips past its bound (a checker that is down or throttled, or a batch that failed and waits out its visibility timeout). Deliberately below the queue’s retry ladder: a late check is the failure here.',
  },
};

/**
 * The longest regular gap between two runs of a scheduled job, minutes. A cron job must be daily or monthly
 * (fixed minute and hour, and a fixed day of the month or every day); anything else fails the synth, so a new
 * calendar job cannot get a meaningless heartbeat threshold.
 */
export const scheduleGapMinutes = (schedule: ScheduleDefinition): { minutes: number; calendar: boolean } => {
  if (!schedule.cron) return { minutes: schedule.rateMinutes, calendar: false };
  const fields = /^cron\((.+)\)$/.exec(schedule.cron)?.[1]?.split(/\s+/);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields ?? [];
  const fixed = (field?: string) => field !== undefined && /^\d+$/.test(field);
  const any = (field?: string) => field === '*' || field === '?';
  if (fields?.length === 6 && fixed(minute) && fixed(hour) && any(month) && any(dayOfWeek)) {
    if (any(dayOfMonth)) return { minutes: 24 * 60, calendar: true };
    if (fixed(dayOfMonth)) return { minutes: 31 * 24 * 60, calendar: true };
  }
  throw new Error(
    `Schedule ${schedule.id}: no heartbeat threshold for ${schedule.cron} (only daily and monthly crons are known); add one in operations-alarms.ts`,
  );
};

/**
 * A job's heartbeat limit. Interval jobs: two missed runs, plus one run's whole timeout (5 min) and one publish
 * interval (5 min). Calendar jobs: the longest gap plus a day — missing one run is already a month late.
 */
export const heartbeatLimit = (
  schedule: ScheduleDefinition,
): { minutes: number; treatMissingData: TreatMissingData; why: string } => {
  const gap = scheduleGapMinutes(schedule);
  if (gap.calendar)
    return {
      minutes: gap.minutes + 24 * 60,
      // A new stage has no run for up to a month; a run that fails is the function's Errors alarm.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      why: `${schedule.id} (${schedule.cron}) missed its calendar run: its longest gap plus a day passed without a finished run. Missing data is not breaching: a new stage has no run for up to a month, and a failing run raises its Errors alarm.`,
    };
  return {
    minutes: 2 * gap.minutes + 10,
    treatMissingData: TreatMissingData.BREACHING,
    why: `${schedule.id} (every ${gap.minutes} min) stopped: two runs missed, with room for one run's 5-min timeout and one 5-min publish interval. Missing data is breaching: no heartbeat is no proof of life (the job never finished a run, or the gauge publisher stopped).`,
  };
};

/** One alarm as the closing note and the alarm description state it. */
export interface AlarmRow {
  name: string;
  metric: string;
  threshold: string;
  evaluation: string;
  missingData: string;
  why: string;
}

export interface AlarmDefinition {
  /** Unique within the stage; the alarm is named `Opsdesk-<stage>-<id>`. */
  id: string;
  metric: IMetric;
  /** The metric in words, for the list (the metric itself holds tokens). */
  metricLabel: string;
  threshold: number;
  comparison: ComparisonOperator;
  /** The threshold in words with its unit, e.g. `≥ 1 error`. */
  thresholdLabel: string;
  evaluationPeriods: number;
  datapointsToAlarm?: number;
  treatMissingData: TreatMissingData;
  /** What it means when it fires, and why this threshold: goes into the alarm's description. */
  why: string;
}

/** What kind of function a Lambda is, and so which errors threshold it gets. */
type FunctionRole = { label: string; kind: 'request' | 'background' };

const lambdaMetric = (functionName: string, metricName: string) =>
  new Metric({
    namespace: 'AWS/Lambda',
    metricName,
    dimensionsMap: { FunctionName: functionName },
    statistic: 'Sum',
    period: ALARM_PERIOD,
  });

const sqsMetric = (queue: Queue, metricName: string, statistic: string) =>
  new Metric({
    namespace: 'AWS/SQS',
    metricName,
    dimensionsMap: { QueueName: queue.queueName },
    statistic,
    period: ALARM_PERIOD,
  });

/** An Opsdesk gauge of this stage (shared/contracts/metrics.ts). */
export const opsdeskMetric = (
  stage: string,
  metricName: string,
  options: { statistic?: string; period?: Duration; extraDimensions?: Record<string, string>; label?: string } = {},
) =>
  new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: METRICS_SERVICE, stage, ...options.extraDimensions },
    statistic: options.statistic ?? 'Maximum',
    period: options.period ?? ALARM_PERIOD,
    label: options.label,
  });

/** Every Lambda function in the scopes, L2 or not (CDK-internal handlers are plain `AWS::Lambda::Function`s too). */
export const lambdaFunctionsIn = (scopes: readonly IConstruct[]): CfnResource[] =>
  scopes
    .flatMap((scope) => scope.node.findAll())
    .filter(
      (construct): construct is CfnResource =>
        CfnResource.isCfnResource(construct) && construct.cfnResourceType === 'AWS::Lambda::Function',
    );

/** `Opsdesk-Stateless/tenancy-http/Function/Resource` → `Stateless-tenancy-http`: readable, unique, alarm-name safe. */
const functionAlarmKey = (fn: CfnResource): string => {
  const stack = Stack.of(fn);
  const relative = fn.node.path
    .slice(stack.node.path.length + 1)
    .replace(/\/Resource$/, '')
    .replace(/\/Function$/, '');
  return `${stack.node.id.replace(/^Opsdesk-/, '')}-${relative}`.replace(/[^A-Za-z0-9-]+/g, '-');
};

const missingDataLabel: Record<TreatMissingData, string> = {
  [TreatMissingData.BREACHING]: 'breaching',
  [TreatMissingData.NOT_BREACHING]: 'not breaching',
  [TreatMissingData.IGNORE]: 'ignore',
  [TreatMissingData.MISSING]: 'missing',
};

/** `Opsdesk-<stage>-`: the start of every alarm name of a stage. */
export const alarmNamePrefix = (stage: string): string => `Opsdesk-${stage}-`;

export interface OperationsAlarmsProps {
  /** `config.stage`: alarm names and the `stage` dimension of Opsdesk's metrics. */
  stage: string;
  /** Subscribed to the topic; `null`: the topic without a subscription. */
  email: string | null;
  stateful: StatefulStack;
  stateless: StatelessStack;
}

/**
 * The stage's alarms on everything that can fail quietly, all to one KMS-encrypted SNS topic (alarm and OK).
 * Every alarm is made by `add`, which puts its reason into the description and keeps a row for the list.
 * Lambda functions are found by walking both stacks, so a new function is alarmed without anyone remembering to;
 * one added after this construct was built fails the synth (see the validation below).
 */
export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly rows: AlarmRow[] = [];
  private readonly stage: string;
  /** Every alarm's name starts with it; the topic lets only alarms named so publish. */
  private readonly namePrefix: string;
  private readonly alarmedFunctions = new Set<CfnResource>();

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.stage = props.stage;
    this.namePrefix = alarmNamePrefix(props.stage);

    // CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key; a key of our own lets it.
    // It encrypts only messages in flight, nothing stored: deleted with the stack after the shortest wait.
    const key = new Key(this, 'TopicKey', {
      description: `Opsdesk ${props.stage} alarm topic`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    this.topic = new Topic(this, 'Topic', {
      displayName: `Opsdesk ${props.stage} alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    // Only this stage's alarms may publish (the topic policy replaces SNS's default one); grantPublish gives the same
    // principal, with the same conditions, kms:Decrypt and kms:GenerateDataKey* on the key, without which an
    // encrypted topic drops CloudWatch's notifications without a word.
    this.topic.grantPublish(
      new ServicePrincipal('cloudwatch.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
        ArnLike: {
          'aws:SourceArn': Stack.of(this).formatArn({
            service: 'cloudwatch',
            resource: 'alarm',
            resourceName: `${this.namePrefix}*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        },
      }),
    );
    // A fixed construct id (EmailSubscription would name it after the address): the stage's address is a value of
    // its configuration, not part of the template's shape, so stages' templates differ only in that value.
    if (props.email)
      new Subscription(this, 'AlarmEmail', {
        topic: this.topic,
        protocol: SubscriptionProtocol.EMAIL,
        endpoint: props.email,
      });

    const watched = [props.stateful, props.stateless];
    this.functionAlarms(lambdaFunctionsIn(watched), functionRoles(props.stateless));
    this.node.addValidation({
      validate: () =>
        lambdaFunctionsIn(watched)
          .filter((fn) => !this.alarmedFunctions.has(fn))
          .map(
            (fn) =>
              `Lambda function ${fn.node.path} was added after the operations alarms were built and has no Errors/Throttles alarm; build OperationsStack after every function.`,
          ),
    });
    this.queueAlarms(props.stateful);
    this.apiAlarms(props.stateless);
    this.gaugeAlarms();
  }

  /**
   * Makes one alarm to the topic (alarm and OK) with its reason in the description. Public: a later part that
   * publishes a metric of its own adds its alarm here and appears in the list. (Monitoring's checker falling behind
   * needs none: its queue's age and its dispatcher's heartbeat are alarmed from QUEUE_AGE_LIMITS and SCHEDULES.)
   */
  add(definition: AlarmDefinition): Alarm {
    const datapoints = definition.datapointsToAlarm ?? definition.evaluationPeriods;
    const period = definition.metric.toMetricConfig().metricStat?.period ?? ALARM_PERIOD;
    const evaluation = `${datapoints} of ${definition.evaluationPeriods} × ${period.toMinutes()} min`;
    const missingData = missingDataLabel[definition.treatMissingData];
    const description = `${definition.why} Fires: ${definition.metricLabel} ${definition.thresholdLabel} (${evaluation}; missing data ${missingData}).`;
    if (description.length > 1024) throw new Error(`Alarm ${definition.id}: description longer than 1024 characters`);
    const alarm = new Alarm(this, definition.id, {
      alarmName: `${this.namePrefix}${definition.id}`,
      alarmDescription: description,
      metric: definition.metric,
      threshold: definition.threshold,
      comparisonOperator: definition.comparison,
      evaluationPeriods: definition.evaluationPeriods,
      datapointsToAlarm: datapoints,
      treatMissingData: definition.treatMissingData,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
    this.rows.push({
      name: `${this.namePrefix}${definition.id}`,
      metric: definition.metricLabel,
      threshold: definition.thresholdLabel,
      evaluation,
      missingData,
      why: definition.why,
    });
    return alarm;
  }

  private functionAlarms(functions: CfnResource[], roles: Map<IConstruct, FunctionRole>): void {
    const { requestFunctionErrors, requestFunctionErrorPercent, backgroundFunctionErrors, functionThrottles } =
      ALARM_THRESHOLDS;
    for (const fn of functions) {
      const key = functionAlarmKey(fn);
      const role: FunctionRole = roles.get(fn) ?? { label: key, kind: 'background' };
      const name = Token.asString(fn.ref);
      if (role.kind === 'request') {
        this.add({
          id: `${key}-errors`,
          metric: new MathExpression({
            expression: `IF(errors >= ${requestFunctionErrors}, 100 * errors / invocations, 0)`,
            usingMetrics: { errors: lambdaMetric(name, 'Errors'), invocations: lambdaMetric(name, 'Invocations') },
            period: ALARM_PERIOD,
            label: 'Errors, % of invocations (0 below the minimum count)',
          }),
          metricLabel: `AWS/Lambda Errors / Invocations of ${role.label}`,
          threshold: requestFunctionErrorPercent,
          comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
          thresholdLabel: `≥ ${requestFunctionErrors} errors and > ${requestFunctionErrorPercent} % of invocations`,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
          why: `${role.label} crashes or times out (a handled failure is a problem+json response, not a Lambda error). A rate with a floor: one cold-start timeout is not worth a page, a pattern is.`,
        });
      } else {
        this.add({
          id: `${key}-errors`,
          metric: lambdaMetric(name, 'Errors'),
          metricLabel: `AWS/Lambda Errors (Sum) of ${role.label}`,
          threshold: backgroundFunctionErrors,
          comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          thresholdLabel: `≥ ${backgroundFunctionErrors}`,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
          why: `${role.label} failed a whole invocation (a job run lost, a batch back on its queue, a Cognito trigger refusing a sign-in, a deploy step failing); nobody is waiting on a response to notice, so every one counts.`,
        });
      }
      this.add({
        id: `${key}-throttles`,
        metric: lambdaMetric(name, 'Throttles'),
        metricLabel: `AWS/Lambda Throttles (Sum) of ${role.label}`,
        threshold: functionThrottles,
        comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        thresholdLabel: `≥ ${functionThrottles}`,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        why: `${role.label} was throttled: no function has reserved concurrency, so any throttle means the account's concurrency is exhausted and every function is at risk.`,
      });
      this.alarmedFunctions.add(fn);
    }
  }

  private queueAlarms(stateful: StatefulStack): void {
    for (const [queueId, queue] of stateful.queues) {
      const limit = (QUEUE_AGE_LIMITS as Record<string, { seconds: number; why: string } | undefined>)[queueId];
      if (!limit) throw new Error(`No QUEUE_AGE_LIMITS entry for queue '${queueId}' in operations-alarms.ts`);
      this.add({
        id: `${queueId}-oldest-message`,
        metric: sqsMetric(queue, 'ApproximateAgeOfOldestMessage', 'Maximum'),
        metricLabel: `AWS/SQS ApproximateAgeOfOldestMessage (Maximum) of ${queueId}`,
        threshold: limit.seconds,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
        thresholdLabel: `> ${limit.seconds} s`,
        evaluationPeriods: 1,
        // The event source polls the queue all the time, so SQS always reports it; no data is an idle queue.
        treatMissingData: TreatMissingData.NOT_BREACHING,
        why: limit.why,
      });
    }
    for (const [queueId, deadLetterQueue] of stateful.deadLetterQueues) {
      this.add({
        id: `${queueId}-dlq-visible`,
        metric: sqsMetric(deadLetterQueue, 'ApproximateNumberOfMessagesVisible', 'Maximum'),
        metricLabel: `AWS/SQS ApproximateNumberOfMessagesVisible (Maximum) of ${queueId} dead-letter queue`,
        threshold: 0,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
        thresholdLabel: '> 0',
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        why: `A dead letter of ${queueId} is waiting: its dead-letter consumer normally records it within seconds, so one that stays means that consumer fails too and the failure is not recorded anywhere a person looks.`,
      });
      this.add({
        id: `${queueId}-dead-lettered`,
        metric: sqsMetric(deadLetterQueue, 'NumberOfMessagesReceived', 'Sum'),
        metricLabel: `AWS/SQS NumberOfMessagesReceived (Sum) of ${queueId} dead-letter queue`,
        threshold: 1,
        comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        thresholdLabel: '≥ 1',
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        why: `A ${queueId} message failed for good (every retry used) and was dead-lettered. Consumers report failed messages one by one, so this never shows as a Lambda error; the visible count above is only sampled once a minute and misses a dead letter consumed in between.`,
      });
    }
  }

  private apiAlarms(stateless: StatelessStack): void {
    const { api5xxPercent, api5xxMinimumRequests, apiLatencyP99Milliseconds, apiLatencyDatapoints, apiLatencyPeriods } =
      ALARM_THRESHOLDS;
    this.add({
      id: 'api-5xx-rate',
      metric: new MathExpression({
        expression: `IF(requests >= ${api5xxMinimumRequests}, 100 * errors / requests, 0)`,
        usingMetrics: {
          errors: stateless.api.metricServerError({ period: ALARM_PERIOD, statistic: 'Sum' }),
          requests: stateless.api.metricCount({ period: ALARM_PERIOD, statistic: 'Sum' }),
        },
        period: ALARM_PERIOD,
        label: '5xx, % of requests (0 below the minimum count)',
      }),
      metricLabel: 'AWS/ApiGateway 5xx / Count of the HTTP API',
      threshold: api5xxPercent,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      thresholdLabel: `> ${api5xxPercent} % with ≥ ${api5xxMinimumRequests} requests`,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      why: 'Customers get server errors: unhandled 500s and 503s from a store or service that is down or throttling. The request floor keeps one failed request at night from being 100 %.',
    });
    this.add({
      id: 'api-latency-p99',
      metric: stateless.api.metricLatency({ period: ALARM_PERIOD, statistic: 'p99' }),
      metricLabel: 'AWS/ApiGateway Latency (p99) of the HTTP API',
      threshold: apiLatencyP99Milliseconds,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      thresholdLabel: `> ${apiLatencyP99Milliseconds} ms`,
      evaluationPeriods: apiLatencyPeriods,
      datapointsToAlarm: apiLatencyDatapoints,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      why: 'The API is slow for many: dependencies answer within 5 s or become 503s, and a cold start takes 1–2 s, so a p99 above 3 s for most of 25 minutes is not cold starts.',
    });
  }

  private gaugeAlarms(): void {
    const { outboxOldestUnsentSeconds, outboxBacklog, periodCloseUnfinishedMinutes, schedulerHeartbeatAgeMinutes } =
      OPERATIONS_METRICS;
    this.add({
      id: 'operations-gauges-missing',
      metric: opsdeskMetric(this.stage, outboxOldestUnsentSeconds, { statistic: 'SampleCount' }),
      metricLabel: `${METRICS_NAMESPACE} ${outboxOldestUnsentSeconds} (SampleCount)`,
      threshold: 1,
      comparison: ComparisonOperator.LESS_THAN_THRESHOLD,
      thresholdLabel: '< 1 sample',
      evaluationPeriods: ALARM_THRESHOLDS.gaugesMissingPeriods,
      treatMissingData: TreatMissingData.BREACHING,
      why: `The operations gauges stopped arriving (publish-operations-metrics is not running): the outbox and period-close alarms are blind. ${outboxOldestUnsentSeconds} is published on every run (0 when empty), so its absence for 15 min is the publisher's.`,
    });
    this.add({
      id: 'outbox-oldest-unsent',
      metric: opsdeskMetric(this.stage, outboxOldestUnsentSeconds),
      metricLabel: `${METRICS_NAMESPACE} ${outboxOldestUnsentSeconds} (Maximum)`,
      threshold: ALARM_THRESHOLDS.outboxOldestUnsentSeconds,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      thresholdLabel: `> ${ALARM_THRESHOLDS.outboxOldestUnsentSeconds} s`,
      evaluationPeriods: 1,
      // No gauge says nothing about the outbox; the publisher's absence has its own alarm above.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      why: `Booking e-mails are not going out: send-notifications runs every minute, so an item unsent for 15 min (${outboxBacklog} shows how many wait) means sending fails, e.g. SES refuses.`,
    });
    this.add({
      id: 'period-close-unfinished',
      metric: opsdeskMetric(this.stage, periodCloseUnfinishedMinutes),
      metricLabel: `${METRICS_NAMESPACE} ${periodCloseUnfinishedMinutes} (Maximum)`,
      threshold: ALARM_THRESHOLDS.periodCloseUnfinishedMinutes,
      comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      thresholdLabel: `≥ ${ALARM_THRESHOLDS.periodCloseUnfinishedMinutes} min`,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      why: 'A period close has not finished an hour after it started: some tenants are not invoiced (a tenant failing for good is counted as failed, so an open close means messages are stuck, not failed).',
    });
    for (const schedule of SCHEDULES) {
      const limit = heartbeatLimit(schedule);
      this.add({
        id: `${schedule.id}-heartbeat`,
        metric: opsdeskMetric(this.stage, schedulerHeartbeatAgeMinutes, { extraDimensions: { job: schedule.id } }),
        metricLabel: `${METRICS_NAMESPACE} ${schedulerHeartbeatAgeMinutes} (Maximum), job=${schedule.id}`,
        threshold: limit.minutes,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
        thresholdLabel: `> ${limit.minutes} min`,
        // Two publishes agree before it fires: one late sample is not a stopped job.
        evaluationPeriods: 2,
        treatMissingData: limit.treatMissingData,
        why: limit.why,
      });
    }
  }
}

/** The role of each function the stateless stack names; anything else (trigger, CDK handlers) is background. */
const functionRoles = (stateless: StatelessStack): Map<IConstruct, FunctionRole> => {
  const roles = new Map<IConstruct, FunctionRole>();
  const set = (fn: { function: IConstruct }, role: FunctionRole) => {
    const resource = fn.function.node.defaultChild;
    if (resource) roles.set(resource, role);
  };
  for (const [context, fn] of stateless.functions) set(fn, { label: `${context} HTTP function`, kind: 'request' });
  set(stateless.originVerification.authorizer, { label: 'origin authorizer', kind: 'request' });
  // On every request that needs a caller: its crashes (a key set or the table unreachable) are API 500s.
  set(stateless.apiAuthorizer, { label: 'API authorizer', kind: 'request' });
  for (const [id, fn] of stateless.scheduledFunctions) set(fn, { label: `${id} job`, kind: 'background' });
  for (const [id, { consumer, deadLetter }] of stateless.queueConsumers) {
    set(consumer, { label: `${id} consumer`, kind: 'background' });
    set(deadLetter, { label: `${id} dead-letter consumer`, kind: 'background' });
  }
  for (const [id, fn] of stateless.eventFunctions) set(fn, { label: `${id} event function`, kind: 'background' });
  return roles;
};

/** The rows as a markdown table (metric, threshold, evaluation, missing data, why), for notes and docs. */
export const alarmTableMarkdown = (rows: readonly AlarmRow[]): string =>
  [
    '| Alarm | Metric | Threshold | Evaluation | Missing data | Why |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${[row.name, row.metric, row.threshold, row.evaluation, row.missingData, row.why].map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`,
    ),
  ].join('\n');
