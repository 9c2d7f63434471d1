import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { retryingConflicts } from '../../../../functions/adapters/dynamodb/transactions.js';

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** A write that fails with the given errors, in order, then succeeds. */
const failing = (...errors: Error[]) => {
  const state = { calls: 0 };
  const write = async () => {
    const error = errors[state.calls++];
    if (error) throw error;
    return 'written';
  };
  return { state, write };
};
const noWait = async () => undefined;

describe('retryingConflicts', () => {
  it('runs a transaction again while it is cancelled only for a conflict', async () => {
    const { state, write } = failing(cancelled('None', 'TransactionConflict'), cancelled('TransactionConflict'));
    expect(await retryingConflicts(write, 5, noWait)).toBe('written');
    expect(state.calls).toBe(3);
  });

  it('never retries a failed condition: the data said no', async () => {
    const refusal = cancelled('TransactionConflict', 'ConditionalCheckFailed');
    const { state, write } = failing(refusal);
    await expect(retryingConflicts(write, 5, noWait)).rejects.toBe(refusal);
    expect(state.calls).toBe(1);
  });

  it('lets the last conflict through after its attempts, and any other error at once', async () => {
    const conflicts = failing(...Array.from({ length: 5 }, () => cancelled('TransactionConflict')));
    await expect(retryingConflicts(conflicts.write, 3, noWait)).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(conflicts.state.calls).toBe(3);
    const other = failing(new Error('network'));
    await expect(retryingConflicts(other.write, 3, noWait)).rejects.toThrow('network');
    expect(other.state.calls).toBe(1);
  });
});
