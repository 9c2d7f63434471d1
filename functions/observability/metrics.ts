import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { type BUSINESS_METRICS, METRICS_NAMESPACE, METRICS_SERVICE } from '../../shared/contracts/metrics.js';
import { logger } from './logger.js';
import { currentRequestContext } from './request-context.js';

export type BusinessMetric = (typeof BUSINESS_METRICS)[keyof typeof BUSINESS_METRICS];

/** The `stage` dimension: the deployment's `STAGE` (CDK sets it on every function), `local` when unset. */
export const metricsStage = (): string => process.env.STAGE || 'local';

/**
 * Opsdesk's EMF writer: namespace `Opsdesk`, dimensions exactly `service` = `opsdesk` and `stage` (never the function
 * name, never a tenant) — `service` given as a default dimension too, so single-metric records (the heartbeat
 * gauges) carry it as well. `POWERTOOLS_METRICS_DISABLED=true` silences it.
 */
export const createMetrics = (stage: string = metricsStage()): Metrics =>
  new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: METRICS_SERVICE,
    defaultDimensions: { service: METRICS_SERVICE, stage },
  });

let metrics: Metrics | undefined;

/**
 * Counts one business event, written at once as its own EMF record with the tenant (and the correlation id of the
 * request or message it happened in) as properties: searchable in Logs Insights, never a dimension. Written per
 * event rather than per invocation because EMF properties belong to the whole record — one queue batch can issue
 * invoices of several tenants — and nothing stored can outlive the invocation that counted it.
 */
export const recordBusinessEvent = (
  metric: BusinessMetric,
  tenantId: string | null,
  properties: Record<string, string> = {},
): void => {
  // Counting follows the event; a metric that cannot be written must not undo or fail it.
  try {
    metrics ??= createMetrics();
    const correlationId = currentRequestContext()?.correlationId;
    metrics.addMetadata('tenantId', tenantId ?? 'provider');
    if (correlationId) metrics.addMetadata('correlationId', correlationId);
    for (const [key, value] of Object.entries(properties)) metrics.addMetadata(key, value);
    metrics.addMetric(metric, MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
  } catch (error) {
    logger.warn('Business metric not written', { metric, error });
  }
};
