import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** One document client per process; `endpoint` points at DynamoDB Local in the local stack and tests. */
export const createDocumentClient = (endpoint?: string): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({
      ...(endpoint ? { endpoint, region: process.env.AWS_REGION ?? 'eu-central-1' } : {}),
      maxAttempts: 3,
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
