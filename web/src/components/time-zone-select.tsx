import { useMemo } from 'react';
import { timeZoneOptions } from '../lib/booking.js';
import { zoneLabel } from '../lib/format.js';
import { SelectField } from './select-field.js';

/**
 * "Time zone": every IANA zone the browser knows, each written as `zoneLabel` writes zones everywhere
 * (`America/New York`); times on the page are shown in the one chosen.
 */
export function TimeZoneSelect({
  value,
  onChange,
  hint,
  error,
  label = 'Time zone',
}: {
  value: string;
  onChange: (zone: string) => void;
  hint?: string;
  error?: string | undefined;
  label?: string;
}) {
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <SelectField
      label={label}
      hint={hint}
      error={error}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zoneLabel(zone)}
        </option>
      ))}
    </SelectField>
  );
}
