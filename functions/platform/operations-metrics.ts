import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { OPERATIONS_METRICS } from '../../shared/contracts/metrics.js';
import { type OperationsSnapshot, operationsGauges } from '../../shared/operations/snapshot.js';
import { createMetrics } from '../observability/metrics.js';

/**
 * Publishes the operations gauges of a snapshot as CloudWatch EMF records on stdout (Lambda ships them to
 * CloudWatch Logs, which extracts the metrics): one record with the outbox and period-close gauges, and one per
 * job that has run with `SchedulerHeartbeatAgeMinutes` and the extra dimension `job` — a dimension set of its own,
 * hence a single-metric record each. Dimensions are exactly `service` and `stage` (+ `job`). The records carry
 * Powertools' own timestamp (the machine's time): CloudWatch drops data points outside its real-time window, so the
 * local stack's shifted clock must not be used there; the gauges' values are computed on the stack's clock.
 */
export const publishOperationsGauges = (snapshot: OperationsSnapshot, stage: string): void => {
  const metrics = createMetrics(stage);
  const gauges = operationsGauges(snapshot);
  for (const { jobId, ageMinutes } of gauges.heartbeatAgeMinutes) {
    const single = metrics.singleMetric();
    single.addDimension('job', jobId);
    // CloudWatch has no minutes unit: `None`, the name says minutes.
    single.addMetric(OPERATIONS_METRICS.schedulerHeartbeatAgeMinutes, MetricUnit.NoUnit, ageMinutes);
  }
  metrics.addMetric(OPERATIONS_METRICS.outboxBacklog, MetricUnit.Count, gauges.outboxBacklog);
  metrics.addMetric(OPERATIONS_METRICS.outboxOldestUnsentSeconds, MetricUnit.Seconds, gauges.outboxOldestUnsentSeconds);
  metrics.addMetric(
    OPERATIONS_METRICS.periodCloseUnfinishedMinutes,
    MetricUnit.NoUnit,
    gauges.periodCloseUnfinishedMinutes,
  );
  metrics.publishStoredMetrics();
};
