import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { DynamoReportFactsReader } from '../../functions/adapters/dynamodb/dynamo-report-facts.js';
import { DynamoReportStore, REPORT_CHUNK_BYTES } from '../../functions/adapters/dynamodb/dynamo-report-store.js';
import { keys } from '../../functions/adapters/dynamodb/keys.js';
import { incidentItem, monitorItem } from '../../functions/adapters/dynamodb/monitoring-items.js';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import { usagePut } from '../../functions/adapters/dynamodb/usage-item.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import { periodNamed } from '../../shared/billing/periods.js';
import type { Incident, Monitor } from '../../shared/monitoring/model.js';
import { newMonitor } from '../../shared/monitoring/monitors.js';
import { generateServiceReport } from '../../shared/reports/reports.js';
import { findTaskType } from '../../shared/tasks/catalogue.js';
import type { Task } from '../../shared/tasks/model.js';
import { taskDraft } from '../../shared/tasks/tasks.js';
import type { UsageRecord } from '../../shared/usage/usage-record.js';
import { LOCAL_AWS, startDynamoDbLocal } from '../local-stack/engines.js';
import { countCommands, fmt, percentile } from './measure.js';

/**
 * The monthly service report at a period close (issue 14): 1,000 tenants with a month of facts each in DynamoDB Local
 * — a few monitors with their daily rollups, some incidents, tasks, bookings, usage records and the invoice — then
 * every tenant's report generated as the period-close consumer makes it (facts read through the repositories, the
 * report computed, stored gzip'd with its export, e-mails and audit entry in one transaction). Measured: the close's
 * time in all and per report, round trips, what is stored, and the process's peak memory.
 */

const TENANTS = Number(process.env.BENCH_REPORT_TENANTS ?? 1_000);
/** Reports made at once: the period-close consumers running side by side (SQS batches over Lambda instances). */
const CONCURRENCY = 8;
const PERIOD = periodNamed('2026-11');
const BEFORE = '2026-09-01T00:00:00.000Z';
const DAY_MS = 86_400_000;
const TABLE = 'bench-reports';

/** A deterministic PRNG (mulberry32): every run seeds the same month. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const random = seeded(14);
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const instant = (day: number, minute: number) =>
  new Date(Date.parse(PERIOD.start) + day * DAY_MS + minute * 60_000).toISOString();

/** `fn` over 0…count-1, `limit` at a time. */
const pool = async (count: number, limit: number, fn: (i: number) => Promise<void>) => {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
};

