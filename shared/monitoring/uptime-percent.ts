/**
 * Uptime as a percentage, cut (never rounded up) to `decimals` places: a month with any downtime never reads as 100 %.
 * Every rendering (status page, report page, PDF, e-mail, monitor pages) cuts with this one rule, so they agree. The
 * small nudge absorbs binary fractions: 57 up of 100 is 0.57, and 0.57 × 10 000 is 5699.999…, which is 57.00 %, not
 * 56.99 %. (A true value that close below the next step would need more than 10⁹ checks.)
 */
export const uptimePercent = (uptime: number, decimals = 2): number =>
  Math.floor(uptime * 10 ** (decimals + 2) + 1e-6) / 10 ** decimals;
