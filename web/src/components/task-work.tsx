import { type FormEvent, useState } from 'react';
import { api, type CompleteTaskRequestBody, isApiError, type Task } from '../lib/api.js';
import { formatDuration } from '../lib/booking.js';
import { fieldMessage } from '../lib/format.js';
import { TASK_STATUS_LABELS } from '../lib/tasks.js';
import { SelectField } from './select-field.js';
import { ErrorAlert, Loading } from './status.js';
import { TextAreaField } from './text-area-field.js';
import { TextField } from './text-field.js';

/**
 * What an operator does with a manual task: claim it while it is queued, then log the minutes, a note and the
 * outcome. Automated tasks run through SSM and offer nothing here. `onChanged` gets the task as the server answered,
 * with a sentence for the page's notice (null when there is nothing to announce).
 */
export function TaskWork({
  task,
  meId,
  canClaim,
  onChanged,
}: {
  task: Task;
  meId: string;
  /** Operators claim; provider-admins only look. */
  canClaim: boolean;
  onChanged: (task: Task, message: string | null) => void;
}) {
  const [claim, setClaim] = useState<{ kind: 'idle' } | { kind: 'claiming' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });

  if (task.automated) return null;

  async function claimIt() {
    if (claim.kind === 'claiming') return;
    setClaim({ kind: 'claiming' });
    try {
      const claimed = await api.claimTask(task.id);
      setClaim({ kind: 'idle' });
      onChanged(claimed, `You have claimed ${task.typeName} for ${task.tenantName}.`);
    } catch (error) {
      setClaim({ kind: 'failed', error });
      // Someone else was quicker: show who has it now.
      if (isApiError(error, 409)) {
        api.getOpsTask(task.id).then(
          (current) => onChanged(current, null),
          () => undefined,
        );
      }
    }
  }

  const failed = claim.kind === 'failed' ? claim.error : null;
  const claimError = failed !== null && (
    <ErrorAlert error={failed} title={isApiError(failed, 409) ? 'Someone else has this task' : 'Could not claim'} />
  );

  if (task.status === 'queued') {
    if (!canClaim) return <p className="muted">Waiting for an operator to claim it.</p>;
    return (
      <div className="card-actions">
        {claimError}
        <div className="form-actions">
          <button
            type="button"
            className="button button-small"
            aria-disabled={claim.kind === 'claiming' || undefined}
            onClick={() => void claimIt()}
          >
            Claim<span className="visually-hidden"> {task.typeName}</span>
          </button>
          {claim.kind === 'claiming' && <Loading>Claiming…</Loading>}
        </div>
      </div>
    );
  }
  if (task.status === 'claimed') {
    if (task.claimedBy?.userId === meId && canClaim) {
      return (
        <div className="card-actions">
          {claimError}
          <CompleteTaskForm task={task} onCompleted={onChanged} />
          <HandBackButton task={task} onChanged={onChanged} />
        </div>
      );
    }
    return (
      <>
        {claimError}
        <p className="muted">Claimed by {task.claimedBy?.email ?? 'another operator'}.</p>
      </>
    );
  }
  return claimError || null;
}

/** The claimer can give the task back to the queue for someone else. */
function HandBackButton({ task, onChanged }: { task: Task; onChanged: (task: Task, message: string | null) => void }) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });
  async function handBack() {
    if (state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      const queued = await api.unclaimTask(task.id);
      setState({ kind: 'idle' });
      onChanged(queued, `${task.typeName} for ${task.tenantName} is back in the queue.`);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }
  return (
    <div className="form-actions">
      {state.kind === 'failed' && <ErrorAlert error={state.error} title="Could not hand the task back" />}
      <button
        type="button"
        className="button button-small button-secondary"
        aria-disabled={state.kind === 'saving' || undefined}
        onClick={() => void handBack()}
      >
        Hand back to the queue
      </button>
      {state.kind === 'saving' && <Loading>Handing back…</Loading>}
    </div>
  );
}

type Outcome = CompleteTaskRequestBody['outcome'];

function CompleteTaskForm({
  task,
  onCompleted,
}: {
  task: Task;
  onCompleted: (task: Task, message: string | null) => void;
}) {
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('succeeded');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (state.kind === 'saving') return;
    const minutesSpent = Number(minutes);
    if (minutes.trim() === '' || !Number.isInteger(minutesSpent) || minutesSpent < 1 || minutesSpent > 1440) {
      setInvalid('Enter whole minutes between 1 and 1440.');
      return;
    }
    setInvalid(null);
    setState({ kind: 'saving' });
    try {
      const done = await api.completeTask(task.id, { minutesSpent, note: note.trim(), outcome });
      onCompleted(
        done,
        `${task.typeName} for ${task.tenantName}: ${TASK_STATUS_LABELS[done.status].toLowerCase()}, ${formatDuration(minutesSpent)} logged.`,
      );
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const failed = state.kind === 'failed' ? state.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const placed = ['minutesSpent', 'note', 'outcome'];
  const unplaced = Object.keys(errors).some((field) => !placed.includes(field));
  const message = (field: string) => (errors[field] ? fieldMessage(errors[field]) : undefined);

  return (
    <form className="form form-compact" onSubmit={submit} noValidate aria-label={`Complete ${task.typeName}`}>
      <TextField
        label="Minutes spent"
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        step={1}
        required
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={invalid ?? message('minutesSpent')}
      />
      <TextAreaField
        label="Note"
        hint="What was done: the customer sees it with the task."
        required
        rows={3}
        maxLength={4000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={message('note')}
      />
      <SelectField
        label="Outcome"
        value={outcome}
        onChange={(event) => setOutcome(event.target.value === 'failed' ? 'failed' : 'succeeded')}
        error={message('outcome')}
      >
        <option value="succeeded">Succeeded</option>
        <option value="failed">Failed</option>
      </SelectField>
      {failed !== null && (unplaced || !isApiError(failed, 422)) && (
        <ErrorAlert error={failed} title="The task was not completed" />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-small" aria-disabled={state.kind === 'saving' || undefined}>
          Complete task
        </button>
        {state.kind === 'saving' && <Loading>Saving…</Loading>}
      </div>
    </form>
  );
}
