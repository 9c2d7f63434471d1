import { BUSINESS_METRICS } from '../../shared/contracts/metrics.js';
import { isTerminal } from '../../shared/tasks/model.js';
import type { TaskRepository } from '../../shared/tasks/ports.js';
import { recordBusinessEvent } from './metrics.js';

const COUNTING = Symbol('counts finished task runs');

/**
 * The task repository of the tasks context (applied once, in `createTaskDeps`), counting `TaskRunsFinished` once per task that
 * reaches a terminal status (succeeded, failed, timed out, cancelled) — after the write, so a refused write
 * (a conflict, a repeated event) counts nothing. Where a task ends is the use case's business (SSM's status, the
 * dead-letter queue, a host that left the tenant); the write that ends it is one place. Wrapping twice wraps once.
 */
export const countingFinishedRuns = (tasks: TaskRepository): TaskRepository => {
  if ((tasks as { [COUNTING]?: true })[COUNTING]) return tasks;
  return {
    [COUNTING]: true,
    create: (task, change) => tasks.create(task, change),
    update: async (before, after, change) => {
      await tasks.update(before, after, change);
      if (!isTerminal(before.status) && isTerminal(after.status)) {
        recordBusinessEvent(BUSINESS_METRICS.taskRunsFinished, after.tenantId, { status: after.status });
      }
    },
    get: (tenantId, taskId) => tasks.get(tenantId, taskId),
    find: (taskId) => tasks.find(taskId),
    findByCommand: (commandId) => tasks.findByCommand(commandId),
    listForTenant: (tenantId, page) => tasks.listForTenant(tenantId, page),
    listOpen: (page) => tasks.listOpen(page),
    listDeadLettered: (page) => tasks.listDeadLettered(page),
    dueReleases: (now, limit) => tasks.dueReleases(now, limit),
    removeRelease: (marker) => tasks.removeRelease(marker),
  } as TaskRepository;
};
