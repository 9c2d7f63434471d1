import type { ReactNode } from 'react';
import { ErrorAlert } from './status.js';

/**
 * A table of records that scrolls sideways on a narrow screen: `columns` head it, then (with `actions`) a column
 * for the rows' buttons, named for screen readers only. `children` are the body's rows.
 */
export function DataTable({
  columns,
  actions = false,
  caption,
  className,
  children,
}: {
  columns: readonly string[];
  actions?: boolean;
  /** Read out before the table; not shown. */
  caption?: string;
  /** Added to `data-table`. */
  className?: string;
  children: ReactNode;
}) {
  // The wrapper scrolls sideways on a narrow screen: keyboard users reach it (Tab, then arrow keys); the table inside
  // carries the name (its caption), so the wrapper adds no second label for tests and screen readers to trip on.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard
    <div className="table-wrap" tabIndex={0}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Under a table row, why its action failed, across all `colSpan` columns, until dismissed. */
export function RowError({
  colSpan,
  error,
  title,
  onDismiss,
}: {
  colSpan: number;
  error: unknown;
  title: string;
  onDismiss: () => void;
}) {
  return (
    <tr className="row-message">
      <td colSpan={colSpan}>
        <ErrorAlert error={error} title={title}>
          <p>
            <button type="button" className="button-link" onClick={onDismiss}>
              Dismiss
            </button>
          </p>
        </ErrorAlert>
      </td>
    </tr>
  );
}
