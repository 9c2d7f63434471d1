import { useCallback, useEffect, useState } from 'react';
import { isAbortError, type Task } from './api.js';
import { isTerminalStatus, TASK_POLL_MS } from './tasks.js';
import { useResource } from './use-resource.js';

/** Loads one task by id (GET /api/tasks/{id} for customers, /api/ops/tasks/{id} for operators). */
export type TaskLoader = (taskId: string, signal?: AbortSignal) => Promise<Task>;

export type PolledTask =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: unknown; reload: () => void }
  | {
      status: 'ready';
      task: Task;
      /** The last refresh failed (the task shown is the one before); refreshing goes on. */
      refreshError: unknown;
      /** Shows the task a write answered with. */
      replace: (task: Task) => void;
      reload: () => void;
    };

/**
 * One task, asked for again every TASK_POLL_MS while it is not finished, so its page follows it from queued to its
 * outcome. Polling stops at a terminal status and when the page unmounts. `load` must be stable (module-level).
 * A refresh never replaces a newer version (one a write answered with while the refresh was under way).
 */
export function usePolledTask(taskId: string, load: TaskLoader): PolledTask {
  const first = useResource(useCallback((signal: AbortSignal) => load(taskId, signal), [taskId, load]));
  const base = first.status === 'ready' ? first.data : null;
  // The latest answer for this very first load; a reload starts over from its own answer.
  const [latest, setLatest] = useState<{ base: Task; task: Task } | null>(null);
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const task = base && latest?.base === base ? latest.task : base;
  const finished = task === null || isTerminalStatus(task.status);

  const replace = useCallback(
    (next: Task) => {
      if (!base) return;
      setLatest((current) =>
        current && current.base === base && current.task.version > next.version ? current : { base, task: next },
      );
    },
    [base],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` schedules the next refresh after each answer.
  useEffect(() => {
    if (!base || finished) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      load(taskId, controller.signal).then(
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
    }, TASK_POLL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [base, finished, taskId, load, replace, round]);

  if (first.status !== 'ready' || !task) {
    return first.status === 'error'
      ? { status: 'error', error: first.error, reload: first.reload }
      : { status: 'loading', reload: first.reload };
  }
  return { status: 'ready', task, refreshError, replace, reload: first.reload };
}
