import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

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
