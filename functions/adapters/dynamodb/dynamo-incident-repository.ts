import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { Incident } from '../../../shared/monitoring/model.js';
import type { DuePage, IncidentListQuery, IncidentRepository } from '../../../shared/monitoring/ports.js';
import type { Page } from '../../../shared/platform/pagination.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { auditToItem } from './audit-item.js';
import { batchGetAll } from './batch-get.js';
import { keys } from './keys.js';
import {
  conflictOf,
  dueEntries,
  incidentFromItem,
  notificationPuts,
  type TransactItem,
  updateIncidentItems,
} from './monitoring-items.js';
import { queryPage } from './pagination.js';
import { usagePut } from './usage-item.js';

/** The most the operators' queue reads (the port's bound). */
const UNRESOLVED_LIMIT = 500;
/** BatchGetItem's limit per call. */
const BATCH = 100;

/**
 * Incidents live in their tenant's partition (`INCIDENT#<id>`), with gsi1 over every tenant's by opening instant
 * (staff lists). Beside each: a pointer by id (`P#INCIDENT#<id>`: operators, the acknowledgement link), a tenant
 * listing entry by opening instant (`INCIDENTS#<openedAt>#<id>`), the unresolved index (`P#INCIDENTS_OPEN`) and the
 * paging marker (`P#INCIDENT_PAGE` at `nextPageAt`) — opened by the monitor repository with the monitor's change,
 * kept in step here.
 */
export class DynamoIncidentRepository implements IncidentRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(tenantId: string, incidentId: string): Promise<Incident | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.incident(tenantId, incidentId), ConsistentRead: true }),
    );
    return Item ? incidentFromItem(Item) : null;
  }

  async find(incidentId: string): Promise<Incident | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.incidentPointer(incidentId), ConsistentRead: true }),
    );
    return Item ? this.get(String(Item.tenantId), incidentId) : null;
  }

  /** Incidents by their (tenant, id) pairs, in the order given; BatchGet in chunks, unprocessed keys retried. */
  private async many(refs: { tenantId: string; incidentId: string }[]): Promise<Incident[]> {
    const found = new Map<string, Incident>();
    for (let start = 0; start < refs.length; start += BATCH) {
      const wanted = refs
        .slice(start, start + BATCH)
        .map((ref) => ({ ...keys.incident(ref.tenantId, ref.incidentId) }));
      for (const item of await batchGetAll(this.client, this.tableName, wanted, { consistent: true })) {
        const incident = incidentFromItem(item);
        found.set(`${incident.tenantId}#${incident.id}`, incident);
      }
    }
    return refs.flatMap((ref) => found.get(`${ref.tenantId}#${ref.incidentId}`) ?? []);
  }

  async listForTenant(tenantId: string, query: IncidentListQuery): Promise<Page<Incident>> {
    const pk = keys.tenantPartition(tenantId);
    const entries = await queryPage(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.tenantIncidentListingPrefix },
        ScanIndexForward: false,
      },
      { attribute: 'pk', value: pk },
      query,
      (item) => ({ tenantId, incidentId: String(item.incidentId) }),
    );
    // A status filter applies to the page read: a page may hold fewer than `limit` (the cursor still goes on).
    const incidents = (await this.many(entries.items)).filter(
      (incident) => !query.status || incident.status === query.status,
    );
    return { items: incidents, ...(entries.nextCursor ? { nextCursor: entries.nextCursor } : {}) };
  }

  listAll(query: IncidentListQuery): Promise<Page<Incident>> {
    return queryPage(
      this.client,
      {
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: {
          ':pk': keys.incidentListingPartition,
          ...(query.status ? { ':status': query.status } : {}),
        },
        ...(query.status
          ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } }
          : {}),
        ScanIndexForward: false,
      },
      { attribute: 'gsi1pk', value: keys.incidentListingPartition },
      query,
      incidentFromItem,
    );
  }

  async listUnresolved(): Promise<Incident[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.unresolvedIncidentPartition },
        Limit: UNRESOLVED_LIMIT,
      }),
    );
    const incidents = await this.many(
      Items.map((item) => ({ tenantId: String(item.tenantId), incidentId: String(item.incidentId) })),
    );
    return incidents.filter((incident) => incident.status !== 'resolved');
  }

  async update(
    before: Incident,
    after: Incident,
    change: { audit?: AuditEntry; notifications?: BookingNotification[]; usage?: UsageRecord[] },
  ): Promise<void> {
    const items: TransactItem[] = [
      ...updateIncidentItems(this.tableName, before, after),
      ...notificationPuts(this.tableName, change.notifications),
      ...(change.usage ?? []).map((record) => usagePut(this.tableName, record) as TransactItem),
      ...(change.audit ? [{ Put: { TableName: this.tableName, Item: auditToItem(change.audit) } }] : []),
    ];
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      throw conflictOf(error, null, 'incident');
    }
  }

  async duePages(now: string, limit: number): Promise<DuePage[]> {
    const items = await dueEntries(this.client, this.tableName, keys.incidentPagePartition, now, limit);
    return items.map((item) => ({
      dueAt: String(item.dueAt),
      tenantId: String(item.tenantId),
      incidentId: String(item.incidentId),
    }));
  }

  /** Deletes one paging marker (the pager's clean-up of an incident that is gone); absent is fine. */
  async removePage(marker: DuePage): Promise<void> {
    await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.incidentPage(marker.dueAt, marker.incidentId) }),
    );
  }
}
