import { type DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { SubscriptionChange, SubscriptionRepository } from '../../../shared/billing/ports.js';
import { type Subscription, SubscriptionSchema } from '../../../shared/billing/subscription.js';
import { DomainError } from '../../../shared/errors.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { cancellationCodes } from './transactions.js';

/** How long an applied Stripe event id is remembered; Stripe retries for three days. */
const EVENT_MEMORY_SECONDS = 30 * 24 * 3600;

const fromItem = (item: Record<string, unknown>): Subscription =>
  SubscriptionSchema.parse(
    Object.fromEntries(Object.entries(item).filter(([name]) => !['pk', 'sk', 'entity', 'v'].includes(name))),
  );

export class DynamoSubscriptionRepository implements SubscriptionRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(tenantId: string): Promise<Subscription | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.subscription(tenantId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : null;
  }

  async tenantOfCustomer(customerId: string): Promise<string | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.stripeCustomer(customerId) }),
    );
    return (Item?.tenantId as string | undefined) ?? null;
  }

  async listPastDueSince(since: string, limit: number) {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :since',
        ExpressionAttributeValues: { ':pk': keys.pastDuePartition, ':since': `${since}#~` },
        Limit: limit,
      }),
    );
    return Items.map((item) => ({ tenantId: String(item.tenantId), pastDueSince: String(item.since) }));
  }

  async commit(change: SubscriptionChange): Promise<boolean> {
    const TableName = this.tableName;
    const { subscription } = change;
    const tenantId = subscription.tenantId;
    const statusFrom = Object.fromEntries((change.tenantStatus?.from ?? []).map((status, i) => [`:from${i}`, status]));
    const items = [
      {
        Put: {
          TableName,
          Item: { ...keys.subscription(tenantId), entity: 'subscription', v: 1, ...subscription },
          ...(change.expectedRevision === null
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'revision = :revision',
                ExpressionAttributeValues: { ':revision': change.expectedRevision },
              }),
        },
      },
      {
        Update: {
          TableName,
          Key: keys.tenant(tenantId),
          // The tenant shows the plan in force; an incomplete subscription has none yet.
          UpdateExpression: change.tenantStatus ? 'SET planId = :plan, #status = :to' : 'SET planId = :plan',
          ConditionExpression: change.tenantStatus
            ? `attribute_exists(pk) AND #status IN (${Object.keys(statusFrom).join(', ')})`
            : 'attribute_exists(pk)',
          ...(change.tenantStatus ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ExpressionAttributeValues: {
            ':plan': subscription.status === 'active' ? subscription.planId : null,
            ...(change.tenantStatus ? { ':to': change.tenantStatus.to, ...statusFrom } : {}),
          },
        },
      },
      ...(change.eventId
        ? [
            {
              Put: {
                TableName,
                Item: {
                  ...keys.stripeEvent(change.eventId),
                  entity: 'stripe_event',
                  v: 1,
                  tenantId,
                  // On the clock of the change (the stack's), like every time Opsdesk stores.
                  expiresAt: Math.floor(Date.parse(subscription.updatedAt) / 1000) + EVENT_MEMORY_SECONDS,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
      ...(subscription.stripeCustomerId
        ? [
            {
              Put: {
                TableName,
                Item: {
                  ...keys.stripeCustomer(subscription.stripeCustomerId),
                  entity: 'stripe_customer',
                  v: 1,
                  tenantId,
                },
              },
            },
          ]
        : []),
      ...(change.pastDue?.add
        ? [
            {
              Put: {
                TableName,
                Item: {
                  ...keys.pastDue(change.pastDue.add, tenantId),
                  entity: 'past_due',
                  v: 1,
                  tenantId,
                  since: change.pastDue.add,
                },
              },
            },
          ]
        : []),
      ...(change.pastDue?.remove
        ? [{ Delete: { TableName, Key: keys.pastDue(change.pastDue.remove, tenantId) } }]
        : []),
      ...change.audit.map((entry) => ({
        Put: { TableName, Item: auditToItem(entry), ConditionExpression: 'attribute_not_exists(pk)' },
      })),
    ];
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      const codes = cancellationCodes(error);
      if (!codes) throw error;
      if (change.eventId && codes[2] === 'ConditionalCheckFailed') return false;
      if (codes.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict')) {
        throw new DomainError('STATE.CONFLICT', 'The subscription changed meanwhile; reload and try again.');
      }
      throw error;
    }
  }
}
