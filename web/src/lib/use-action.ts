import { useCallback, useState } from 'react';

/** A write a button starts: not started (or done), under way, or failed. */
export type ActionState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: unknown };

export interface Action {
  state: ActionState;
  busy: boolean;
  /**
   * Calls `call` unless it is already under way; when it answers, the action is idle again and `done` gets the answer.
   * A failure is kept in `state` (and given to `failed`) until dismissed or tried again.
   */
  run: <T>(call: () => Promise<T>, done: (answer: T) => void, failed?: (error: unknown) => void) => Promise<void>;
  /** Forgets a failure. */
  dismiss: () => void;
}

/** One write started by a button (approve, redrive, claim…): its state, and a run that ignores a second click. */
export function useAction(): Action {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  async function run<T>(call: () => Promise<T>, done: (answer: T) => void, failed?: (error: unknown) => void) {
    if (busy) return;
    setState({ kind: 'busy' });
    let answer: T;
    try {
      answer = await call();
    } catch (error) {
      setState({ kind: 'failed', error });
      failed?.(error);
      return;
    }
    setState({ kind: 'idle' });
    done(answer);
  }

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, busy, run, dismiss };
}
