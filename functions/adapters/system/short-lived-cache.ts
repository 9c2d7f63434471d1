import { performance } from 'node:perf_hooks';

export interface ShortLived<A extends unknown[], R> {
  (...args: A): Promise<R>;
  /** Forgets every answer: after a write of this container that changes what it caches. */
  clear(): void;
}

/**
 * `read`, remembered per key for `ttlMs` of this process's monotonic time, and shared by the calls made while it runs
 * (one read for 32 concurrent requests). A failed read is forgotten at once. At most `maxEntries` keys, oldest out
 * first. For reads many requests make alike and that may lag a second behind writes made elsewhere — never for a
 * read that decides a write.
 */
export const shortLived = <A extends unknown[], R>(
  read: (...args: A) => Promise<R>,
  keyOf: (...args: A) => string,
  ttlMs: number,
  options: { maxEntries?: number; now?: () => number } = {},
): ShortLived<A, R> => {
  const maxEntries = options.maxEntries ?? 64;
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, { at: number; value: Promise<R> }>();
  const cached = (...args: A): Promise<R> => {
    const key = keyOf(...args);
    const at = now();
    const hit = entries.get(key);
    if (hit && at - hit.at < ttlMs) return hit.value;
    const value = read(...args);
    entries.delete(key);
    entries.set(key, { at, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  };
  return Object.assign(cached, { clear: () => entries.clear() });
};
