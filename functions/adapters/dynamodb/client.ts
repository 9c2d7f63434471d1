import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, type TranslateConfig } from '@aws-sdk/lib-dynamodb';

/** How every document client of Opsdesk marshals. */
export const DOCUMENT_TRANSLATION: TranslateConfig = { marshallOptions: { removeUndefinedValues: true } };

/**
 * Every DynamoDB client's limits: a store that does not answer — paused, overloaded, gone — fails the call in
 * seconds (then 503 with Retry-After, functions/http/unavailable.ts), not at the function's time limit. DynamoDB
 * answers in milliseconds, DynamoDB Local on a loaded two-core machine in up to a second or two (a 1 s connection
 * limit failed the suite's busiest test); two attempts of at most 5 s stay inside the HTTP functions' ten.
 */
export const DYNAMO_CLIENT_LIMITS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 3_000, requestTimeout: 5_000, throwOnRequestTimeout: true },
} as const;

/** The low-level client; `endpoint` points at DynamoDB Local in the local stack and tests. */
export const createDynamoClient = (endpoint?: string): DynamoDBClient =>
  new DynamoDBClient({
    ...(endpoint ? { endpoint, region: process.env.AWS_REGION ?? 'eu-central-1' } : {}),
    ...DYNAMO_CLIENT_LIMITS,
  });

/** One document client per process; `endpoint` points at DynamoDB Local in the local stack and tests. */
export const createDocumentClient = (endpoint?: string): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(createDynamoClient(endpoint), DOCUMENT_TRANSLATION);
