import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DOCUMENT_TRANSLATION } from '../../functions/adapters/dynamodb/client.js';
import { DynamoBillingProfileRepository } from '../../functions/adapters/dynamodb/dynamo-billing-profile-repository.js';
import { DynamoHostRepository } from '../../functions/adapters/dynamodb/dynamo-host-repository.js';
import {
  DynamoInvoiceRepository,
  DynamoPeriodCloseRepository,
} from '../../functions/adapters/dynamodb/dynamo-invoice-repository.js';
import {
  DynamoOnCallRotaRepository,
  DynamoStaffAvailabilityRepository,
} from '../../functions/adapters/dynamodb/dynamo-staff-availability-repository.js';
import { DynamoSubscriptionRepository } from '../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { DynamoUsageLedger } from '../../functions/adapters/dynamodb/dynamo-usage-ledger.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import { DEFAULT_STAGE, loadStageConfig } from '../../infra/stage-config.js';
import { newAuditEntry } from '../../shared/audit/audit-entry.js';
import { voidInvoice } from '../../shared/billing/invoice-actions.js';
import { type CloseDeps, closePeriod, closeTenantPeriod, type PeriodClose } from '../../shared/billing/invoices.js';
import { periodOf } from '../../shared/billing/periods.js';
import { activeLedgerSubscription } from '../../shared/billing/subscription.js';
import type { Actor } from '../../shared/platform/actor.js';
import type { Clock } from '../../shared/platform/ports.js';
import { seedDemoData } from '../local-stack/seed.js';

/**
 * The drill's data, written the real way: the local stack's seed (staff, the demo tenant and its subscription), two
 * more organisations — one with a billing profile abroad, one on demand with usage — then two real period closes
 * (`closePeriod` fanning out to `closeTenantPeriod` through the repositories, the queue played in-process) across a
 * year end, and a void with its credit note: invoices, their pointers, the close records and three number counters
 * (two invoice years and a credit-note year). Plus one probe item holding every DynamoDB type, which Opsdesk's own
 * items do not all use (binary, number and binary sets, a number beyond a double's precision).
 */

/** The drill's calendar: sign-ups in November 2025, November closed in December, December in January 2026. */
export const DRILL_DATES = {
  seed: '2025-11-03T09:00:00.000Z',
  closeNovember: '2025-12-01T06:00:00.000Z',
  closeDecember: '2026-01-02T06:00:00.000Z',
  void: '2026-01-05T10:00:00.000Z',
} as const;

/** The probe's key: provider-owned, no entity of the data model, ignored by the invariant checker. */
export const PROBE_KEY = { pk: 'P#RESTORE_DRILL', sk: 'PROBE' } as const;

class DrillClock implements Clock {
  constructor(private instant: Date) {}
  set(instant: string) {
    this.instant = new Date(instant);
  }
  now(): Date {
    return new Date(this.instant);
  }
}

const FINANCE: Actor = {
  userId: 'restore-drill-finance',
  email: 'finance@opsdesk.local',
  roles: ['finance'],
  tenantId: null,
};

export interface DrillSeed {
  tenants: number;
  invoices: number;
  creditNotes: number;
  closes: PeriodClose[];
}

