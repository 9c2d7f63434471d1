import type { ReactNode } from 'react';
import { describeError } from '../lib/api.js';

export function Loading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="status" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/** Any error as a title and a sentence: problem+json title/detail, or "Network error". */
export function ErrorAlert({
  error,
  title,
  onRetry,
  children,
}: {
  error: unknown;
  /** Replaces the error's own title, e.g. "Could not load the plans". */
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const described = describeError(error);
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title ?? described.title}</p>
      {described.detail && (
        <p>{title && described.specific ? `${described.title}: ${described.detail}` : described.detail}</p>
      )}
      {children}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-info" role="status">
      {children}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
