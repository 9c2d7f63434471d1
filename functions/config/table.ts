import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { ENV, optionalEnv, requireEnv } from './env.js';

/** The table's document client and name, read once at cold start. */
export const tableConfig = () => ({
  client: createDocumentClient(optionalEnv(ENV.dynamoDbEndpoint)),
  tableName: requireEnv(ENV.tableName),
});
