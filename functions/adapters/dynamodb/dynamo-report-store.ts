import { gunzipSync, gzipSync } from 'node:zlib';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { ReportListing, ReportStore, StoredReport } from '../../../shared/reports/ports.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { notificationPuts, type TransactItem } from './monitoring-items.js';
import { queryAll } from './pagination.js';
import { cancellationCodes, retryingConflicts } from './transactions.js';

/** A chunk's bytes stay well under DynamoDB's 400 KB item limit (keys and attributes included). */
export const REPORT_CHUNK_BYTES = 350 * 1024;
/** What one TransactWriteItems may carry: 100 items, 4 MB in all — chunks up to this, the small items beside them. */
const TRANSACTION_ITEMS = 100;
const TRANSACTION_CHUNK_BYTES = 3_500 * 1024;
/** A write of an oversized report that did not commit within this long is abandoned: its chunks may be overwritten. */
const ABANDONED_AFTER_MS = 15 * 60_000;

export interface ReportStoreLimits {
  chunkBytes: number;
  transactionChunkBytes: number;
}

/** The gzip'd JSON of a stored report, cut into chunks of at most `size` bytes. */
const chunksOf = (stored: StoredReport, size: number): Uint8Array[] => {
  const bytes = gzipSync(Buffer.from(JSON.stringify(stored), 'utf8'));
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.subarray(offset, offset + size));
  return chunks.length ? chunks : [new Uint8Array()];
};

const listingOf = (report: StoredReport['report']): ReportListing => ({
  tenantId: report.tenantId,
  tenantName: report.tenantName,
  periodId: report.periodId,
  generatedAt: report.generatedAt,
});

const listingFromItem = (item: Record<string, unknown>): ReportListing => ({
  tenantId: String(item.tenantId),
  tenantName: String(item.tenantName),
  periodId: String(item.periodId),
  generatedAt: String(item.generatedAt),
});

const periodOfChunkKey = (sk: string): string => sk.slice(keys.reportPrefix.length).split('#')[0] ?? '';

/**
 * The report stored in a period's chunk items (in key order), or null when its first chunk is not among them. A
 * report whose chunks are not all of one write is refused. The tenant's data export decodes its reports with it too.
 */
export const reportOfChunks = (
  tenantId: string,
  periodId: string,
  items: readonly Record<string, unknown>[],
): StoredReport | null => {
  const head = items[0];
  if (!head || head.sk !== keys.reportChunk(tenantId, periodId, 0).sk) return null;
  const count = Number(head.chunks);
  const parts = items.slice(0, count);
  if (parts.length !== count || parts.some((part) => part.generation !== head.generation)) {
    throw new Error(`The report of ${tenantId} for ${periodId} is incomplete: ${parts.length} of ${count} chunks.`);
  }
  const bytes = Buffer.concat(parts.map((part) => Buffer.from(part.data as Uint8Array)));
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as StoredReport;
};

/**
 * Service reports (issue 14): the report and its export as one gzip'd JSON document, in numbered chunks under the
 * tenant (`REPORT#<period>#000`, `#001`, …). Chunk 000 is the commit point: it carries the listing facts (tenant name,
 * generatedAt), the number of chunks and the write's generation, and is put only if absent. Beside it the period's
 * staff listing (`P#REPORTS#<period>`), the e-mails (outbox) and the audit entry — all in one TransactWriteItems.
 *
 * A report too large for one transaction (more than ~3.5 MB compressed, or more items than 100) writes its further
 * chunks first, each tagged with the write's generation, then commits chunk 000 with the rest in one transaction
 * that also checks every further chunk still carries that generation; a reader refuses chunks of another generation.
 */
