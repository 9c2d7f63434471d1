import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import { DomainError } from '../../../shared/errors.js';
import type { StatusPage } from '../../../shared/reports/model.js';
import type { StatusPageRepository } from '../../../shared/reports/ports.js';
import { slugTaken } from '../../../shared/reports/status-page.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { type TransactItem, withoutStorage } from './monitoring-items.js';
import { cancellationCodes, retryingConflicts } from './transactions.js';

/**
 * A tenant's status page settings live in its partition (`STATUS_PAGE`); the slug's uniqueness guard
 * (`P#STATUS_SLUG#<slug>`, naming the tenant and carrying a copy of the page) is moved in the same transaction as the
 * settings, so two organisations can never hold one slug and the public page is found by its slug in one read.
 */
export class DynamoStatusPageRepository implements StatusPageRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(tenantId: string): Promise<StatusPage | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.statusPage(tenantId), ConsistentRead: true }),
    );
    return Item ? withoutStorage<StatusPage>(Item) : null;
  }

  /**
   * The slug's guard carries a copy of the page, written in the same transaction as the page itself: reading it
   * alone answers (a customer's request may read another tenant's guard, never its partition).
   */
  async findBySlug(slug: string): Promise<StatusPage | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.statusSlug(slug), ConsistentRead: true }),
    );
    if (typeof Item?.tenantId !== 'string' || Item.slug !== slug) return null;
    return withoutStorage<StatusPage>(Item);
  }

  async save(before: StatusPage, after: StatusPage, audit: AuditEntry): Promise<void> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.statusPage(after.tenantId), entity: 'status_page', v: 1, ...after },
          ...(before.version === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': before.version } }),
        },
      },
    ];
    let guardIndex: number | null = null;
    if (after.slug) {
      guardIndex = items.length;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { ...keys.statusSlug(after.slug), entity: 'status_slug', v: 1, ...after },
          ConditionExpression: 'attribute_not_exists(pk) OR tenantId = :tenantId',
          ExpressionAttributeValues: { ':tenantId': after.tenantId },
        },
      });
    }
    if (before.slug && before.slug !== after.slug) {
      items.push({
        Delete: {
          TableName: this.tableName,
          Key: keys.statusSlug(before.slug),
          ConditionExpression: 'attribute_not_exists(pk) OR tenantId = :tenantId',
          ExpressionAttributeValues: { ':tenantId': after.tenantId },
        },
      });
    }
    items.push({ Put: { TableName: this.tableName, Item: auditToItem(audit) } });
    try {
      await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: items })));
    } catch (error) {
      const codes = cancellationCodes(error);
      if (!codes?.includes('ConditionalCheckFailed')) throw error;
      if (guardIndex !== null && after.slug && codes[guardIndex] === 'ConditionalCheckFailed') {
        throw slugTaken(after.slug);
      }
      throw new DomainError('STATE.CONFLICT', 'The status page changed meanwhile; reload it and try again.');
    }
  }
}
