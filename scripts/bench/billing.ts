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
import { fmt } from './measure.js';

const period = periodOf(new Date('2026-10-15T00:00:00Z'));
const KINDS = ['webmaster_minutes', 'task_runs', 'call_outs', 'late_cancellation'] as const;

const records = (tenantId: string, count: number, salt = ''): UsageRecord[] =>
  Array.from({ length: count }, (_, index) => {
    const kind = KINDS[index % KINDS.length] as UsageRecord['kind'];
    return {
      id: `bench-${salt}${tenantId}-${index}`,
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

/**
 * Billing (issue 6): rating throughput and a close of 10,000 tenants × 100 records in memory (the
 * rating part of a close, without I/O); ledger ingest (conditional puts, one per record) against raw
 * `BatchWriteItem` (25 per request) on the same DynamoDB Local in the same run; the invoice PDF.
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

  // Ingest: the ledger path against raw BatchWriteItem, 2,000 records each.
  process.env.AWS_REGION ??= LOCAL_AWS.region;
  process.env.AWS_ACCESS_KEY_ID ??= LOCAL_AWS.credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_AWS.credentials.secretAccessKey;
  const engine = await startDynamoDbLocal();
  try {
    await ensureTable(engine.endpoint, 'bench-ledger');
    const client = createDocumentClient(engine.endpoint);
    const ledger = new DynamoUsageLedger(client, 'bench-ledger');
    const viaLedger = records('ledger', 2_000);
    started = performance.now();
    await ledger.append(viaLedger);
    const ledgerMs = performance.now() - started;
    const raw = records('raw', 2_000);
    started = performance.now();
    for (let index = 0; index < raw.length; index += 25) {
      await client.send(
        new BatchWriteCommand({
          RequestItems: {
            // The very item the ledger writes, without its condition (BatchWriteItem takes none).
            'bench-ledger': raw.slice(index, index + 25).map((record) => ({
              PutRequest: { Item: usagePut('bench-ledger', record).Put.Item },
            })),
          },
        }),
      );
    }
    const rawMs = performance.now() - started;
    // A replay through the ledger writes nothing new.
    started = performance.now();
    const replay = await ledger.append(viaLedger);
    const replayMs = performance.now() - started;
    client.destroy();
    return `## Billing (rating in memory; ingest on DynamoDB Local)

| measure | value |
|---|---|
| rating one tenant with 10,000 usage records (mean of 20) | ${fmt(ratingMs)} ms — ${fmt(10_000 / (ratingMs / 1000) / 1000)} k records/s |
| close of 10,000 tenants × 100 records (rating only, one process) | ${fmt(closeMs)} ms — ${fmt(1_000_000 / (closeMs / 1000) / 1000)} k records/s; heap +${fmt(heapMb)} MB; total gross ${gross} |
| ingest 2,000 records through the ledger (a conditional put each, 25 at a time) | ${fmt(ledgerMs)} ms — ${fmt(2_000 / (ledgerMs / 1000))} records/s |
| the same 2,000 as raw BatchWriteItem (25 per request) | ${fmt(rawMs)} ms — ${fmt(2_000 / (rawMs / 1000))} records/s; the ledger path takes ${fmt(ledgerMs / rawMs)}× as long |
| replaying the 2,000 through the ledger | ${fmt(replayMs)} ms, ${replay.appended} appended |
| invoice PDF, ${rated.lines.length} lines (mean of 50) | ${fmt(typicalPdf.ms)} ms, ${fmt(typicalPdf.bytes / 1024)} KB |
| invoice PDF, 90 lines over several pages (mean of 20) | ${fmt(longPdf.ms)} ms, ${fmt(longPdf.bytes / 1024)} KB — ${fmt(longPdf.ms / typicalPdf.ms)}× the typical one |
`;
  } finally {
    await engine.stop();
  }
};
