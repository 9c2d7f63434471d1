import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  GetItemCommand,
  ScanCommand,
  UpdateTimeToLiveCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DOCUMENT_TRANSLATION } from '../../functions/adapters/dynamodb/client.js';
import { keys } from '../../functions/adapters/dynamodb/keys.js';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import { TABLE } from '../../shared/contracts/resources.js';
import { checkInvariants, type Violation } from '../invariants/check-invariants.js';
import {
  compareKeys,
  describeKey,
  exportChecksum,
  type ItemKey,
  itemChecksum,
  type JsonItem,
  sha256,
  toJsonItem,
  toWireItem,
  type WireItem,
} from './dynamodb-json.js';

/**
 * The restore drill's steps on a table: export every item with a manifest, delete the table, create it again from
 * the shared definition and write every item back, then prove the restore — item by item, the invoice number
 * counters, the table's shape, and the invariant checker. `main.ts` runs them against DynamoDB Local;
 * docs/operations.md says how the same proof is run after a restore in AWS.
 */

export const MANIFEST_FILE = 'manifest.json';
export const ITEMS_FILE = 'items.jsonl';
const FORMAT = 'opsdesk-table-export/1';

/** Where a counter lives (keys.ts), and the number series of a counter's sort key (`2026` → OD-2026). */
const COUNTER_PARTITION = keys.invoiceCounter('0000').pk;
const seriesOfCounter = (sk: string) => (sk.startsWith('CN-') ? `OD-CN-${sk.slice(3)}` : `OD-${sk}`);
const DOCUMENT_NUMBER = /^(OD|OD-CN)-(\d{4})-(\d{6})$/;

/** What a restore must give the table besides its items; a PITR restore in AWS carries the keys and indexes only. */
export interface TableShape {
  keySchema: string[];
  indexes: string[];
  /** The TTL attribute, or null when TTL is off. */
  ttlAttribute: string | null;
}

export interface CounterRecord extends ItemKey {
  /** `OD-2026`, `OD-CN-2026`. */
  series: string;
  /** The counter's `last`, as DynamoDB stores the number. */
  last: string;
  /** The highest number of that series on a document in the export (null: no document has one). */
  highestIssued: number | null;
}

export interface ExportManifest {
  format: typeof FORMAT;
  tableName: string;
  exportedAt: string;
  itemsFile: typeof ITEMS_FILE;
  /** SHA-256 of the items file as written. */
  fileSha256: string;
  itemCount: number;
  /** The whole export's checksum (`exportChecksum`): independent of Scan order. */
  sha256: string;
  shape: TableShape;
  counters: CounterRecord[];
  /** Every item's key and checksum, in key order. */
  items: (ItemKey & { sha256: string })[];
}

export interface DrillTarget {
  client: DynamoDBClient;
  tableName: string;
}

const keyOf = (item: JsonItem): ItemKey => {
  const pk = item[TABLE.partitionKey];
  const sk = item[TABLE.sortKey];
  if (!pk || !('S' in pk) || !sk || !('S' in sk))
    throw new Error(`An item without string keys: ${JSON.stringify(item)}`);
  return { pk: pk.S, sk: sk.S };
};

