import { describe, expect, it } from 'vitest';
import { applyOutcome, wantsRecheck } from '../../../shared/monitoring/confirmation.js';
import type { CheckOutcome, Monitor } from '../../../shared/monitoring/model.js';

type Rule = Pick<Monitor, 'incidentId' | 'confirmation' | 'confirmations' | 'state'>;

const upMonitor: Rule = {
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
  it('opens on the Nth consecutive failure and recovers on the Nth consecutive success', () => {
    const { transitions, monitor } = replay(upMonitor, ['down', 'down', 'down', 'up', 'up']);
    expect(transitions).toEqual([null, 'open', null, null, 'recover']);
    expect(monitor.state).toBe('up');
  });

  it('ignores no data in a run and shows it', () => {
    const { transitions, monitor } = replay(upMonitor, ['down', 'no_data', 'no_data']);
    expect(transitions).toEqual([null, null, null]);
    expect(monitor).toMatchObject({ state: 'no_data', confirmation: { phase: 'failing', count: 1 } });
    expect(replay(monitor, ['down']).transitions).toEqual(['open']);
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

  it('asks for a re-check only after the first failure of a monitor that is up', () => {
    const first: Rule = { ...upMonitor, confirmation: { phase: 'failing', count: 1 } };
    expect(wantsRecheck(first, 'down')).toBe(true);
    expect(wantsRecheck({ ...first, confirmations: 1 }, 'down')).toBe(false);
    expect(wantsRecheck({ ...first, confirmation: { phase: 'failing', count: 2 } }, 'down')).toBe(false);
    expect(wantsRecheck({ ...first, incidentId: 'inc-1' }, 'down')).toBe(false);
  });
});
