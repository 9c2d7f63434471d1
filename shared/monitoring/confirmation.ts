import type { CheckOutcome, Monitor, MonitorState } from './model.js';

/**
 * The confirmation rule (docs/monitoring.md "What counts as down"), pure: a monitor's confirmed verdict changes only
 * after `monitor.confirmations` consecutive results that disagree with it — failures (the immediate re-check of a
 * first failure included) before an incident opens, successes before it closes. `no_data` (the checker could not
 * run) neither counts nor breaks a run; results in maintenance are kept but leave the rule where it was, so a
 * maintenance never opens (or closes) an incident and the count resumes after it.
 *
 * The confirmed verdict is `down` exactly while the monitor has an open incident (`incidentId`); otherwise `up`
 * (`pending` on the screen until a first success).
 */

export type Transition = 'open' | 'recover' | null;

export interface Verdict {
  confirmation: Monitor['confirmation'];
  state: MonitorState;
  /** `open`: a failure was just confirmed (open an incident); `recover`: a recovery was (close it). */
  transition: Transition;
}

/** What the monitor's confirmed verdict is before this result. */
export const confirmedOutcome = (monitor: Pick<Monitor, 'incidentId'>): 'up' | 'down' =>
  monitor.incidentId ? 'down' : 'up';

/** The state shown for a confirmed verdict: `pending` until the monitor was first seen up. */
const shown = (monitor: Pick<Monitor, 'state'>, verdict: 'up' | 'down', outcome: CheckOutcome): MonitorState => {
  if (verdict === 'down') return 'down';
  if (outcome === 'up') return 'up';
  // A suspected failure still shows the last confirmed picture; after no data or maintenance we do not know it.
  return monitor.state === 'up' ? 'up' : 'pending';
};

/** Applies one result to a monitor's confirmation; see the module comment. */
export const applyOutcome = (
  monitor: Pick<Monitor, 'incidentId' | 'confirmation' | 'confirmations' | 'state'>,
  outcome: CheckOutcome,
  inMaintenance: boolean,
): Verdict => {
  if (inMaintenance) return { confirmation: monitor.confirmation, state: 'maintenance', transition: null };
  if (outcome === 'no_data') return { confirmation: monitor.confirmation, state: 'no_data', transition: null };
  const verdict = confirmedOutcome(monitor);
  if (outcome === verdict) {
    return { confirmation: { phase: 'stable', count: 0 }, state: shown(monitor, verdict, outcome), transition: null };
  }
  const phase = verdict === 'up' ? 'failing' : 'recovering';
  const count = (monitor.confirmation.phase === phase ? monitor.confirmation.count : 0) + 1;
  if (count >= Math.max(1, monitor.confirmations)) {
    return {
      confirmation: { phase: 'stable', count: 0 },
      state: outcome === 'down' ? 'down' : 'up',
      transition: outcome === 'down' ? 'open' : 'recover',
    };
  }
  return { confirmation: { phase, count }, state: shown(monitor, verdict, outcome), transition: null };
};

/**
 * Whether a result should be re-checked right away: the first failure of a monitor that is confirmed up and needs
 * more than one failure (so a blip costs one extra probe, and a real outage is confirmed a minute sooner).
 */
export const wantsRecheck = (
  monitor: Pick<Monitor, 'incidentId' | 'confirmation' | 'confirmations'>,
  outcome: CheckOutcome,
): boolean =>
  outcome === 'down' &&
  !monitor.incidentId &&
  monitor.confirmations > 1 &&
  monitor.confirmation.phase === 'failing' &&
  monitor.confirmation.count === 1;
