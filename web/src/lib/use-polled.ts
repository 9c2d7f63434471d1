import { useCallback, useEffect, useState } from 'react';
import { isAbortError } from './api.js';
import { nowMs } from './clock.js';
import { useResource } from './use-resource.js';

export type Polled<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: unknown; reload: () => void }
  | {
      status: 'ready';
      data: T;
      /** The last refresh failed (the data shown is the one before); refreshing goes on. */
      refreshError: unknown;
      /** Shows what a write answered with, until the next refresh. */
      replace: (data: T) => void;
      reload: () => void;
    };

/**
 * Like useResource, then asked for again every `intervalMs` while `keepGoing(data)` holds, without going back to
 * "loading" in between: an incident's page follows its diagnostics, the queue its deadlines. `load` must be stable.
 */
export function usePolled<T>(
  load: (signal: AbortSignal) => Promise<T>,
  intervalMs: number,
  keepGoing: (data: T) => boolean = () => true,
  /** Whether `current` is newer than `next`: then a refresh (or a write's answer) does not replace it. */
  isNewer: (current: T, next: T) => boolean = () => false,
): Polled<T> {
  const first = useResource(load);
  const base = first.status === 'ready' ? first.data : null;
  const [latest, setLatest] = useState<{ base: T; data: T } | null>(null);
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const data = base !== null && latest?.base === base ? latest.data : base;
  const going = data !== null && keepGoing(data);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `isNewer` is a comparison, not state.
  const replace = useCallback(
    (next: T) => {
      if (base === null) return;
      setLatest((current) =>
        current && current.base === base && isNewer(current.data, next) ? current : { base, data: next },
      );
    },
    [base],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` schedules the next refresh after each answer.
  useEffect(() => {
    if (base === null || !going) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      load(controller.signal).then(
        (next) => {
          if (controller.signal.aborted) return;
          replace(next);
          setRefreshError(null);
          setRound((n) => n + 1);
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          setRefreshError(error);
          setRound((n) => n + 1);
        },
      );
    }, intervalMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [base, going, load, replace, intervalMs, round]);

  if (first.status !== 'ready' || data === null) {
    return first.status === 'error'
      ? { status: 'error', error: first.error, reload: first.reload }
      : { status: 'loading', reload: first.reload };
  }
  return { status: 'ready', data, refreshError, replace, reload: first.reload };
}

/** The server's time now (ms, lib/clock.ts), ticking every `intervalMs`, for countdowns. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => nowMs());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(nowMs()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
