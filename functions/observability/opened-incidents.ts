import { BUSINESS_METRICS } from '../../shared/contracts/metrics.js';
import type { MonitorRepository } from '../../shared/monitoring/ports.js';
import { recordBusinessEvent } from './metrics.js';

const COUNTING = Symbol('counts opened incidents');

/**
 * The monitor repository of the monitoring context (applied once, in `createMonitoringDeps`), counting
 * `IncidentsOpened` once per incident — after the write that opens it, so a refused write (a duplicate result, a
 * conflict) counts nothing. Incidents open in that one write, whichever entry point records the failing result (the
 * checker, a missed heartbeat in the dispatcher, a `/fail` ping). Wrapping twice wraps once.
 */
export const countingOpenedIncidents = (monitors: MonitorRepository): MonitorRepository => {
  if ((monitors as { [COUNTING]?: true })[COUNTING]) return monitors;
  return {
    [COUNTING]: true,
    create: (monitor, audit, tokenHash) => monitors.create(monitor, audit, tokenHash),
    update: async (before, after, change) => {
      await monitors.update(before, after, change);
      if (change.openIncident) {
        recordBusinessEvent(BUSINESS_METRICS.incidentsOpened, after.tenantId, {
          severity: change.openIncident.severity,
          monitorKind: after.kind,
        });
      }
    },
    remove: (monitor, audit) => monitors.remove(monitor, audit),
    get: (tenantId, monitorId) => monitors.get(tenantId, monitorId),
    list: (tenantId) => monitors.list(tenantId),
    findByHeartbeatToken: (tokenHash) => monitors.findByHeartbeatToken(tokenHash),
    due: (now, limit) => monitors.due(now, limit),
    removeDue: (marker) => monitors.removeDue(marker),
    listForHost: (tenantId, hostId) => monitors.listForHost(tenantId, hostId),
  } as MonitorRepository;
};
