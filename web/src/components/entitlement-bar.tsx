import { useId } from 'react';
import type { Entitlement } from '../lib/api.js';
import { summarizeEntitlement } from '../lib/billing.js';

/**
 * One entitlement of the plan: what is used of the allowance this period, in words and as a bar whose accessible
 * name is those words. Use beyond the allowance turns the bar the warning colour (and the words say so).
 * Without an allowance there is no bar, only the words ("billed per use").
 */
export function EntitlementBar({ entitlement }: { entitlement: Entitlement }) {
  const meterId = useId();
  const { text, bar } = summarizeEntitlement(entitlement);
  if (!bar) {
    return (
      <li className="entitlement">
        <p className="entitlement-label">{text}</p>
      </li>
    );
  }
  const percent = Math.round((bar.used / bar.included) * 100);
  return (
    <li className={bar.over ? 'entitlement entitlement-over' : 'entitlement'}>
      <label className="entitlement-label" htmlFor={meterId}>
        {text}
      </label>
      <meter
        id={meterId}
        className="usage-meter"
        min={0}
        max={bar.included}
        value={Math.min(bar.used, bar.included)}
        aria-valuetext={`${percent}% of the allowance`}
      />
    </li>
  );
}
