import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { Page, PageQuery } from '../../../shared/platform/pagination.js';
import type { AuditLog } from '../../../shared/tenancy/ports.js';
import { auditFromItem } from './audit-item.js';
import { keys } from './keys.js';
import { queryPrefixPage } from './pagination.js';

export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  list(tenantId: string | null, page: PageQuery): Promise<Page<AuditEntry>> {
    return queryPrefixPage(
      this.client,
      { tableName: this.tableName, pk: keys.auditPartition(tenantId), prefix: keys.auditPrefix, newestFirst: true },
      page,
      auditFromItem,
    );
  }
}
