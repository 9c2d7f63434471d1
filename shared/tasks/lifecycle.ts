import { DomainError } from '../errors.js';
import type { TaskStatus } from './model.js';

/**
 * The task state machine: every move a task may make. Anything else is refused with a conflict.
 * - approval: `awaiting_approval` → `queued`, or `scheduled` for disruptive types, or `cancelled`; a
 *   customer-admin may decline it instead (`declined`, with a reason)
 * - maintenance window opens: `scheduled` → `queued`; a disruptive task whose window closed before it
 *   could be sent goes back: `queued` → `scheduled`
 * - automated: `queued` → `running` → outcome (SSM may report an outcome without `InProgress` first)
 * - manual: `queued` → `claimed` → `succeeded` | `failed`; an operator may hand a claim back (`queued`)
 * - redrive: a dead-lettered task goes back to `queued` — a `failed` one whose dispatch failed, or a
 *   `timed_out` one whose command timed out or never reported a final status by its deadline (the
 *   operator checks the host first). A `timed_out` task that is not dead-lettered is not redriven
 *   (`redriveTask` checks), and no finished task is cancelled.
 */
export const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  awaiting_approval: ['queued', 'scheduled', 'cancelled', 'declined'],
  scheduled: ['queued', 'cancelled'],
  queued: ['claimed', 'running', 'scheduled', 'succeeded', 'failed', 'timed_out', 'cancelled'],
  claimed: ['queued', 'succeeded', 'failed'],
  running: ['succeeded', 'failed', 'timed_out', 'cancelled'],
  failed: ['queued'],
  succeeded: [],
  timed_out: ['queued'],
  cancelled: [],
  declined: [],
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

/**
 * SSM command invocation statuses (EventBridge "EC2 Command Invocation Status-change Notification",
 * `GetCommandInvocation`). `ran` tells whether the document executed on the host (a billable run).
 * `Cancelling` is still running: the outcome comes with a later status.
 */
export const statusFromSsm = (ssmStatus: string): { status: TaskStatus; ran: boolean } | null => {
  switch (ssmStatus) {
    case 'Pending':
    case 'InProgress':
    case 'Delayed':
    case 'Cancelling':
      return { status: 'running', ran: false };
    case 'Success':
      return { status: 'succeeded', ran: true };
    case 'Failed':
      return { status: 'failed', ran: true };
    case 'TimedOut':
    case 'ExecutionTimedOut':
      return { status: 'timed_out', ran: true };
    case 'Undeliverable':
    case 'Terminated':
    case 'InvalidPlatform':
    case 'AccessDenied':
      return { status: 'failed', ran: false };
    case 'DeliveryTimedOut':
      return { status: 'timed_out', ran: false };
    case 'Cancelled':
      return { status: 'cancelled', ran: false };
    default:
      return null;
  }
};
