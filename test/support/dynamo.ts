import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, inject } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import { LOCAL_AWS } from '../../scripts/local-stack/engines.js';

export interface TestTable {
  endpoint: string;
  tableName: string;
  client: DynamoDBDocumentClient;
  /** Every item of the table (a test-only Scan, to prove what was and was not written). */
  items(): Promise<Record<string, unknown>[]>;
}

/**
 * A fresh table of the shared definition on the run's DynamoDB Local, dropped after the file.
 * Sets the environment the functions read, so handlers imported afterwards use it.
 */
export const createTestTable = async (): Promise<TestTable> => {
  const endpoint = inject('dynamoEndpoint');
  Object.assign(process.env, {
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  });
  const tableName = `test-${randomUUID()}`;
  const raw = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  await raw.send(new CreateTableCommand(createTableInput(tableName)));
  process.env.TABLE_NAME = tableName;
  process.env.DYNAMODB_ENDPOINT = endpoint;
  const client = createDocumentClient(endpoint);
  afterAll(async () => {
    await raw.send(new DeleteTableCommand({ TableName: tableName }));
    raw.destroy();
    client.destroy();
  });
  return {
    endpoint,
    tableName,
    client,
    items: async () => (await client.send(new ScanCommand({ TableName: tableName }))).Items ?? [],
  };
};
