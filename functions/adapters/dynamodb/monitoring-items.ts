import { type DynamoDBDocumentClient, QueryCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import { DomainError } from '../../../shared/errors.js';
import type { CheckResult, Incident, Monitor } from '../../../shared/monitoring/model.js';
import { RAW_RESULT_TTL_DAYS } from '../../../shared/monitoring/model.js';
import { currentRequestContext } from '../../observability/request-context.js';
import { keys } from './keys.js';
import { cancellationCodes } from './transactions.js';

/** One item of a TransactWriteItems call. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const DAY_MS = 86_400_000;
/** Hourly rollups serve the 24 h and 7 d charts; a day more than the longest range. */
export const HOURLY_ROLLUP_TTL_DAYS = 8;
/** Daily rollups serve the 90 d chart and a year of reports. */
export const DAILY_ROLLUP_TTL_DAYS = 400;

/** Strips the storage-only attributes (and the TTL) from an item: what is left is the domain object. */
export const withoutStorage = <T>(item: Record<string, unknown>, extra: string[] = []): T =>
  Object.fromEntries(
    Object.entries(item).filter(
      ([name]) => !(keys.storageAttributes as readonly string[]).includes(name) && !extra.includes(name),
    ),
  ) as T;

export const monitorItem = (monitor: Monitor) => ({
  ...keys.monitor(monitor.tenantId, monitor.id),
  entity: 'monitor',
  v: 1,
  ...monitor,
});

export const monitorFromItem = (item: Record<string, unknown>): Monitor => withoutStorage<Monitor>(item);

export const dueMarkerItem = (monitor: Monitor, dueAt: string) => ({
  ...keys.monitorDue(dueAt, monitor.tenantId, monitor.id),
  entity: 'monitor-due',
  v: 1,
  dueAt,
  tenantId: monitor.tenantId,
  monitorId: monitor.id,
});

/**
 * Where a result is stored, derived from its id alone (so a redelivered result hits the same key): the first ISO
 * instant in the id after the monitor id (the scheduled instant, or the ping's instant after `hb-`) sorts it; the
 * rest of the id keeps distinct results of the same instant apart (a re-check).
 */
export const resultKey = (result: CheckResult) => {
  const prefix = `${result.monitorId}#`;
  const suffix = result.id.startsWith(prefix) ? result.id.slice(prefix.length) : result.id;
  const instant = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/.exec(suffix)?.[0] ?? result.at;
  return keys.checkResult(result.tenantId, result.monitorId, instant, suffix);
};

export const resultItem = (result: CheckResult) => ({
  ...resultKey(result),
  entity: 'check-result',
  v: 1,
  ...result,
  expiresAt: Math.ceil((Date.parse(result.at) + RAW_RESULT_TTL_DAYS * DAY_MS) / 1000),
});

export const resultFromItem = (item: Record<string, unknown>): CheckResult =>
  withoutStorage<CheckResult>(item, ['expiresAt']);

/**
 * Upper bounds (ms) of the response-time histogram the rollups keep; the last bucket (`h<length>`) holds everything
 * slower. Percentiles read back as the upper bound of the bucket they fall in: a coarse figure, exact enough for a
 * chart and for comparing against a threshold, at the price of two numbers added per result.
 */
export const RESPONSE_BUCKETS_MS = [50, 100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10_000] as const;
/** What the overflow bucket reads back as: the longest a check may take. */
export const OVERFLOW_MS = 30_000;

export const histogramBucket = (responseMs: number): number => {
  const index = RESPONSE_BUCKETS_MS.findIndex((bound) => responseMs <= bound);
  return index === -1 ? RESPONSE_BUCKETS_MS.length : index;
};

/** The `q` quantile (0..1) of a histogram's counts, as its bucket's upper bound; null when it is empty. */
export const histogramQuantile = (counts: number[], q: number): number | null => {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [index, count] of counts.entries()) {
    seen += count;
    if (seen >= rank) return RESPONSE_BUCKETS_MS[index] ?? OVERFLOW_MS;
  }
  return OVERFLOW_MS;
};

/** The counter a result adds one to: maintenance first (never counted in uptime), then its outcome. */
const counterOf = (result: CheckResult): 'up' | 'down' | 'noData' | 'maintenance' =>
  result.inMaintenance ? 'maintenance' : result.outcome === 'no_data' ? 'noData' : result.outcome;

/** `2026-12-06T14` / `2026-12-06` (UTC) of an instant. */
export const bucketOf = (at: string, granularity: 'hour' | 'day'): string =>
  granularity === 'hour' ? at.slice(0, 13) : at.slice(0, 10);

