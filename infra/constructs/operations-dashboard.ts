import { Duration } from 'aws-cdk-lib';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IWidget,
  Stats,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { BUSINESS_METRICS, METRICS_NAMESPACE, OPERATIONS_METRICS } from '../../shared/contracts/metrics.js';
import { SCHEDULES, type ScheduleDefinition } from '../../shared/contracts/resources.js';
import type { StatefulStack } from '../stacks/stateful-stack.js';
import type { StatelessStack } from '../stacks/stateless-stack.js';
import { ALARM_THRESHOLDS, opsdeskMetric, QUEUE_AGE_LIMITS, scheduleGapMinutes } from './operations-alarms.js';

/** The graphs' resolution; business events are summed per hour instead. */
const PERIOD = Duration.minutes(5);
/** CloudWatch shows at most 100 alarms in one alarm status widget. */
const ALARMS_PER_WIDGET = 100;

export interface OperationsDashboardProps {
  stage: string;
  stateful: StatefulStack;
  stateless: StatelessStack;
  /** Shown as one status grid at the top. */
  alarms: readonly Alarm[];
}

/**
 * The stage's dashboard `Opsdesk-<stage>`: alarm states; the API and each bounded context's requests, errors and
 * latency; every queue and its dead-letter queue; business events per hour; the operations gauges.
 */
export class OperationsDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const { stage, stateful, stateless } = props;
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `Opsdesk-${stage}`,
      defaultInterval: Duration.hours(24),
    });

    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# Opsdesk ${stage}\nEvery alarm goes to the stage's SNS topic; its description says what it means and why the threshold.`,
        width: 24,
        height: 2,
      }),
    );
    for (let start = 0; start < props.alarms.length; start += ALARMS_PER_WIDGET) {
      const alarms = props.alarms.slice(start, start + ALARMS_PER_WIDGET);
      this.dashboard.addWidgets(
        new AlarmStatusWidget({
          title: 'Alarms',
          alarms: [...alarms],
          width: 24,
          height: 2 + Math.ceil(alarms.length / 6),
        }),
      );
    }

    const api = stateless.api;
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API: requests, 4xx, 5xx',
        left: [
          api.metricCount({ period: PERIOD, statistic: Stats.SUM, label: 'Requests' }),
          api.metricClientError({ period: PERIOD, label: '4xx' }),
          api.metricServerError({ period: PERIOD, label: '5xx' }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'API: latency',
        left: [
          api.metricLatency({ period: PERIOD, statistic: Stats.p(50), label: 'p50' }),
          api.metricLatency({ period: PERIOD, statistic: Stats.p(99), label: 'p99' }),
        ],
        leftAnnotations: [{ value: ALARM_THRESHOLDS.apiLatencyP99Milliseconds, label: 'p99 alarm' }],
        width: 12,
      }),
    );

    const contextWidgets: IWidget[] = [...stateless.functions].map(
      ([context, fn]) =>
        new GraphWidget({
          title: `Context ${context}: invocations, errors, duration p99`,
          left: [
            fn.function.metricInvocations({ period: PERIOD, label: 'Invocations' }),
            fn.function.metricErrors({ period: PERIOD, label: 'Errors' }),
          ],
          right: [fn.function.metricDuration({ period: PERIOD, statistic: Stats.p(99), label: 'Duration p99 (ms)' })],
          width: 8,
        }),
    );
    this.dashboard.addWidgets(...contextWidgets);

    const queueWidgets: IWidget[] = [];
    for (const [queueId, queue] of stateful.queues) {
      const deadLetterQueue = stateful.deadLetterQueues.get(queueId);
      const limit = (QUEUE_AGE_LIMITS as Record<string, { seconds: number } | undefined>)[queueId];
      queueWidgets.push(
        new GraphWidget({
          title: `Queue ${queueId}: depth and oldest message`,
          left: [
            queue.metricApproximateNumberOfMessagesVisible({
              period: PERIOD,
              statistic: Stats.MAXIMUM,
              label: 'Visible',
            }),
            queue.metricApproximateNumberOfMessagesNotVisible({
              period: PERIOD,
              statistic: Stats.MAXIMUM,
              label: 'In flight',
            }),
          ],
          right: [
            queue.metricApproximateAgeOfOldestMessage({
              period: PERIOD,
              statistic: Stats.MAXIMUM,
              label: 'Oldest message (s)',
            }),
          ],
          ...(limit ? { rightAnnotations: [{ value: limit.seconds, label: 'age alarm' }] } : {}),
          width: 8,
        }),
      );
      if (deadLetterQueue)
        queueWidgets.push(
          new GraphWidget({
            title: `Dead-letter queue ${queueId}: depth and dead-lettered`,
            left: [
              deadLetterQueue.metricApproximateNumberOfMessagesVisible({
                period: PERIOD,
                statistic: Stats.MAXIMUM,
                label: 'Visible',
              }),
              deadLetterQueue.metricNumberOfMessagesReceived({ period: PERIOD, label: 'Received (dead-lettered)' }),
            ],
            right: [
              deadLetterQueue.metricApproximateAgeOfOldestMessage({
                period: PERIOD,
                statistic: Stats.MAXIMUM,
                label: 'Oldest message (s)',
              }),
            ],
            width: 8,
          }),
        );
    }
    this.dashboard.addWidgets(...queueWidgets);

    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Business events per hour',
        left: Object.values(BUSINESS_METRICS).map((metricName) =>
          opsdeskMetric(stage, metricName, { statistic: Stats.SUM, period: Duration.hours(1), label: metricName }),
        ),
        width: 24,
      }),
    );

    const gauge = (metricName: string, extraDimensions?: Record<string, string>, label: string = metricName) =>
      opsdeskMetric(stage, metricName, { extraDimensions, label });
    const heartbeat = (schedule: ScheduleDefinition) =>
      gauge(OPERATIONS_METRICS.schedulerHeartbeatAgeMinutes, { job: schedule.id }, schedule.id);
    this.dashboard.addWidgets(
      new GraphWidget({
        title: `${METRICS_NAMESPACE}: notification outbox`,
        left: [gauge(OPERATIONS_METRICS.outboxOldestUnsentSeconds)],
        right: [gauge(OPERATIONS_METRICS.outboxBacklog)],
        leftAnnotations: [{ value: ALARM_THRESHOLDS.outboxOldestUnsentSeconds, label: 'oldest unsent alarm' }],
        width: 8,
      }),
      new GraphWidget({
        title: `${METRICS_NAMESPACE}: unfinished period close (minutes)`,
        left: [gauge(OPERATIONS_METRICS.periodCloseUnfinishedMinutes)],
        leftAnnotations: [{ value: ALARM_THRESHOLDS.periodCloseUnfinishedMinutes, label: 'alarm' }],
        width: 8,
      }),
      new GraphWidget({
        title: `${METRICS_NAMESPACE}: scheduler heartbeat age (minutes)`,
        // Calendar jobs (a month between runs) on their own axis, or they flatten the minute-rate jobs to zero.
        left: SCHEDULES.filter((schedule) => !scheduleGapMinutes(schedule).calendar).map(heartbeat),
        right: SCHEDULES.filter((schedule) => scheduleGapMinutes(schedule).calendar).map(heartbeat),
        width: 8,
      }),
    );
  }
}
