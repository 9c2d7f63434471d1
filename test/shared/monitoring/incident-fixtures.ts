import type { Monitor } from '../../../shared/monitoring/model.js';

/** A monitor of tenant-a as the checker stores it, down after a confirmed failure; override what a test needs. */
export const testMonitor = (overrides: Partial<Monitor> = {}): Monitor =>
  newTestMonitor({
    name: 'Shop',
    target: 'https://shop.example.org/',
    method: 'GET',
    hostId: 'host-1',
    state: 'down',
    lastCheckedAt: '2026-12-07T08:59:00.000Z',
    lastResult: { outcome: 'down', message: 'HTTP 503', responseMs: 80 },
    nextCheckAt: '2026-12-07T09:01:00.000Z',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-07T08:59:00.000Z',
    version: 5,
    ...overrides,
  });

import { openIncident } from '../../../shared/monitoring/incidents.js';
import { type MonitoringFakes, newTestMonitor } from '../../support/monitoring-fakes.js';

/**
 * What the checker does on a confirmed failure: store the monitor (if new), open its incident and write incident,
 * monitor and e-mails in one monitor update. Returns the stored incident.
 */
export const openStored = async (fakes: MonitoringFakes, overrides: Partial<Monitor> = {}, detectedAt?: string) => {
  const monitor = testMonitor(overrides);
  const key = `${monitor.tenantId}#${monitor.id}`;
  if (!fakes.monitors.monitors.has(key)) fakes.monitors.monitors.set(key, structuredClone(monitor));
  const now = fakes.clock.now();
  const opened = await openIncident(fakes.deps, {
    monitor,
    detectedAt: detectedAt ?? new Date(now.getTime() - 60_000).toISOString(),
    now,
  });
  await fakes.monitors.update(
    monitor,
    { ...monitor, incidentId: opened.incident.id, version: monitor.version + 1 },
    { openIncident: opened.incident, notifications: opened.notifications },
  );
  return opened;
};
