import { resolve } from 'node:path';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { TABLE } from '../../shared/contracts/resources.js';
import { LOCAL_AWS } from '../local-stack/engines.js';
import { checkInvariants, type InvariantReport } from './check-invariants.js';
import { checkDataDirInvariants } from './data-dir.js';

/**
 * `npm run check:invariants`: reads the whole table and prints every broken invariant; exit code 1 if there is one,
 * 2 if it could not check. Either
 * - `DATA_DIR=.data` (the local stack's data dir, the stack stopped): starts DynamoDB Local on it for the check; or
 * - `DYNAMODB_ENDPOINT=http://127.0.0.1:8000`: a DynamoDB Local that runs already (while nothing writes to it).
 * `TABLE_NAME` overrides the table of an endpoint (default: the local stack's, `TABLE.name`); `SENT_MAIL=none` skips
 * the check that confirmations were queued or sent, for a table whose mail goes out through SES.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.AWS_REGION ??= LOCAL_AWS.region;
process.env.AWS_ACCESS_KEY_ID ??= LOCAL_AWS.credentials.accessKeyId;
process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_AWS.credentials.secretAccessKey;

const { DYNAMODB_ENDPOINT: endpoint, DATA_DIR: dataDir } = process.env;
const tableName = process.env.TABLE_NAME ?? TABLE.name;

const read = async (): Promise<{ source: string; report: InvariantReport }> => {
  if (endpoint) {
    const client = createDocumentClient(endpoint);
    try {
      const sentMail = process.env.SENT_MAIL === 'none' ? 'none' : 'mailbox';
      return { source: `${tableName} at ${endpoint}`, report: await checkInvariants({ client, tableName, sentMail }) };
    } finally {
      client.destroy();
    }
  }
  const dir = resolve(dataDir as string);
  return { source: `${TABLE.name} in ${dir}`, report: await checkDataDirInvariants(dir) };
};

if (!endpoint && !dataDir) {
  console.error(
    'check:invariants: set DATA_DIR (a stopped local stack’s data dir, e.g. DATA_DIR=.data) or DYNAMODB_ENDPOINT (e.g. http://127.0.0.1:8000)',
  );
  process.exit(2);
}
try {
  const { source, report } = await read();
  const { violations, counts } = report;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const perEntity = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entity, n]) => `${entity} ${n}`)
    .join(', ');
  console.log(`${source}: ${total} items (${perEntity})`);
  for (const violation of violations) {
    console.log(`${violation.invariant}  ${violation.key.pk} / ${violation.key.sk}  ${violation.message}`);
  }
  console.log(violations.length ? `${violations.length} violation(s)` : 'no violations');
  process.exitCode = violations.length ? 1 : 0;
} catch (error) {
  console.error(`check:invariants: ${(error as Error).message}`);
  process.exitCode = 2;
}
