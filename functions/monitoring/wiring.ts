import type { IncidentDeps } from '../../shared/monitoring/incidents.js';
import type { HostChecker, Prober } from '../../shared/monitoring/ports.js';
import { DynamoCheckResultStore } from '../adapters/dynamodb/dynamo-check-result-store.js';
import { DynamoIncidentRepository } from '../adapters/dynamodb/dynamo-incident-repository.js';
import { DynamoMonitorRepository } from '../adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoOnCallRotaRepository } from '../adapters/dynamodb/dynamo-staff-availability-repository.js';
import { SsmHostChecker } from '../adapters/monitoring/host-checker.js';
import { NetworkProber } from '../adapters/monitoring/network-prober.js';
import { ResolvingTargetGuard } from '../adapters/monitoring/target-guard.js';
import { SqsCheckQueue } from '../adapters/sqs/sqs-check-queue.js';
import { ENV, optionalEnv, requireEnv } from '../config/env.js';
import { createQueueClient, queueUrl } from '../queues/batch.js';
import { createTaskDeps } from '../tasks/wiring.js';
import {
  HmacAckLinkSigner,
  heartbeatTokens,
  LockHostActivity,
  TableStaffDirectory,
  TaskDiagnosticsRunner,
  TenantAdminContacts,
} from './adapters.js';

/** Where the web app (and, behind the same origin, the API) is reached: links in e-mails and heartbeat URLs. */
const webUrl = (): string => (optionalEnv(ENV.webUrl) ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

/** Loopback may be checked only where the environment says so (the local stack and tests); never in AWS. */
const allowLoopback = (): boolean => optionalEnv(ENV.monitorAllowLoopback) === 'true';

/** Host names the checker never reaches: the provider's own (the web and API origin). */
const ownHosts = (): string[] => {
  try {
    return [new URL(webUrl()).hostname];
  } catch {
    return [];
  }
};

/**
 * The monitoring context's adapters, built once per cold start by each of its entry points (HTTP, the two schedules,
 * the checker and its dead-letter consumer). The task context's adapters are shared: diagnostics are tasks.
 */
export const createMonitoringDeps = () => {
  const tasks = createTaskDeps();
  const { client, tableName } = tasks.table;
  const guardOptions = {
    allowLoopback: allowLoopback(),
    // Locally the stack watches its own health endpoint on loopback: its own host may then be checked too.
    refuseHosts: allowLoopback() ? [] : ownHosts(),
  };
  const deps: IncidentDeps = {
    clock: tasks.clock,
    ids: tasks.ids,
    monitors: new DynamoMonitorRepository(client, tableName),
    results: new DynamoCheckResultStore(client, tableName, () => tasks.clock.now()),
    incidents: new DynamoIncidentRepository(client, tableName),
    tenants: tasks.tenants,
    hosts: tasks.hosts,
    targets: new ResolvingTargetGuard(guardOptions),
    staff: new TableStaffDirectory(client, tableName, new DynamoOnCallRotaRepository(client, tableName), tasks.tenants),
    ackLinks: new HmacAckLinkSigner(requireEnv(ENV.ackLinkSecret)),
    diagnostics: new TaskDiagnosticsRunner(tasks),
    hostActivity: new LockHostActivity(client, tableName, tasks.tasks, tasks.clock),
    tokens: heartbeatTokens,
    links: { web: webUrl(), api: webUrl() },
    contacts: new TenantAdminContacts(tasks.tenants),
  };
  const checkers: { prober: Prober; hostChecker: HostChecker } = {
    prober: new NetworkProber({ ...guardOptions, clock: tasks.clock }),
    hostChecker: new SsmHostChecker(tasks.runner),
  };
  return {
    deps,
    checkers,
    // The URL is read when first used: only the dispatcher is given it.
    checkQueue: new SqsCheckQueue(createQueueClient(), queueUrl('monitor-checks')),
    table: tasks.table,
  };
};