/** Every item, by a paginated, strongly consistent Scan (`pageSize` caps a page; DynamoDB's 1 MB cap applies anyway). */
export const scanItems = async (
  target: DrillTarget,
  pageSize?: number,
): Promise<{ items: JsonItem[]; pages: number }> => {
  const items: JsonItem[] = [];
  let pages = 0;
  let start: WireItem | undefined;
  do {
    const page = await target.client.send(
      new ScanCommand({
        TableName: target.tableName,
        ConsistentRead: true,
        ...(pageSize ? { Limit: pageSize } : {}),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    pages += 1;
    for (const item of page.Items ?? []) items.push(toJsonItem(item));
    start = page.LastEvaluatedKey;
  } while (start);
  return { items, pages };
};

export const describeShape = async (target: DrillTarget): Promise<TableShape> => {
  const { Table } = await target.client.send(new DescribeTableCommand({ TableName: target.tableName }));
  const { TimeToLiveDescription } = await target.client.send(
    new DescribeTimeToLiveCommand({ TableName: target.tableName }),
  );
  const keySchema = (schema: { AttributeName?: string; KeyType?: string }[] = []) =>
    schema.map((key) => `${key.AttributeName}:${key.KeyType}`).join(',');
  return {
    keySchema: (Table?.KeySchema ?? []).map((key) => `${key.AttributeName}:${key.KeyType}`),
    indexes: (Table?.GlobalSecondaryIndexes ?? [])
      .map((index) => `${index.IndexName}(${keySchema(index.KeySchema)};${index.Projection?.ProjectionType})`)
      .sort(),
    ttlAttribute:
      TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED' || TimeToLiveDescription?.TimeToLiveStatus === 'ENABLING'
        ? (TimeToLiveDescription.AttributeName ?? null)
        : null,
  };
};

/** Each series' highest document number in `items` (invoices and credit notes, by their `number`). */
const highestIssued = (items: JsonItem[]): Map<string, number> => {
  const highest = new Map<string, number>();
  for (const item of items) {
    const entity = item.entity;
    const number = item.number;
    if (!entity || !('S' in entity) || entity.S !== 'invoice' || !number || !('S' in number)) continue;
    const parsed = DOCUMENT_NUMBER.exec(number.S);
    if (!parsed) continue;
    const series = `${parsed[1]}-${parsed[2]}`;
    highest.set(series, Math.max(highest.get(series) ?? 0, Number(parsed[3])));
  }
  return highest;
};

const countersOf = (items: JsonItem[]): CounterRecord[] => {
  const highest = highestIssued(items);
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .filter(({ key }) => key.pk === COUNTER_PARTITION)
    .map(({ item, key }) => {
      const last = item.last;
      const series = seriesOfCounter(key.sk);
      return {
        ...key,
        series,
        last: last && 'N' in last ? last.N : '(none)',
        highestIssued: highest.get(series) ?? null,
      };
    })
    .sort(compareKeys);
};

/** Step 1: every item into `dir/items.jsonl` (DynamoDB JSON, one item a line) and `dir/manifest.json`. */
export const exportTable = async (
  target: DrillTarget,
  dir: string,
  options: { now: Date; pageSize?: number },
): Promise<{ manifest: ExportManifest; pages: number; bytes: number }> => {
  const shape = await describeShape(target);
  const { items, pages } = await scanItems(target, options.pageSize);
  const text = items.map((item) => `${JSON.stringify({ Item: item })}\n`).join('');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, ITEMS_FILE), text);
  const listed = items.map((item) => ({ ...keyOf(item), sha256: itemChecksum(item) })).sort(compareKeys);
  const manifest: ExportManifest = {
    format: FORMAT,
    tableName: target.tableName,
    exportedAt: options.now.toISOString(),
    itemsFile: ITEMS_FILE,
    fileSha256: sha256(text),
    itemCount: items.length,
    sha256: exportChecksum(listed),
    shape,
    counters: countersOf(items),
    items: listed,
  };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, pages, bytes: Buffer.byteLength(text) };
};

/**
 * Reads an export back and proves it is the one the manifest describes (file checksum, every line's item checksum,
 * the count): a damaged export is refused before the table is touched.
 */
export const readExport = (dir: string): { manifest: ExportManifest; items: JsonItem[] } => {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as ExportManifest;
  if (manifest.format !== FORMAT) throw new Error(`${join(dir, MANIFEST_FILE)} is not an ${FORMAT} manifest`);
  const text = readFileSync(join(dir, manifest.itemsFile), 'utf8');
  if (sha256(text) !== manifest.fileSha256)
    throw new Error(
      `${join(dir, manifest.itemsFile)} does not match its manifest (file checksum): refusing to restore`,
    );
  const items = text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => (JSON.parse(line) as { Item: JsonItem }).Item);
  const expected = new Map(manifest.items.map((entry) => [JSON.stringify([entry.pk, entry.sk]), entry.sha256]));
  for (const item of items) {
    const key = keyOf(item);
    if (expected.get(JSON.stringify([key.pk, key.sk])) !== itemChecksum(item))
      throw new Error(`${describeKey(key)} in the export does not match its manifest checksum: refusing to restore`);
  }
  if (items.length !== manifest.itemCount)
    throw new Error(`The export holds ${items.length} items, its manifest ${manifest.itemCount}: refusing to restore`);
  return { manifest, items };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const tableExists = async (target: DrillTarget): Promise<boolean> => {
  try {
    const { Table } = await target.client.send(new DescribeTableCommand({ TableName: target.tableName }));
    return Table?.TableStatus !== 'DELETING';
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return false;
    throw error;
  }
};

