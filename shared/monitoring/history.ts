import type { Actor } from '../platform/actor.js';
import { tenantOf } from '../platform/actor.js';
import type { MonitoringDeps } from './deps.js';
import type { MonitorHistory, Rollup } from './model.js';
import { loadMonitor } from './monitors.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Which rollups a range draws: 24 h and 7 d hourly, 90 d daily (UTC buckets, the current one included). */
const RANGES = {
  '24h': { granularity: 'hour', span: 24 * HOUR },
  '7d': { granularity: 'hour', span: 7 * DAY },
  '90d': { granularity: 'day', span: 90 * DAY },
} as const;

const bucketOf = (instant: number, granularity: 'hour' | 'day') =>
  new Date(instant).toISOString().slice(0, granularity === 'hour' ? 13 : 10);

/** up / (up + down), maintenance and no data left out; null when nothing was counted. */
export const uptimeOf = (buckets: Pick<Rollup, 'up' | 'down'>[]): number | null => {
  const up = buckets.reduce((sum, bucket) => sum + bucket.up, 0);
  const down = buckets.reduce((sum, bucket) => sum + bucket.down, 0);
  return up + down === 0 ? null : up / (up + down);
};

/**
 * What a monitor's charts draw: its hourly or daily rollups over the range, oldest first, and the uptime over them.
 * Buckets without results are absent (the chart shows a gap, not a zero).
 */
export const monitorHistory = async (
  deps: MonitoringDeps,
  actor: Actor,
  monitorId: string,
  range: '24h' | '7d' | '90d',
): Promise<MonitorHistory> => {
  const tenantId = tenantOf(actor);
  await loadMonitor(deps, tenantId, monitorId);
  const { granularity, span } = RANGES[range];
  const now = deps.clock.now().getTime();
  const step = granularity === 'hour' ? HOUR : DAY;
  const from = bucketOf(now - span + step, granularity);
  const to = bucketOf(now, granularity);
  const buckets = await deps.results.rollups(tenantId, monitorId, granularity, from, to);
  return { monitorId, range, buckets, uptime: uptimeOf(buckets) };
};
