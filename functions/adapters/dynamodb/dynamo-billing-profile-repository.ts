import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { BillingProfile, BillingProfileRepository } from '../../../shared/billing/billing-profile.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';

export class DynamoBillingProfileRepository implements BillingProfileRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(tenantId: string): Promise<BillingProfile | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.billingProfile(tenantId) }),
    );
    return (Item?.profile as BillingProfile | undefined) ?? null;
  }

  async put(tenantId: string, profile: BillingProfile, audit: AuditEntry): Promise<void> {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...keys.billingProfile(tenantId), entity: 'billing-profile', v: 1, profile },
            },
          },
          { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
        ],
      }),
    );
  }
}
