import { type FormEvent, useState } from 'react';
import { api, type CompleteTaskRequestBody, isApiError, type Task } from '../lib/api.js';
import { fieldMessage, formatDuration } from '../lib/format.js';
import { personName, TASK_STATUS_LABELS } from '../lib/tasks.js';
import { useAction } from '../lib/use-action.js';
import { SubmitButton } from './save-footer.js';
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
  const claim = useAction();

  if (task.automated) return null;

  const claimIt = () =>
    claim.run(
      () => api.claimTask(task.id),
      (claimed) => onChanged(claimed, `You have claimed ${task.typeName} for ${task.tenantName}.`),
      (error) => {
        // Someone else was quicker: show who has it now.
        if (isApiError(error, 409)) {
          api.getOpsTask(task.id).then(
            (current) => onChanged(current, null),
            () => undefined,
          );
        }
      },
    );

  const failed = claim.state.kind === 'failed' ? claim.state.error : null;
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
            aria-disabled={claim.busy || undefined}
            onClick={() => void claimIt()}
          >
            Claim<span className="visually-hidden"> {task.typeName}</span>
          </button>
          {claim.busy && <Loading>Claiming…</Loading>}
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
        <p className="muted">Claimed by {task.claimedBy ? personName(task.claimedBy) : 'another operator'}.</p>
      </>
    );
  }
  return claimError || null;
}

/** The claimer can give the task back to the queue for someone else. */
function HandBackButton({ task, onChanged }: { task: Task; onChanged: (task: Task, message: string | null) => void }) {
  const handBack = useAction();
  return (
    <div className="form-actions">
      {handBack.state.kind === 'failed' && (
        <ErrorAlert error={handBack.state.error} title="Could not hand the task back" />
      )}
      <button
        type="button"
        className="button button-small button-secondary"
        aria-disabled={handBack.busy || undefined}
        onClick={() =>
          void handBack.run(
            () => api.unclaimTask(task.id),
            (queued) => onChanged(queued, `${task.typeName} for ${task.tenantName} is back in the queue.`),
          )
        }
      >
        Hand back to the queue
      </button>
      {handBack.busy && <Loading>Handing back…</Loading>}
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
  const save = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.busy) return;
    const minutesSpent = Number(minutes);
    if (minutes.trim() === '' || !Number.isInteger(minutesSpent) || minutesSpent < 1 || minutesSpent > 1440) {
      setInvalid('Enter whole minutes between 1 and 1440.');
      return;
    }
    setInvalid(null);
    void save.run(
      () => api.completeTask(task.id, { minutesSpent, note: note.trim(), outcome }),
      (done) =>
        onCompleted(
          done,
          `${task.typeName} for ${task.tenantName}: ${TASK_STATUS_LABELS[done.status].toLowerCase()}, ${formatDuration(minutesSpent)} logged.`,
        ),
    );
  }

  const failed = save.state.kind === 'failed' ? save.state.error : null;
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
      <SubmitButton busy={save.busy} className="button button-small">
        Complete task
      </SubmitButton>
    </form>
  );
}
