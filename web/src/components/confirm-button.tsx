import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Loading } from './status.js';

/**
 * A button for something that cannot be undone: the first click asks `question`, and only the confirm button does it.
 * Focus moves to "Cancel" when asked, and back to the button when cancelled or done. `onConfirm` shows its own errors.
 */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  busyLabel = 'Working…',
  onConfirm,
  className = 'button button-danger',
  dismissLabel = 'Cancel',
}: {
  children: ReactNode;
  question: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  onConfirm: () => Promise<unknown> | undefined;
  className?: string;
  /** The button that backs out; "Cancel" unless that would be ambiguous (cancelling a booking, say). */
  dismissLabel?: string;
}) {
  const [state, setState] = useState<'idle' | 'asking' | 'busy'>('idle');
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'trigger' | 'cancel' | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (state === 'busy') return;
    if (focusNext.current === 'cancel') cancelRef.current?.focus();
    if (focusNext.current === 'trigger') triggerRef.current?.focus();
    focusNext.current = null;
  }, [state]);

  const finish = () => {
    if (!mounted.current) return;
    focusNext.current = 'trigger';
    setState('idle');
  };

  const confirm = () => {
    if (state === 'busy') return;
    setState('busy');
    const done = onConfirm();
    if (done) done.then(finish, finish);
    else finish();
  };

  if (state === 'idle') {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={className}
        onClick={() => {
          focusNext.current = 'cancel';
          setState('asking');
        }}
      >
        {children}
      </button>
    );
  }

  const busy = state === 'busy';
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      <div className="form-actions">
        <button
          type="button"
          className="button button-danger button-small"
          aria-disabled={busy || undefined}
          onClick={confirm}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button-secondary button-small"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            focusNext.current = 'trigger';
            setState('idle');
          }}
        >
          {dismissLabel}
        </button>
        {busy && <Loading>{busyLabel}</Loading>}
      </div>
    </fieldset>
  );
}