const waitFor = async (what: string, done: () => Promise<boolean>, timeoutMs = 60_000) => {
  const deadline = performance.now() + timeoutMs;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await sleep(50);
  }
};

/** Step 2: the table is deleted (the loss the drill rehearses), and gone before this returns. */
export const wipeTable = async (target: DrillTarget): Promise<void> => {
  await target.client.send(new DeleteTableCommand({ TableName: target.tableName }));
  await waitFor(`deleting ${target.tableName}`, async () => !(await tableExists(target)));
};

/**
 * Step 3a: the table again from the shared definition (`createTableInput`, as `ensureTable` makes it), then what the
 * definition's CreateTable cannot say and the source had: TTL. In AWS the CDK stack holds these settings;
 * docs/operations.md lists what a PITR restore leaves for the operator.
 */
export const recreateTable = async (target: DrillTarget, shape: TableShape): Promise<void> => {
  await target.client.send(new CreateTableCommand(createTableInput(target.tableName)));
  await waitFor(`creating ${target.tableName}`, async () => {
    const { Table } = await target.client.send(new DescribeTableCommand({ TableName: target.tableName }));
    return Table?.TableStatus === 'ACTIVE';
  });
  if (shape.ttlAttribute) {
    await target.client.send(
      new UpdateTimeToLiveCommand({
        TableName: target.tableName,
        TimeToLiveSpecification: { AttributeName: shape.ttlAttribute, Enabled: true },
      }),
    );
  }
};

export interface WriteOptions {
  /** Batches in flight at once (default 4). */
  concurrency?: number;
  /** Tries per batch, the first included, before its unprocessed items fail the restore (default 8). */
  maxAttempts?: number;
  /** Pause before the n-th retry: `baseDelayMs × 2^(n-1)`, with jitter (default 25 ms). */
  baseDelayMs?: number;
}

/**
 * Step 3b: every item back with BatchWriteItem, 25 a request. DynamoDB may leave part of a batch unprocessed
 * (throttling, a partition's limit): those items are sent again after a growing, jittered pause, until none is left
 * or the attempts are spent — then the restore fails, naming what was not written.
 */