/** Every item of one tenant's month, as the repositories write them. */
const tenantItems = (index: number): Record<string, unknown>[] => {
  const tenantId = `bench-tenant-${String(index).padStart(4, '0')}`;
  const name = `Verein ${index}`;
  const items: Record<string, unknown>[] = [
    {
      ...keys.tenant(tenantId),
      ...keys.tenantListing(BEFORE, tenantId),
      entity: 'tenant',
      v: 1,
      id: tenantId,
      name,
      status: 'active',
      timeZone: 'Europe/Berlin',
      planId: 'webmaster-eighth',
      createdAt: BEFORE,
      deletionDueAt: null,
    },
    {
      ...keys.tenantUser(tenantId, `${tenantId}-admin`),
      entity: 'user',
      v: 1,
      id: `${tenantId}-admin`,
      tenantId,
      email: `admin@${tenantId}.example`,
      name: 'Admin',
      roles: ['customer-admin'],
      createdAt: BEFORE,
    },
    {
      ...keys.subscription(tenantId),
      entity: 'subscription',
      v: 1,
      tenantId,
      planId: 'webmaster-eighth',
      status: 'active',
      paymentStatus: 'current',
      period: PERIOD,
      pendingPlanId: null,
      planHistory: [{ planId: 'webmaster-eighth', effectiveFrom: BEFORE }],
      stripeCustomerId: null,
      paymentMethodOnFile: false,
      pastDueSince: null,
      suspendedForNonPayment: false,
      paymentStateAt: null,
      paymentMethodAt: null,
      createdAt: BEFORE,
      updatedAt: BEFORE,
      revision: 1,
    },
  ];
  const monitors: Monitor[] = Array.from({ length: between(1, 4) }, (_, m) =>
    newMonitor({
      id: `${tenantId}-mon-${m}`,
      tenantId,
      name: m === 0 ? 'Website' : `Service ${m}`,
      kind: m === 1 ? 'tls' : 'http',
      // One in five monitors was created during the month.
      createdAt: random() < 0.2 ? instant(between(1, 25), 600) : BEFORE,
    }),
  );
  for (const monitor of monitors) {
    items.push(monitorItem(monitor));
    const firstDay = Math.max(0, Math.floor((Date.parse(monitor.createdAt) - Date.parse(PERIOD.start)) / DAY_MS));
    for (let day = firstDay; day < 30; day++) {
      const down = random() < 0.1 ? between(1, 30) : 0;
      const bucket = instant(day, 0).slice(0, 10);
      items.push({
        ...keys.rollup(tenantId, monitor.id, 'day', bucket),
        entity: 'rollup',
        v: 1,
        tenantId,
        monitorId: monitor.id,
        bucket,
        up: 1440 - down - 2,
        down,
        noData: random() < 0.05 ? 2 : 0,
        maintenance: random() < 0.05 ? 2 : 0,
        h3: 1440 - down - 2,
      });
    }
  }
  for (let i = 0; i < between(0, 3); i++) {
    const monitor = monitors[i % monitors.length] as Monitor;
    const opened = between(0, 29);
    const openedAt = instant(opened, between(0, 1400));
    const incident: Incident = {
      id: `${tenantId}-inc-${i}`,
      tenantId,
      tenantName: name,
      monitorId: monitor.id,
      monitorName: monitor.name,
      monitorKind: monitor.kind,
      severity: 'major',
      status: 'resolved',
      detectedAt: openedAt,
      openedAt,
      acknowledgedAt: new Date(Date.parse(openedAt) + between(2, 90) * 60_000).toISOString(),
      acknowledgedBy: 'op@opsdesk.example',
      resolvedAt: new Date(Date.parse(openedAt) + between(30, 600) * 60_000).toISOString(),
      acknowledgeDueAt: new Date(Date.parse(openedAt) + 60 * 60_000).toISOString(),
      resolveDueAt: new Date(Date.parse(openedAt) + 480 * 60_000).toISOString(),
      coverage: 'covered',
      coverageStartsAt: null,
      pages: 1,
      escalationLevel: 0,
      nextPageAt: null,
      pagedStaffIds: ['op'],
      timeline: [],
      version: 3,
    };
    items.push(incidentItem(incident), {
      ...keys.tenantIncidentListing(tenantId, openedAt, incident.id),
      entity: 'incident-listing',
      v: 1,
      tenantId,
      incidentId: incident.id,
    });
  }
  const usage: UsageRecord[] = [];
  for (let i = 0; i < between(0, 8); i++) {
    const day = between(0, 29);
    const minutes = between(5, 90);
    const outcome = i % 5 === 4 ? 'failed' : 'succeeded';
    const task: Task = {
      ...taskDraft({
        id: `${tenantId}-task-${i}`,
        tenant: { id: tenantId, name },
        type: findTaskType('custom')!,
        host: null,
        params: { what: `Change ${i}` },
        notes: null,
        requestedBy: { userId: `${tenantId}-admin`, email: `admin@${tenantId}.example` },
        at: new Date(instant(day, 420)),
      }),
      status: outcome,
      updatedAt: instant(day, 480 + minutes),
      claimedBy: { userId: 'op', email: 'op@opsdesk.example' },
      minutesSpent: minutes,
      completionNote: 'Done',
      history: [
        { status: 'queued', at: instant(day, 420), by: `admin@${tenantId}.example`, reason: null },
        { status: 'claimed', at: instant(day, 480), by: 'op@opsdesk.example', reason: null },
        { status: outcome, at: instant(day, 480 + minutes), by: 'op', reason: null },
      ],
      version: 3,
    };

    items.push({ ...keys.task(tenantId, task.id), entity: 'task', v: 1, ...task });
    usage.push({
      id: `task-${task.id}`,
      tenantId,
      kind: 'webmaster_minutes',
      quantity: minutes,
      unit: 'minutes',
      occurredAt: task.updatedAt,
      sourceId: task.id,
      unitPrice: null,
    });
  }
  for (let i = 0; i < between(0, 3); i++) {
    const id = `${tenantId}-booking-${i}`;
    const start = instant(between(0, 29), 540);
    const minutes = between(20, 60);
    items.push({
      ...keys.booking(tenantId, id),
      entity: 'booking',
      v: 1,
      id,
      tenantId,
      typeId: 'consultation',
      staffId: 'op',
      bookedBy: `${tenantId}-admin`,
      start,
      end: new Date(Date.parse(start) + 3_600_000).toISOString(),
      durationMinutes: 60,
      holdStart: start,
      holdEnd: new Date(Date.parse(start) + 4_500_000).toISOString(),
      status: 'completed',
      notes: null,
      lateCancellationFee: null,
      minutesSpent: minutes,
      createdAt: BEFORE,
      updatedAt: start,
    });
    usage.push({
      id: `booking-${id}`,
      tenantId,
      kind: 'webmaster_minutes',
      quantity: minutes,
      unit: 'minutes',
      occurredAt: new Date(Date.parse(start) + 3_600_000).toISOString(),
      sourceId: id,
      unitPrice: null,
    });
  }
  items.push(...usage.map((record) => usagePut(TABLE, record).Put.Item));
  const number = `OD-2026-${String(index + 1).padStart(6, '0')}`;
  items.push({
    ...keys.invoice(tenantId, PERIOD.id),
    ...keys.periodInvoices(PERIOD.id, number),
    entity: 'invoice',
    v: 2,
    id: `${tenantId}-invoice`,
    tenantId,
    kind: 'invoice',
    number,
    periodId: PERIOD.id,
    servicePeriod: { start: PERIOD.start, end: PERIOD.end },
    status: 'finalized',
    issuedAt: PERIOD.end,
    seller: { name: 'Opsdesk', address: [], country: 'DE', vatId: 'DE1' },
    buyer: { name, address: [], country: 'DE', vatId: null },
    currency: 'EUR',
    lines: [
      {
        kind: 'base_fee',
        description: 'Webmaster eighth, monthly fee',
        quantity: 30,
        unit: 'days',
        unitPrice: 39_900,
        amount: 39_900,
        vatRate: 1900,
      },
    ],
    net: 39_900,
    vat: [{ rate: 1900, base: 39_900, amount: 7_581 }],
    gross: 47_481,
    vatTreatment: 'domestic',
    creditNoteOf: null,
    creditNote: null,
    statusChangedAt: PERIOD.end,
    paidAt: null,
    statusNote: null,
    stripe: null,
    version: 1,
  });
  return items;
};

