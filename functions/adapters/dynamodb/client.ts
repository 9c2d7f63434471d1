import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, type TranslateConfig } from '@aws-sdk/lib-dynamodb';

/** How every document client of Opsdesk marshals. */
export const DOCUMENT_TRANSLATION: TranslateConfig = { marshallOptions: { removeUndefinedValues: true } };

/** The low-level client; `endpoint` points at DynamoDB Local in the local stack and tests. */
export const createDynamoClient = (endpoint?: string): DynamoDBClient =>
  new DynamoDBClient({
    ...(endpoint ? { endpoint, region: process.env.AWS_REGION ?? 'eu-central-1' } : {}),
    maxAttempts: 3,
  });

/** One document client per process; `endpoint` points at DynamoDB Local in the local stack and tests. */
export const createDocumentClient = (endpoint?: string): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(createDynamoClient(endpoint), DOCUMENT_TRANSLATION);
