import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../../functions/adapters/dynamodb/client.js';
import { DynamoStatusPageRepository } from '../../../../functions/adapters/dynamodb/dynamo-status-page-repository.js';
import { keys } from '../../../../functions/adapters/dynamodb/keys.js';
import { runInTenantScope } from '../../../../functions/adapters/dynamodb/tenant-scope.js';
import { TenantScopedDocumentClient } from '../../../../functions/adapters/dynamodb/tenant-scoped-client.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import { DomainError } from '../../../../shared/errors.js';
import type { StatusPage } from '../../../../shared/reports/model.js';
import { emptyStatusPage } from '../../../../shared/reports/status-page.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

/** Status page settings and their slug guard on DynamoDB Local, through the tenant-scoped client. */
let table: TestTable;
let pages: DynamoStatusPageRepository;

beforeAll(async () => {
  table = await createTestTable();
  pages = new DynamoStatusPageRepository(
    TenantScopedDocumentClient.over(createDynamoClient(table.endpoint)),
    table.tableName,
  );
});

let audits = 0;
const audit = (tenantId: string): AuditEntry => ({
  id: `audit-${++audits}`,
  tenantId,
  at: '2026-12-07T09:00:00.000Z',
  actor: { userId: 'admin', email: 'admin@example.com', roles: ['customer-admin'] },
  action: 'status_page.updated',
  target: { type: 'status_page', id: tenantId },
  details: {},
});

const next = (before: StatusPage, slug: string, overrides: Partial<StatusPage> = {}): StatusPage => ({
  ...before,
  slug,
  published: true,
  monitorIds: ['mon-1'],
  path: `/status/${slug}`,
  updatedAt: '2026-12-07T09:00:00.000Z',
  version: before.version + 1,
  ...overrides,
});

/** As the customer's request runs: inside its tenant's scope. */
const asCustomer = <T>(tenantId: string, fn: () => Promise<T>) => runInTenantScope(tenantId, fn, 'req-1');

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('DynamoStatusPageRepository', () => {
  it('stores a page with its slug guard, finds it by slug and moves the guard with the slug', async () => {
    const first = next(emptyStatusPage('sp-a'), 'sp-acme');
    await asCustomer('sp-a', () => pages.save(emptyStatusPage('sp-a'), first, audit('sp-a')));
    expect(await asCustomer('sp-a', () => pages.get('sp-a'))).toEqual(first);
    expect(await pages.findBySlug('sp-acme')).toEqual(first);

    const moved = next(first, 'sp-acme-2', { published: false });
    await asCustomer('sp-a', () => pages.save(first, moved, audit('sp-a')));
    expect(await pages.findBySlug('sp-acme')).toBeNull();
    expect(await pages.findBySlug('sp-acme-2')).toEqual(moved);
    const items = await table.items();
    expect(items.filter((item) => String(item.pk).startsWith('P#STATUS_SLUG#')).map((item) => item.pk)).toEqual([
      keys.statusSlug('sp-acme-2').pk,
    ]);
    expect(items.filter((item) => item.action === 'status_page.updated' && item.tenantId === 'sp-a')).toHaveLength(2);
  });

  it('refuses a slug another tenant holds with 409 naming body.slug, writing nothing', async () => {
    const theirs = next(emptyStatusPage('sp-b'), 'sp-taken');
    await pages.save(emptyStatusPage('sp-b'), theirs, audit('sp-b'));
    const mine = next(emptyStatusPage('sp-c'), 'sp-taken');
    const error = await failure(asCustomer('sp-c', () => pages.save(emptyStatusPage('sp-c'), mine, audit('sp-c'))));
    expect(error.code).toBe('STATE.CONFLICT');
    expect(error.errors).toEqual([{ path: 'body.slug', message: 'taken by another organisation' }]);
    expect(await pages.get('sp-c')).toBeNull();
    expect(await pages.findBySlug('sp-taken')).toEqual(theirs);
  });

  it('refuses a write over a stale version, and a second first write', async () => {
    const first = next(emptyStatusPage('sp-d'), 'sp-delta');
    await pages.save(emptyStatusPage('sp-d'), first, audit('sp-d'));
    const again = await failure(pages.save(emptyStatusPage('sp-d'), first, audit('sp-d')));
    expect(again.code).toBe('STATE.CONFLICT');
    expect(again.errors).toBeUndefined();
    const second = next(first, 'sp-delta');
    await pages.save(first, second, audit('sp-d'));
    const stale = await failure(pages.save(first, next(first, 'sp-delta-2'), audit('sp-d')));
    expect(stale.code).toBe('STATE.CONFLICT');
    expect(await pages.findBySlug('sp-delta-2')).toBeNull();
    expect(await pages.findBySlug('sp-delta')).toEqual(second);
  });

  it('lets exactly one of two tenants racing for a slug have it', async () => {
    const attempts = ['sp-e', 'sp-f'].map((tenantId) =>
      pages.save(emptyStatusPage(tenantId), next(emptyStatusPage(tenantId), 'sp-race'), audit(tenantId)),
    );
    const outcomes = await Promise.allSettled(attempts);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const holder = await pages.findBySlug('sp-race');
    expect(['sp-e', 'sp-f']).toContain(holder?.tenantId);
  });
});
