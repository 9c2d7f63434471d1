import {
  BatchExecuteStatementCommand,
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  ExecuteStatementCommand,
  ExecuteTransactionCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../../../shared/contracts/resources.js';
import { keys, TENANT_REQUEST_PROVIDER_KEYS } from './keys.js';
import type { TenantScope } from './tenant-scope.js';

/** How a call touches a partition, in IAM's terms: ConditionCheckItem is a read. */
export type KeyAccess = 'read' | 'write';

/** One partition-key value a call touches: the table's `pk`, or an index's partition key for an index query. */
interface TouchedKey {
  operation: string;
  pk: unknown;
  access: KeyAccess;
}

/** A programming error: the code asked for data outside the caller's tenant. Never shown to the caller (500). */
class TenantIsolationError extends Error {
  override readonly name = 'TenantIsolationError';
}

type Item = Record<string, unknown> | undefined;
const pkOf = (item: Item): unknown => item?.[TABLE.partitionKey];

/** `T#x` and `T#x#…`, not `T#xy`: the same rule as IAM's `T#${tag}` and `T#${tag}#*`. */
const isTenantKey = (pk: string, tenantId: string): boolean =>
  pk === keys.tenantPartition(tenantId) || pk.startsWith(`${keys.tenantPartition(tenantId)}#`);

/** IAM's StringLike: `*` any run of characters, `?` one character, everything else literal. */
export const matchesStringLike = (value: string, pattern: string): boolean =>
  new RegExp(
    `^${pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    's',
  ).test(value);

/**
 * The partition-key value a Query reads: the key condition's equality on the partition key of the
 * table or of the index it names (`pk = :pk`, `gsi1pk = :pk AND …`, `#p = :v` with names).
 */
const queryPartitionKey = (input: QueryCommand['input']): unknown => {
  const index = input.IndexName ? TABLE.globalIndexes.find((candidate) => candidate.name === input.IndexName) : null;
  if (index === undefined) return undefined;
  const attribute = index ? index.partitionKey : TABLE.partitionKey;
  for (const clause of (input.KeyConditionExpression ?? '').split(/\s+AND\s+/i)) {
    const match = /^\s*\(?\s*(#?[\w]+)\s*=\s*(:[\w]+)\s*\)?\s*$/.exec(clause);
    if (!match) continue;
    const name = match[1]!.startsWith('#') ? input.ExpressionAttributeNames?.[match[1]!] : match[1];
    if (name === attribute) return input.ExpressionAttributeValues?.[match[2]!];
  }
  return undefined;
};

/**
 * Every partition-key value a document-client command touches, with its access. Commands that name no
 * partition (Scan, PartiQL) or that this guard does not know are refused: in a tenant's scope, a call
 * whose keys cannot be listed cannot be allowed.
 */
const touchedKeys = (command: unknown): TouchedKey[] => {
  if (command instanceof GetCommand) return [{ operation: 'GetItem', pk: pkOf(command.input.Key), access: 'read' }];
  if (command instanceof PutCommand) return [{ operation: 'PutItem', pk: pkOf(command.input.Item), access: 'write' }];
  if (command instanceof UpdateCommand) {
    return [{ operation: 'UpdateItem', pk: pkOf(command.input.Key), access: 'write' }];
  }
  if (command instanceof DeleteCommand) {
    return [{ operation: 'DeleteItem', pk: pkOf(command.input.Key), access: 'write' }];
  }
  if (command instanceof QueryCommand) {
    return [{ operation: 'Query', pk: queryPartitionKey(command.input), access: 'read' }];
  }
  if (command instanceof BatchGetCommand) {
    return Object.values(command.input.RequestItems ?? {}).flatMap((request) =>
      (request.Keys ?? []).map((key) => ({ operation: 'BatchGetItem', pk: pkOf(key), access: 'read' as const })),
    );
  }
  if (command instanceof BatchWriteCommand) {
    return Object.values(command.input.RequestItems ?? {}).flatMap((requests) =>
      requests.map((request) => ({
        operation: 'BatchWriteItem',
        pk: pkOf(request.PutRequest?.Item ?? request.DeleteRequest?.Key),
        access: 'write' as const,
      })),
    );
  }
  if (command instanceof TransactWriteCommand) {
    return (command.input.TransactItems ?? []).map((item): TouchedKey => {
      if (item.Put) return { operation: 'TransactWriteItems Put', pk: pkOf(item.Put.Item), access: 'write' };
      if (item.Update) return { operation: 'TransactWriteItems Update', pk: pkOf(item.Update.Key), access: 'write' };
      if (item.Delete) return { operation: 'TransactWriteItems Delete', pk: pkOf(item.Delete.Key), access: 'write' };
      return { operation: 'TransactWriteItems ConditionCheck', pk: pkOf(item.ConditionCheck?.Key), access: 'read' };
    });
  }
  if (command instanceof TransactGetCommand) {
    return (command.input.TransactItems ?? []).map((item) => ({
      operation: 'TransactGetItems',
      pk: pkOf(item.Get?.Key),
      access: 'read' as const,
    }));
  }
  const name =
    command instanceof ScanCommand
      ? 'Scan'
      : command instanceof ExecuteStatementCommand
        ? 'ExecuteStatement'
        : command instanceof BatchExecuteStatementCommand
          ? 'BatchExecuteStatement'
          : command instanceof ExecuteTransactionCommand
            ? 'ExecuteTransaction'
            : ((command as { constructor?: { name?: string } })?.constructor?.name ?? 'an unknown command');
  throw new TenantIsolationError(
    `Tenant isolation: ${name} is not allowed in a tenant's request (it names no partition key).`,
  );
};

/** Whether `access` to partition `pk` is granted to a request of `tenantId`. */
export const isAllowedKey = (pk: unknown, access: KeyAccess, tenantId: string): boolean => {
  if (typeof pk !== 'string' || pk === '') return false;
  if (isTenantKey(pk, tenantId)) return true;
  if (pk.startsWith(keys.tenantPartitionPrefix)) return false;
  return TENANT_REQUEST_PROVIDER_KEYS.some(
    (grant) => (access === 'read' || grant.access === 'read-write') && matchesStringLike(pk, grant.pattern),
  );
};

/**
 * The tenant-isolation check, before any call: in a tenant's scope, throws TenantIsolationError for any
 * other tenant's key, any provider key not granted to customers' requests (or granted read-only and
 * written), any key it cannot determine, and Scan or PartiQL. Outside a scope it does nothing.
 */
export const assertTenantKeys = (command: unknown, scope: TenantScope | undefined): void => {
  if (!scope) return;
  for (const { operation, pk, access } of touchedKeys(command)) {
    if (!isAllowedKey(pk, access, scope.tenantId)) {
      throw new TenantIsolationError(
        `Tenant isolation: ${operation} (${access}) of partition key '${String(pk)}' refused in a request of tenant ${scope.tenantId}.`,
      );
    }
  }
};
