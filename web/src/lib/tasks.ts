import { api, type Host, type Task, type TaskStatus, type TaskTypeView } from './api.js';
import { fieldMessage, formatDateTime } from './format.js';

/**
 * Task helpers shared by /tasks, a task's page, /hosts and the operators' queue: status words, and the request form's
 * fields read from each type's parameters (JSON Schema, as GET /api/task-types publishes them).
 */

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  awaiting_approval: 'Awaiting approval',
  queued: 'Queued',
  scheduled: 'Scheduled',
  claimed: 'Claimed',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  timed_out: 'Timed out',
  cancelled: 'Cancelled',
  declined: 'Declined',
};

/** The statuses a task never leaves (shared/tasks/model.ts, which this bundle does not import: it ships zod). */
const TERMINAL: readonly TaskStatus[] = ['succeeded', 'failed', 'timed_out', 'cancelled', 'declined'];
export const isTerminalStatus = (status: TaskStatus): boolean => TERMINAL.includes(status);

/** A customer may still withdraw it: it has not been sent to a host nor picked up by an operator. */
export const isCancellable = (task: Task): boolean =>
  (task.status === 'awaiting_approval' || task.status === 'scheduled' || task.status === 'queued') && !task.commandId;

/** How often a task's page asks again while the task is still moving. */
export const TASK_POLL_MS = 2000;

type Person = Task['requestedBy'];

/** A person as people read them: their name, or their e-mail while no name is known. */
export const personName = (person: Person): string => person.name?.trim() || person.email;

/**
 * Who moved a task in its history (an e-mail, `ssm` or `opsdesk`), by name when it is someone the task names: the
 * requester, the approver or the operator.
 */
export function historyActor(by: string, task?: Pick<Task, 'requestedBy' | 'approvedBy' | 'claimedBy'>): string {
  if (by === 'ssm') return 'SSM';
  if (by === 'opsdesk') return 'Opsdesk';
  const people = task ? [task.requestedBy, task.approvedBy, task.claimedBy] : [];
  const known = people.find((person) => person?.email === by && person.name);
  return known ? personName(known) : by;
}

/** Why a declined task was declined, and by whom: its last history entry. Null for any other task. */
export function declineOf(task: Task): { reason: string; by: string; at: string } | null {
  if (task.status !== 'declined') return null;
  const entry = task.history.findLast((item) => item.status === 'declined');
  return entry ? { reason: entry.reason ?? '', by: historyActor(entry.by, task), at: entry.at } : null;
}

/** `Disk report on demo-host`: what a task is called, by its type and host (never its id). */
export const taskName = (task: Pick<Task, 'typeName' | 'hostId' | 'hostName'>): string => {
  const host = hostLabel(task);
  return host ? `${task.typeName} on ${host}` : task.typeName;
};

/** `Disk report on demo-host, requested 9 Dec 2026, 14:00 CET`: one task among others of its type and host. */
export const taskTitle = (task: Task, timeZone: string): string =>
  `${taskName(task)}, requested ${formatDateTime(task.requestedAt, timeZone)}`;

export const PING_STATUS_LABELS: Record<Host['pingStatus'], string> = {
  Online: 'Online',
  ConnectionLost: 'Connection lost',
  Inactive: 'Inactive',
};

export const PING_STATUS_CLASSES: Record<Host['pingStatus'], string> = {
  Online: 'status-online',
  ConnectionLost: 'status-connection-lost',
  Inactive: 'status-inactive',
};

/** The host a task runs on, by name (a host Opsdesk no longer knows by name: "a removed host", never its id). */
export const hostLabel = (task: Pick<Task, 'hostId' | 'hostName'>): string | null =>
  task.hostId ? (task.hostName ?? 'a removed host') : null;

/** A task's page: the customer's, or the operators' view of any tenant's task. */
export const taskPath = (task: Pick<Task, 'id'>): string => `/tasks/${encodeURIComponent(task.id)}`;
export const opsTaskPath = (task: Pick<Task, 'id'>): string => `/ops/tasks/${encodeURIComponent(task.id)}`;

export const loadTaskTypes = (signal: AbortSignal) => api.listTaskTypes(signal).then((list) => list.items);
export const loadHosts = (signal: AbortSignal) => api.listHosts(signal).then((list) => list.items);

