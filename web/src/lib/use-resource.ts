import { useCallback, useEffect, useState } from 'react';
import { isAbortError } from './api.js';

/** What a page shows while data loads: one of three states, plus a way to try again. */
export type Resource<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'ready'; data: T; reload: () => void }
  | { status: 'error'; error: unknown; reload: () => void };

type Settled<T> = { status: 'ready'; data: T } | { status: 'error'; error: unknown };

/**
 * Runs `load` when it changes (keep it stable: a module-level function or useCallback) and on reload().
 * A `null` load means "nothing to load yet" and stays in the loading state.
 */
export function useResource<T>(load: ((signal: AbortSignal) => Promise<T>) | null): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ load: typeof load; attempt: number; result: Settled<T> } | null>(null);

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ load, attempt, result: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbortError(error)) {
          setSettled({ load, attempt, result: { status: 'error', error } });
        }
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // A result that belongs to an earlier load or attempt is stale: show loading until the current one settles.
  if (!settled || settled.load !== load || settled.attempt !== attempt) return { status: 'loading', reload };
  return { ...settled.result, reload };
}
