import type { CheckOutcome, Monitor, MonitorState } from './model.js';

/**
 * The confirmation rule (docs/monitoring.md "What counts as down"), pure. A monitor's confirmed verdict changes only
 * after `monitor.confirmations` consecutive observations that disagree with it — failures before an incident opens,
 * successes before it closes.
 *
 * A failure is re-checked right away before the count starts, so a blip of a few seconds never counts: the first
 * failure of a monitor that is confirmed up (or still pending) only makes it suspect (`failing`, count 0); its
 * immediate re-check (or, if that never came, the next check) either succeeds — the blip is kept in the results, the
 * count never started — or fails too, and that failure with its re-check is ONE observation (count 1). Each further
 * failing check adds one; the incident opens when the count reaches `confirmations`. So with 1 the failing re-check
 * opens it, with 2 (the default) the next scheduled check one interval later does — a restart shorter than the
 * interval pages nobody. A heartbeat cannot be probed again (a missed ping is a fact, not a probe), so its failures
 * count from the first. Recovery has no re-check: `confirmations` consecutive successes close the incident.
 *
 * `no_data` (the checker could not run) neither counts nor breaks a run; results in maintenance are kept but leave
 * the rule where it was, so a maintenance never opens (or closes) an incident and the count resumes after it.
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

type Rule = Pick<Monitor, 'kind' | 'incidentId' | 'confirmation' | 'confirmations' | 'state'>;

/** What the monitor's confirmed verdict is before this result. */
export const confirmedOutcome = (monitor: Pick<Monitor, 'incidentId'>): 'up' | 'down' =>
  monitor.incidentId ? 'down' : 'up';

/** Whether a first failure of this monitor is re-checked before it counts: every probed kind, not a heartbeat. */
export const rechecksFailures = (monitor: Pick<Monitor, 'kind'>): boolean => monitor.kind !== 'heartbeat';

/**
 * How many failing results the monitor's current run of failures holds (0 when it is not failing): the count, plus
 * the suspected first failure that the re-check turned into the first observation. `checks.ts` dates an incident
 * from the oldest of them.
 */
export const failuresInRun = (monitor: Pick<Monitor, 'kind' | 'confirmation'>): number => {
  if (monitor.confirmation.phase !== 'failing') return 0;
  return monitor.confirmation.count + (rechecksFailures(monitor) ? 1 : 0);
};

/** The state shown for a confirmed verdict: `pending` until the monitor was first seen up. */
const shown = (monitor: Pick<Monitor, 'state'>, verdict: 'up' | 'down', outcome: CheckOutcome): MonitorState => {
  if (verdict === 'down') return 'down';
  if (outcome === 'up') return 'up';
  // A suspected failure still shows the last confirmed picture; after no data or maintenance we do not know it.
  return monitor.state === 'up' ? 'up' : 'pending';
};

/** Applies one result (a scheduled check or an immediate re-check alike) to a monitor's confirmation. */
export const applyOutcome = (monitor: Rule, outcome: CheckOutcome, inMaintenance: boolean): Verdict => {
  if (inMaintenance) return { confirmation: monitor.confirmation, state: 'maintenance', transition: null };
  if (outcome === 'no_data') return { confirmation: monitor.confirmation, state: 'no_data', transition: null };
  const verdict = confirmedOutcome(monitor);
  if (outcome === verdict) {
    return { confirmation: { phase: 'stable', count: 0 }, state: shown(monitor, verdict, outcome), transition: null };
  }
  const phase = verdict === 'up' ? 'failing' : 'recovering';
  const running = monitor.confirmation.phase === phase;
  if (phase === 'failing' && !running && rechecksFailures(monitor)) {
    // Suspect: the count starts only once the re-check has failed too.
    return { confirmation: { phase, count: 0 }, state: shown(monitor, verdict, outcome), transition: null };
  }
  const count = (running ? monitor.confirmation.count : 0) + 1;
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
 * Whether a result should be re-checked right away: the first failure of a monitor that is not down (confirmed up or
 * pending), now suspect with its count not started — whatever `confirmations` is, so a blip costs one extra probe
 * and never counts.
 */
export const wantsRecheck = (
  monitor: Pick<Monitor, 'kind' | 'incidentId' | 'confirmation'>,
  outcome: CheckOutcome,
): boolean =>
  outcome === 'down' &&
  !monitor.incidentId &&
  rechecksFailures(monitor) &&
  monitor.confirmation.phase === 'failing' &&
  monitor.confirmation.count === 0;
