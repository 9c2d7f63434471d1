import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/**
 * Why a `TransactWriteItems` was cancelled: each item's code in the order of the items
 * (`ConditionalCheckFailed`, `TransactionConflict`, `None`, …); null for any other error.
 */
export const cancellationCodes = (error: unknown): (string | undefined)[] | null =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((reason) => reason.Code) : null;
