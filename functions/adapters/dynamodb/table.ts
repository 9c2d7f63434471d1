import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../../shared/contracts/resources.js';

/**
 * CreateTable input for the local engines (DynamoDB Local in the local stack and the tests),
 * derived from the same definition the CDK stateful stack uses.
 */
export const createTableInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
    { AttributeName: TABLE.sortKey, AttributeType: 'S' },
    ...TABLE.globalIndexes.flatMap((index) => [
      { AttributeName: index.partitionKey, AttributeType: 'S' as const },
      { AttributeName: index.sortKey, AttributeType: 'S' as const },
    ]),
  ],
  KeySchema: [
    { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
    { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: TABLE.globalIndexes.map((index) => ({
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  })),
});
