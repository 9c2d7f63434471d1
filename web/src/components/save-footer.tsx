import type { ReactNode } from 'react';
import { isApiError } from '../lib/api.js';
import { ErrorAlert, Loading, Notice } from './status.js';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };

/**
 * The end of an editor form: why the last save failed (field errors are shown at their fields, so a
 * 422 whose every error found its field only says so), that it saved, and the save button.
 */
export function SaveFooter({
  save,
  unplaced,
  invalid = false,
  failedTitle,
  savedText,
  buttonLabel,
}: {
  save: SaveState;
  /** The failure has field errors that no field on the form shows. */
  unplaced: boolean;
  /** The form found invalid fields itself, before sending. */
  invalid?: boolean;
  failedTitle: string;
  savedText: string;
  buttonLabel: string;
}) {
  return (
    <>
      <SubmitFailure
        failed={save.kind === 'failed' ? save.error : null}
        unplaced={unplaced}
        invalid={invalid}
        title={failedTitle}
      />
      {save.kind === 'saved' && (
        <Notice>
          <p>{savedText}</p>
        </Notice>
      )}
      <SubmitButton busy={save.kind === 'saving'}>{buttonLabel}</SubmitButton>
    </>
  );
}

/**
 * Why a form's submission failed, under `title`: the error, or only "correct the fields marked above" when a 422's
 * every field error is shown at its field (or the form found them itself: `invalid`).
 */
export function SubmitFailure({
  failed,
  unplaced,
  invalid = false,
  title,
}: {
  /** The last submission's error; null when it did not fail. */
  failed: unknown;
  /** The failure has field errors that no field on the form shows. */
  unplaced: boolean;
  /** The form found invalid fields itself, before sending. */
  invalid?: boolean;
  /** "The task was not requested". */
  title: string;
}) {
  return (
    <>
      {failed !== null && (unplaced || !isApiError(failed, 422)) && <ErrorAlert error={failed} title={title} />}
      {((failed !== null && isApiError(failed, 422) && !unplaced) || invalid) && (
        <p className="field-error" role="alert">
          {title}: correct the fields marked above.
        </p>
      )}
    </>
  );
}

/** A form's submit button, with what is under way beside it (`busyLabel`) while `busy`. */
export function SubmitButton({
  busy,
  busyLabel = 'Saving…',
  className = 'button',
  children,
}: {
  busy: boolean;
  busyLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className={className} aria-disabled={busy || undefined}>
        {children}
      </button>
      {busy && <Loading>{busyLabel}</Loading>}
    </div>
  );
}
