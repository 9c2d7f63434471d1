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
  const failed = save.kind === 'failed' ? save.error : null;
  return (
    <>
      {failed !== null && (unplaced || !isApiError(failed, 422)) && <ErrorAlert error={failed} title={failedTitle} />}
      {((failed !== null && isApiError(failed, 422) && !unplaced) || invalid) && (
        <p className="field-error" role="alert">
          {failedTitle}: correct the fields marked above.
        </p>
      )}
      {save.kind === 'saved' && (
        <Notice>
          <p>{savedText}</p>
        </Notice>
      )}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.kind === 'saving' || undefined}>
          {buttonLabel}
        </button>
        {save.kind === 'saving' && <Loading>Saving…</Loading>}
      </div>
    </>
  );
}
