import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { DynamoUsageLedger } from '../../functions/adapters/dynamodb/dynamo-usage-ledger.js';
import { usagePut } from '../../functions/adapters/dynamodb/usage-item.js';
import { renderInvoicePdf } from '../../functions/adapters/pdf/invoice-pdf.js';
import { loadStageConfig } from '../../infra/stage-config.js';
import { type Invoice, invoiceOfRating } from '../../shared/billing/invoices.js';
import { periodOf } from '../../shared/billing/periods.js';
import { rate } from '../../shared/billing/rating.js';
import { findPlan } from '../../shared/catalogue/plans.js';
import type { UsageRecord } from '../../shared/usage/usage-record.js';
import { ensureTable, LOCAL_AWS, startDynamoDbLocal } from '../local-stack/engines.js';
import { countCommands, fmt, percentile } from './measure.js';

const period = periodOf(new Date('2026-10-15T00:00:00Z'));
const KINDS = ['webmaster_minutes', 'task_runs', 'call_outs', 'late_cancellation'] as const;

const records = (tenantId: string, count: number, from = 0): UsageRecord[] =>
  Array.from({ length: count }, (_, offset) => {
    const index = from + offset;
    const kind = KINDS[index % KINDS.length] as UsageRecord['kind'];
    return {
      id: `bench-${tenantId}-${index}`,
      tenantId,
      kind,
      quantity: kind === 'webmaster_minutes' ? 5 + (index % 90) : 1,
      unit: 'minutes',
      occurredAt: new Date(Date.parse(period.start) + index * 60_000).toISOString(),
      sourceId: `source-${index}`,
      unitPrice: kind === 'late_cancellation' ? { amount: 4_500, currency: 'EUR' } : null,
    };
  });

const rateTenant = (tenantId: string, usage: UsageRecord[]) =>
  rate({
    period,
    planHistory: [{ planId: 'webmaster-eighth', effectiveFrom: '2026-01-01T00:00:00.000Z' }],
    cancelledAt: null,
    plans: findPlan,
    usage,
    hosts: [{ hostId: `mi-${tenantId.padStart(17, '0').slice(-17)}`, from: period.start, to: null }],
    seller: { country: 'DE', vatRate: 1900 },
    buyer: { country: 'DE', vatId: null },
  });

const INGEST_RECORDS = 2_000;
const INGEST_ROUNDS = 7;
/** Raw BatchWriteItem in flight at once in the second raw variant: the ledger's own setting. */
const RAW_IN_FLIGHT = 2;

/**
 * Ingest (budget 5 of issue 18): 2,000 records through the ledger (conditional puts in transactions of 100,
 * 2 in flight) against raw `BatchWriteItem` of the very same items without conditions (25 per request,
 * one after another: the baseline; and 2 in flight, for comparison), on one DynamoDB Local. One warm-up
 * round of each, then rounds interleaved (the order alternates) on fresh records; medians, and the median
 * of each round's ratio (the machine is shared and noisy: a round's two runs see the same load). Then
 * replays: the same 2,000 again (nothing appended) and 1,000 known + 1,000 new (exactly 1,000 appended).
 */
