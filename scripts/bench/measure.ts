import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What the benchmarks share: percentiles, one number format, and a client's command count. */

/** The p-th percentile (nearest rank) of `values`. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** A measured number as the reports print it: one decimal (`digits` more where figures are small). */
export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/**
 * Counts the commands a document client sends and the capacity they consume (every command is sent with
 * ReturnConsumedCapacity=TOTAL). `reset()` starts a new count.
 */
export const countCommands = (client: DynamoDBDocumentClient) => {
  const count = {
    commands: 0,
    capacity: 0,
    reset: () => {
      count.commands = 0;
      count.capacity = 0;
    },
  };
  client.middlewareStack.add(
    (next) => async (args) => {
      count.commands += 1;
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const consumed = (
        result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] }
      ).ConsumedCapacity;
      for (const entry of Array.isArray(consumed) ? consumed : consumed ? [consumed] : [])
        count.capacity += entry.CapacityUnits ?? 0;
      return result;
    },
    { step: 'initialize', name: 'countCommands' },
  );
  return count;
};