/** One parameter of a task type as a form field. */
export type ParamField = {
  name: string;
  label: string;
  /** The schema's description, as a sentence. */
  hint: string | undefined;
  required: boolean;
} & (
  | { control: 'select'; options: string[]; initial: string }
  | { control: 'checkbox'; initial: boolean }
  | { control: 'number'; integer: boolean; min: number | undefined; max: number | undefined; initial: string }
  | {
      control: 'text' | 'textarea';
      maxLength: number | undefined;
      minLength: number | undefined;
      example: string | undefined;
      initial: string;
    }
);

/** What the form holds for each field: text as typed (numbers too), checkboxes as booleans. */
export type ParamValues = Record<string, string | boolean>;

/** Above this many characters, free text gets a text area rather than a one-line input. */
const TEXTAREA_FROM = 500;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * The fields of a type's parameters, in the schema's order: a string with `enum` is a select, a boolean a checkbox,
 * an integer or number a number input with its bounds, any other string a text input (a text area when it may be
 * long). `title` labels a field, `description` explains it and `default` fills it. Properties of another shape are
 * left out; the server would name them if they were required.
 */
export function parameterFields(type: TaskTypeView): ParamField[] {
  const schema = record(type.parameters);
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((n) => typeof n === 'string') : []);
  const fields: ParamField[] = [];
  for (const [name, raw] of Object.entries(record(schema.properties))) {
    const property = record(raw);
    const description = text(property.description);
    const base = {
      name,
      label: text(property.title) ?? name,
      hint: description ? fieldMessage(description) : undefined,
      required: required.has(name),
    };
    const fallback = property.default;
    if (Array.isArray(property.enum)) {
      const options = property.enum.filter((option): option is string => typeof option === 'string');
      fields.push({ ...base, control: 'select', options, initial: text(fallback) ?? '' });
    } else if (property.type === 'boolean') {
      fields.push({ ...base, control: 'checkbox', initial: fallback === true });
    } else if (property.type === 'integer' || property.type === 'number') {
      const initial = finite(fallback);
      fields.push({
        ...base,
        control: 'number',
        integer: property.type === 'integer',
        min: finite(property.minimum),
        max: finite(property.maximum),
        initial: initial === undefined ? '' : String(initial),
      });
    } else if (property.type === 'string') {
      const maxLength = finite(property.maxLength);
      const examples = Array.isArray(property.examples) ? property.examples : [];
      fields.push({
        ...base,
        control: maxLength !== undefined && maxLength > TEXTAREA_FROM ? 'textarea' : 'text',
        maxLength,
        minLength: finite(property.minLength),
        example: text(examples[0]),
        initial: text(fallback) ?? '',
      });
    }
  }
  return fields;
}

export const initialValues = (fields: readonly ParamField[]): ParamValues =>
  Object.fromEntries(fields.map((field) => [field.name, field.initial]));

/**
 * The `params` of a request: checkboxes as booleans, numbers as numbers, text trimmed; empty optional fields are
 * left out so the server fills in its defaults. Input it cannot read as a number goes as typed: the server says why.
 */
export function paramsFor(
  fields: readonly ParamField[],
  values: ParamValues,
): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.control === 'checkbox') {
      params[field.name] = value === true;
      continue;
    }
    const typed = typeof value === 'string' ? value.trim() : '';
    if (typed === '') continue;
    if (field.control === 'number') {
      const number = Number(typed);
      params[field.name] = Number.isFinite(number) ? number : typed;
    } else {
      params[field.name] = typed;
    }
  }
  return params;
}

/** A parameter's value as the task shows it: the select's option, "Yes"/"No", or the text. */
export const formatParam = (value: string | number | boolean): string =>
  typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);

/** A parameter's label from the catalogue; the name itself while the catalogue loads or for a type it lacks. */
export function paramLabel(typeId: string, name: string, types: readonly TaskTypeView[] | undefined): string {
  const type = types?.find((item) => item.id === typeId);
  const property = type ? record(record(record(type.parameters).properties)[name]) : {};
  return text(property.title) ?? name;
}
