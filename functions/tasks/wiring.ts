import { STSClient } from '@aws-sdk/client-sts';
import type { CommandRunner, HostDirectory } from '../../shared/tasks/ports.js';
import {
  DynamoActivationRepository,
  DynamoHostLocks,
  DynamoHostRepository,
  DynamoTaskSettingsRepository,
} from '../adapters/dynamodb/dynamo-host-repository.js';
import { DynamoSubscriptionRepository } from '../adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTaskRepository } from '../adapters/dynamodb/dynamo-task-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { publishLocalEvent } from '../adapters/local/local-event-bus.js';
import { LocalHostDirectory } from '../adapters/local/local-host-directory.js';
import { LocalHostRegistry } from '../adapters/local/local-host-registry.js';
import { LocalHostRunner } from '../adapters/local/local-host-runner.js';
import { SqsTaskQueue } from '../adapters/sqs/sqs-task-queue.js';
import { SsmCommandRunner } from '../adapters/ssm/ssm-command-runner.js';
import { SsmHostDirectory } from '../adapters/ssm/ssm-host-directory.js';
import { TenantSsmClients } from '../adapters/ssm/tenant-ssm-clients.js';
import { ENV, requireEnv } from '../config/env.js';
import { clock, ids } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { countingFinishedRuns } from '../observability/finished-task-runs.js';
import { traceClient } from '../observability/tracer.js';
import { createQueueClient, queueUrl } from '../queues/batch.js';

/** SSM in AWS (credentials scoped to the tenant), the local host runner in the local stack. */
const hostAccess = (): { runner: CommandRunner; directory: HostDirectory } => {
  if (requireEnv(ENV.hostRunner) === 'local') {
    const registry = new LocalHostRegistry(requireEnv(ENV.localHostsDir));
    const now = () => clock.now();
    return {
      runner: new LocalHostRunner({ registry, emit: publishLocalEvent, now }),
      directory: new LocalHostDirectory(registry, now),
    };
  }
  const clients = new TenantSsmClients(traceClient(new STSClient({})), requireEnv(ENV.taskRunnerRoleArn));
  const clientFor = (tenantId: string) => clients.forTenant(tenantId);
  return {
    runner: new SsmCommandRunner(clientFor, { outputLogGroupPrefix: requireEnv(ENV.taskOutputLogGroupPrefix) }),
    directory: new SsmHostDirectory(clientFor, {
      managedNodeRoleName: requireEnv(ENV.managedNodeRoleName),
      region: requireEnv('AWS_REGION'),
    }),
  };
};

let hosts: ReturnType<typeof hostAccess> | null = null;
/** Built on first use: the entry points that never reach a host (release, dead letters) are not given its settings. */
const lazyHostAccess = () => {
  hosts ??= hostAccess();
  return hosts;
};
const runner: CommandRunner = {
  send: (tenantId, command) => lazyHostAccess().runner.send(tenantId, command),
  status: (tenantId, commandId, hostId) => lazyHostAccess().runner.status(tenantId, commandId, hostId),
  output: (tenantId, commandId, hostId) => lazyHostAccess().runner.output(tenantId, commandId, hostId),
};
const directory: HostDirectory = {
  createActivation: (input) => lazyHostAccess().directory.createActivation(input),
  describe: (tenantId) => lazyHostAccess().directory.describe(tenantId),
  deregister: (tenantId, hostId) => lazyHostAccess().directory.deregister(tenantId, hostId),
};

/** The tasks context's adapters, built once per cold start by each of its entry points. */
export const createTaskDeps = () => {
  const { client, tableName } = tableConfig();
  return {
    // Every entry point that ends a task (SSM's status, an operator, a dead letter) counts TaskRunsFinished once.
    tasks: countingFinishedRuns(new DynamoTaskRepository(client, tableName)),
    hosts: new DynamoHostRepository(client, tableName),
    activations: new DynamoActivationRepository(client, tableName),
    settings: new DynamoTaskSettingsRepository(client, tableName),
    locks: new DynamoHostLocks(client, tableName),
    tenants: new DynamoTenantRepository(client, tableName),
    // Read only: host activations need a plan with hosts.
    subscriptions: new DynamoSubscriptionRepository(client, tableName),
    // The URL is read when first used: only the entry points that enqueue are given it. The client's
    // endpoint (AWS_ENDPOINT_URL_SQS locally) wins over the queue URL's host, which fauxqs spells oddly.
    queue: new SqsTaskQueue(createQueueClient(), queueUrl('task-dispatch')),
    runner,
    directory,
    clock,
    ids,
    table: { client, tableName },
  };
};
