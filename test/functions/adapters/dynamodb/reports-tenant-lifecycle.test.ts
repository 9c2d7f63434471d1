import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../../functions/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../../../../functions/adapters/dynamodb/dynamo-report-store.js';
import { DynamoStatusPageRepository } from '../../../../functions/adapters/dynamodb/dynamo-status-page-repository.js';
import { DynamoTenantRepository } from '../../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { TenantScopedDocumentClient } from '../../../../functions/adapters/dynamodb/tenant-scoped-client.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import { emptyStatusPage } from '../../../../shared/reports/status-page.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';
import { testTenant } from '../../../support/monitoring-fakes.js';
import { storedReportFixture } from '../../../support/report-fakes.js';

/** Exporting a tenant decodes its reports; purging it frees its status page's slug and takes its reports out of staff's lists (items outside T#). */
let table: TestTable;
let pages: DynamoStatusPageRepository;
let reports: DynamoReportStore;
let tenants: DynamoTenantRepository;

beforeAll(async () => {
  table = await createTestTable();
  const client = TenantScopedDocumentClient.over(createDynamoClient(table.endpoint));
  pages = new DynamoStatusPageRepository(client, table.tableName);
  reports = new DynamoReportStore(client, table.tableName);
  tenants = new DynamoTenantRepository(client, table.tableName);
});

const audit = (tenantId: string | null, id: string, action: string): AuditEntry => ({
  id,
  tenantId,
  at: '2026-12-01T00:05:00.000Z',
  actor: { userId: 'system', email: 'system@opsdesk', roles: [] },
  action,
  target: { type: 'tenant', id: tenantId ?? 'none' },
  details: {},
});

const seed = async (tenantId: string, slug: string) => {
  const before = emptyStatusPage(tenantId);
  await pages.save(
    before,
    { ...before, slug, published: true, path: `/status/${slug}`, updatedAt: '2026-12-01T00:00:00.000Z', version: 1 },
    audit(tenantId, `page-${tenantId}`, 'status_page.updated'),
  );
  await reports.create(
    storedReportFixture(tenantId, '2026-11'),
    [],
    audit(tenantId, `report-${tenantId}`, 'report.generated'),
  );
};

describe('a tenant with a status page and reports', () => {
  beforeAll(async () => {
    await seed('rp-1', 'purged-shop');
    await seed('rp-2', 'kept-shop');
  });

  it('exports its reports decoded (the figures and their records), not their compressed chunks', async () => {
    const data = await tenants.exportTenantData('rp-2');
    expect(data.report_chunk).toBeUndefined();
    expect(data.service_report).toHaveLength(1);
    expect(data.service_report?.[0]).toMatchObject({
      periodId: '2026-11',
      report: { tenantId: 'rp-2', periodId: '2026-11' },
      export: { tenantId: 'rp-2', periodId: '2026-11' },
    });
    expect(data.status_page?.[0]).toMatchObject({ slug: 'kept-shop', published: true });
  });

  it('when purged: frees the slug and drops the report from the period’s list; another tenant’s stay', async () => {
    expect((await reports.listForPeriod('2026-11')).map((listing) => listing.tenantId).sort()).toEqual([
      'rp-1',
      'rp-2',
    ]);

    await tenants.purgeTenant(testTenant({ id: 'rp-1' }), { ...audit(null, 'purge-rp-1', 'tenant.purged') });

    expect(await pages.findBySlug('purged-shop')).toBeNull();
    expect((await reports.listForPeriod('2026-11')).map((listing) => listing.tenantId)).toEqual(['rp-2']);
    expect((await pages.findBySlug('kept-shop'))?.tenantId).toBe('rp-2');
    const leftOver = (await table.items()).filter((item) => JSON.stringify(item).includes('rp-1'));
    expect(leftOver.map((item) => `${item.pk} ${item.sk}`)).toEqual([expect.stringMatching(/^P#AUDIT /)]);
  });
});
