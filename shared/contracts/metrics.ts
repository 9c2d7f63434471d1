/**
 * Opsdesk's own CloudWatch metrics, declared once: the functions emit them (Powertools Metrics, EMF), the alarms and
 * the dashboard read them (infra), the staff operations page shows the operational ones. Dimensions stay
 * low-cardinality: every metric carries `service` (always `opsdesk`) and `stage`; the heartbeat gauge adds `job`
 * (a schedule id). A tenant id is never a dimension — it goes into the EMF record as a property.
 */
export const METRICS_NAMESPACE = 'Opsdesk';
/** The `service` dimension of every Opsdesk metric (one value, so alarms and widgets name it exactly). */
export const METRICS_SERVICE = 'opsdesk';

/** Business events, counted (unit Count) where they happen; the dashboard sums them per hour. */
export const BUSINESS_METRICS = {
  /** A booking was made (POST /api/bookings succeeded). */
  bookingsCreated: 'BookingsCreated',
  /** A task run ended: succeeded, failed, timed out or cancelled. */
  taskRunsFinished: 'TaskRunsFinished',
  /** An invoice was issued by a period close. */
  invoicesIssued: 'InvoicesIssued',
  /** An incident was opened (emitted once monitoring exists). */
  incidentsOpened: 'IncidentsOpened',
} as const;

/**
 * Gauges of things that fail quietly, published every few minutes by the `publish-operations-metrics` job from the
 * same snapshot the staff operations page shows.
 */
export const OPERATIONS_METRICS = {
  /** Age of the oldest unsent outbox notification, seconds (0 when the outbox is empty). */
  outboxOldestUnsentSeconds: 'OutboxOldestUnsentSeconds',
  /** Unsent outbox notifications that are due. */
  outboxBacklog: 'OutboxBacklog',
  /** Minutes since the oldest unfinished period close started (0 when none is unfinished). */
  periodCloseUnfinishedMinutes: 'PeriodCloseUnfinishedMinutes',
  /** Minutes since a scheduled job last finished a run; dimension `job`. */
  schedulerHeartbeatAgeMinutes: 'SchedulerHeartbeatAgeMinutes',
} as const;
