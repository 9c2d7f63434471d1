import { describe, expect, it } from 'vitest';
import { uptimePercent } from '../../../shared/monitoring/uptime-percent.js';

describe('uptime as a percentage', () => {
  it('is cut, never rounded up: any downtime stays below 100 %', () => {
    expect(uptimePercent(9999 / 10_000)).toBe(99.99);
    expect(uptimePercent(999_999 / 1_000_000)).toBe(99.99);
    expect(uptimePercent(1)).toBe(100);
  });

  it('is exact where the ratio is, whatever binary fractions make of it (57 of 100 is 57.00 %, not 56.99 %)', () => {
    expect(uptimePercent(57 / 100)).toBe(57);
    expect(uptimePercent(57 / 100, 3)).toBe(57);
    // Every ratio of whole counts up to 1,000 checks: the same as integer arithmetic on the counts.
    for (let total = 1; total <= 1000; total++) {
      for (let up = 0; up <= total; up++) {
        expect(uptimePercent(up / total)).toBe(Math.floor((up * 10_000) / total) / 100);
      }
    }
  });
});
