import { useCallback } from 'react';
import type { Task } from './api.js';
import { isTerminalStatus, TASK_POLL_MS } from './tasks.js';
import { usePolled } from './use-polled.js';

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
  const loadTask = useCallback((signal: AbortSignal) => load(taskId, signal), [taskId, load]);
  const polled = usePolled(loadTask, TASK_POLL_MS, unfinished, newerTask);
  if (polled.status !== 'ready') return polled;
  const { data: task, refreshError, replace, reload } = polled;
  return { status: 'ready', task, refreshError, replace, reload };
}

const unfinished = (task: Task) => !isTerminalStatus(task.status);
const newerTask = (current: Task, next: Task) => current.version > next.version;
