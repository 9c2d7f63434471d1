import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type {
  Invoice,
  InvoiceRepository,
  InvoiceStatus,
  PeriodClose,
  PeriodCloseRepository,
} from '../../../shared/billing/invoices.js';
import type { RejectedStripeEvents } from '../../../shared/billing/ports.js';
import type { RejectedStripeEvent } from '../../../shared/billing/reconciliation.js';
import { DomainError } from '../../../shared/errors.js';
import type { Page, PageQuery } from '../../../shared/platform/pagination.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { queryAll, queryPage, queryPrefixPage } from './pagination.js';
import { cancellationCodes } from './transactions.js';

const INVOICE_FIELD_SET: Record<keyof Invoice, true> = {
  id: true,
  tenantId: true,
  kind: true,
  number: true,
  periodId: true,
  servicePeriod: true,
  status: true,
  issuedAt: true,
  seller: true,
  buyer: true,
  currency: true,
  lines: true,
  included: true,
  payment: true,
  net: true,
  vat: true,
  gross: true,
  vatTreatment: true,
  creditNoteOf: true,
  creditNote: true,
  statusChangedAt: true,
  paidAt: true,
  statusNote: true,
  stripe: true,
  version: true,
};
/**
 * Items of schema v 1 (before credit notes and collection) read as version 1 finalized invoices; items from before
 * included lines and payment terms read with none (`payment` null).
 */
const LEGACY_DEFAULTS = { kind: 'invoice', version: 1, included: [] } as const;
const invoiceFromItem = (item: Record<string, unknown>): Invoice =>
  Object.fromEntries(
    Object.keys(INVOICE_FIELD_SET).map((field) => [
      field,
      item[field] ??
        (field === 'statusChangedAt' ? item.issuedAt : LEGACY_DEFAULTS[field as keyof typeof LEGACY_DEFAULTS]) ??
        null,
    ]),
  ) as Invoice;

const MAX_NUMBER_ATTEMPTS = 20;

const changedMeanwhile = () => new DomainError('STATE.CONFLICT', 'The invoice changed meanwhile; load it again.');

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The number series: invoices `OD-2026-000001`, credit notes `OD-CN-2026-000001`. */
const SERIES = {
  invoice: { counter: keys.invoiceCounter, prefix: 'OD' },
  credit_note: { counter: keys.creditNoteCounter, prefix: 'OD-CN' },
} as const;

