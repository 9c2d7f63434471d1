import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';
import { TABLE } from '../../shared/contracts/resources.js';
import { acquireDataDirLock, describeLockedDataDir } from '../local-stack/data-dir-lock.js';
import { type DynamoDbLocal, ensureTable, LOCAL_AWS, startDynamoDbLocal } from '../local-stack/engines.js';
import { formatReport, formatVerifyReport, ITEMS_FILE, MANIFEST_FILE, runDrill, verifyTable } from './drill.js';
import { seedDrillData } from './seed.js';

/**
 * `npm run drill:restore`: the restore drill on DynamoDB Local — export every item with a manifest, delete the table,
 * create it again from the shared definition, write every item back, and prove it (docs/operations.md, "The restore
 * drill"). Exit code 0 when proven, 1 on any mismatch (each named), 2 when the drill could not run. Either
 * - nothing set: a fresh in-memory DynamoDB Local, seeded with the local stack's seed plus two real period closes; or
 * - `DATA_DIR=.data`: a stopped local stack's data — copied (the data dir's lock held while copying, so no stack
 *   writes meanwhile), and the drill run on the copy: the stack's own table is never deleted.
 * `EXPORT_DIR` keeps the export there; otherwise it goes to a temporary directory, removed when the drill passes.
 * `VERIFY_TABLE=<name>` runs the checker alone, read-only, on a table restored in AWS (below).
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const fail = (message: string): never => {
  console.error(`drill:restore: ${message}`);
  process.exit(2);
};

/** A copy of a stopped stack's DynamoDB Local data, to run the drill on. */
const copyDataDir = (dataDir: string, into: string) => {
  const source = join(dataDir, 'dynamodb');
  if (!existsSync(source))
    fail(`DATA_DIR ${dataDir} holds no DynamoDB Local data (${source}); run npm start on it first`);
  const attempt = acquireDataDirLock(dataDir, new SystemClock().now().toISOString());
  if (!attempt.acquired) return fail(describeLockedDataDir(dataDir, attempt.owner));
  try {
    // The pid file belongs to the stack's engine, not to the copy's.
    cpSync(source, into, { recursive: true, filter: (path) => !path.endsWith('dynamodb-local.pid') });
  } finally {
    attempt.lock.release();
  }
};

/**
 * `VERIFY_TABLE=<name>`: only the drill's checker, read-only, on a table restored in AWS (docs/operations.md,
 * "Restore the table (PITR)") — credentials and region as the AWS CLI takes them; `DYNAMODB_ENDPOINT` for
 * DynamoDB Local. Sent mail is not kept in AWS, so the booking-confirmation invariant is skipped there (SENT_MAIL).
 */
const verify = async (tableName: string) => {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  const local = endpoint !== undefined && /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(endpoint);
  const verifyClient = new DynamoDBClient(local ? { ...LOCAL_AWS, endpoint } : endpoint ? { endpoint } : {});
  try {
    const sentMail =
      process.env.SENT_MAIL === 'mailbox' || (local && process.env.SENT_MAIL !== 'none') ? 'mailbox' : 'none';
    const result = await verifyTable({ client: verifyClient, tableName }, { sentMail });
    console.log(formatVerifyReport(result, `${tableName}${endpoint ? ` at ${endpoint}` : ''}`));
    process.exitCode = result.problems.length === 0 ? 0 : 1;
  } catch (error) {
    console.error(`drill:restore: ${(error as Error).message}`);
    process.exitCode = 2;
  } finally {
    verifyClient.destroy();
  }
};

if (process.env.VERIFY_TABLE) {
  await verify(process.env.VERIFY_TABLE);
  process.exit();
}

const work = mkdtempSync(join(tmpdir(), 'opsdesk-restore-drill-'));
const exportDir = process.env.EXPORT_DIR ? resolve(process.env.EXPORT_DIR) : join(work, 'export');
let engine: DynamoDbLocal | undefined;
let client: DynamoDBClient | undefined;
let passed = false;
try {
  const dataDir = process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : undefined;
  let source: string;
  if (dataDir) {
    const copy = join(work, 'dynamodb');
    copyDataDir(dataDir, copy);
    engine = await startDynamoDbLocal(copy);
    client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: engine.endpoint });
    const { TableNames = [] } = await client.send(new ListTablesCommand({}));
    if (!TableNames.includes(TABLE.name)) fail(`DATA_DIR ${dataDir} has no table ${TABLE.name}`);
    source = `${TABLE.name} of DATA_DIR ${dataDir}, on a copy (the stack's own table is left alone)`;
  } else {
    engine = await startDynamoDbLocal();
    client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: engine.endpoint });
    await ensureTable(engine.endpoint, TABLE.name);
    const seeded = await seedDrillData(client, TABLE.name);
    source =
      `${TABLE.name} on an in-memory DynamoDB Local, seeded with ${seeded.tenants} organisations, ` +
      `${seeded.invoices} invoices from the closes of ${seeded.closes.map((close) => close.periodId).join(' and ')}, ` +
      `${seeded.creditNotes} credit note`;
  }
  const result = await runDrill({ client, tableName: TABLE.name }, { exportDir, now: new SystemClock().now() });
  console.log(formatReport(result, source));
  if (process.env.EXPORT_DIR) console.log(`export kept in ${exportDir} (${MANIFEST_FILE}, ${ITEMS_FILE})`);
  passed = result.ok;
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  const cause = (error as Error).cause;
  console.error(
    `drill:restore: ${(error as Error).message}${cause instanceof Error ? ` (${cause.name}: ${cause.message})` : ''}`,
  );
  process.exitCode = 2;
} finally {
  client?.destroy();
  await engine?.stop();
  if (passed) rmSync(work, { recursive: true, force: true });
  else if (!process.env.EXPORT_DIR) console.error(`drill:restore: the export and the data are kept in ${work}`);
}
