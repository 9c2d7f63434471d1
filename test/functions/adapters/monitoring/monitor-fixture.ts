import { newTestMonitor } from '../../../support/monitoring-fakes.js';

/** A monitor with every field at its default; tests override what they check. */
export const monitorOf = newTestMonitor;