/** Writes items 25 at a time, `limit` batches at once, unprocessed items sent again. */
const writeAll = async (client: DynamoDBDocumentClient, items: Record<string, unknown>[], limit = 16) => {
  const batches = Math.ceil(items.length / 25);
  await pool(batches, limit, async (b) => {
    let pending = items.slice(b * 25, b * 25 + 25).map((Item) => ({ PutRequest: { Item } }));
    while (pending.length) {
      const result = await client.send(new BatchWriteCommand({ RequestItems: { [TABLE]: pending } }));
      pending = (result.UnprocessedItems?.[TABLE] ?? []) as typeof pending;
    }
  });
};

/** Samples the process's resident set and heap every 20 ms while `work` runs: the peaks. */
const peakMemory = async <T>(work: () => Promise<T>) => {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 20);
  try {
    const value = await work();
    return { value, rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
};

/**
 * `npm run bench`'s section on the service report: seeds 1,000 tenants' November 2026 in DynamoDB Local and makes
 * every report as the period close does. Returns the markdown section for docs/benchmarks.md.
 */
export const benchReports = async (): Promise<string> => {
  Object.assign(process.env, {
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  });
  const dynamo = await startDynamoDbLocal();
  try {
    await new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }).send(
      new CreateTableCommand(createTableInput(TABLE)),
    );
    const client = createDocumentClient(dynamo.endpoint);
    const seedStart = performance.now();
    // Written 50 tenants at a time, so the seed holds no memory the close's figures would count.
    let seeded = 0;
    for (let first = 0; first < TENANTS; first += 50) {
      const items = Array.from({ length: Math.min(50, TENANTS - first) }, (_, i) => tenantItems(first + i)).flat();
      await writeAll(client, items);
      seeded += items.length;
    }
    const seedMs = performance.now() - seedStart;
    const heapBeforeMb = process.memoryUsage().heapUsed / 2 ** 20;
    const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;

    const count = countCommands(client);
    // The close's clock: just after the month (the reports are made as the month's close runs).
    const closeClock = { now: () => new Date(Date.parse(PERIOD.end) + 30 * 60_000) };
    const deps = {
      facts: new DynamoReportFactsReader(client, TABLE),
      reports: new DynamoReportStore(client, TABLE),
      clock: closeClock,
      ids: new RandomIds(),
      links: { web: 'https://app.opsdesk.example' },
    };
    const perReport: number[] = [];
    const outcomes = new Map<string, number>();
    const started = performance.now();
    const { rssMb, heapMb } = await peakMemory(() =>
      pool(TENANTS, CONCURRENCY, async (index) => {
        const begin = performance.now();
        const outcome = await generateServiceReport(deps, {
          tenantId: `bench-tenant-${String(index).padStart(4, '0')}`,
          periodId: PERIOD.id,
        });
        perReport.push(performance.now() - begin);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
    );
    const totalMs = performance.now() - started;
    const commands = count.commands;
    // What is stored: the sample's gzip'd size (chunk 000 and any further chunks).
    const sample = await deps.reports.get('bench-tenant-0000', PERIOD.id);
    const sampleJson = Buffer.byteLength(JSON.stringify(sample));
    const sampleGzip = gzipSync(Buffer.from(JSON.stringify(sample))).length;
    const listed = await deps.reports.listForPeriod(PERIOD.id);
    if ((outcomes.get('generated') ?? 0) !== TENANTS || listed.length !== TENANTS) {
      throw new Error(`reports: expected ${TENANTS} generated, got ${JSON.stringify([...outcomes])}`);
    }
    client.destroy();
    return `## Service reports (one period close of ${TENANTS.toLocaleString('en')} tenants; DynamoDB Local)

Each tenant's month: 1–4 monitors with their daily rollups (one in five created mid-month), 0–3 incidents, 0–8
tasks, 0–3 completed bookings, their usage records and the invoice (${seeded.toLocaleString('en')} items seeded in
${fmt(seedMs / 1000)} s, not part of the close). Every report is made as the period-close consumer makes it
(\`generateServiceReport\`: facts read through the repositories, figures computed, the report and its export stored
gzip'd with the e-mail and the audit entry in one transaction), ${CONCURRENCY} at a time — as consumers run side by side.

| measured | figure |
|---|---|
| the close's reports, ${TENANTS.toLocaleString('en')} tenants | ${fmt(totalMs / 1000)} s in all (${fmt(TENANTS / (totalMs / 1000))} reports/s) |
| per report | p50 ${fmt(percentile(perReport, 50))} ms, p95 ${fmt(percentile(perReport, 95))} ms, max ${fmt(Math.max(...perReport))} ms |
| round trips per report | ${fmt(commands / TENANTS, 1)} (reads of the facts, one TransactWriteItems) |
| stored per report (tenant 0000) | ${sampleJson.toLocaleString('en')} bytes of JSON (report + export), ${sampleGzip.toLocaleString('en')} gzip'd: ${Math.ceil(sampleGzip / REPORT_CHUNK_BYTES)} chunk(s) of at most ${REPORT_CHUNK_BYTES / 1024} KB |
| peak memory of the process during the close | RSS ${fmt(rssMb, 0)} MB, heap used ${fmt(heapMb, 0)} MB (before it: RSS ${fmt(rssBeforeMb, 0)} MB, heap ${fmt(heapBeforeMb, 0)} MB; garbage not yet collected counts) |
`;
  } finally {
    await dynamo.stop();
  }
};
