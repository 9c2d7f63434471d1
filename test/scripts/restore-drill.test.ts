import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BatchWriteItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  DeleteTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamodb/keys.js';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import { LOCAL_AWS } from '../../scripts/local-stack/engines.js';
import { PROJECT_ROOT } from '../../scripts/local-stack/stack.js';
import {
  type DrillResult,
  type DrillTarget,
  formatReport,
  formatVerifyReport,
  ITEMS_FILE,
  readExport,
  runDrill,
  verifyTable,
  writeItems,
} from '../../scripts/restore-drill/drill.js';
import { type JsonItem, toWireItem } from '../../scripts/restore-drill/dynamodb-json.js';
import { DRILL_DATES, PROBE_KEY, seedDrillData } from '../../scripts/restore-drill/seed.js';

/**
 * The restore drill end to end on DynamoDB Local: the CLI as `npm run drill:restore` runs it (its own engine, seeded),
 * and the drill's steps on a table of the run's engine — passing on a faithful restore, failing by name on a restore
 * that lost an item, changed a counter or gained an item.
 */

/** The CLI runs in its own process meanwhile (its own DynamoDB Local): started first, awaited by its test. */
let child: ReturnType<typeof spawn> | undefined;
const cli = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
  child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/restore-drill/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', EXPORT_DIR: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.once('exit', (code) => resolve({ code, stdout, stderr }));
});

let target: DrillTarget;
const work = mkdtempSync(join(tmpdir(), 'opsdesk-restore-drill-test-'));
let run = 0;
const drill = (afterRestore?: (target: DrillTarget) => Promise<void>): Promise<DrillResult> =>
  runDrill(target, {
    exportDir: join(work, `export-${++run}`),
    now: new Date(DRILL_DATES.void),
    pageSize: 10,
    afterRestore,
  });

/** Puts the table back as the drill's export had it (a failed check leaves the damage in place). */
const repair = async (result: DrillResult) => {
  const { items } = readExport(result.exportDir);
  await target.client.send(new DeleteTableCommand({ TableName: target.tableName }));
  await target.client.send(new CreateTableCommand(createTableInput(target.tableName)));
  await writeItems(target.client, target.tableName, items);
};

beforeAll(async () => {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: inject('dynamoEndpoint') });
  target = { client, tableName: `restore-drill-${randomUUID()}` };
  await client.send(new CreateTableCommand(createTableInput(target.tableName)));
  await seedDrillData(client, target.tableName);
});

afterAll(async () => {
  // Only if its test did not run to the end (a filtered run): the CLI stops its own engine on SIGTERM's exit hook.
  if (child && child.exitCode === null) child.kill('SIGTERM');
  await target.client.send(new DeleteTableCommand({ TableName: target.tableName })).catch(() => undefined);
  target.client.destroy();
  rmSync(work, { recursive: true, force: true });
});