/** Adds a result to its hour's or day's rollup (created by the first ADD), in the result's transaction. */
export const rollupUpdate = (tableName: string, result: CheckResult, granularity: 'hour' | 'day'): TransactItem => {
  const bucket = bucketOf(result.at, granularity);
  const ttlDays = granularity === 'hour' ? HOURLY_ROLLUP_TTL_DAYS : DAILY_ROLLUP_TTL_DAYS;
  const counted = counterOf(result);
  const timed = (counted === 'up' || counted === 'down') && result.responseMs !== null;
  const adds = [`#counter :one`, ...(timed ? [`#bucket :one`] : [])];
  return {
    Update: {
      TableName: tableName,
      Key: keys.rollup(result.tenantId, result.monitorId, granularity, bucket),
      UpdateExpression: `SET entity = :entity, v = :v, tenantId = :tenantId, monitorId = :monitorId, #b = :bucket, expiresAt = if_not_exists(expiresAt, :expiresAt) ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: {
        '#b': 'bucket',
        '#counter': counted,
        ...(timed ? { '#bucket': `h${histogramBucket(result.responseMs as number)}` } : {}),
      },
      ExpressionAttributeValues: {
        ':entity': 'rollup',
        ':v': 1,
        ':tenantId': result.tenantId,
        ':monitorId': result.monitorId,
        ':bucket': bucket,
        ':expiresAt': Math.ceil((Date.parse(result.at) + ttlDays * DAY_MS) / 1000),
        ':one': 1,
      },
    },
  };
};

export const incidentItem = (incident: Incident) => ({
  ...keys.incident(incident.tenantId, incident.id),
  ...keys.incidentListing(incident.openedAt, incident.id),
  entity: 'incident',
  v: 1,
  ...incident,
});

export const incidentFromItem = (item: Record<string, unknown>): Incident => withoutStorage<Incident>(item);

const put = (tableName: string, item: Record<string, unknown>, condition?: string): TransactItem => ({
  Put: { TableName: tableName, Item: item, ...(condition ? { ConditionExpression: condition } : {}) },
});
const remove = (tableName: string, key: { pk: string; sk: string }): TransactItem => ({
  Delete: { TableName: tableName, Key: key },
});

/** A new incident with everything that finds it: pointer, tenant listing, unresolved index, page marker. */
export const openIncidentItems = (tableName: string, incident: Incident): TransactItem[] => [
  put(tableName, incidentItem(incident), 'attribute_not_exists(pk)'),
  put(tableName, {
    ...keys.incidentPointer(incident.id),
    entity: 'incident-pointer',
    v: 1,
    tenantId: incident.tenantId,
    incidentId: incident.id,
  }),
  put(tableName, {
    ...keys.tenantIncidentListing(incident.tenantId, incident.openedAt, incident.id),
    entity: 'incident-listing',
    v: 1,
    tenantId: incident.tenantId,
    incidentId: incident.id,
  }),
  ...(incident.status === 'resolved' ? [] : [put(tableName, unresolvedItem(incident))]),
  ...(incident.nextPageAt ? [put(tableName, pageMarkerItem(incident, incident.nextPageAt))] : []),
];

const unresolvedItem = (incident: Incident) => ({
  ...keys.unresolvedIncident(incident.openedAt, incident.id),
  entity: 'incident-unresolved',
  v: 1,
  tenantId: incident.tenantId,
  incidentId: incident.id,
});

const pageMarkerItem = (incident: Incident, dueAt: string) => ({
  ...keys.incidentPage(dueAt, incident.id),
  entity: 'incident-page',
  v: 1,
  dueAt,
  tenantId: incident.tenantId,
  incidentId: incident.id,
});

/** A changed incident (version-conditional) with its page marker and unresolved entry kept in step. */
export const updateIncidentItems = (tableName: string, before: Incident, after: Incident): TransactItem[] => {
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName,
        Item: incidentItem(after),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': before.version },
      },
    },
  ];
  if (before.nextPageAt !== after.nextPageAt) {
    if (before.nextPageAt) items.push(remove(tableName, keys.incidentPage(before.nextPageAt, before.id)));
    if (after.nextPageAt) items.push(put(tableName, pageMarkerItem(after, after.nextPageAt)));
  }
  const wasOpen = before.status !== 'resolved';
  const isOpen = after.status !== 'resolved';
  if (wasOpen && !isOpen) items.push(remove(tableName, keys.unresolvedIncident(before.openedAt, before.id)));
  if (!wasOpen && isOpen) items.push(put(tableName, unresolvedItem(after)));
  return items;
};

/**
 * Outbox entries written with the change that caused them (like the booking e-mails); each keeps the request's
 * correlation id, so the sender's log line leads back to it.
 */
export const notificationPuts = (tableName: string, notifications: BookingNotification[] = []): TransactItem[] => {
  const correlationId = currentRequestContext()?.correlationId;
  return notifications.map((n) =>
    put(tableName, {
      ...keys.notification(n),
      entity: 'notification',
      v: 1,
      ...n,
      ...(correlationId ? { correlationId } : {}),
    }),
  );
};

/**
 * Turns a cancelled transaction into the domain's answer by the item that failed its condition: `duplicate` (the
 * result was stored before: `STATE.CONFLICT` with the field error `result.id` / `MONITOR.DUPLICATE_RESULT`), else a
 * plain `STATE.CONFLICT` (the monitor or incident changed meanwhile, or the incident was opened by another delivery).
 */
export const conflictOf = (error: unknown, duplicateIndex: number | null, what: string): unknown => {
  const codes = cancellationCodes(error);
  if (!codes?.includes('ConditionalCheckFailed')) return error;
  if (duplicateIndex !== null && codes[duplicateIndex] === 'ConditionalCheckFailed') {
    return new DomainError('STATE.CONFLICT', 'MONITOR.DUPLICATE_RESULT: this check result was recorded before.', [
      { path: 'result.id', message: 'MONITOR.DUPLICATE_RESULT' },
    ]);
  }
  return new DomainError('STATE.CONFLICT', `The ${what} changed meanwhile; reload it and try again.`);
};

/** Whether an error is the repository's "this result was stored before" (see `conflictOf`). */
export const isDuplicateResult = (error: unknown): boolean =>
  error instanceof DomainError && (error.errors ?? []).some((e) => e.message === 'MONITOR.DUPLICATE_RESULT');

/**
 * The due entries of a schedule partition (`sk <= <now>#~`), oldest first, up to `limit`: a Query page holds at most
 * 1 MB, so a long backlog is read on page after page until the limit (the dispatcher's 5,000 markers are ≈ 1 MB).
 */
export const dueEntries = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  partition: string,
  now: string,
  limit: number,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :now',
        ExpressionAttributeValues: { ':pk': partition, ':now': `${now}#~` },
        Limit: limit - items.length,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start && items.length < limit);
  return items;
};
