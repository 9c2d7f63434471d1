import { performance } from 'node:perf_hooks';
import { logger } from '../observability/logger.js';

export type ReadinessState = 'ok' | 'unavailable';
/** A check of one dependency: resolves when it answers, rejects when it does not. */
export type Probe = () => Promise<void>;

export interface ReadinessResult<N extends string> {
  ready: boolean;
  checks: Record<N, ReadinessState>;
}

const withTimeout = (probe: Probe, ms: number): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    probe().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/**
 * Whether this API can serve right now: each dependency answers within `timeoutMs`. A result is reused for
 * `cacheMs` (monotonic time), and concurrent callers share one round of checks, so a health probe every second
 * from many places costs the table one read every few seconds. A change of state is logged once.
 */
export class Readiness<N extends string> {
  private last: { at: number; result: Promise<ReadinessResult<N>> } | undefined;
  private lastReady = true;

  constructor(
    private readonly probes: Record<N, Probe>,
    private readonly options: { cacheMs?: number; timeoutMs?: number; monotonicMs?: () => number } = {},
  ) {}

  check(): Promise<ReadinessResult<N>> {
    const now = this.options.monotonicMs ? this.options.monotonicMs() : performance.now();
    if (this.last && now - this.last.at < (this.options.cacheMs ?? 5_000)) return this.last.result;
    const result = this.run();
    this.last = { at: now, result };
    return result;
  }

  private async run(): Promise<ReadinessResult<N>> {
    const names = Object.keys(this.probes) as N[];
    const outcomes = await Promise.allSettled(
      names.map((name) => withTimeout(this.probes[name], this.options.timeoutMs ?? 2_000)),
    );
    const checks = Object.fromEntries(
      names.map((name, i) => [name, outcomes[i]?.status === 'fulfilled' ? 'ok' : 'unavailable']),
    ) as Record<N, ReadinessState>;
    const ready = Object.values(checks).every((state) => state === 'ok');
    if (ready !== this.lastReady) {
      const failures = names.flatMap((name, i) => {
        const outcome = outcomes[i];
        return outcome?.status === 'rejected' ? [{ check: name, error: String(outcome.reason) }] : [];
      });
      if (ready) logger.info('Ready again: every dependency answers', { checks: names });
      else logger.error('Not ready: a dependency does not answer', { checks, failures });
      this.lastReady = ready;
    }
    return { ready, checks };
  }
}