export const writeItems = async (
  client: Pick<DynamoDBClient, 'send'>,
  tableName: string,
  items: JsonItem[],
  options: WriteOptions = {},
): Promise<{ requests: number; retries: number }> => {
  const concurrency = options.concurrency ?? 4;
  const maxAttempts = options.maxAttempts ?? 8;
  const baseDelayMs = options.baseDelayMs ?? 25;
  const batches: WriteRequest[][] = [];
  for (let start = 0; start < items.length; start += 25) {
    batches.push(items.slice(start, start + 25).map((item) => ({ PutRequest: { Item: toWireItem(item) } })));
  }
  let requests = 0;
  let retries = 0;
  const writeBatch = async (batch: WriteRequest[]) => {
    let pending = batch;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > maxAttempts) {
        const named = pending
          .map((request) => describeKey(keyOf(toJsonItem(request.PutRequest?.Item ?? {}))))
          .join(', ');
        throw new Error(`${pending.length} item(s) still unprocessed after ${maxAttempts} attempts: ${named}`);
      }
      if (attempt > 1) {
        retries += 1;
        await sleep(baseDelayMs * 2 ** (attempt - 2) * (0.5 + Math.random()));
      }
      requests += 1;
      const { UnprocessedItems } = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = UnprocessedItems?.[tableName] ?? [];
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await writeBatch(batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  return { requests, retries };
};

export interface CheckResult {
  /** Each mismatch in one sentence naming the item (`pk / sk`); empty when the restore is proven. */
  problems: string[];
  itemCount: number;
  identical: number;
  sha256: string;
  counters: CounterRecord[];
  violations: Violation[];
}

/**
 * Step 4: the restored table against the manifest — same count, every item's checksum, nothing extra, the whole
 * export's checksum; every invoice number counter back with its value, and equal to the highest number issued in
 * its series; the table's keys, indexes and TTL; and no invariant of `npm run check:invariants` broken.
 */
export const checkRestore = async (
  target: DrillTarget,
  manifest: ExportManifest,
  options: { sentMail?: 'mailbox' | 'none' } = {},
): Promise<CheckResult> => {
  const problems: string[] = [];
  const { items } = await scanItems(target);
  const restored = new Map(
    items.map((item) => {
      const key = keyOf(item);
      return [JSON.stringify([key.pk, key.sk]), { key, sha256: itemChecksum(item) }];
    }),
  );
  let identical = 0;
  for (const entry of manifest.items) {
    const id = JSON.stringify([entry.pk, entry.sk]);
    const found = restored.get(id);
    if (!found) problems.push(`missing item ${describeKey(entry)}`);
    else if (found.sha256 !== entry.sha256)
      problems.push(
        `item ${describeKey(entry)} differs from the export (sha256 ${found.sha256.slice(0, 12)}…, exported ${entry.sha256.slice(0, 12)}…)`,
      );
    else identical += 1;
    restored.delete(id);
  }
  for (const { key } of [...restored.values()].sort((a, b) => compareKeys(a.key, b.key)))
    problems.push(`extra item ${describeKey(key)} (not in the export)`);
  if (items.length !== manifest.itemCount)
    problems.push(`the table holds ${items.length} items, the export ${manifest.itemCount}`);
  const listed = items.map((item) => ({ ...keyOf(item), sha256: itemChecksum(item) }));
  const digest = exportChecksum(listed);
  if (digest !== manifest.sha256)
    problems.push(`the table's checksum ${digest.slice(0, 12)}… is not the export's ${manifest.sha256.slice(0, 12)}…`);

  // Counters, read by key as the invoice repository reads them (consistent GetItem).
  const counters = countersOf(items);
  const highest = highestIssued(items);
  for (const exported of manifest.counters) {
    const { Item } = await target.client.send(
      new GetItemCommand({
        TableName: target.tableName,
        Key: { pk: { S: exported.pk }, sk: { S: exported.sk } },
        ConsistentRead: true,
      }),
    );
    const last = Item?.last?.N;
    if (last === undefined) problems.push(`invoice counter ${describeKey(exported)} (${exported.series}) is missing`);
    else if (last !== exported.last)
      problems.push(
        `invoice counter ${describeKey(exported)} (${exported.series}) is ${last}, the export says ${exported.last}`,
      );
  }
  problems.push(...counterProblems(counters, highest));
  problems.push(...shapeProblems(await describeShape(target), manifest.shape, "the source's"));
  const { violations, problems: broken } = await invariantProblems(target, options.sentMail ?? 'mailbox');
  problems.push(...broken);
  return { problems, itemCount: items.length, identical, sha256: digest, counters, violations };
};

/** Every counter equal to the highest number issued in its series, and a counter for every series. */
const counterProblems = (counters: CounterRecord[], highest: Map<string, number>): string[] => [
  ...counters
    .filter((counter) => Number(counter.last) !== (highest.get(counter.series) ?? 0))
    .map(
      (counter) =>
        `invoice counter ${describeKey(counter)} (${counter.series}) is ${counter.last}, but the highest number issued is ${highest.get(counter.series) ?? 0}`,
    ),
  ...[...highest]
    .filter(([series]) => !counters.some((counter) => counter.series === series))
    .map(([series, issued]) => `${series} has documents up to number ${issued} but no counter`),
];

const shapeProblems = (shape: TableShape, expected: TableShape, whose: string): string[] =>
  (['keySchema', 'indexes', 'ttlAttribute'] as const)
    .filter((field) => JSON.stringify(shape[field]) !== JSON.stringify(expected[field]))
    .map(
      (field) =>
        `the table's ${field} is ${JSON.stringify(shape[field])}, ${whose} is ${JSON.stringify(expected[field])}`,
    );

/** The project's invariant checker on the table (its own Scan), each violation as a problem. */
const invariantProblems = async (target: DrillTarget, sentMail: 'mailbox' | 'none') => {
  // Not destroyed here: it shares the caller's client.
  const document = DynamoDBDocumentClient.from(target.client, DOCUMENT_TRANSLATION);
  const { violations } = await checkInvariants({ client: document, tableName: target.tableName, sentMail });
  return {
    violations,
    problems: violations.map(
      (violation) => `invariant ${violation.invariant} broken at ${describeKey(violation.key)}: ${violation.message}`,
    ),
  };
};

/** The shape the shared definition gives the table in AWS (the CDK stack): keys, indexes, TTL. */
export const definedShape = (): TableShape => ({
  keySchema: [`${TABLE.partitionKey}:HASH`, `${TABLE.sortKey}:RANGE`],
  indexes: TABLE.globalIndexes
    .map((index) => `${index.name}(${index.partitionKey}:HASH,${index.sortKey}:RANGE;ALL)`)
    .sort(),
  ttlAttribute: TABLE.timeToLiveAttribute,
});

export interface VerifyResult {
  problems: string[];
  /** What could not be checked on this endpoint. */
  notes: string[];
  itemCount: number;
  counters: CounterRecord[];
  violations: Violation[];
  ms: number;
}

/**
 * The drill's checker on a table restored in AWS (read-only: DescribeTable, DescribeTimeToLive,
 * DescribeContinuousBackups, a consistent Scan, GetItem): what a PITR restore does not carry over is back (TTL, PITR,
 * deletion protection), the keys and indexes are the definition's and active, every invoice number counter equals
 * the highest number issued in its series, and no invariant is broken. There is no export to compare item by item:
 * the restore point is the reference.
 */
export const verifyTable = async (
  target: DrillTarget,
  options: { sentMail?: 'mailbox' | 'none' } = {},
): Promise<VerifyResult> => {
  const started = performance.now();
  const problems: string[] = [];
  const { Table } = await target.client.send(new DescribeTableCommand({ TableName: target.tableName }));
  if (Table?.TableStatus !== 'ACTIVE') problems.push(`the table is ${Table?.TableStatus}, not ACTIVE`);
  for (const index of Table?.GlobalSecondaryIndexes ?? [])
    if (index.IndexStatus !== 'ACTIVE') problems.push(`index ${index.IndexName} is ${index.IndexStatus}, not ACTIVE`);
  if (!Table?.DeletionProtectionEnabled) problems.push('deletion protection is off');
  const notes: string[] = [];
  try {
    const { ContinuousBackupsDescription } = await target.client.send(
      new DescribeContinuousBackupsCommand({ TableName: target.tableName }),
    );
    const pitr = ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus;
    if (pitr !== 'ENABLED') problems.push(`point-in-time recovery is ${pitr ?? 'off'}`);
  } catch (error) {
    // DynamoDB Local has no backups at all; AWS always answers.
    if ((error as Error).name !== 'UnknownOperationException') throw error;
    notes.push('point-in-time recovery not checked: this endpoint has no backups (DynamoDB Local)');
  }
  problems.push(...shapeProblems(await describeShape(target), definedShape(), 'the definition'));
  const { items } = await scanItems(target);
  const counters = countersOf(items);
  problems.push(...counterProblems(counters, highestIssued(items)));
  const { violations, problems: broken } = await invariantProblems(target, options.sentMail ?? 'none');
  problems.push(...broken);
  return {
    problems,
    notes,
    itemCount: items.length,
    counters,
    violations,
    ms: Math.round(performance.now() - started),
  };
};

export const formatVerifyReport = (result: VerifyResult, source: string): string =>
  [
    `restore check: ${source}`,
    `  ${result.itemCount} items; counters ${
      result.counters.map((counter) => `${counter.series} = ${counter.last}`).join(', ') || 'none'
    }; ${result.violations.length} invariant violation(s)  ${result.ms} ms`,
    ...result.notes.map((note) => `  (${note})`),
    ...(result.problems.length === 0
      ? ['restore check passed']
      : [`restore check FAILED: ${result.problems.length} problem(s)`, ...result.problems.map((p) => `  - ${p}`)]),
  ].join('\n');

export interface DrillResult {
  ok: boolean;
  tableName: string;
  exportDir: string;
  manifest: ExportManifest;
  export: { ms: number; pages: number; bytes: number };
  wipe: { ms: number };
  restore: { ms: number; requests: number; retries: number };
  check: CheckResult & { ms: number };
  totalMs: number;
}

/**
 * The drill on one table: export → wipe → restore → check. `afterRestore` runs between the restore and the check
 * (the tests use it to damage a restore and prove the check catches it).
 */
export const runDrill = async (
  target: DrillTarget,
  options: {
    exportDir: string;
    now: Date;
    pageSize?: number;
    write?: WriteOptions;
    sentMail?: 'mailbox' | 'none';
    afterRestore?: (target: DrillTarget) => Promise<void>;
  },
): Promise<DrillResult> => {
  const timed = async <T>(step: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const value = await step();
    return [value, Math.round(performance.now() - started)];
  };
  const started = performance.now();
  const [exported, exportMs] = await timed(() =>
    exportTable(target, options.exportDir, {
      now: options.now,
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    }),
  );
  const [, wipeMs] = await timed(() => wipeTable(target));
  const [written, restoreMs] = await timed(async () => {
    // From the files, not from memory: the restore proves the export is enough.
    const { manifest, items } = readExport(options.exportDir);
    await recreateTable(target, manifest.shape);
    return writeItems(target.client, target.tableName, items, options.write);
  });
  await options.afterRestore?.(target);
  const [check, checkMs] = await timed(() =>
    checkRestore(target, exported.manifest, options.sentMail ? { sentMail: options.sentMail } : {}),
  );
  return {
    ok: check.problems.length === 0,
    tableName: target.tableName,
    exportDir: options.exportDir,
    manifest: exported.manifest,
    export: { ms: exportMs, pages: exported.pages, bytes: exported.bytes },
    wipe: { ms: wipeMs },
    restore: { ms: restoreMs, ...written },
    check: { ...check, ms: checkMs },
    totalMs: Math.round(performance.now() - started),
  };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The drill's report: a line per step with counts and timings, then every problem (or none). */
export const formatReport = (result: DrillResult, source: string): string => {
  const { manifest, check } = result;
  const counters =
    manifest.counters.map((counter) => `${counter.series} = ${counter.last}`).join(', ') || 'none in the table';
  const lines = [
    `restore drill: ${source}`,
    `  export   ${manifest.itemCount} items in ${result.export.pages} page(s), ${kb(result.export.bytes)}, sha256 ${manifest.sha256.slice(0, 16)}…, counters ${counters}  ${result.export.ms} ms`,
    `  wipe     table ${result.tableName} deleted  ${result.wipe.ms} ms`,
    `  restore  table created from the shared definition, ${manifest.itemCount} items written in ${result.restore.requests} BatchWriteItem request(s), ${result.restore.retries} retried  ${result.restore.ms} ms`,
    `  check    ${check.identical}/${manifest.itemCount} items identical, ${check.itemCount} in the table; counters ${
      check.counters.map((counter) => `${counter.series} = ${counter.last}`).join(', ') || 'none'
    }; ${check.violations.length} invariant violation(s)  ${check.ms} ms`,
  ];
  if (result.ok) lines.push(`restore drill passed in ${result.totalMs} ms`);
  else {
    lines.push(`restore drill FAILED: ${check.problems.length} problem(s)`);
    for (const problem of check.problems) lines.push(`  - ${problem}`);
  }
  return lines.join('\n');
};
