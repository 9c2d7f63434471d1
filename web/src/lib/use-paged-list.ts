import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, type Page } from './api.js';

/** Loads one page: the first when `cursor` is undefined, else the page after it. */
export type PageLoader<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

/** A list route's pages, loaded one after the other, as a page shows them: the first, then "Load more". */
export type PagedList<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: unknown; reload: () => void }
  | {
      status: 'ready';
      items: T[];
      hasMore: boolean;
      /** Fetches the next page and appends it; a failure lands in `more`, the items stay. */
      loadMore: () => void;
      more: { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; error: unknown };
      /** Changes the loaded items in place, after a write answered with the changed item. */
      update: (change: (items: T[]) => T[]) => void;
      reload: () => void;
    };

type Loaded<T> =
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      items: T[];
      nextCursor: string | undefined;
      more: { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; error: unknown };
    };

/**
 * Like useResource, for `{ items, nextCursor? }` lists. `load` starts over whenever it changes (keep it stable with
 * useCallback; a new filter is a new function). Items are told apart by `id`, so a page that repeats an item the
 * page added itself (an invited user, say) does not show it twice.
 */
export function usePagedList<T extends { id: string }>(load: PageLoader<T>): PagedList<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ load: PageLoader<T>; attempt: number; result: Loaded<T> } | null>(null);
  const moreRequest = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    load(undefined, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setSettled({
          load,
          attempt,
          result: { status: 'ready', items: page.items, nextCursor: page.nextCursor, more: { kind: 'idle' } },
        });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbortError(error))
          setSettled({ load, attempt, result: { status: 'error', error } });
      },
    );
    return () => {
      controller.abort();
      moreRequest.current?.abort();
    };
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  /** Applies a change to the ready list of this very load and attempt; anything older is left alone. */
  const patch = useCallback(
    (change: (loaded: Extract<Loaded<T>, { status: 'ready' }>) => Loaded<T>) =>
      setSettled((current) =>
        current && current.load === load && current.attempt === attempt && current.result.status === 'ready'
          ? { ...current, result: change(current.result) }
          : current,
      ),
    [load, attempt],
  );

  const update = useCallback(
    (change: (items: T[]) => T[]) => patch((loaded) => ({ ...loaded, items: change(loaded.items) })),
    [patch],
  );

  const current = settled && settled.load === load && settled.attempt === attempt ? settled.result : null;
  const cursor = current?.status === 'ready' ? current.nextCursor : undefined;
  const busy = current?.status === 'ready' && current.more.kind === 'loading';

  const loadMore = useCallback(() => {
    if (!cursor || busy) return;
    const controller = new AbortController();
    moreRequest.current = controller;
    patch((loaded) => ({ ...loaded, more: { kind: 'loading' } }));
    load(cursor, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        patch((loaded) => {
          const known = new Set(loaded.items.map((item) => item.id));
          return {
            status: 'ready',
            items: [...loaded.items, ...page.items.filter((item) => !known.has(item.id))],
            nextCursor: page.nextCursor,
            more: { kind: 'idle' },
          };
        });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbortError(error)) {
          patch((loaded) => ({ ...loaded, more: { kind: 'failed', error } }));
        }
      },
    );
  }, [load, cursor, busy, patch]);

  if (!current) return { status: 'loading', reload };
  if (current.status === 'error') return { status: 'error', error: current.error, reload };
  return {
    status: 'ready',
    items: current.items,
    hasMore: current.nextCursor !== undefined,
    loadMore,
    more: current.more,
    update,
    reload,
  };
}
