import { describe, expect, it } from 'vitest';
import { applyOutcome, failuresInRun, wantsRecheck } from '../../../shared/monitoring/confirmation.js';
import type { CheckOutcome, Monitor } from '../../../shared/monitoring/model.js';

type Rule = Pick<Monitor, 'kind' | 'incidentId' | 'confirmation' | 'confirmations' | 'state'>;

const upMonitor: Rule = {
  kind: 'http',
  incidentId: null,
  confirmation: { phase: 'stable', count: 0 },
  confirmations: 2,
  state: 'up',
};

/** Applies outcomes in order, an incident id appearing on `open` and going on `recover`, as recordCheck does. */
const replay = (start: Rule, outcomes: CheckOutcome[]) => {
  let monitor = start;
  const transitions: (string | null)[] = [];
  for (const outcome of outcomes) {
    const verdict = applyOutcome(monitor, outcome, false);
    transitions.push(verdict.transition);
    monitor = {
      ...monitor,
      state: verdict.state,
      confirmation: verdict.confirmation,
      incidentId:
        verdict.transition === 'open' ? 'inc-1' : verdict.transition === 'recover' ? null : monitor.incidentId,
    };
  }
  return { monitor, transitions };
};

describe('the confirmation rule (pure)', () => {
  it('a first failure is only suspect: the count starts when its re-check fails too', () => {
    const first = applyOutcome(upMonitor, 'down', false);
    expect(first).toEqual({ confirmation: { phase: 'failing', count: 0 }, state: 'up', transition: null });
    const { monitor, transitions } = replay(upMonitor, ['down', 'down']);
    expect(transitions).toEqual([null, null]);
    expect(monitor.confirmation).toEqual({ phase: 'failing', count: 1 });
  });

  it('with 2 the failing check and its failing re-check are one observation; the next failing check opens', () => {
    // down (suspect), down (the re-check: count 1), down (the next scheduled check: count 2, open).
    const { transitions, monitor } = replay(upMonitor, ['down', 'down', 'down', 'up', 'up']);
    expect(transitions).toEqual([null, null, 'open', null, 'recover']);
    expect(monitor.state).toBe('up');
  });

  it('with 1 the failing re-check opens the incident, the first failure alone does not', () => {
    const single: Rule = { ...upMonitor, confirmations: 1 };
    expect(replay(single, ['down']).transitions).toEqual([null]);
    expect(replay(single, ['down', 'down']).transitions).toEqual([null, 'open']);
  });

  it('a re-check that succeeds leaves the count unstarted', () => {
    expect(replay(upMonitor, ['down', 'up']).monitor.confirmation).toEqual({ phase: 'stable', count: 0 });
    const { transitions, monitor } = replay(upMonitor, ['down', 'up', 'down']);
    expect(transitions).toEqual([null, null, null]);
    expect(monitor.confirmation).toEqual({ phase: 'failing', count: 0 });
  });

  it('recovery is not re-checked: N consecutive successes close the incident', () => {
    const down: Rule = { ...upMonitor, incidentId: 'inc-1', state: 'down' };
    expect(replay(down, ['up']).monitor.confirmation).toEqual({ phase: 'recovering', count: 1 });
    expect(replay(down, ['up', 'up']).transitions).toEqual([null, 'recover']);
    expect(replay({ ...down, confirmations: 1 }, ['up']).transitions).toEqual(['recover']);
  });

  it('a heartbeat’s miss cannot be re-checked: its failures count from the first', () => {
    const heartbeat: Rule = { ...upMonitor, kind: 'heartbeat', confirmations: 1 };
    expect(replay(heartbeat, ['down']).transitions).toEqual(['open']);
    expect(replay({ ...heartbeat, confirmations: 2 }, ['down', 'down']).transitions).toEqual([null, 'open']);
  });

  it('ignores no data in a run and shows it', () => {
    const { transitions, monitor } = replay(upMonitor, ['down', 'down', 'no_data', 'no_data']);
    expect(transitions).toEqual([null, null, null, null]);
    expect(monitor).toMatchObject({ state: 'no_data', confirmation: { phase: 'failing', count: 1 } });
    expect(replay(monitor, ['down']).transitions).toEqual(['open']);
    // No data between a first failure and its re-check does not stand in for the re-check.
    expect(replay(upMonitor, ['down', 'no_data']).monitor.confirmation).toEqual({ phase: 'failing', count: 0 });
  });

  it('a recovery interrupted by a failure starts again', () => {
    const down: Rule = { ...upMonitor, incidentId: 'inc-1', state: 'down' };
    const { transitions, monitor } = replay(down, ['up', 'down', 'up']);
    expect(transitions).toEqual([null, null, null]);
    expect(monitor).toMatchObject({ state: 'down', confirmation: { phase: 'recovering', count: 1 } });
  });

  it('in maintenance nothing moves', () => {
    const failing: Rule = { ...upMonitor, confirmation: { phase: 'failing', count: 1 } };
    expect(applyOutcome(failing, 'down', true)).toEqual({
      confirmation: { phase: 'failing', count: 1 },
      state: 'maintenance',
      transition: null,
    });
  });

  it('a new monitor stays pending through a suspected failure', () => {
    const fresh: Rule = { ...upMonitor, state: 'pending', confirmations: 3 };
    expect(applyOutcome(fresh, 'down', false).state).toBe('pending');
    expect(applyOutcome(fresh, 'up', false).state).toBe('up');
  });

  it('asks for a re-check only of a first failure not yet counted, whatever the confirmations', () => {
    const suspect: Rule = { ...upMonitor, confirmation: { phase: 'failing', count: 0 } };
    expect(wantsRecheck(suspect, 'down')).toBe(true);
    const single: Rule = { ...suspect, confirmations: 1 };
    expect(wantsRecheck(single, 'down')).toBe(true);
    expect(wantsRecheck(suspect, 'up')).toBe(false);
    expect(wantsRecheck({ ...suspect, confirmation: { phase: 'failing', count: 1 } }, 'down')).toBe(false);
    expect(wantsRecheck({ ...suspect, incidentId: 'inc-1' }, 'down')).toBe(false);
    expect(wantsRecheck({ ...suspect, kind: 'heartbeat' }, 'down')).toBe(false);
  });

  it('counts the suspected first failure in the run an incident is dated from', () => {
    expect(failuresInRun(upMonitor)).toBe(0);
    expect(failuresInRun({ ...upMonitor, confirmation: { phase: 'failing', count: 0 } })).toBe(1);
    expect(failuresInRun({ ...upMonitor, confirmation: { phase: 'failing', count: 2 } })).toBe(3);
    expect(failuresInRun({ kind: 'heartbeat', confirmation: { phase: 'failing', count: 2 } })).toBe(2);
  });
});
