import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../../shared/errors.js';
import type { Page, PageQuery } from '../../../shared/platform/pagination.js';
import { isTerminal, type Task } from '../../../shared/tasks/model.js';
import type { ReleaseMarker, TaskChange, TaskRepository } from '../../../shared/tasks/ports.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { queryPage, queryPrefixPage } from './pagination.js';
import { cancellationCodes } from './transactions.js';
import { usagePut } from './usage-item.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Every field of a task, once: a field added to the schema but not here is a type error. */
const TASK_FIELD_SET: Record<keyof Task, true> = {
  id: true,
  tenantId: true,
  tenantName: true,
  typeId: true,
  typeName: true,
  automated: true,
  disruptive: true,
  hostId: true,
  hostName: true,
  params: true,
  notes: true,
  status: true,
  requestedBy: true,
  requestedAt: true,
  updatedAt: true,
  approvedBy: true,
  scheduledFor: true,
  slaDueAt: true,
  claimedBy: true,
  dispatchStartedAt: true,
  commandId: true,
  dispatchAttempts: true,
  lastError: true,
  deadLetteredAt: true,
  nextCheckAt: true,
  output: true,
  minutesSpent: true,
  completionNote: true,
  history: true,
  version: true,
};
const TASK_FIELDS = Object.keys(TASK_FIELD_SET) as (keyof Task)[];

export const taskFromItem = (item: Record<string, unknown>): Task =>
  Object.fromEntries(TASK_FIELDS.map((field) => [field, item[field] ?? null])) as Task;

const taskItem = (task: Task) => ({
  ...keys.task(task.tenantId, task.id),
  ...(isTerminal(task.status) ? {} : keys.openTask(task.requestedAt, task.id)),
  entity: 'task',
  v: 1,
  ...task,
});

/**
 * Tasks live in their tenant's partition. Around each one the repository keeps, in the same
 * transaction: a pointer by id (operators), a pointer by SSM command (status events), the release
 * marker of its `nextCheckAt`, its dead-letter entry, and gsi1 while it is open (operators' queue).
 */
export class DynamoTaskRepository implements TaskRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private put(item: Record<string, unknown>, condition?: string): TransactItem {
    return { Put: { TableName: this.tableName, Item: item, ...(condition ? { ConditionExpression: condition } : {}) } };
  }

  private delete(key: { pk: string; sk: string }): TransactItem {
    return { Delete: { TableName: this.tableName, Key: key } };
  }

  private markerItem(task: Task) {
    return {
      ...keys.taskRelease(task.nextCheckAt as string, task.id),
      entity: 'task-release',
      v: 1,
      dueAt: task.nextCheckAt,
      tenantId: task.tenantId,
      taskId: task.id,
    };
  }

  private sideEffects(change: TaskChange): TransactItem[] {
    return [
      ...(change.audit ? [this.put(auditToItem(change.audit))] : []),
      ...(change.usage ?? []).map((record) => usagePut(this.tableName, record) as TransactItem),
    ];
  }

  private async write(items: TransactItem[]): Promise<void> {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
        throw new DomainError('STATE.CONFLICT', 'The task changed meanwhile; reload it and try again.');
      }
      throw error;
    }
  }

  async create(task: Task, change: TaskChange): Promise<void> {
    await this.write([
      this.put(taskItem(task), 'attribute_not_exists(pk)'),
      this.put({
        ...keys.taskPointer(task.id),
        entity: 'task-pointer',
        v: 1,
        tenantId: task.tenantId,
        taskId: task.id,
      }),
      ...(task.nextCheckAt ? [this.put(this.markerItem(task))] : []),
      ...this.sideEffects(change),
    ]);
  }

  async update(before: Task, after: Task, change: TaskChange): Promise<void> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: taskItem(after),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': before.version },
        },
      },
    ];
    if (before.nextCheckAt !== after.nextCheckAt) {
      if (before.nextCheckAt) items.push(this.delete(keys.taskRelease(before.nextCheckAt, before.id)));
      if (after.nextCheckAt) items.push(this.put(this.markerItem(after)));
    }
    if (before.deadLetteredAt !== after.deadLetteredAt) {
      if (before.deadLetteredAt) items.push(this.delete(keys.deadTask(before.deadLetteredAt, before.id)));
      if (after.deadLetteredAt) {
        items.push(
          this.put({
            ...keys.deadTask(after.deadLetteredAt, after.id),
            entity: 'task-dead-letter',
            v: 1,
            tenantId: after.tenantId,
            taskId: after.id,
          }),
        );
      }
    }
    if (after.commandId && after.commandId !== before.commandId) {
      items.push(
        this.put({
          ...keys.commandPointer(after.commandId),
          entity: 'command-pointer',
          v: 1,
          tenantId: after.tenantId,
          taskId: after.id,
        }),
      );
    }
    await this.write([...items, ...this.sideEffects(change)]);
  }

  async get(tenantId: string, taskId: string): Promise<Task | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.task(tenantId, taskId), ConsistentRead: true }),
    );
    return Item ? taskFromItem(Item) : null;
  }

  private async viaPointer(key: { pk: string; sk: string }): Promise<Task | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item ? this.get(String(Item.tenantId), String(Item.taskId)) : null;
  }

  find(taskId: string): Promise<Task | null> {
    return this.viaPointer(keys.taskPointer(taskId));
  }

  findByCommand(commandId: string): Promise<Task | null> {
    return this.viaPointer(keys.commandPointer(commandId));
  }

  listForTenant(tenantId: string, page: PageQuery): Promise<Page<Task>> {
    return queryPrefixPage(
      this.client,
      { tableName: this.tableName, pk: keys.tenantPartition(tenantId), prefix: keys.taskPrefix, newestFirst: true },
      page,
      taskFromItem,
    );
  }

  listOpen(page: PageQuery): Promise<Page<Task>> {
    return queryPage(
      this.client,
      {
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.openTaskPartition },
      },
      { attribute: 'gsi1pk', value: keys.openTaskPartition },
      page,
      taskFromItem,
    );
  }

  async listDeadLettered(page: PageQuery): Promise<Page<Task>> {
    const markers = await queryPage(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.deadTaskPartition },
        ScanIndexForward: false,
      },
      { attribute: 'pk', value: keys.deadTaskPartition },
      page,
      (item) => ({ tenantId: String(item.tenantId), taskId: String(item.taskId) }),
    );
    const tasks = await Promise.all(markers.items.map((marker) => this.get(marker.tenantId, marker.taskId)));
    return {
      items: tasks.filter((task): task is Task => task !== null),
      ...(markers.nextCursor ? { nextCursor: markers.nextCursor } : {}),
    };
  }

  async dueReleases(now: string, limit: number): Promise<ReleaseMarker[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :now',
        ExpressionAttributeValues: { ':pk': keys.taskReleasePartition, ':now': `${now}#~` },
        Limit: limit,
      }),
    );
    return Items.map((item) => ({
      dueAt: String(item.dueAt),
      tenantId: String(item.tenantId),
      taskId: String(item.taskId),
    }));
  }

  async removeRelease(marker: ReleaseMarker): Promise<void> {
    await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.taskRelease(marker.dueAt, marker.taskId) }),
    );
  }
}
