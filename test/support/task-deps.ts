import {
  DynamoHostLocks,
  DynamoHostRepository,
  DynamoTaskSettingsRepository,
} from '../../functions/adapters/dynamodb/dynamo-host-repository.js';
import { DynamoTaskRepository } from '../../functions/adapters/dynamodb/dynamo-task-repository.js';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import type { Actor } from '../../shared/platform/actor.js';
import type { Clock } from '../../shared/platform/ports.js';
import type { CommandRunner, TaskQueue } from '../../shared/tasks/ports.js';
import type { dispatchTask, requestTask } from '../../shared/tasks/tasks.js';
import type { TestTable } from './dynamo.js';
import { seedTenantWithAdmin } from './seed.js';

export type TaskTestDeps = Parameters<typeof dispatchTask>[0] & Parameters<typeof requestTask>[0];

/**
 * The task use cases' dependencies on a test table (DynamoDB Local), with a tenant on the plan
 * `webmaster-eighth` in Berlin, its customer-admin `admin`, and the given hosts registered (Debian, online).
 * The runner, queue and clock are the test's own.
 */
export const taskTestDeps = async (
  table: TestTable,
  setup: {
    tenant: { id: string; name: string };
    admin: Actor;
    hosts: { id: string; name?: string }[];
    runner: CommandRunner;
    queue: TaskQueue;
    clock: Clock;
  },
): Promise<TaskTestDeps> => {
  const ids = new RandomIds();
  const now = setup.clock.now().toISOString();
  const tenantId = setup.tenant.id;
  const tenants = new DynamoTenantRepository(table.client, table.tableName);
  await seedTenantWithAdmin(tenants, ids, {
    name: setup.tenant.name,
    at: now,
    tenantId,
    admin: { id: setup.admin.userId, email: setup.admin.email },
  });
  const hosts = new DynamoHostRepository(table.client, table.tableName);
  await hosts.replaceAll(
    tenantId,
    setup.hosts.map((host) => ({
      id: host.id,
      tenantId,
      name: host.name ?? host.id,
      platform: 'Debian',
      agentVersion: '3',
      pingStatus: 'Online' as const,
      lastSeenAt: null,
      registeredAt: null,
      ipAddress: null,
      syncedAt: now,
    })),
  );
  return {
    tasks: new DynamoTaskRepository(table.client, table.tableName),
    hosts,
    settings: new DynamoTaskSettingsRepository(table.client, table.tableName),
    tenants,
    locks: new DynamoHostLocks(table.client, table.tableName),
    runner: setup.runner,
    queue: setup.queue,
    clock: setup.clock,
    ids,
  };
};
