import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { assertTransition, canTransition, statusFromSsm } from '../../../shared/tasks/lifecycle.js';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/tasks/model.js';

/** The task state machine, written out as the specification (../shared/API.md statuses). */
const ALLOWED: Record<TaskStatus, TaskStatus[]> = {
  // Declined: a customer-admin said no, with a reason.
  awaiting_approval: ['queued', 'scheduled', 'cancelled', 'declined'],
  scheduled: ['queued', 'cancelled'],
  queued: ['claimed', 'running', 'scheduled', 'succeeded', 'failed', 'timed_out', 'cancelled'],
  claimed: ['queued', 'succeeded', 'failed'],
  running: ['succeeded', 'failed', 'timed_out', 'cancelled'],
  // Redrive: a dead-lettered failed or timed-out task goes back to the queue.
  failed: ['queued'],
  succeeded: [],
  timed_out: ['queued'],
  cancelled: [],
  declined: [],
};

describe('task lifecycle', () => {
  for (const from of TASK_STATUSES) {
    for (const to of TASK_STATUSES) {
      const allowed = ALLOWED[from].includes(to);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
        if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
        else {
          expect(() => assertTransition(from, to)).toThrow(DomainError);
          expect(() => assertTransition(from, to)).toThrow(/cannot become/);
        }
      });
    }
  }

  it('refuses every move out of succeeded, cancelled and declined; failed and timed out go only back to the queue (redrive)', () => {
    for (const terminal of ['succeeded', 'cancelled', 'declined'] as const) {
      expect(TASK_STATUSES.filter((to) => canTransition(terminal, to))).toEqual([]);
    }
    for (const redrivable of ['failed', 'timed_out'] as const) {
      expect(TASK_STATUSES.filter((to) => canTransition(redrivable, to))).toEqual(['queued']);
    }
  });

  it('maps SSM invocation statuses to task statuses, and tells whether the document ran', () => {
    expect(statusFromSsm('Pending')).toEqual({ status: 'running', ran: false });
    expect(statusFromSsm('InProgress')).toEqual({ status: 'running', ran: false });
    expect(statusFromSsm('Cancelling')).toEqual({ status: 'running', ran: false });
    expect(statusFromSsm('Success')).toEqual({ status: 'succeeded', ran: true });
    expect(statusFromSsm('Failed')).toEqual({ status: 'failed', ran: true });
    expect(statusFromSsm('Undeliverable')).toEqual({ status: 'failed', ran: false });
    expect(statusFromSsm('AccessDenied')).toEqual({ status: 'failed', ran: false });
    expect(statusFromSsm('TimedOut')).toEqual({ status: 'timed_out', ran: true });
    expect(statusFromSsm('ExecutionTimedOut')).toEqual({ status: 'timed_out', ran: true });
    expect(statusFromSsm('DeliveryTimedOut')).toEqual({ status: 'timed_out', ran: false });
    expect(statusFromSsm('Cancelled')).toEqual({ status: 'cancelled', ran: false });
    expect(statusFromSsm('SomethingNew')).toBeNull();
  });
});
