import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { Monitor } from '../../../shared/monitoring/model.js';
import type { DueMonitor, MonitorChange, MonitorRepository } from '../../../shared/monitoring/ports.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import {
  conflictOf,
  dueEntries,
  dueMarkerItem,
  monitorFromItem,
  monitorItem,
  notificationPuts,
  openIncidentItems,
  resultItem,
  rollupUpdate,
  type TransactItem,
  updateIncidentItems,
} from './monitoring-items.js';
import { queryAll } from './pagination.js';
import { usagePut } from './usage-item.js';

/**
 * Monitors live in their tenant's partition. Around each one the repository keeps, in the same transaction: its
 * marker in the dispatcher's schedule (`P#MONITOR_DUE`, at `nextCheckAt`; none while paused), the heartbeat token's
 * lookup item, and — with a state change — the result that caused it (put once by its id), the hour and day rollups
 * it adds to (ADD), the incident it opened or changed, the e-mails, usage and audit entry.
 */
export class DynamoMonitorRepository implements MonitorRepository {
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

  private async write(items: TransactItem[], duplicateIndex: number | null = null): Promise<void> {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      throw conflictOf(error, duplicateIndex, 'monitor');
    }
  }

  async create(monitor: Monitor, audit: AuditEntry, heartbeatTokenHash: string | null): Promise<void> {
    await this.write([
      this.put(monitorItem(monitor), 'attribute_not_exists(pk)'),
      ...(monitor.nextCheckAt && !monitor.paused ? [this.put(dueMarkerItem(monitor, monitor.nextCheckAt))] : []),
      ...(heartbeatTokenHash
        ? [
            this.put(
              {
                ...keys.heartbeatToken(heartbeatTokenHash),
                entity: 'heartbeat-token',
                v: 1,
                tenantId: monitor.tenantId,
                monitorId: monitor.id,
              },
              'attribute_not_exists(pk)',
            ),
            this.put({
              ...keys.monitorToken(monitor.tenantId, monitor.id),
              entity: 'monitor-token',
              v: 1,
              tokenHash: heartbeatTokenHash,
            }),
          ]
        : []),
      this.put(auditToItem(audit)),
    ]);
  }

  async update(before: Monitor, after: Monitor, change: MonitorChange): Promise<void> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: monitorItem(after),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': before.version },
        },
      },
    ];
    const beforeDue = before.paused ? null : before.nextCheckAt;
    const afterDue = after.paused ? null : after.nextCheckAt;
    if (beforeDue !== afterDue) {
      if (beforeDue) items.push(this.delete(keys.monitorDue(beforeDue, before.tenantId, before.id)));
      if (afterDue) items.push(this.put(dueMarkerItem(after, afterDue)));
    }
    let duplicateIndex: number | null = null;
    if (change.result) {
      duplicateIndex = items.length;
      items.push(this.put(resultItem(change.result), 'attribute_not_exists(pk)'));
      // An immediate re-check is kept but not counted: each scheduled check stands for one interval in uptime.
      if (!change.result.recheck) {
        items.push(
          rollupUpdate(this.tableName, change.result, 'hour'),
          rollupUpdate(this.tableName, change.result, 'day'),
        );
      }
    }
    if (change.openIncident) items.push(...openIncidentItems(this.tableName, change.openIncident));
    if (change.updateIncident) {
      items.push(...updateIncidentItems(this.tableName, change.updateIncident.before, change.updateIncident.after));
    }
    items.push(
      ...notificationPuts(this.tableName, change.notifications),
      ...(change.usage ?? []).map((record) => usagePut(this.tableName, record) as TransactItem),
      ...(change.audit ? [this.put(auditToItem(change.audit))] : []),
    );
    await this.write(items, duplicateIndex);
  }

  async remove(monitor: Monitor, audit: AuditEntry): Promise<void> {
    const token = await this.tokenHashOf(monitor);
    const due = monitor.paused ? null : monitor.nextCheckAt;
    await this.write([
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.monitor(monitor.tenantId, monitor.id),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': monitor.version },
        },
      },
      ...(due ? [this.delete(keys.monitorDue(due, monitor.tenantId, monitor.id))] : []),
      ...(token
        ? [this.delete(keys.heartbeatToken(token)), this.delete(keys.monitorToken(monitor.tenantId, monitor.id))]
        : []),
      this.put(auditToItem(audit)),
    ]);
  }

  /** The token's hash, kept beside the monitor (the monitor's item is rewritten whole by every update). */
  private async tokenHashOf(monitor: Monitor): Promise<string | null> {
    if (monitor.kind !== 'heartbeat') return null;
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.monitorToken(monitor.tenantId, monitor.id),
        ConsistentRead: true,
      }),
    );
    return typeof Item?.tokenHash === 'string' ? Item.tokenHash : null;
  }

  async get(tenantId: string, monitorId: string): Promise<Monitor | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.monitor(tenantId, monitorId), ConsistentRead: true }),
    );
    return Item ? monitorFromItem(Item) : null;
  }

  async list(tenantId: string): Promise<Monitor[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.monitorPrefix },
    });
    return items.map(monitorFromItem).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async findByHeartbeatToken(tokenHash: string): Promise<Monitor | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.heartbeatToken(tokenHash), ConsistentRead: true }),
    );
    return Item ? this.get(String(Item.tenantId), String(Item.monitorId)) : null;
  }

  async due(now: string, limit: number): Promise<DueMonitor[]> {
    const items = await dueEntries(this.client, this.tableName, keys.monitorDuePartition, now, limit);
    return items.map((item) => ({
      dueAt: String(item.dueAt),
      tenantId: String(item.tenantId),
      monitorId: String(item.monitorId),
    }));
  }

  /** Deletes one marker of the schedule (the dispatcher's clean-up of a monitor that is gone); absent is fine. */
  async removeDue(marker: DueMonitor): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.monitorDue(marker.dueAt, marker.tenantId, marker.monitorId),
      }),
    );
  }

  async listForHost(tenantId: string, hostId: string): Promise<Monitor[]> {
    return (await this.list(tenantId)).filter((monitor) => monitor.hostId === hostId);
  }
}
