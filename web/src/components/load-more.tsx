import type { PagedList } from '../lib/use-paged-list.js';
import { ErrorAlert, Loading } from './status.js';

/** "Load more" under a list while the server has further pages; a failed page can be tried again with it. */
export function LoadMore<T>({ list }: { list: Extract<PagedList<T>, { status: 'ready' }> }) {
  if (!list.hasMore) return null;
  const loading = list.more.kind === 'loading';
  return (
    <div className="load-more">
      {list.more.kind === 'failed' && <ErrorAlert error={list.more.error} title="Could not load more" />}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={loading || undefined}
          onClick={() => {
            if (!loading) list.loadMore();
          }}
        >
          Load more
        </button>
        {loading && <Loading>Loading more…</Loading>}
      </div>
    </div>
  );
}
