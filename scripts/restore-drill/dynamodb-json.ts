import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * Items in DynamoDB JSON, the format of DynamoDB's own export to S3 (`{"Item":{"pk":{"S":"…"}}}` a line): every type
 * kept — numbers as the strings DynamoDB returns (no float on the way, so 38 digits stay 38 digits), binaries in
 * base64, sets as sets. The low-level client's `AttributeValue` is converted both ways without the document client,
 * which would turn numbers into JavaScript numbers.
 */
export type JsonAttribute =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: JsonAttribute[] }
  | { M: JsonItem };
export type JsonItem = { [name: string]: JsonAttribute };
export type WireItem = Record<string, AttributeValue>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export const toJsonAttribute = (value: AttributeValue): JsonAttribute => {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: [...value.SS] };
  if (value.NS !== undefined) return { NS: [...value.NS] };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: true };
  if (value.L !== undefined) return { L: value.L.map(toJsonAttribute) };
  if (value.M !== undefined) return { M: toJsonItem(value.M) };
  throw new Error(`An attribute of a type this export does not know: ${JSON.stringify(Object.keys(value))}`);
};

export const toJsonItem = (item: WireItem): JsonItem =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toJsonAttribute(value)]));

export const toWireAttribute = (value: JsonAttribute): AttributeValue => {
  if ('S' in value) return { S: value.S };
  if ('N' in value) return { N: value.N };
  if ('B' in value) return { B: bytesOf(value.B) };
  if ('SS' in value) return { SS: value.SS };
  if ('NS' in value) return { NS: value.NS };
  if ('BS' in value) return { BS: value.BS.map(bytesOf) };
  if ('BOOL' in value) return { BOOL: value.BOOL };
  if ('NULL' in value) return { NULL: true };
  if ('L' in value) return { L: value.L.map(toWireAttribute) };
  if ('M' in value) return { M: toWireItem(value.M) };
  throw new Error(`Not a DynamoDB JSON attribute: ${JSON.stringify(value)}`);
};

export const toWireItem = (item: JsonItem): WireItem =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toWireAttribute(value)]));

/**
 * One spelling per value: map members by name and set members sorted (DynamoDB keeps no order in a set, and gives
 * them back in any), everything else as stored. Two items are the same exactly when their canonical texts are.
 */
const canonical = (value: JsonAttribute): unknown => {
  if ('SS' in value) return { SS: [...value.SS].sort() };
  if ('NS' in value) return { NS: [...value.NS].sort() };
  if ('BS' in value) return { BS: [...value.BS].sort() };
  if ('L' in value) return { L: value.L.map(canonical) };
  if ('M' in value) return { M: canonicalItem(value.M) };
  return value;
};
const canonicalItem = (item: JsonItem): unknown =>
  Object.fromEntries(
    Object.keys(item)
      .sort()
      .map((name) => [name, canonical(item[name]!)]),
  );

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** The item's checksum: SHA-256 of its canonical DynamoDB JSON. */
export const itemChecksum = (item: JsonItem): string => sha256(JSON.stringify(canonicalItem(item)));

/** The table's key of an item (`pk`, `sk` are strings in the shared definition). */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** How a report names an item: `pk / sk`, as `npm run check:invariants` does. */
export const describeKey = (key: ItemKey): string => `${key.pk} / ${key.sk}`;

/**
 * The checksum of a whole export: SHA-256 over `pk`, `sk` and item checksum of every item, in key order — so it
 * does not depend on the order a Scan returned them in, and any added, missing or changed item changes it.
 */
export const exportChecksum = (items: readonly (ItemKey & { sha256: string })[]): string =>
  sha256(
    [...items]
      .sort(compareKeys)
      .map((item) => `${JSON.stringify([item.pk, item.sk])} ${item.sha256}\n`)
      .join(''),
  );

export const compareKeys = (a: ItemKey, b: ItemKey): number =>
  a.pk < b.pk ? -1 : a.pk > b.pk ? 1 : a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0;
