import { RandomIds } from '../adapters/system/random-ids.js';
import { SystemClock } from '../adapters/system/system-clock.js';
import { ENV, optionalEnv } from './env.js';

/** Clock and id generator every handler wires once at module scope. */
export const clock = new SystemClock(Number(optionalEnv(ENV.clockOffsetMs) ?? 0));
export const ids = new RandomIds();
