import { type ReactNode, useId } from 'react';
import { dateIn, formatShortDay, formatTime, todayIn } from '../../lib/booking.js';
import { nowMs } from '../../lib/clock.js';
import { zoneLabel } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import type { Resource } from '../../lib/use-resource.js';
import { EmptyState, ErrorAlert, Loading } from '../status.js';

/** How many rows a dashboard list shows before "See all" takes over. */
export const DASHBOARD_ROWS = 5;

/**
 * One card of a dashboard: a heading, a link to the page that has everything, and the data in one of its states —
 * loading, an error with Try again, empty (a sentence saying so), or the rows.
 */
export function DashboardSection<T>({
  title,
  level,
  more,
  state,
  empty,
  note,
  wide = false,
  children,
}: {
  title: string;
  /** 2 on a dashboard of one role, 3 under a role's own heading. */
  level: 2 | 3;
  /** The full page: "All bookings". */
  more?: { to: string; label: string };
  state: Resource<T>;
  /** The sentence for an empty state, or null when there is something to show. */
  empty?: (data: T) => ReactNode | null;
  /** A line under the heading: which zone the times are in, what the list covers. */
  note?: ReactNode;
  /** Spans two columns of the grid (a table, a longer list). */
  wide?: boolean;
  children: (data: T) => ReactNode;
}) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const emptyText = state.status === 'ready' && empty ? empty(state.data) : null;
  return (
    <section className={`card dash-card${wide ? ' dash-card-wide' : ''}`} aria-labelledby={headingId}>
      <div className="dash-card-header">
        <Heading id={headingId}>{title}</Heading>
        {more && (
          <Link className="dash-more" to={more.to}>
            {more.label}
          </Link>
        )}
      </div>
      {note && <p className="dash-note">{note}</p>}
      {state.status === 'loading' && <Loading>Loading…</Loading>}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={`Could not load ${title.toLowerCase()}`} onRetry={state.reload} />
      )}
      {state.status === 'ready' && (emptyText ? <EmptyState>{emptyText}</EmptyState> : children(state.data))}
    </section>
  );
}

/** "Times in Europe/Berlin": the caption over a list whose rows show times without their zone. */
export const timesIn = (zone: string): string => `Times in ${zoneLabel(zone)}`;

/** `Today, 14:00`, `Tomorrow, 09:30`, `Wed, 9 Dec, 14:00`: an instant in `zone` (say the zone over the list). */
export function shortWhen(iso: string, zone: string, now = nowMs()): string {
  const day = dateIn(iso, zone);
  const today = todayIn(zone, now);
  const tomorrow = todayIn(zone, now + 86_400_000);
  const dayText = day === today ? 'Today' : day === tomorrow ? 'Tomorrow' : formatShortDay(day);
  return `${dayText}, ${formatTime(iso, zone)}`;
}

/** Every page of a cursor-paged list, up to `maxPages` pages (a dashboard summarises; the page has the rest). */
export async function collectPages<T>(
  load: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | undefined }>,
  maxPages = 5,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await load(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** A list of dashboard rows: the main line, and a muted line under it. */
export function DashList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="dash-list" aria-label={label}>
      {children}
    </ul>
  );
}

export function DashRow({
  main,
  sub,
  aside,
  warning = false,
}: {
  main: ReactNode;
  sub?: ReactNode;
  aside?: ReactNode;
  /** Marks the row (overdue, past due) — always with words in it too, never colour alone. */
  warning?: boolean;
}) {
  return (
    <li className={`dash-row${warning ? ' dash-row-warning' : ''}`}>
      <div className="dash-row-text">
        <span className="dash-row-main">{main}</span>
        {sub && <span className="dash-row-sub">{sub}</span>}
      </div>
      {aside && <div className="dash-row-aside">{aside}</div>}
    </li>
  );
}

/** "and 3 more" under a list cut at DASHBOARD_ROWS. */
export function MoreCount({ total, shown }: { total: number; shown: number }) {
  if (total <= shown) return null;
  return <p className="dash-note">and {total - shown} more</p>;
}
