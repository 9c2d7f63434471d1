import { AsyncLocalStorage } from 'node:async_hooks';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../../shared/errors.js';
import type { TableKey } from './keys.js';

/**
 * A claim that the writes of the running request depend on: the idempotency record at `key` must still carry
 * `token`. A request whose claim was taken over (its lease ran out, e.g. while the table was paused) must not
 * write after the retry that took it over.
 */
export interface WriteFence {
  readonly tableName: string;
  readonly key: TableKey;
  readonly token: string;
}

const storage = new AsyncLocalStorage<WriteFence>();

/** Runs `fn` under the fence: every transaction it writes through the table client carries the fence's check. */
export const runFenced = <T>(fence: WriteFence, fn: () => Promise<T>): Promise<T> => storage.run(fence, fn);

export const currentWriteFence = (): WriteFence | undefined => storage.getStore();

/**
 * The transaction with one more item: the fence's record, set `committed` on condition that it still carries the
 * token. The effect and the record that it happened commit together, or neither does.
 */
export const fencedTransaction = (command: TransactWriteCommand, fence: WriteFence): TransactWriteCommand =>
  new TransactWriteCommand({
    ...command.input,
    TransactItems: [
      ...(command.input.TransactItems ?? []),
      {
        Update: {
          TableName: fence.tableName,
          Key: fence.key,
          UpdateExpression: 'SET #state = :committed',
          ConditionExpression: '#token = :token',
          ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
          ExpressionAttributeValues: { ':committed': 'committed', ':token': fence.token },
        },
      },
    ],
  });

/** A fenced transaction cancelled by its last item: the claim is no longer this request's. */
export const supersededBy = (error: unknown, command: TransactWriteCommand): DomainError | null => {
  if (!(error instanceof TransactionCanceledException)) return null;
  const reasons = error.CancellationReasons ?? [];
  const fenceIndex = (command.input.TransactItems?.length ?? 0) - 1;
  if (reasons[fenceIndex]?.Code !== 'ConditionalCheckFailed') return null;
  return new DomainError(
    'IDEMPOTENCY.SUPERSEDED',
    'A retry with this Idempotency-Key took this request over (it had run past its lease); this one wrote nothing, and the retry’s answer stands.',
    undefined,
    { cause: error },
  );
};
