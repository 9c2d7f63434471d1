import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/**
 * Why a `TransactWriteItems` was cancelled: each item's code in the order of the items
 * (`ConditionalCheckFailed`, `TransactionConflict`, `None`, …); null for any other error.
 */
export const cancellationCodes = (error: unknown): (string | undefined)[] | null =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((reason) => reason.Code) : null;

/**
 * Runs a transaction again while DynamoDB cancels it only for a `TransactionConflict` (another transaction
 * held one of its items at that moment) and no condition failed: a conflict says nothing about the data, so
 * giving up would turn a race that someone must win into one that everybody loses. Backs off with jitter
 * (about 20, 40, 80, 160 ms); after `attempts` it lets the last cancellation through.
 */
export const retryingConflicts = async <T>(
  write: () => Promise<T>,
  attempts = 5,
  sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const codes = cancellationCodes(error);
      const onlyConflict = codes?.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed');
      if (!onlyConflict || attempt >= attempts) throw error;
      await sleep(10 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
};
