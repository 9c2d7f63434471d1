import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DOCUMENT_TRANSLATION } from '../../functions/adapters/dynamodb/client.js';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';
import { TABLE } from '../../shared/contracts/resources.js';
import { acquireDataDirLock, describeLockedDataDir } from '../local-stack/data-dir-lock.js';
import { LOCAL_AWS, startDynamoDbLocal } from '../local-stack/engines.js';
import { checkInvariants, type InvariantReport } from './check-invariants.js';

/**
 * The invariants of a stopped local stack's data: takes the data dir's lock (so no stack runs on it meanwhile), starts
 * DynamoDB Local on `DATA_DIR/dynamodb` as the stack would, reads the whole table, and stops it again.
 */
export const checkDataDirInvariants = async (dataDir: string): Promise<InvariantReport> => {
  const attempt = acquireDataDirLock(dataDir, new SystemClock().now().toISOString());
  if (!attempt.acquired) throw new Error(describeLockedDataDir(dataDir, attempt.owner));
  try {
    const engine = await startDynamoDbLocal(join(dataDir, 'dynamodb'));
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...LOCAL_AWS, endpoint: engine.endpoint }),
      DOCUMENT_TRANSLATION,
    );
    try {
      return await checkInvariants({ client, tableName: TABLE.name });
    } finally {
      client.destroy();
      await engine.stop();
    }
  } finally {
    attempt.lock.release();
  }
};
