import { pingHeartbeat } from '../../shared/monitoring/heartbeats.js';
import { monitorHistory } from '../../shared/monitoring/history.js';
import {
  acknowledgeByLink,
  acknowledgeIncident,
  addIncidentNote,
  getIncident,
  incidentQueue,
  listIncidents,
  remediateIncident,
  resolveIncident,
} from '../../shared/monitoring/incidents.js';
import { cancelMaintenance, scheduleMaintenance } from '../../shared/monitoring/maintenance.js';
import {
  checkMonitorNow,
  createMonitor,
  deleteMonitor,
  getMonitor,
  listMonitors,
  updateMonitor,
} from '../../shared/monitoring/monitors.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { callerDirectory } from '../config/callers.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { createMonitoringDeps } from './wiring.js';

const { deps, table } = createMonitoringDeps();

/** Monitors, heartbeat pings, incidents and the operators' incident queue: one call into a use case per route. */
export const handler = createHttpHandler(
  'monitoring',
  {
    listMonitors: ({ actor }) => listMonitors(deps, actor),
    createMonitor: ({ actor, body }) => createMonitor(deps, actor, body),
    getMonitor: ({ actor, params }) => getMonitor(deps, actor, params.monitorId),
    updateMonitor: ({ actor, params, body }) => updateMonitor(deps, actor, params.monitorId, body),
    checkMonitorNow: ({ actor, params }) => checkMonitorNow(deps, actor, params.monitorId),
    deleteMonitor: ({ actor, params }) => deleteMonitor(deps, actor, params.monitorId),
    getMonitorHistory: ({ actor, params, query }) => monitorHistory(deps, actor, params.monitorId, query.range),
    scheduleMaintenance: ({ actor, params, body }) => scheduleMaintenance(deps, actor, params.monitorId, body),
    cancelMaintenance: ({ actor, params }) => cancelMaintenance(deps, actor, params.monitorId, params.slotId),
    pingHeartbeat: ({ params }) => pingHeartbeat(deps, params.token, 'success'),
    pingHeartbeatGet: ({ params }) => pingHeartbeat(deps, params.token, 'success'),
    signalHeartbeat: ({ params }) => pingHeartbeat(deps, params.token, params.signal),
    signalHeartbeatGet: ({ params }) => pingHeartbeat(deps, params.token, params.signal),
    listIncidents: ({ actor, query }) => listIncidents(deps, actor, query),
    getIncident: ({ actor, params }) => getIncident(deps, actor, params.incidentId),
    acknowledgeIncident: ({ actor, params }) => acknowledgeIncident(deps, actor, params.incidentId),
    resolveIncident: ({ actor, params, body }) => resolveIncident(deps, actor, params.incidentId, body),
    addIncidentNote: ({ actor, params, body }) => addIncidentNote(deps, actor, params.incidentId, body),
    remediateIncident: ({ actor, params, body }) => remediateIncident(deps, actor, params.incidentId, body),
    acknowledgeByLink: ({ body }) => acknowledgeByLink(deps, body.token),
    listIncidentQueue: ({ actor }) => incidentQueue(deps, actor),
  },
  {
    idempotency: { store: new DynamoIdempotencyStore(table.client, table.tableName), clock: deps.clock },
    callers: callerDirectory(),
  },
);
