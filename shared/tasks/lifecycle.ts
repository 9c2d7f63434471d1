import { DomainError } from '../errors.js';
import type { TaskStatus } from './model.js';

/**
 * The task state machine: every move a task may make. Anything else is refused with a conflict.
 * - approval: `awaiting_approval` → `queued`, or `scheduled` for disruptive types, or `cancelled`
 * - maintenance window opens: `scheduled` → `queued`
 * - automated: `queued` → `running` → outcome (SSM may report an outcome without `InProgress` first)
 * - manual: `queued` → `claimed` → `succeeded` | `failed`; an operator may hand a claim back (`queued`)
 * - redrive: a `failed` task whose dispatch was dead-lettered goes back to `queued`
 */
export const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  awaiting_approval: ['queued', 'scheduled', 'cancelled'],
  scheduled: ['queued', 'cancelled'],
  queued: ['claimed', 'running', 'succeeded', 'failed', 'timed_out', 'cancelled'],
  claimed: ['queued', 'succeeded', 'failed'],
  running: ['succeeded', 'failed', 'timed_out', 'cancelled'],
  failed: ['queued'],
  succeeded: [],
  timed_out: [],
  cancelled: [],
};

export const canTransition = (from: TaskStatus, to: TaskStatus): boolean => TRANSITIONS[from].includes(to);

export const assertTransition = (from: TaskStatus, to: TaskStatus): void => {
  if (!canTransition(from, to)) {
    throw new DomainError(
      'STATE.CONFLICT',
      `A task that is ${from.replace('_', ' ')} cannot become ${to.replace('_', ' ')}.`,
    );
  }
};

/** SSM command invocation statuses (EventBridge "EC2 Command Invocation Status-change Notification"). */
export const statusFromSsm = (ssmStatus: string): TaskStatus | null => {
  switch (ssmStatus) {
    case 'Pending':
    case 'InProgress':
    case 'Delayed':
      return 'running';
    case 'Success':
      return 'succeeded';
    case 'Failed':
    case 'Undeliverable':
    case 'Terminated':
    case 'InvalidPlatform':
    case 'AccessDenied':
      return 'failed';
    case 'TimedOut':
    case 'DeliveryTimedOut':
    case 'ExecutionTimedOut':
      return 'timed_out';
    case 'Cancelled':
    case 'Cancelling':
      return 'cancelled';
    default:
      return null;
  }
};
