import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `work` and answers — or fails — no sooner than `floorMs` after it began. Sign-up and invitations use it
 * so that their timing does not tell a new address (the identity provider creates an account, a call of a few
 * hundred milliseconds) from one that has an account already (nothing to create).
 */
export const noSoonerThan = async <T>(
  floorMs: number,
  work: () => Promise<T>,
  wait: (ms: number) => Promise<unknown> = sleep,
  now: () => number = () => performance.now(),
): Promise<T> => {
  const started = now();
  try {
    return await work();
  } finally {
    const left = floorMs - (now() - started);
    if (left > 0) await wait(left);
  }
};

/**
 * The floor for the identity provider in use: Cognito's `AdminCreateUser` (which also sends the e-mail) stays well
 * under a second; the local stack's dev identity provider stores nothing, so both paths are table writes there.
 */
export const ANSWER_FLOOR_MS = { cognito: 1_000, local: 0 } as const;
