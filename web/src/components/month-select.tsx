import { formatMonth } from '../lib/billing.js';
import { SelectField } from './select-field.js';

/** Which billing month (a calendar month in UTC) a page shows: `months` as `YYYY-MM`, newest first. */
export function MonthSelect({
  label = 'Month',
  hint,
  months,
  value,
  onChange,
}: {
  label?: string;
  hint?: string;
  months: readonly string[];
  value: string;
  onChange: (month: string) => void;
}) {
  return (
    <div className="month-select">
      <SelectField
        label={label}
        hint={hint}
        name="period"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {months.map((month) => (
          <option key={month} value={month}>
            {formatMonth(month)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