describe('the restore drill', () => {
  it('exports, wipes, restores and proves every item, the counters and the invariants', async () => {
    const result = await drill();
    expect(result.check.problems).toEqual([]);
    expect(result.ok).toBe(true);
    const { manifest } = result;
    // Staff, three organisations with their users and subscriptions, six invoices and a credit note with pointers…
    expect(manifest.itemCount).toBeGreaterThan(50);
    expect(result.export.pages).toBeGreaterThan(5); // 10 items a page: the Scan was followed to its end
    expect(result.check.identical).toBe(manifest.itemCount);
    expect(result.check.itemCount).toBe(manifest.itemCount);
    expect(result.check.sha256).toBe(manifest.sha256);
    expect(result.restore.requests).toBe(Math.ceil(manifest.itemCount / 25));
    // November's invoices issued in 2025, December's in 2026, the void's credit note in 2026.
    expect(manifest.counters.map(({ series, last, highestIssued }) => ({ series, last, highestIssued }))).toEqual([
      { series: 'OD-2025', last: '3', highestIssued: 3 },
      { series: 'OD-2026', last: '3', highestIssued: 3 },
      { series: 'OD-CN-2026', last: '1', highestIssued: 1 },
    ]);
    expect(result.check.violations).toEqual([]);
    expect(manifest.shape).toEqual({
      keySchema: ['pk:HASH', 'sk:RANGE'],
      indexes: ['gsi1(gsi1pk:HASH,gsi1sk:RANGE;ALL)'],
      ttlAttribute: null,
    });

    const report = formatReport(result, 'test table');
    expect(report).toContain(`export   ${manifest.itemCount} items in ${result.export.pages} page(s)`);
    expect(report).toContain('counters OD-2025 = 3, OD-2026 = 3, OD-CN-2026 = 1');
    expect(report).toContain(`check    ${manifest.itemCount}/${manifest.itemCount} items identical`);
    expect(report).toMatch(/restore drill passed in \d+ ms$/);

    // Every type came back as it was: the probe's numbers as DynamoDB's strings, binaries as bytes, sets as sets.
    const { Item: probe } = await target.client.send(
      new GetItemCommand({
        TableName: target.tableName,
        Key: { pk: { S: PROBE_KEY.pk }, sk: { S: PROBE_KEY.sk } },
        ConsistentRead: true,
      }),
    );
    expect(probe?.precise).toEqual({ N: '3.1415926535897932384626433832795028841' });
    expect(probe?.large).toEqual({ N: '12345678901234567890123456789012345678' });
    expect(Buffer.from(probe?.binary?.B ?? []).toString('hex')).toBe('000102fdfeff');
    expect([...(probe?.strings?.SS ?? [])].sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect([...(probe?.numbers?.NS ?? [])].sort()).toEqual([
      '-2',
      '1.5',
      '3',
      '99999999999999999999999999999999999999',
    ]);
    expect((probe?.binaries?.BS ?? []).map((b) => Buffer.from(b).toString('hex')).sort()).toEqual(['01', '0203']);
    expect(probe?.nothing).toEqual({ NULL: true });
    expect(probe?.map?.M?.empty).toEqual({ M: {} });
  });

  it('fails when the restore lost an item, naming it (and the invariant it breaks)', async () => {
    const lines = readFileSync(join(work, 'export-1', ITEMS_FILE), 'utf8')
      .split('\n')
      .filter(Boolean);
    const pointer = lines
      .map((line) => (JSON.parse(line) as { Item: JsonItem }).Item)
      .find((item) => 'S' in item.entity! && item.entity.S === 'invoice_pointer')!;
    const key = toWireItem({ pk: pointer.pk!, sk: pointer.sk! });
    const name = `${(pointer.pk as { S: string }).S} / INVOICE`;

    const result = await drill(async ({ client, tableName }) => {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: key }));
    });
    expect(result.ok).toBe(false);
    expect(result.check.problems).toContain(`missing item ${name}`);
    expect(result.check.problems).toContain(
      `the table holds ${result.manifest.itemCount - 1} items, the export ${result.manifest.itemCount}`,
    );
    expect(result.check.problems.some((p) => p.startsWith('invariant invoice.pointer broken'))).toBe(true);
    const report = formatReport(result, 'test table');
    expect(report).toContain('restore drill FAILED');
    expect(report).toContain(`  - missing item ${name}`);
    await repair(result);
  });

  it('fails when a counter came back changed, naming the counter', async () => {
    const counter = keys.invoiceCounter('2026');
    const result = await drill(async ({ client, tableName }) => {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { pk: { S: counter.pk }, sk: { S: counter.sk } },
          UpdateExpression: 'SET #last = :n',
          ExpressionAttributeNames: { '#last': 'last' },
          ExpressionAttributeValues: { ':n': { N: '4' } },
        }),
      );
    });
    expect(result.ok).toBe(false);
    const problems = result.check.problems;
    expect(problems.some((p) => p.startsWith('item P#INVOICE_NUMBER / 2026 differs from the export'))).toBe(true);
    expect(problems).toContain('invoice counter P#INVOICE_NUMBER / 2026 (OD-2026) is 4, the export says 3');
    expect(problems).toContain(
      'invoice counter P#INVOICE_NUMBER / 2026 (OD-2026) is 4, but the highest number issued is 3',
    );
    expect(problems.some((p) => p.startsWith('invariant invoice_counter.last broken at P#INVOICE_NUMBER / 2026'))).toBe(
      true,
    );
    // Nothing else is blamed.
    expect(problems.every((p) => p.includes('P#INVOICE_NUMBER / 2026') || p.startsWith("the table's checksum"))).toBe(
      true,
    );
    await repair(result);
  });

  it('fails on an item the export does not have', async () => {
    const result = await drill(async ({ client, tableName }) => {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { pk: { S: 'P#RESTORE_DRILL' }, sk: { S: 'STRAY' }, entity: { S: 'restore_probe' } },
        }),
      );
    });
    expect(result.ok).toBe(false);
    expect(result.check.problems).toContain('extra item P#RESTORE_DRILL / STRAY (not in the export)');
    await repair(result);
  });

  it('refuses to restore from an export that does not match its manifest', async () => {
    const dir = join(work, 'export-1');
    const file = join(dir, ITEMS_FILE);
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('"OD-2025-000001"', '"OD-2025-000009"'));
      expect(() => readExport(dir)).toThrow(/does not match its manifest \(file checksum\): refusing to restore/);
    } finally {
      writeFileSync(file, original);
    }
    expect(readExport(dir).items).toHaveLength(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).itemCount);
  });

  it('npm run drill:restore seeds its own DynamoDB Local, passes and says so', async () => {
    const { code, stdout, stderr } = await cli;
    expect({ code, stderr: stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*$/, '') }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(stdout).toMatch(/^restore drill: opsdesk on an in-memory DynamoDB Local, seeded with 3 organisations/);
    expect(stdout).toContain('counters OD-2025 = 3, OD-2026 = 3, OD-CN-2026 = 1');
    expect(stdout).toMatch(/check {4}(\d+)\/\1 items identical, \1 in the table; .*; 0 invariant violation\(s\)/);
    expect(stdout).toMatch(/restore drill passed in \d+ ms/);
  }, 90_000);
});

