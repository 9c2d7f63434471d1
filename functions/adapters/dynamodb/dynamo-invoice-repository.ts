import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type {
  Invoice,
  InvoiceRepository,
  PeriodClose,
  PeriodCloseRepository,
} from '../../../shared/billing/invoices.js';
import type { Page, PageQuery } from '../../../shared/platform/pagination.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { queryAll, queryPage } from './pagination.js';

const INVOICE_FIELD_SET: Record<keyof Invoice, true> = {
  id: true,
  tenantId: true,
  number: true,
  periodId: true,
  servicePeriod: true,
  status: true,
  issuedAt: true,
  seller: true,
  buyer: true,
  currency: true,
  lines: true,
  net: true,
  vat: true,
  gross: true,
  vatTreatment: true,
};
const invoiceFromItem = (item: Record<string, unknown>): Invoice =>
  Object.fromEntries(Object.keys(INVOICE_FIELD_SET).map((field) => [field, item[field] ?? null])) as Invoice;

const MAX_NUMBER_ATTEMPTS = 20;

const cancellationCodes = (error: unknown): (string | undefined)[] =>
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((reason) => reason.Code);

/**
 * Invoices and their numbers. A number is taken by a conditional update of the year's counter in the
 * same transaction as the invoice (and the close's progress): when two tenants finish at once, one
 * transaction fails on the counter and tries the next number — no gaps, no duplicates.
 */
export class DynamoInvoiceRepository implements InvoiceRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async forPeriod(tenantId: string, periodId: string): Promise<Invoice | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.invoice(tenantId, periodId), ConsistentRead: true }),
    );
    return Item ? invoiceFromItem(Item) : null;
  }

  async finalize(draft: Omit<Invoice, 'number'>, audit: AuditEntry): Promise<{ invoice: Invoice; created: boolean }> {
    const year = draft.issuedAt.slice(0, 4);
    for (let attempt = 1; attempt <= MAX_NUMBER_ATTEMPTS; attempt++) {
      const { Item: counter } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: keys.invoiceCounter(year), ConsistentRead: true }),
      );
      const last = Number(counter?.last ?? 0);
      const invoice: Invoice = { ...draft, number: `OD-${year}-${String(last + 1).padStart(6, '0')}` };
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              counter
                ? {
                    Update: {
                      TableName: this.tableName,
                      Key: keys.invoiceCounter(year),
                      UpdateExpression: 'SET #last = :next',
                      ConditionExpression: '#last = :last',
                      ExpressionAttributeNames: { '#last': 'last' },
                      ExpressionAttributeValues: { ':last': last, ':next': last + 1 },
                    },
                  }
                : {
                    Put: {
                      TableName: this.tableName,
                      Item: { ...keys.invoiceCounter(year), entity: 'invoice-counter', v: 1, last: 1 },
                      ConditionExpression: 'attribute_not_exists(pk)',
                    },
                  },
              {
                Put: {
                  TableName: this.tableName,
                  Item: {
                    ...keys.invoice(invoice.tenantId, invoice.periodId),
                    ...keys.periodInvoices(invoice.periodId, invoice.number),
                    entity: 'invoice',
                    v: 1,
                    ...invoice,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Update: {
                  TableName: this.tableName,
                  Key: keys.periodClose(invoice.periodId),
                  UpdateExpression: 'ADD invoiced :one',
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeValues: { ':one': 1 },
                },
              },
              { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
            ],
          }),
        );
        return { invoice, created: true };
      } catch (error) {
        if ((error as Error).name !== 'TransactionCanceledException') throw error;
        const [counterCode, invoiceCode] = cancellationCodes(error);
        if (invoiceCode === 'ConditionalCheckFailed') {
          const existing = await this.forPeriod(draft.tenantId, draft.periodId);
          if (existing) return { invoice: existing, created: false };
        }
        if (counterCode !== 'ConditionalCheckFailed') throw error;
        // Another invoice took this number: read the counter again, after a short random pause.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
    throw new Error(`no invoice number after ${MAX_NUMBER_ATTEMPTS} attempts (the message is retried)`);
  }

  listForPeriod(periodId: string, page: PageQuery): Promise<Page<Invoice>> {
    const partition = keys.periodInvoicesPartition(periodId);
    return queryPage(
      this.client,
      {
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': partition },
      },
      { attribute: 'gsi1pk', value: partition },
      page,
      invoiceFromItem,
    );
  }
}

const closeFromItem = (item: Record<string, unknown>): PeriodClose => {
  const tenants = Number(item.tenants ?? 0);
  const invoiced = Number(item.invoiced ?? 0);
  const skipped = Number(item.skipped ?? 0);
  const failed = Number(item.failed ?? 0);
  return {
    periodId: String(item.periodId),
    status: invoiced + skipped + failed >= tenants ? 'done' : 'running',
    startedAt: String(item.startedAt),
    tenants,
    invoiced,
    skipped,
    failed,
  };
};

export class DynamoPeriodCloseRepository implements PeriodCloseRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async start(close: PeriodClose, audit: AuditEntry) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.periodClose(close.periodId),
                  entity: 'period-close',
                  v: 1,
                  periodId: close.periodId,
                  startedAt: close.startedAt,
                  tenants: close.tenants,
                  invoiced: 0,
                  skipped: 0,
                  failed: 0,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
          ],
        }),
      );
      return { started: true, close };
    } catch (error) {
      if ((error as Error).name !== 'TransactionCanceledException') throw error;
      const existing = await this.get(close.periodId);
      if (!existing) throw error;
      return { started: false, close: existing };
    }
  }

  async get(periodId: string): Promise<PeriodClose | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.periodClose(periodId), ConsistentRead: true }),
    );
    return Item ? closeFromItem(Item) : null;
  }

  /** A marker item put once with its counter update: a repeated message counts nothing twice. */
  private async mark(
    periodId: string,
    key: { pk: string; sk: string },
    counter: 'skipped' | 'failed',
    tenantId: string,
  ) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...key, entity: `period-close-${counter}`, v: 1, tenantId },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.periodClose(periodId),
                UpdateExpression: 'ADD #counter :one',
                ConditionExpression: 'attribute_exists(pk)',
                ExpressionAttributeNames: { '#counter': counter },
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'TransactionCanceledException') throw error;
      if (cancellationCodes(error)[0] !== 'ConditionalCheckFailed') throw error;
    }
  }

  markSkipped(periodId: string, tenantId: string): Promise<void> {
    return this.mark(periodId, keys.periodCloseSkip(periodId, tenantId), 'skipped', tenantId);
  }

  markFailed(periodId: string, tenantId: string): Promise<void> {
    return this.mark(periodId, keys.periodCloseFailure(periodId, tenantId), 'failed', tenantId);
  }

  async failedTenants(periodId: string): Promise<string[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.periodClose(periodId).pk, ':prefix': 'FAILED#' },
    });
    return items.map((item) => String(item.tenantId));
  }

  async clearFailure(periodId: string, tenantId: string): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: keys.periodCloseFailure(periodId, tenantId),
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.periodClose(periodId),
                UpdateExpression: 'ADD failed :minus',
                ExpressionAttributeValues: { ':minus': -1 },
              },
            },
          ],
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'TransactionCanceledException') throw error;
    }
  }
}
