import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { MonitoringDeps } from './deps.js';
import type { MaintenanceRequest, MaintenanceSlot, Monitor } from './model.js';
import { loadMonitor } from './monitors.js';

/** Slots that ended longer ago than this are dropped when the list is written again (the results keep the flag). */
const KEEP_ENDED_SLOTS_MS = 7 * 86_400_000;
/** At most this many planned slots per monitor (the monitor item stays small). */
export const MAX_MAINTENANCE_SLOTS = 20;

/**
 * Whether a planned maintenance slot covers `at` (start inclusive, end exclusive). A disruptive task on the
 * monitor's host counts too, but that needs a port: `recordCheck` asks `deps.hostActivity` as well.
 */
export const isInMaintenance = (monitor: Pick<Monitor, 'maintenance'>, at: string | Date): boolean => {
  const instant = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return monitor.maintenance.some((slot) => Date.parse(slot.start) <= instant && instant < Date.parse(slot.end));
};

const current = (slots: MaintenanceSlot[], now: Date) =>
  slots.filter((slot) => Date.parse(slot.end) > now.getTime() - KEEP_ENDED_SLOTS_MS);

/**
 * Plans a one-off maintenance of a monitor: checks go on and results are kept, but no incident opens (so no page
 * goes out) and the time is left out of uptime. A slot that has ended already is refused (it would change nothing).
 */
export const scheduleMaintenance = async (
  deps: MonitoringDeps,
  actor: Actor,
  monitorId: string,
  request: MaintenanceRequest,
): Promise<Monitor> => {
  const tenantId = tenantOf(actor);
  const now = deps.clock.now();
  if (Date.parse(request.end) <= Date.parse(request.start)) {
    throw new DomainError('REQUEST.INVALID', 'The maintenance ends before it starts.', [
      { path: 'body.end', message: 'end is after start' },
    ]);
  }
  if (Date.parse(request.end) <= now.getTime()) {
    throw new DomainError('REQUEST.INVALID', 'The maintenance is over already.', [
      { path: 'body.end', message: 'in the future' },
    ]);
  }
  const monitor = await loadMonitor(deps, tenantId, monitorId);
  const kept = current(monitor.maintenance, now);
  if (kept.length >= MAX_MAINTENANCE_SLOTS) {
    throw new DomainError('STATE.CONFLICT', `A monitor has at most ${MAX_MAINTENANCE_SLOTS} planned maintenances.`);
  }
  const slot: MaintenanceSlot = {
    id: deps.ids.newId(),
    start: new Date(request.start).toISOString(),
    end: new Date(request.end).toISOString(),
    reason: request.reason,
    taskId: null,
  };
  const after: Monitor = {
    ...monitor,
    maintenance: [...kept, slot].sort((a, b) => a.start.localeCompare(b.start)),
    updatedAt: now.toISOString(),
    version: monitor.version + 1,
  };
  const audit = newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action: 'monitor.maintenance_scheduled',
    target: { type: 'monitor', id: monitor.id },
    details: { slotId: slot.id, start: slot.start, end: slot.end, reason: slot.reason },
  });
  await deps.monitors.update(monitor, after, { audit });
  return after;
};

/**
 * Cancels a planned maintenance; a running one ends now (its results so far stay flagged as maintenance). An ended
 * slot is kept as it was (history), and an unknown slot is a 404.
 */
export const cancelMaintenance = async (
  deps: MonitoringDeps,
  actor: Actor,
  monitorId: string,
  slotId: string,
): Promise<void> => {
  const tenantId = tenantOf(actor);
  const now = deps.clock.now();
  const monitor = await loadMonitor(deps, tenantId, monitorId);
  const slot = monitor.maintenance.find((entry) => entry.id === slotId);
  if (!slot) throw new DomainError('RESOURCE.NOT_FOUND', `There is no maintenance ${slotId} of this monitor.`);
  if (Date.parse(slot.end) <= now.getTime()) return;
  const running = Date.parse(slot.start) <= now.getTime();
  const maintenance = running
    ? monitor.maintenance.map((entry) => (entry.id === slotId ? { ...entry, end: now.toISOString() } : entry))
    : monitor.maintenance.filter((entry) => entry.id !== slotId);
  const after: Monitor = { ...monitor, maintenance, updatedAt: now.toISOString(), version: monitor.version + 1 };
  const audit = newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action: 'monitor.maintenance_cancelled',
    target: { type: 'monitor', id: monitor.id },
    details: { slotId, ended: running },
  });
  await deps.monitors.update(monitor, after, { audit });
};