export const benchIngest = async (): Promise<string> => {
  process.env.AWS_REGION ??= LOCAL_AWS.region;
  process.env.AWS_ACCESS_KEY_ID ??= LOCAL_AWS.credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_AWS.credentials.secretAccessKey;
  const engine = await startDynamoDbLocal();
  try {
    await ensureTable(engine.endpoint, 'bench-ledger');
    const client = createDocumentClient(engine.endpoint);
    const counted = countCommands(client);
    const ledger = new DynamoUsageLedger(client, 'bench-ledger');
    const rawWrite = async (batch: UsageRecord[], inFlight: number) => {
      const requests = Array.from({ length: Math.ceil(batch.length / 25) }, (_, index) =>
        // The very item the ledger writes, without its condition (BatchWriteItem takes none).
        batch
          .slice(index * 25, index * 25 + 25)
          .map((record) => ({ PutRequest: { Item: usagePut('bench-ledger', record).Put.Item } })),
      );
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          let pending: Record<string, unknown[]> | undefined = { 'bench-ledger': requests[next++] ?? [] };
          for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
            if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 6)));
            const result = await client.send(new BatchWriteCommand({ RequestItems: pending as never }));
            pending = result.UnprocessedItems as typeof pending;
          }
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
    };
    const ways = {
      ledger: async (batch: UsageRecord[]) => {
        const { appended } = await ledger.append(batch);
        if (appended !== batch.length)
          throw new Error(`the ledger appended ${appended} of ${batch.length} new records`);
      },
      raw: (batch: UsageRecord[]) => rawWrite(batch, 1),
      rawInFlight: (batch: UsageRecord[]) => rawWrite(batch, RAW_IN_FLIGHT),
    };
    type Way = keyof typeof ways;
    const ms: Record<Way, number[]> = { ledger: [], raw: [], rawInFlight: [] };
    const calls: Record<Way, number> = { ledger: 0, raw: 0, rawInFlight: 0 };
    let lastLedgerBatch: UsageRecord[] = [];
    for (let round = 0; round <= INGEST_ROUNDS; round++) {
      const order: Way[] = round % 2 === 0 ? ['ledger', 'raw', 'rawInFlight'] : ['rawInFlight', 'raw', 'ledger'];
      for (const way of order) {
        const batch = records(`${way}${round}-`, INGEST_RECORDS);
        counted.reset();
        const started = performance.now();
        await ways[way](batch);
        const elapsed = performance.now() - started;
        // Round 0 warms the engine, the client and the code up.
        if (round > 0) ms[way].push(elapsed);
        calls[way] = counted.commands;
        if (way === 'ledger') lastLedgerBatch = batch;
      }
    }
    const replay = async (batch: UsageRecord[]) => {
      counted.reset();
      const started = performance.now();
      const { appended } = await ledger.append(batch);
      return { ms: performance.now() - started, appended, calls: counted.commands };
    };
    const whole = await replay(lastLedgerBatch);
    const half = await replay([
      ...lastLedgerBatch.slice(0, INGEST_RECORDS / 2),
      ...records('half-new-', INGEST_RECORDS / 2, INGEST_RECORDS / 2),
    ]);
    client.destroy();
    const median = (values: number[]) => percentile(values, 50);
    const perSecond = (elapsed: number) => fmt(INGEST_RECORDS / (elapsed / 1000), 0);
    const ratio = median(ms.raw) / median(ms.ledger);
    const pairedRatio = median(ms.ledger.map((elapsed, index) => (ms.raw[index] ?? Number.NaN) / elapsed));
    const rounds = (way: Way) => ms[way].map((elapsed) => fmt(elapsed, 0)).join(', ');
    return `| ingest 2,000 records through the ledger (conditional puts, transactions of 100, 2 in flight; median of ${INGEST_ROUNDS} interleaved rounds after a warm-up) | ${fmt(median(ms.ledger))} ms — ${perSecond(median(ms.ledger))} records/s; ${calls.ledger} calls (rounds: ${rounds('ledger')} ms) |
| the same 2,000 as raw BatchWriteItem (25 per request, one at a time: the baseline) | ${fmt(median(ms.raw))} ms — ${perSecond(median(ms.raw))} records/s; ${calls.raw} calls (rounds: ${rounds('raw')} ms) |
| ledger throughput ÷ raw throughput (budget ≥ 0.8) | ${fmt(ratio, 2)} of the medians, ${fmt(pairedRatio, 2)} the median of the rounds' ratios — ${Math.min(ratio, pairedRatio) >= 0.8 ? 'met' : 'NOT met'} |
| the same 2,000 as raw BatchWriteItem, ${RAW_IN_FLIGHT} in flight (for comparison) | ${fmt(median(ms.rawInFlight))} ms — ${perSecond(median(ms.rawInFlight))} records/s; ${calls.rawInFlight} calls; the ledger ÷ this: ${fmt(median(ms.rawInFlight) / median(ms.ledger), 2)} |
| replaying the 2,000 through the ledger (one cancelled transaction, then a BatchGetItem of each further 100) | ${fmt(whole.ms)} ms, ${whole.appended} appended, ${whole.calls} calls |
| 1,000 of them again with 1,000 new | ${fmt(half.ms)} ms, ${half.appended} appended, ${half.calls} calls |
`;
  } finally {
    await engine.stop();
  }
};

