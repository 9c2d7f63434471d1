import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { HOST_CHECK_DOCUMENT, hostCheckDocument } from '../../shared/monitoring/host-check.js';
import type { IncidentDeps } from '../../shared/monitoring/incidents.js';
import type { AckLinkSigner, HostChecker, Prober } from '../../shared/monitoring/ports.js';
import type { CommandRunner } from '../../shared/tasks/ports.js';
import { DynamoCheckResultStore } from '../adapters/dynamodb/dynamo-check-result-store.js';
import { DynamoIncidentRepository } from '../adapters/dynamodb/dynamo-incident-repository.js';
import { DynamoMonitorRepository } from '../adapters/dynamodb/dynamo-monitor-repository.js';
import {
  DynamoOnCallRotaRepository,
  DynamoStaffAvailabilityRepository,
} from '../adapters/dynamodb/dynamo-staff-availability-repository.js';
import { LocalHostRegistry } from '../adapters/local/local-host-registry.js';
import { LocalHostRunner } from '../adapters/local/local-host-runner.js';
import { SsmHostChecker } from '../adapters/monitoring/host-checker.js';
import { NetworkProber } from '../adapters/monitoring/network-prober.js';
import { ResolvingTargetGuard } from '../adapters/monitoring/target-guard.js';
import { SqsCheckQueue } from '../adapters/sqs/sqs-check-queue.js';
import { ENV, optionalEnv, requireEnv, webOrigin } from '../config/env.js';
import { countingOpenedIncidents } from '../observability/opened-incidents.js';
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

/** A secret's string from Secrets Manager; never logged. */
const readSecretString = async (secretArn: string): Promise<string> => {
  const client = new SecretsManagerClient({});
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString) throw new Error(`The secret ${secretArn} is empty`);
    return SecretString;
  } finally {
    client.destroy();
  }
};

/** Where no key was given: any use of a link says so (a function that opens incidents was deployed without it). */
const missingAckLinkKey: AckLinkSigner = {
  sign: () => {
    throw new Error('No acknowledgement-link key: set ACK_LINK_SECRET or ACK_LINK_SECRET_ARN');
  },
  verify: () => {
    throw new Error('No acknowledgement-link key: set ACK_LINK_SECRET or ACK_LINK_SECRET_ARN');
  },
};

/**
 * Host checks' command runner: SSM in AWS (the tasks' runner, tenant-scoped); locally a local host runner of its own
 * that knows the host-check document and tells nobody about its commands — the checker reads the verdict itself, and
 * the tasks' status handler would find no task for them.
 */
const hostCheckRunner = (tasksRunner: CommandRunner, now: () => Date): CommandRunner =>
  optionalEnv(ENV.hostRunner) === 'local'
    ? new LocalHostRunner({
        registry: new LocalHostRegistry(requireEnv(ENV.localHostsDir)),
        emit: async () => undefined,
        now,
        documents: (name) => (name === HOST_CHECK_DOCUMENT ? hostCheckDocument() : undefined),
      })
    : tasksRunner;

/**
 * The acknowledgement links' key: `ACK_LINK_SECRET` where the environment holds it (the local stack, tests), else —
 * in AWS — the Secrets Manager secret named by `ACK_LINK_SECRET_ARN`, read once per cold start (the value never sits
 * in the function's configuration). Neither: null, and signing or verifying a link fails loudly; the dead-letter
 * consumer, which opens no incident, needs none.
 */
const ackLinkKey: string | null =
  optionalEnv(ENV.ackLinkSecret) ??
  (optionalEnv(ENV.ackLinkSecretArn) ? await readSecretString(requireEnv(ENV.ackLinkSecretArn)) : null);

/** Loopback may be checked only where the environment says so (the local stack and tests); never in AWS. */
const allowLoopback = (): boolean => optionalEnv(ENV.monitorAllowLoopback) === 'true';

/** Host names the checker never reaches: the provider's own (the web and API origin). */
const ownHosts = (): string[] => {
  try {
    return [new URL(webOrigin()).hostname];
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
    // Every write that opens an incident counts IncidentsOpened once (the dashboard's incidents per hour).
    monitors: countingOpenedIncidents(new DynamoMonitorRepository(client, tableName)),
    results: new DynamoCheckResultStore(client, tableName, () => tasks.clock.now()),
    incidents: new DynamoIncidentRepository(client, tableName),
    tenants: tasks.tenants,
    hosts: tasks.hosts,
    targets: new ResolvingTargetGuard(guardOptions),
    // Pages are written in each person's own zone: their working hours' (as /api/me decides).
    staff: new TableStaffDirectory(
      client,
      tableName,
      new DynamoOnCallRotaRepository(client, tableName),
      tasks.tenants,
      {
        zoneOf: async (staffId) =>
          (await new DynamoStaffAvailabilityRepository(client, tableName).get(staffId))?.timeZone ?? null,
      },
    ),
    ackLinks: ackLinkKey ? new HmacAckLinkSigner(ackLinkKey) : missingAckLinkKey,
    diagnostics: new TaskDiagnosticsRunner(tasks),
    hostActivity: new LockHostActivity(client, tableName, tasks.tasks, tasks.clock),
    tokens: heartbeatTokens,
    links: { web: webOrigin(), api: webOrigin() },
    contacts: new TenantAdminContacts(tasks.tenants),
  };
  const checkers: { prober: Prober; hostChecker: HostChecker } = {
    prober: new NetworkProber({ ...guardOptions, clock: tasks.clock }),
    hostChecker: new SsmHostChecker(hostCheckRunner(tasks.runner, () => tasks.clock.now())),
  };
  return {
    deps,
    checkers,
    // The URL is read when first used: only the dispatcher is given it.
    checkQueue: new SqsCheckQueue(createQueueClient(), queueUrl('monitor-checks')),
    table: tasks.table,
  };
};
