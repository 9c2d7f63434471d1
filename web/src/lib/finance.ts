import { useCallback, useEffect, useState } from 'react';
import { api, isAbortError, isApiError, type PeriodClose } from './api.js';
import { count } from './format.js';
import { useResource } from './use-resource.js';

/** How often the billing periods page asks again while a close is running. */
export const PERIOD_CLOSE_POLL_MS = 1000;

export const PERIOD_CLOSE_STATUS_LABELS: Record<PeriodClose['status'], string> = {
  running: 'Closing',
  done: 'Closed',
};

/** "invoiced 3, skipped 1, failed 0 of 4 tenants" */
export const closeProgress = (close: PeriodClose): string =>
  `invoiced ${close.invoiced}, skipped ${close.skipped}, failed ${close.failed} of ${count(close.tenants, 'tenant')}`;

/** A fresh object per load, so that a newer answer is tied to the very load it follows. */
type LoadedClose = { close: PeriodClose | null };

const loadClose = async (periodId: string, signal: AbortSignal): Promise<LoadedClose> => {
  try {
    return { close: await api.getPeriodClose(periodId, signal) };
  } catch (error) {
    // Never closed: a state of its own, not a failure.
    if (isApiError(error, 404)) return { close: null };
    throw error;
  }
};

export type PolledPeriodClose =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: unknown; reload: () => void }
  | {
      status: 'ready';
      /** null: the period has not been closed. */
      close: PeriodClose | null;
      /** The last refresh failed (the progress shown is the one before); refreshing goes on. */
      refreshError: unknown;
      /** Shows the close a write (POST …/close) answered with. */
      replace: (close: PeriodClose) => void;
      reload: () => void;
    };

/**
 * A period's close (GET /api/finance/periods/{period}), asked for again every PERIOD_CLOSE_POLL_MS while it is
 * running, so the page follows its progress to `done`. Polling stops when it is done and when the page unmounts.
 */
export function usePeriodClose(periodId: string): PolledPeriodClose {
  const first = useResource(useCallback((signal: AbortSignal) => loadClose(periodId, signal), [periodId]));
  const base = first.status === 'ready' ? first.data : null;
  const [latest, setLatest] = useState<{ base: LoadedClose; close: PeriodClose } | null>(null);
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const close = base ? (latest?.base === base ? latest.close : base.close) : null;
  const running = close?.status === 'running';

  const replace = useCallback(
    (next: PeriodClose) => {
      if (!base) return;
      setLatest({ base, close: next });
      setRefreshError(null);
    },
    [base],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` schedules the next refresh after each answer.
  useEffect(() => {
    if (!base || !running) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.getPeriodClose(periodId, controller.signal).then(
        (next) => {
          if (controller.signal.aborted) return;
          replace(next);
          setRound((n) => n + 1);
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          setRefreshError(error);
          setRound((n) => n + 1);
        },
      );
    }, PERIOD_CLOSE_POLL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [base, running, periodId, replace, round]);

  if (first.status !== 'ready') {
    return first.status === 'error'
      ? { status: 'error', error: first.error, reload: first.reload }
      : { status: 'loading', reload: first.reload };
  }
  return { status: 'ready', close, refreshError, replace, reload: first.reload };
}