describe('the checker for a restore in AWS (VERIFY_TABLE)', () => {
  it('names every setting a PITR restore leaves behind, and passes once they are back', async () => {
    const before = await verifyTable(target, { sentMail: 'mailbox' });
    expect(before.problems).toEqual([
      'deletion protection is off',
      'the table\'s ttlAttribute is null, the definition is "expiresAt"',
    ]);
    // DynamoDB Local has no backups: said, not failed (in AWS a PITR that is off is a problem).
    expect(before.notes).toEqual(['point-in-time recovery not checked: this endpoint has no backups (DynamoDB Local)']);
    expect(before.counters.map((counter) => `${counter.series} = ${counter.last}`)).toEqual([
      'OD-2025 = 3',
      'OD-2026 = 3',
      'OD-CN-2026 = 1',
    ]);

    // The runbook's commands, through the API the AWS CLI calls.
    const { client, tableName } = target;
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      }),
    );
    await client.send(new UpdateTableCommand({ TableName: tableName, DeletionProtectionEnabled: true }));
    try {
      const after = await verifyTable(target, { sentMail: 'mailbox' });
      expect(after.problems).toEqual([]);
      expect(formatVerifyReport(after, tableName)).toMatch(/restore check passed$/);
    } finally {
      await client.send(new UpdateTableCommand({ TableName: tableName, DeletionProtectionEnabled: false }));
    }
  });
});

describe('writing items back', () => {
  const item = (n: number): JsonItem => ({ pk: { S: 'P#X' }, sk: { S: `S#${n}` } });

  it('sends unprocessed items again until none is left', async () => {
    const sent: number[] = [];
    const client = {
      send: async (command: BatchWriteItemCommand) => {
        const requests = command.input.RequestItems?.t ?? [];
        sent.push(requests.length);
        // DynamoDB takes only the first two items of every request.
        return { UnprocessedItems: requests.length > 2 ? { t: requests.slice(2) } : {} };
      },
    } as unknown as Pick<DynamoDBClient, 'send'>;
    const result = await writeItems(client, 't', [1, 2, 3, 4, 5].map(item), { baseDelayMs: 1, maxAttempts: 5 });
    expect(sent).toEqual([5, 3, 1]);
    expect(result).toEqual({ requests: 3, retries: 2 });
  });

  it('fails, naming the items, when they stay unprocessed', async () => {
    const client = {
      send: async (command: BatchWriteItemCommand) => ({ UnprocessedItems: command.input.RequestItems }),
    } as unknown as Pick<DynamoDBClient, 'send'>;
    await expect(writeItems(client, 't', [item(1), item(2)], { baseDelayMs: 1, maxAttempts: 3 })).rejects.toThrow(
      '2 item(s) still unprocessed after 3 attempts: P#X / S#1, P#X / S#2',
    );
  });
});