export const seedDrillData = async (client: DynamoDBClient, tableName: string): Promise<DrillSeed> => {
  const document = DynamoDBDocumentClient.from(client, DOCUMENT_TRANSLATION);
  const clock = new DrillClock(new Date(DRILL_DATES.seed));
  const ids = new RandomIds();
  const tenants = new DynamoTenantRepository(document, tableName);
  const subscriptions = new DynamoSubscriptionRepository(document, tableName);
  const profiles = new DynamoBillingProfileRepository(document, tableName);
  const ledger = new DynamoUsageLedger(document, tableName);
  const invoices = new DynamoInvoiceRepository(document, tableName);
  await seedDemoData({
    tenants,
    subscriptions,
    staff: new DynamoStaffAvailabilityRepository(document, tableName),
    onCall: new DynamoOnCallRotaRepository(document, tableName),
    // The local host registry is a file of the local stack; the drill's table needs no host.
    registerHost: () => undefined,
    clock,
    ids,
  });

  const at = clock.now().toISOString();
  const period = periodOf(clock.now());
  const organisations = [
    {
      name: 'Nordlicht Hosting GmbH',
      email: 'admin@nordlicht.example',
      planId: 'webmaster-quarter',
      timeZone: 'Europe/Vienna',
    },
    { name: 'Hafenbar Kiel', email: 'kasse@hafenbar.example', planId: 'on-demand', timeZone: 'Europe/Berlin' },
  ];
  const tenantIds: string[] = [];
  for (const organisation of organisations) {
    const tenantId = ids.newId();
    const userId = ids.newId();
    tenantIds.push(tenantId);
    const audit = (action: string, type: string) =>
      newAuditEntry({ clock, ids }, { actor: FINANCE, tenantId, action, target: { type, id: tenantId } });
    await tenants.createTenantWithAdmin({
      tenant: {
        id: tenantId,
        name: organisation.name,
        status: 'active',
        timeZone: organisation.timeZone,
        planId: organisation.planId,
        deletionDueAt: null,
        createdAt: at,
      },
      admin: {
        id: userId,
        tenantId,
        email: organisation.email,
        name: `${organisation.name} admin`,
        roles: ['customer-admin'],
        createdAt: at,
      },
      audit: audit('tenant.seeded', 'tenant'),
    });
    await subscriptions.commit({
      subscription: activeLedgerSubscription(tenantId, organisation.planId, period, at),
      expectedRevision: null,
      audit: [audit('subscription.seeded', 'subscription')],
    });
  }
  const [nordlicht, hafenbar] = tenantIds as [string, string];
  await profiles.put(
    nordlicht,
    {
      legalName: 'Nordlicht Hosting GmbH',
      addressLines: ['Mariahilfer Straße 12'],
      postalCode: '1070',
      city: 'Wien',
      country: 'AT',
      vatId: 'ATU12345678',
    },
    newAuditEntry(
      { clock, ids },
      {
        actor: FINANCE,
        tenantId: nordlicht,
        action: 'billing_profile.changed',
        target: { type: 'tenant', id: nordlicht },
      },
    ),
  );
  // Webmaster work and a call-out for the on-demand tenant, in both closed months.
  await ledger.append(
    ['2025-11-12T10:00:00.000Z', '2025-11-20T14:30:00.000Z', '2025-12-09T08:15:00.000Z'].flatMap((occurredAt, i) => [
      {
        id: `task-drill-${i}`,
        tenantId: hafenbar,
        kind: 'webmaster_minutes' as const,
        quantity: 45 + 15 * i,
        unit: 'minutes' as const,
        occurredAt,
        sourceId: `drill-${i}`,
        unitPrice: null,
      },
    ]),
  );
  await ledger.append([
    {
      id: 'call-out-drill-0',
      tenantId: hafenbar,
      kind: 'call_outs',
      quantity: 1,
      unit: 'call-outs',
      occurredAt: '2025-12-24T22:10:00.000Z',
      sourceId: 'drill-call-out-0',
      unitPrice: null,
    },
  ]);

  // Two closes the way the period-close queue runs them, each tenant's message handled at once.
  const deps: CloseDeps = {
    tenants,
    profiles,
    subscriptions,
    ledger,
    hosts: new DynamoHostRepository(document, tableName),
    invoices,
    closes: new DynamoPeriodCloseRepository(document, tableName),
    queue: {
      fanOut: async (periodId, tenantIdsOfClose) => {
        for (const tenantId of tenantIdsOfClose) await closeTenantPeriod(deps, { periodId, tenantId });
      },
    },
    billingSync: null,
    // The local stack's seller: the dev stage's.
    seller: loadStageConfig(DEFAULT_STAGE).seller,
    clock,
    ids,
  };
  const closes: PeriodClose[] = [];
  for (const [periodId, instant] of [
    ['2025-11', DRILL_DATES.closeNovember],
    ['2025-12', DRILL_DATES.closeDecember],
  ] as const) {
    clock.set(instant);
    await closePeriod(deps, FINANCE, periodId);
    // closePeriod answers with the close as it started; its counts are the ones after the fan-out.
    const close = await deps.closes.get(periodId);
    if (!close) throw new Error(`The close of ${periodId} was not recorded`);
    closes.push(close);
  }

  // Finance voids Nordlicht's December invoice: a credit note of its own series.
  clock.set(DRILL_DATES.void);
  const december = await invoices.forPeriod(nordlicht, '2025-12');
  if (!december) throw new Error('The December close made no invoice for Nordlicht');
  await voidInvoice({ invoices, subscriptions, billingSync: null, collector: null, clock, ids }, FINANCE, december.id, {
    reason: 'Billed to the wrong address',
  });

  await client.send(
    new PutItemCommand({
      TableName: tableName,
      Item: {
        pk: { S: PROBE_KEY.pk },
        sk: { S: PROBE_KEY.sk },
        entity: { S: 'restore_probe' },
        v: { N: '1' },
        text: { S: 'Grüße aus Kiel — ✓' },
        // 38 significant digits: a double would round the first, the second is beyond 2^53.
        precise: { N: '3.1415926535897932384626433832795028841' },
        large: { N: '12345678901234567890123456789012345678' },
        negative: { N: '-0.000000000000000000000000000000000001' },
        binary: { B: new Uint8Array([0, 1, 2, 253, 254, 255]) },
        strings: { SS: ['beta', 'alpha', 'gamma'] },
        numbers: { NS: ['3', '1.5', '-2', '99999999999999999999999999999999999999'] },
        binaries: { BS: [new Uint8Array([2, 3]), new Uint8Array([1])] },
        flag: { BOOL: false },
        nothing: { NULL: true },
        list: { L: [{ S: 'a' }, { N: '1' }, { L: [] }, { M: { deep: { BOOL: true } } }] },
        map: { M: { z: { S: 'last' }, a: { NS: ['1', '2'] }, empty: { M: {} } } },
      },
    }),
  );

  const invoiceCount = closes.reduce((sum, close) => sum + close.invoiced, 0);
  return { tenants: 1 + organisations.length, invoices: invoiceCount, creditNotes: 1, closes };
};