/**
 * Invoices and their numbers. A number is taken by a conditional update of the year's counter in the
 * same transaction as the document: when two tenants finish at once, one transaction fails on the
 * counter and tries the next number — no gaps, no duplicates. Every later change checks the version.
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

  async get(invoiceId: string, tenantId?: string): Promise<Invoice | null> {
    const { Item: pointer } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.invoicePointer(invoiceId), ConsistentRead: true }),
    );
    if (!pointer) return null;
    // The pointer names the owner: another tenant's invoice is not read at all.
    if (tenantId !== undefined && pointer.tenantId !== tenantId) return null;
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: String(pointer.target_pk), sk: String(pointer.target_sk) },
        ConsistentRead: true,
      }),
    );
    return Item && Item.id === invoiceId ? invoiceFromItem(Item) : null;
  }

  private documentItems(document: Invoice, key: { pk: string; sk: string }): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...key,
            ...keys.periodInvoices(document.periodId, document.number),
            entity: 'invoice',
            v: 2,
            ...document,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.invoicePointer(document.id),
            entity: 'invoice_pointer',
            v: 1,
            tenantId: document.tenantId,
            target_pk: key.pk,
            target_sk: key.sk,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }

  /**
   * Writes a new document with the next number of its series and year: `items(number)` are the
   * transaction's items after the counter's (the document's own put must come first of them).
   * `existing` answers a conflict on the document itself (it was written before).
   */
  private async numbered<T>(
    kind: Invoice['kind'],
    year: string,
    items: (number: string) => TransactItem[],
    done: (number: string) => T,
    existing: () => Promise<T | null>,
  ): Promise<T> {
    const series = SERIES[kind];
    for (let attempt = 1; attempt <= MAX_NUMBER_ATTEMPTS; attempt++) {
      const { Item: counter } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: series.counter(year), ConsistentRead: true }),
      );
      const last = Number(counter?.last ?? 0);
      const number = `${series.prefix}-${year}-${String(last + 1).padStart(6, '0')}`;
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              counter
                ? {
                    Update: {
                      TableName: this.tableName,
                      Key: series.counter(year),
                      UpdateExpression: 'SET #last = :next',
                      ConditionExpression: '#last = :last',
                      ExpressionAttributeNames: { '#last': 'last' },
                      ExpressionAttributeValues: { ':last': last, ':next': last + 1 },
                    },
                  }
                : {
                    Put: {
                      TableName: this.tableName,
                      Item: { ...series.counter(year), entity: 'invoice_counter', v: 1, last: 1 },
                      ConditionExpression: 'attribute_not_exists(pk)',
                    },
                  },
              ...items(number),
            ],
          }),
        );
        return done(number);
      } catch (error) {
        const codes = cancellationCodes(error);
        if (!codes) throw error;
        // The document (or what it changes) was written by someone else first: no new number helps.
        if (codes.slice(1).includes('ConditionalCheckFailed')) {
          const found = await existing();
          if (found) return found;
          throw error;
        }
        if (codes[0] !== 'ConditionalCheckFailed' && !codes.includes('TransactionConflict')) throw error;
        // Another document took this number: read the counter again, after a short random pause.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
    throw new Error(`no ${kind} number after ${MAX_NUMBER_ATTEMPTS} attempts (the message is retried)`);
  }

  finalize(draft: Omit<Invoice, 'number'>, audit: AuditEntry): Promise<{ invoice: Invoice; created: boolean }> {
    return this.numbered(
      'invoice',
      draft.issuedAt.slice(0, 4),
      (number) => [
        ...this.documentItems({ ...draft, number }, keys.invoice(draft.tenantId, draft.periodId)),
        {
          Update: {
            TableName: this.tableName,
            Key: keys.periodClose(draft.periodId),
            UpdateExpression: 'ADD invoiced :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
        { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
      ],
      (number): { invoice: Invoice; created: boolean } => ({ invoice: { ...draft, number }, created: true }),
      async () => {
        const invoice = await this.forPeriod(draft.tenantId, draft.periodId);
        return invoice ? { invoice, created: false } : null;
      },
    );
  }

  private updateItem(invoice: Invoice): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...keys.invoice(invoice.tenantId, invoice.periodId),
          ...(invoice.kind === 'credit_note' ? keys.creditNote(invoice.tenantId, invoice.periodId) : {}),
          ...keys.periodInvoices(invoice.periodId, invoice.number),
          entity: 'invoice',
          v: 2,
          ...invoice,
        },
        // Invoices stored before versions existed are version 1.
        ConditionExpression:
          invoice.version === 2 ? '#version = :read OR attribute_not_exists(#version)' : '#version = :read',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':read': invoice.version - 1 },
      },
    };
  }

  async update(invoice: Invoice, audit: AuditEntry[]): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            this.updateItem(invoice),
            ...audit.map((entry) => ({ Put: { TableName: this.tableName, Item: auditToItem(entry) } })),
          ],
        }),
      );
    } catch (error) {
      // The version moved on, or another transaction was writing the invoice at that moment.
      const code = cancellationCodes(error)?.[0];
      if (code === 'ConditionalCheckFailed' || code === 'TransactionConflict') throw changedMeanwhile();
      throw error;
    }
  }

  voidWithCreditNote(invoice: Invoice, draft: Omit<Invoice, 'number'>, audit: AuditEntry): Promise<Invoice> {
    return this.numbered(
      'credit_note',
      draft.issuedAt.slice(0, 4),
      (number) => [
        ...this.documentItems({ ...draft, number }, keys.creditNote(draft.tenantId, draft.periodId)),
        this.updateItem({ ...invoice, creditNote: { id: draft.id, number } }),
        { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
      ],
      (number) => ({ ...draft, number }),
      // The invoice changed meanwhile (voided, paid) or already has a credit note.
      () => Promise.reject(changedMeanwhile()),
    );
  }

  /**
   * A period's invoices in number order. With a status, DynamoDB filters after reading `Limit` items:
   * pages are read on until `limit` match or the period ends, so a page is never short with more after it.
   */
  async listForPeriod(
    periodId: string,
    page: PageQuery & { status?: InvoiceStatus | undefined },
  ): Promise<Page<Invoice>> {
    const partition = keys.periodInvoicesPartition(periodId);
    const query = {
      TableName: this.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': partition, ...(page.status ? { ':status': page.status } : {}) },
      ...(page.status
        ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } }
        : {}),
    };
    const items: Invoice[] = [];
    let cursor = page.cursor;
    do {
      const next = await queryPage(
        this.client,
        query,
        { attribute: 'gsi1pk', value: partition },
        { limit: page.limit - items.length, ...(cursor ? { cursor } : {}) },
        invoiceFromItem,
      );
      items.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor && items.length < page.limit);
    return { items, ...(cursor ? { nextCursor: cursor } : {}) };
  }

  listForTenant(tenantId: string, page: PageQuery): Promise<Page<Invoice>> {
    return queryPrefixPage(
      this.client,
      { tableName: this.tableName, pk: keys.tenantPartition(tenantId), prefix: keys.invoicePrefix, newestFirst: true },
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
      if (!cancellationCodes(error)) throw error;
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
      if (cancellationCodes(error)?.[0] !== 'ConditionalCheckFailed') throw error;
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
      if (!cancellationCodes(error)) throw error;
    }
  }
}

const REJECTED_EVENT_FIELDS: Record<keyof RejectedStripeEvent, true> = {
  eventId: true,
  eventType: true,
  at: true,
  recordedAt: true,
  tenantId: true,
  invoiceId: true,
  invoiceNumber: true,
  periodId: true,
  stripeInvoiceId: true,
  customerId: true,
  amountDue: true,
  total: true,
  currency: true,
  reasons: true,
};
const rejectedEventFromItem = (item: Record<string, unknown>): RejectedStripeEvent =>
  Object.fromEntries(
    Object.keys(REJECTED_EVENT_FIELDS).map((field) => [field, item[field] ?? null]),
  ) as RejectedStripeEvent;

/**
 * Stripe invoice events refused because they did not match the invoice they named: one item per
 * event in its period's partition, sorted by tenant (reconciliation reads a tenant's), put with the
 * organisation's audit entry and `attribute_not_exists`, so a redelivered event is recorded once.
 */
export class DynamoRejectedStripeEvents implements RejectedStripeEvents {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(event: RejectedStripeEvent, audit: AuditEntry): Promise<boolean> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.rejectedStripeEvent(event.periodId, event.tenantId, event.eventId),
                  entity: 'stripe_event_rejected',
                  v: 1,
                  ...event,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
      throw error;
    }
  }

  async forTenantPeriod(tenantId: string, periodId: string, limit: number): Promise<RejectedStripeEvent[]> {
    const page = await queryPrefixPage(
      this.client,
      {
        tableName: this.tableName,
        pk: keys.rejectedStripeEventsPartition(periodId),
        prefix: keys.rejectedStripeEventsPrefix(tenantId),
      },
      { limit },
      rejectedEventFromItem,
    );
    return page.items;
  }
}
