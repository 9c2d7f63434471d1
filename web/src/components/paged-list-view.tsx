import type { ReactNode } from 'react';
import type { PagedList } from '../lib/use-paged-list.js';
import { LoadMore } from './load-more.js';
import { EmptyState, ErrorAlert, Loading } from './status.js';

/**
 * A paged list as a page shows it: `loading` while the first page loads, why it could not be loaded (with "Try
 * again" unless `retry` is false), `empty` when it has no items, else `children` for the loaded list and "Load more".
 */
export function PagedListView<T>({
  list,
  loading,
  failedTitle,
  empty,
  retry = true,
  children,
}: {
  list: PagedList<T>;
  /** "Loading tasks…" */
  loading: string;
  /** "Could not load the tasks" */
  failedTitle: string;
  empty: ReactNode;
  /** Offer "Try again" when the list could not be loaded (not when it would fail the same way). */
  retry?: boolean;
  children: (list: Extract<PagedList<T>, { status: 'ready' }>) => ReactNode;
}) {
  if (list.status === 'loading') return <Loading>{loading}</Loading>;
  if (list.status === 'error') {
    return <ErrorAlert error={list.error} title={failedTitle} onRetry={retry ? list.reload : undefined} />;
  }
  if (list.items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      {children(list)}
      <LoadMore list={list} />
    </>
  );
}