export class DynamoReportStore implements ReportStore {
  private readonly limits: ReportStoreLimits;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    limits: Partial<ReportStoreLimits> = {},
  ) {
    this.limits = {
      chunkBytes: limits.chunkBytes ?? REPORT_CHUNK_BYTES,
      transactionChunkBytes: limits.transactionChunkBytes ?? TRANSACTION_CHUNK_BYTES,
    };
  }

  async create(stored: StoredReport, notifications: BookingNotification[], audit: AuditEntry): Promise<boolean> {
    const { report } = stored;
    const chunks = chunksOf(stored, this.limits.chunkBytes);
    const generation = audit.id;
    const listing = listingOf(report);
    const chunkItem = (index: number) => ({
      ...keys.reportChunk(report.tenantId, report.periodId, index),
      entity: 'report_chunk',
      v: 1,
      tenantId: report.tenantId,
      periodId: report.periodId,
      generation,
      writtenAt: report.generatedAt,
      data: chunks[index],
      ...(index === 0 ? { tenantName: report.tenantName, generatedAt: report.generatedAt, chunks: chunks.length } : {}),
    });
    const small: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.reportListing(report.periodId, report.tenantId), entity: 'report_listing', v: 1, ...listing },
        },
      },
      ...notificationPuts(this.tableName, notifications),
      { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
    ];
    const first: TransactItem = {
      Put: { TableName: this.tableName, Item: chunkItem(0), ConditionExpression: 'attribute_not_exists(pk)' },
    };
    const totalBytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const fits = chunks.length + small.length <= TRANSACTION_ITEMS && totalBytes <= this.limits.transactionChunkBytes;
    const rest = chunks.slice(1).map((_, index) => index + 1);
    let items: TransactItem[];
    if (fits) {
      items = [
        first,
        ...rest.map((index) => ({ Put: { TableName: this.tableName, Item: chunkItem(index) } })),
        ...small,
      ];
    } else {
      if (1 + rest.length + small.length > TRANSACTION_ITEMS) {
        throw new Error(
          `The report of ${report.tenantId} for ${report.periodId} needs ${chunks.length} chunks and ${notifications.length} e-mails: more than one transaction can commit.`,
        );
      }
      if (await this.exists(report.tenantId, report.periodId)) return false;
      for (const index of rest) await this.putFurtherChunk(chunkItem(index), report.generatedAt);
      items = [
        first,
        ...rest.map((index) => ({
          ConditionCheck: {
            TableName: this.tableName,
            Key: keys.reportChunk(report.tenantId, report.periodId, index),
            ConditionExpression: 'generation = :generation',
            ExpressionAttributeValues: { ':generation': generation },
          },
        })),
        ...small,
      ];
    }
    try {
      await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: items as never })));
      return true;
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
      throw error;
    }
  }

  /** A further chunk of an oversized report: never over a chunk of a write that may still commit (or has). */
  private async putFurtherChunk(item: Record<string, unknown>, writtenAt: string): Promise<void> {
    const abandonedBefore = new Date(Date.parse(writtenAt) - ABANDONED_AFTER_MS).toISOString();
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: item,
              ConditionExpression: 'attribute_not_exists(pk) OR generation = :generation OR writtenAt < :abandoned',
              ExpressionAttributeValues: { ':generation': item.generation, ':abandoned': abandonedBefore },
            },
          },
        ],
      }),
    );
  }

  private async exists(tenantId: string, periodId: string): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.reportChunk(tenantId, periodId, 0),
        ProjectionExpression: 'pk',
        ConsistentRead: true,
      }),
    );
    return Boolean(Item);
  }

  async get(tenantId: string, periodId: string): Promise<StoredReport | null> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.tenantPartition(tenantId),
        ':prefix': `${keys.reportPrefix}${periodId}#`,
      },
      ConsistentRead: true,
    });
    return reportOfChunks(tenantId, periodId, items);
  }

  async list(tenantId: string): Promise<ReportListing[]> {
    // Only chunk 000 carries `generatedAt`: the listing facts without the chunks' bytes.
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: 'attribute_exists(generatedAt)',
      ProjectionExpression: 'sk, tenantId, tenantName, generatedAt',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.reportPrefix },
      ScanIndexForward: false,
    });
    return items.map((item) => listingFromItem({ ...item, periodId: periodOfChunkKey(String(item.sk)) }));
  }

  async listForPeriod(periodId: string): Promise<ReportListing[]> {
    const { pk } = keys.reportListing(periodId, '');
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    });
    return items
      .map(listingFromItem)
      .sort((a, b) => a.tenantName.localeCompare(b.tenantName) || a.tenantId.localeCompare(b.tenantId));
  }
}