/**
 * Billing (issue 6): rating throughput and a close of 10,000 tenants × 100 records in memory (the
 * rating part of a close, without I/O); ledger ingest against raw `BatchWriteItem` on the same DynamoDB
 * Local in the same run (`benchIngest`); the invoice PDF.
 */
export const benchBilling = async (): Promise<string> => {
  // Rating throughput: one tenant with 10,000 records, rated 20 times.
  const many = records('1', 10_000);
  rateTenant('1', many);
  let started = performance.now();
  for (let i = 0; i < 20; i++) rateTenant('1', many);
  const ratingMs = (performance.now() - started) / 20;

  // A close of 10,000 tenants × 100 records, in memory.
  const tenants = Array.from({ length: 10_000 }, (_, index) => String(index));
  const usage = tenants.map((tenantId) => records(tenantId, 100));
  const memoryBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  let gross = 0;
  for (let index = 0; index < tenants.length; index++)
    gross += rateTenant(tenants[index] as string, usage[index] ?? []).gross;
  const closeMs = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - memoryBefore) / 2 ** 20;

  // The invoice PDF, rendered on request (not stored): a typical invoice and one with 90 lines.
  const rated = rateTenant('typical', records('typical', 12));
  const invoice = (lines: typeof rated.lines): Invoice => ({
    ...invoiceOfRating({
      id: 'bench',
      tenantId: 'typical',
      period,
      buyer: {
        name: 'Kulturverein Nord e.V.',
        address: ['Hauptstraße 1', '10115 Berlin', 'DE'],
        country: 'DE',
        vatId: null,
      },
      rated: { ...rated, lines },
      at: period.end,
      collectedByStripe: false,
      seller: loadStageConfig('dev').seller,
    }),
    number: 'OD-2026-000001',
  });
  const pdfMs = async (subject: Invoice, times: number) => {
    await renderInvoicePdf(subject);
    const start = performance.now();
    let bytes = 0;
    for (let i = 0; i < times; i++) bytes = (await renderInvoicePdf(subject)).length;
    return { ms: (performance.now() - start) / times, bytes };
  };
  const typicalPdf = await pdfMs(invoice(rated.lines), 50);
  const longPdf = await pdfMs(
    invoice(
      Array.from({ length: 90 }, (_, index) => ({
        ...(rated.lines[0] as (typeof rated.lines)[number]),
        description: `Line ${index}`,
      })),
    ),
    20,
  );

  const ingest = await benchIngest();
  return `## Billing (rating in memory; ingest on DynamoDB Local)

| measure | value |
|---|---|
| rating one tenant with 10,000 usage records (mean of 20) | ${fmt(ratingMs)} ms — ${fmt(10_000 / (ratingMs / 1000) / 1000)} k records/s |
| close of 10,000 tenants × 100 records (rating only, one process) | ${fmt(closeMs)} ms — ${fmt(1_000_000 / (closeMs / 1000) / 1000)} k records/s; heap +${fmt(heapMb)} MB; total gross ${gross} |
${ingest}| invoice PDF, ${rated.lines.length} lines (mean of 50) | ${fmt(typicalPdf.ms)} ms, ${fmt(typicalPdf.bytes / 1024)} KB |
| invoice PDF, 90 lines over several pages (mean of 20) | ${fmt(longPdf.ms)} ms, ${fmt(longPdf.bytes / 1024)} KB — ${fmt(longPdf.ms / typicalPdf.ms)}× the typical one |
`;
};
