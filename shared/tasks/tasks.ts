import { auditActorOf, newAuditEntry, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import type { BalanceWatch } from '../billing/ports.js';
import { findPlan } from '../catalogue/plans.js';
import { DomainError, type FieldError, isDomainError } from '../errors.js';
import { type Actor, hasAnyRole, tenantOf } from '../platform/actor.js';
import type { PageQuery } from '../platform/pagination.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { Tenant } from '../tenancy/model.js';
import type { TenantRepository } from '../tenancy/ports.js';
import type { UsageRecord } from '../usage/usage-record.js';
import {
  documentName,
  findTaskType,
  TASK_TYPES,
  type TaskType,
  taskParametersSchema,
  taskTypeView,
} from './catalogue.js';
import { assertTransition, statusFromSsm } from './lifecycle.js';
import { windowState } from './maintenance-window.js';
import {
  type CompleteTaskRequest,
  DEFAULT_MAINTENANCE_WINDOW,
  type DeclineTaskRequest,
  type Host,
  isTerminal,
  type MaintenanceWindow,
  type MaintenanceWindowView,
  type Person,
  type Task,
  type TaskRequest,
  type TaskStatus,
} from './model.js';
import { documentValues, type ParameterValues } from './parameters.js';
import type {
  CommandRunner,
  HostLocks,
  HostRepository,
  ReleaseMarker,
  TaskChange,
  TaskQueue,
  TaskRepository,
  TaskSettingsRepository,
} from './ports.js';

export interface TaskDeps {
  tasks: TaskRepository;
  hosts: HostRepository;
  settings: TaskSettingsRepository;
  /** `getUser` names the people on a task (requester, approver, operator); without it they go by e-mail. */
  tenants: Pick<TenantRepository, 'getTenant'> & Partial<Pick<TenantRepository, 'getUser'>>;
  queue: TaskQueue;
  clock: Clock;
  ids: IdGenerator;
  /** Balance warnings (shared/billing/balance.ts), checked after a manual task's minutes are recorded. */
  balance?: BalanceWatch;
}

/** A queued automated task not dispatched within this long (longer than three SQS receives) is enqueued again. */
export const DISPATCH_WATCHDOG_MS = 10 * 60_000;
/** Output kept on the task: the end of the command's output, where results and errors are. */
export const OUTPUT_EXCERPT_CHARS = 4000;
/** Plans without a response time (or tenants without a plan) get this one. */
export const DEFAULT_SLA_HOURS = 72;

/** The actor as a task records them: with their display name when the user directory knows it. */
const personOf = async (deps: Pick<TaskDeps, 'tenants'>, actor: Actor): Promise<Person> => {
  const user = await deps.tenants.getUser?.(actor.tenantId, actor.userId).catch(() => null);
  return { userId: actor.userId, email: actor.email, ...(user?.name ? { name: user.name } : {}) };
};
const OPSDESK = 'opsdesk';

/** Task ids sort by request time (newest first in the tenant's list): base-36 milliseconds + random. */
export const newTaskId = (now: Date, ids: IdGenerator): string =>
  `${now.getTime().toString(36).padStart(9, '0')}-${ids.newId().replace(/-/g, '').slice(0, 12)}`;

/** The audit entry of a change to `task`, by a person or by Opsdesk itself. */
const taskAudit = (
  deps: { clock: Clock; ids: IdGenerator },
  task: Task,
  actor: Actor | 'system',
  action: string,
  details?: Record<string, unknown>,
) =>
  newAuditEntry(deps, {
    actor: actor === 'system' ? SYSTEM_ACTOR : auditActorOf(actor),
    tenantId: task.tenantId,
    action,
    target: { type: 'task', id: task.id },
    ...(details ? { details } : {}),
  });

const notFound = (taskId: string) => new DomainError('RESOURCE.NOT_FOUND', `There is no task ${taskId}.`);

const typeOf = (task: Task): TaskType => {
  const type = findTaskType(task.typeId);
  if (!type) throw new Error(`task ${task.id} has the unknown type ${task.typeId}`);
  return type;
};

/** Moves a task to `to`, checked against the state machine, with a history entry. */
const moved = (
  task: Task,
  to: TaskStatus,
  at: Date,
  by: string,
  reason: string | null,
  patch: Partial<Task> = {},
): Task => {
  assertTransition(task.status, to);
  return {
    ...task,
    nextCheckAt: null,
    ...patch,
    status: to,
    updatedAt: at.toISOString(),
    history: [...task.history, { status: to, at: at.toISOString(), by, reason }],
    version: task.version + 1,
  };
};

const slaDueAt = (tenant: Pick<Tenant, 'planId'>, from: Date): string => {
  const hours = (tenant.planId ? findPlan(tenant.planId)?.taskSlaHours : undefined) ?? DEFAULT_SLA_HOURS;
  return new Date(from.getTime() + hours * 3_600_000).toISOString();
};

const loadTenant = async (deps: Pick<TaskDeps, 'tenants'>, tenantId: string): Promise<Tenant> => {
  const tenant = await deps.tenants.getTenant(tenantId);
  if (!tenant) throw new DomainError('RESOURCE.NOT_FOUND', 'This organisation no longer exists.');
  return tenant;
};

const maintenanceWindowOf = async (deps: Pick<TaskDeps, 'settings'>, tenantId: string) =>
  (await deps.settings.getWindow(tenantId)) ?? DEFAULT_MAINTENANCE_WINDOW;

/** How often the task has been queued: a redrive starts a new round. */
export const queueRound = (task: Task): number => task.history.filter((entry) => entry.status === 'queued').length;

const enqueue = async (deps: Pick<TaskDeps, 'queue'>, task: Task): Promise<void> => {
  if (!task.automated || task.status !== 'queued' || !task.hostId) return;
  try {
    await deps.queue.enqueue({
      tenantId: task.tenantId,
      taskId: task.id,
      hostId: task.hostId,
      version: task.version,
      round: queueRound(task),
    });
  } catch {
    // The task's release marker is due within DISPATCH_WATCHDOG_MS: the minute job enqueues it again.
  }
};

const watchdogAt = (now: Date): string => new Date(now.getTime() + DISPATCH_WATCHDOG_MS).toISOString();

/**
 * Where an approved (or approval-free) task goes: disruptive types wait for the tenant's maintenance
 * window unless it is open now; everything else is queued.
 */
const release = async (
  deps: Pick<TaskDeps, 'settings'>,
  tenant: Tenant,
  task: Task,
  now: Date,
  by: string,
): Promise<Task> => {
  if (task.disruptive) {
    const state = windowState(await maintenanceWindowOf(deps, tenant.id), tenant.timeZone, now.getTime());
    if (!state.openNow) {
      const opensAt = new Date(state.opensAt).toISOString();
      return moved(task, 'scheduled', now, by, 'waits for the maintenance window', {
        scheduledFor: opensAt,
        nextCheckAt: opensAt,
      });
    }
  }
  return moved(task, 'queued', now, by, null, {
    slaDueAt: slaDueAt(tenant, now),
    nextCheckAt: task.automated ? watchdogAt(now) : null,
  });
};

const paramErrors = (type: TaskType, params: unknown): { values: ParameterValues } | { errors: FieldError[] } => {
  const parsed = taskParametersSchema(type).safeParse(params);
  if (parsed.success) return { values: parsed.data as ParameterValues };
  return {
    errors: parsed.error.issues.map((issue) => ({
      path: ['body', 'params', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  };
};

let taskTypeViews: ReturnType<typeof taskTypeView>[] | null = null;
/** `GET /api/task-types`: the catalogue with each type's parameters as JSON Schema. */
export const listTaskTypes = () => {
  taskTypeViews ??= TASK_TYPES.map(taskTypeView);
  return { items: taskTypeViews };
};

/** A task as requested, before the state machine places it (status `awaiting_approval`, version 0). */
export const taskDraft = (input: {
  id: string;
  tenant: Pick<Tenant, 'id' | 'name'>;
  type: TaskType;
  host: Pick<Host, 'id' | 'name'> | null;
  params: ParameterValues;
  notes: string | null;
  requestedBy: Person;
  at: Date;
}): Task => ({
  id: input.id,
  tenantId: input.tenant.id,
  tenantName: input.tenant.name,
  typeId: input.type.id as Task['typeId'],
  typeName: input.type.name,
  automated: input.type.automated,
  disruptive: input.type.disruptive,
  hostId: input.host?.id ?? null,
  hostName: input.host?.name ?? null,
  params: input.params,
  notes: input.notes,
  status: 'awaiting_approval',
  requestedBy: input.requestedBy,
  requestedAt: input.at.toISOString(),
  updatedAt: input.at.toISOString(),
  approvedBy: null,
  scheduledFor: null,
  slaDueAt: null,
  claimedBy: null,
  dispatchStartedAt: null,
  commandId: null,
  dispatchAttempts: 0,
  lastError: null,
  deadLetteredAt: null,
  nextCheckAt: null,
  output: null,
  minutesSpent: null,
  completionNote: null,
  history: [],
  version: 0,
});

/** `POST /api/tasks`: validates the parameters against the type, checks the host, and routes the task. */
export const requestTask = async (deps: TaskDeps, actor: Actor, request: TaskRequest): Promise<Task> => {
  const tenantId = tenantOf(actor);
  const type = findTaskType(request.typeId);
  if (!type)
    throw new DomainError('REQUEST.INVALID', 'Unknown task type.', [{ path: 'body.typeId', message: 'unknown' }]);
  const params = paramErrors(type, request.params);
  const errors = 'errors' in params ? [...params.errors] : [];
  if (type.automated && !request.hostId)
    errors.push({ path: 'body.hostId', message: `${type.name} runs on a host: choose one` });
  if (errors.length) throw new DomainError('REQUEST.INVALID', 'The task request is not valid.', errors);
  const tenant = await loadTenant(deps, tenantId);
  if (tenant.status === 'suspended' || tenant.status === 'pending_deletion') {
    throw new DomainError('STATE.CONFLICT', `The organisation is ${tenant.status.replace('_', ' ')}: no new tasks.`);
  }
  const host = request.hostId ? await deps.hosts.get(tenantId, request.hostId) : null;
  if (request.hostId && !host) {
    throw new DomainError('RESOURCE.NOT_FOUND', `There is no host ${request.hostId} in your organisation.`);
  }
  const now = deps.clock.now();
  const requester = await personOf(deps, actor);
  const base = taskDraft({
    id: newTaskId(now, deps.ids),
    tenant,
    type,
    host,
    params: 'values' in params ? params.values : {},
    notes: request.notes || null,
    requestedBy: requester,
    at: now,
  });
  const needsApproval = type.needsApproval || (!hasAnyRole(actor, ['customer-admin']) && !type.readOnly);
  let task: Task;
  if (needsApproval) {
    task = {
      ...base,
      version: 1,
      history: [
        {
          status: 'awaiting_approval',
          at: now.toISOString(),
          by: actor.email,
          reason: type.needsApproval ? `${type.name} needs a customer-admin's approval` : 'requested by a member',
        },
      ],
    };
  } else {
    // Without approval the first recorded status is queued or scheduled; the move is still checked
    // by the state machine, from its entry state awaiting_approval.
    task = await release(deps, tenant, base, now, actor.email);
  }
  const audit = taskAudit(deps, task, actor, 'task.requested', {
    typeId: task.typeId,
    hostId: task.hostId,
    status: task.status,
  });
  await deps.tasks.create(task, { audit });
  await enqueue(deps, task);
  return task;
};

export const listTasks = (deps: Pick<TaskDeps, 'tasks'>, actor: Actor, page: PageQuery) =>
  deps.tasks.listForTenant(tenantOf(actor), page);

export const getTask = async (deps: Pick<TaskDeps, 'tasks'>, actor: Actor, taskId: string): Promise<Task> => {
  const task = await deps.tasks.get(tenantOf(actor), taskId);
  if (!task) throw notFound(taskId);
  return task;
};

/** A customer-admin approves: the task is queued, or scheduled for the maintenance window. */
export const approveTask = async (deps: TaskDeps, actor: Actor, taskId: string): Promise<Task> => {
  const task = await getTask(deps, actor, taskId);
  if (task.status !== 'awaiting_approval') {
    throw new DomainError('STATE.CONFLICT', `The task is ${task.status.replace('_', ' ')}, not awaiting approval.`);
  }
  const tenant = await loadTenant(deps, task.tenantId);
  const now = deps.clock.now();
  const next = await release(deps, tenant, { ...task, approvedBy: await personOf(deps, actor) }, now, actor.email);
  await deps.tasks.update(task, next, {
    audit: taskAudit(deps, task, actor, 'task.approved', { status: next.status }),
  });
  await enqueue(deps, next);
  return next;
};

/**
 * A customer-admin declines a task awaiting approval, saying why: it never runs, and the requester reads
 * the reason on the task (its last history entry) and in the audit log. A retry of a decline that
 * already went through (the response was lost) answers the declined task again and changes nothing.
 */
export const declineTask = async (
  deps: TaskDeps,
  actor: Actor,
  taskId: string,
  request: DeclineTaskRequest,
): Promise<Task> => {
  const task = await getTask(deps, actor, taskId);
  if (task.status === 'declined') return task;
  if (task.status !== 'awaiting_approval') {
    throw new DomainError('STATE.CONFLICT', `The task is ${task.status.replace('_', ' ')}, not awaiting approval.`);
  }
  const now = deps.clock.now();
  const declined = moved(task, 'declined', now, actor.email, request.reason, {
    approvedBy: null,
  });
  await deps.tasks.update(task, declined, {
    audit: taskAudit(deps, task, actor, 'task.declined', { reason: request.reason }),
  });
  return declined;
};

/**
 * Withdraws a task that has not started: waiting for approval, a window, or the queue. Any member of
 * the organisation may (withdrawing changes no host); the audit entry names who did.
 */
export const cancelTask = async (deps: TaskDeps, actor: Actor, taskId: string): Promise<Task> => {
  const task = await getTask(deps, actor, taskId);
  if (task.commandId || task.dispatchStartedAt || task.status === 'claimed' || task.status === 'running') {
    throw new DomainError('STATE.CONFLICT', 'The task has already started; it can no longer be cancelled.');
  }
  const now = deps.clock.now();
  const cancelled = moved(task, 'cancelled', now, actor.email, 'cancelled by the customer');
  await deps.tasks.update(task, cancelled, {
    audit: taskAudit(deps, task, actor, 'task.cancelled'),
  });
  return cancelled;
};

export const getMaintenanceWindow = async (
  deps: Pick<TaskDeps, 'settings' | 'tenants' | 'clock'>,
  actor: Actor,
): Promise<MaintenanceWindowView> => {
  const tenant = await loadTenant(deps, tenantOf(actor));
  const window = await maintenanceWindowOf(deps, tenant.id);
  const state = windowState(window, tenant.timeZone, deps.clock.now().getTime());
  return {
    ...window,
    timeZone: tenant.timeZone,
    nextOpensAt: new Date(state.opensAt).toISOString(),
    openNow: state.openNow,
  };
};

/** Sets the weekly window; tasks already scheduled keep the opening they were given. */
export const setMaintenanceWindow = async (
  deps: Pick<TaskDeps, 'settings' | 'tenants' | 'clock' | 'ids'>,
  actor: Actor,
  window: MaintenanceWindow,
): Promise<MaintenanceWindowView> => {
  const tenantId = tenantOf(actor);
  await deps.settings.putWindow(
    tenantId,
    window,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId,
      action: 'maintenance_window.changed',
      target: { type: 'tenant', id: tenantId },
      details: { ...window },
    }),
  );
  return getMaintenanceWindow(deps, actor);
};

/**
 * The minute job, for each task whose `nextCheckAt` is due: queues scheduled tasks whose window has
 * opened; enqueues again queued tasks that were never dispatched (their message was lost); asks the
 * runner (SSM, or the local host runner) about sent commands whose final status never arrived, and
 * times out, for an operator to look at, one still without a final status at its deadline; and
 * fails, for an operator to look at, a dispatch that was interrupted between taking the host and
 * recording the command (sending it again could run it twice). One task's trouble does not stop the
 * others.
 */
export const releaseDueTasks = async (
  deps: TaskDeps & Pick<DispatchDeps, 'runner' | 'locks'>,
  limit = 100,
): Promise<{ released: number; requeued: number; checked: number; timedOut: number; failed: number }> => {
  const now = deps.clock.now();
  const result = { released: 0, requeued: 0, checked: 0, timedOut: 0, failed: 0 };
  for (const marker of await deps.tasks.dueReleases(now.toISOString(), limit)) {
    try {
      const outcome = await checkTask(deps, marker, now);
      if (outcome) result[outcome] += 1;
    } catch {
      result.failed += 1;
    }
  }
  return result;
};

const checkTask = async (
  deps: TaskDeps & Pick<DispatchDeps, 'runner' | 'locks'>,
  marker: ReleaseMarker,
  now: Date,
): Promise<'released' | 'requeued' | 'checked' | 'timedOut' | null> => {
  const task = await deps.tasks.get(marker.tenantId, marker.taskId);
  if (!task?.nextCheckAt) {
    await deps.tasks.removeRelease(marker);
    return null;
  }
  if (task.status === 'scheduled') {
    const tenant = await loadTenant(deps, task.tenantId);
    const queued = moved(task, 'queued', now, OPSDESK, 'the maintenance window opened', {
      slaDueAt: slaDueAt(tenant, now),
      nextCheckAt: task.automated ? watchdogAt(now) : null,
    });
    await deps.tasks.update(task, queued, {});
    await enqueue(deps, queued);
    return 'released';
  }
  if (task.status === 'queued' && task.automated && !task.commandId && !task.dispatchStartedAt) {
    const again = { ...task, nextCheckAt: watchdogAt(now), updatedAt: now.toISOString(), version: task.version + 1 };
    await deps.tasks.update(task, again, {});
    await enqueue(deps, again);
    return 'requeued';
  }
  if (task.commandId && task.hostId && !isTerminal(task.status)) return checkCommand(deps, task, now);
  if (task.status === 'queued' && task.dispatchStartedAt && !task.commandId) {
    const reason = 'the dispatch was interrupted after the host was taken; check the host before redriving';
    const failed = moved(task, 'failed', now, OPSDESK, reason, {
      deadLetteredAt: now.toISOString(),
      lastError: reason,
      dispatchStartedAt: null,
    });
    await deps.tasks.update(task, failed, { audit: taskAudit(deps, task, 'system', 'task.dead_lettered', { reason }) });
    // A command may have gone out before the interruption and may still run until its deadline: the host stays
    // taken until then (its lock expires by itself, and the tasks waiting for it look again at that moment).
    const deadline = commandDeadline(Date.parse(task.dispatchStartedAt), typeOf(task).run?.timeoutSeconds ?? 600);
    if (now.getTime() >= deadline) await releaseHost(deps, failed);
    return null;
  }
  await deps.tasks.update(task, { ...task, nextCheckAt: null, version: task.version + 1 }, {});
  return null;
};

/** When a sent command was sent: the reservation (set just before SendCommand), else when it was seen running. */
const sentAtOf = (task: Task): number =>
  Date.parse(
    task.dispatchStartedAt ??
      [...task.history].reverse().find((entry) => entry.status === 'running')?.at ??
      task.updatedAt,
  );

const timeoutSecondsOf = (type: TaskType): number => type.run?.timeoutSeconds ?? 600;

/**
 * By when a command sent at `sentAt` has a final status, whatever happens on the host: SendCommand's
 * timeout bounds the wait for delivery and the document's step timeout bounds the run (each the
 * type's time limit), plus `HOST_LOCK_MARGIN_MS` for the status to come back. The host lock expires
 * then too: a task holds its host exactly as long as it may still be running.
 */
export const commandDeadline = (sentAt: number, timeoutSeconds: number): number =>
  sentAt + 2 * timeoutSeconds * 1000 + HOST_LOCK_MARGIN_MS;

/**
 * The first look at a sent command: once its run, delivered at once, would have ended, plus the
 * margin (longer than any dispatch function runs, so a reservation without a command by then was
 * interrupted).
 */
const firstCommandCheck = (sentAt: number, timeoutSeconds: number): number =>
  Math.min(sentAt + timeoutSeconds * 1000 + HOST_LOCK_MARGIN_MS, commandDeadline(sentAt, timeoutSeconds));

/** How often the minute job asks about a sent command whose final status has not arrived, until its deadline. */
export const COMMAND_CHECK_INTERVAL_MS = 5 * 60_000;

/**
 * A sent command whose final status has not arrived by its check time. A final status from the
 * runner is applied as if its event had come. Otherwise (still running by the runner's account, or
 * the runner cannot say — SSM has forgotten the command, the call fails) the task is looked at again
 * at the next interval; past the command's deadline it is timed out into the dead-letter view with
 * the reason, its host freed, and no task run recorded (no final status ever said the document ran).
 */
const checkCommand = async (
  deps: TaskDeps & Pick<DispatchDeps, 'runner' | 'locks'>,
  task: Task,
  now: Date,
): Promise<'checked' | 'timedOut' | null> => {
  const commandId = task.commandId as string;
  const hostId = task.hostId as string;
  let answer: { status: string } | { error: string };
  try {
    answer = { status: await deps.runner.status(task.tenantId, commandId, hostId) };
  } catch (error) {
    answer = { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
  if ('status' in answer) {
    const mapped = statusFromSsm(answer.status);
    if (mapped && mapped.status !== 'running') {
      const applied = await applyCommandStatus(deps, {
        commandId,
        instanceId: hostId,
        status: answer.status,
        at: now.toISOString(),
      });
      return applied === 'applied' ? 'checked' : null;
    }
    // A first InProgress whose event was lost moves a queued task to running.
    if (mapped)
      await applyCommandStatus(deps, { commandId, instanceId: hostId, status: answer.status, at: now.toISOString() });
  }
  const current = await deps.tasks.get(task.tenantId, task.id);
  if (!current || isTerminal(current.status) || current.commandId !== commandId) return null;
  const deadline = commandDeadline(sentAtOf(current), timeoutSecondsOf(typeOf(current)));
  if (now.getTime() < deadline) {
    // Not final yet (or the runner could not say): look again at the next interval, never after the deadline.
    const later = new Date(Math.min(now.getTime() + COMMAND_CHECK_INTERVAL_MS, deadline)).toISOString();
    await deps.tasks.update(current, { ...current, nextCheckAt: later, version: current.version + 1 }, {});
    return null;
  }
  const said =
    'status' in answer ? `the host still reported ${answer.status}` : `the status check failed (${answer.error})`;
  const reason =
    `no final status by the command's deadline ${new Date(deadline).toISOString()}: ${said}; ` +
    'check the host before redriving';
  const timedOut = moved(current, 'timed_out', now, OPSDESK, reason.slice(0, 500), {
    deadLetteredAt: now.toISOString(),
    lastError: reason.slice(0, 500),
  });
  await deps.tasks.update(current, timedOut, {
    audit: taskAudit(deps, current, 'system', 'task.timed_out', { reason, commandId, deadLettered: true }),
  });
  await releaseHost(deps, timedOut);
  return 'timedOut';
};

export interface DispatchDeps {
  tasks: TaskRepository;
  hosts: Pick<HostRepository, 'get'>;
  settings: TaskSettingsRepository;
  tenants: Pick<TenantRepository, 'getTenant'>;
  locks: HostLocks;
  runner: CommandRunner;
  queue: TaskQueue;
  clock: Clock;
  ids: IdGenerator;
}

export type DispatchResult = 'dispatched' | 'waiting' | 'skipped' | 'refused';

/** A host lock outlives its command's time limit by this much before it counts as stale. */
export const HOST_LOCK_MARGIN_MS = 10 * 60_000;

/**
 * Takes the task's host, or records that the task waits for it. The wait is written first (a new
 * version, so the wake-up message is not taken for a duplicate) and the task then registers with the
 * holder, which enqueues it again when its command ends. Should the holder finish in between, the
 * host is tried again. Returns the task to dispatch (at its current version), or null while it waits;
 * a wake-up that gets lost anyway is caught by `nextCheckAt` at the holder's lock expiry.
 */
const takeHost = async (
  deps: Pick<DispatchDeps, 'tasks' | 'locks'>,
  task: Task,
  hostId: string,
  until: string,
  now: Date,
): Promise<Task | null> => {
  let current = task;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const lock = await deps.locks.acquire({
      tenantId: current.tenantId,
      hostId,
      taskId: current.id,
      until,
      now: now.toISOString(),
    });
    if (lock.acquired) return current;
    const waiting: Task = {
      ...current,
      nextCheckAt: lock.until,
      updatedAt: now.toISOString(),
      version: current.version + 1,
    };
    await deps.tasks.update(current, waiting, {});
    current = waiting;
    if (await deps.locks.addWaiter({ tenantId: current.tenantId, hostId, taskId: current.id })) return null;
  }
  return null;
};

/**
 * The queue consumer's use case: sends a queued automated task's document to its host. The host
 * must belong to the task's tenant (checked here; the runner's credentials are also scoped to the
 * tenant); a disruptive task whose maintenance window has closed meanwhile goes back to waiting for
 * the next one. Before sending, the task is reserved (`dispatchStartedAt`: cancel, watchdog and
 * dead-letter leave it alone); after, the command id is recorded. A failure frees the host, is
 * recorded on the task and rethrown, so the message is retried and, after three receives,
 * dead-lettered.
 */
export const dispatchTask = async (
  deps: DispatchDeps,
  message: { tenantId: string; taskId: string },
): Promise<DispatchResult> => {
  const task = await deps.tasks.get(message.tenantId, message.taskId);
  if (task?.status !== 'queued' || task.commandId || task.dispatchStartedAt || !task.automated || !task.hostId) {
    return 'skipped';
  }
  const now = deps.clock.now();
  const host = await deps.hosts.get(task.tenantId, task.hostId);
  if (!host) {
    const failed = moved(task, 'failed', now, OPSDESK, 'the host is not registered to this organisation', {
      lastError: `host ${task.hostId} is not registered to this organisation`,
    });
    await deps.tasks.update(task, failed, {});
    return 'refused';
  }
  if (task.disruptive) {
    const tenant = await loadTenant(deps, task.tenantId);
    const state = windowState(await maintenanceWindowOf(deps, tenant.id), tenant.timeZone, now.getTime());
    if (!state.openNow) {
      const opensAt = new Date(state.opensAt).toISOString();
      const back = moved(task, 'scheduled', now, OPSDESK, 'the maintenance window closed before it could run', {
        scheduledFor: opensAt,
        nextCheckAt: opensAt,
      });
      await deps.tasks.update(task, back, {});
      return 'waiting';
    }
  }
  const type = typeOf(task);
  const timeoutSeconds = timeoutSecondsOf(type);
  // SendCommand's timeout bounds the wait for delivery; the document's step timeout bounds the run.
  const until = new Date(commandDeadline(now.getTime(), timeoutSeconds)).toISOString();
  const holder = await takeHost(deps, task, host.id, until, now);
  if (!holder) return 'waiting';
  const reserved: Task = {
    ...holder,
    dispatchStartedAt: now.toISOString(),
    // The minute job first asks about the command then (and fails a dispatch interrupted before it was recorded).
    nextCheckAt: new Date(firstCommandCheck(now.getTime(), timeoutSeconds)).toISOString(),
    updatedAt: now.toISOString(),
    version: holder.version + 1,
  };
  try {
    await deps.tasks.update(holder, reserved, {});
  } catch (error) {
    // Cancelled (or otherwise moved) in the meantime: nothing is sent.
    await releaseHost(deps, holder);
    if (isDomainError(error) && error.code === 'STATE.CONFLICT') return 'skipped';
    throw error;
  }
  let commandId: string;
  try {
    ({ commandId } = await deps.runner.send(reserved.tenantId, {
      hostId: host.id,
      documentName: documentName(type),
      parameters: { ...documentValues(reserved.params), dryRun: 'false' },
      timeoutSeconds,
      comment: `opsdesk task ${reserved.id}`,
    }));
  } catch (error) {
    await releaseHost(deps, reserved);
    const failedAttempt: Task = {
      ...reserved,
      dispatchStartedAt: null,
      dispatchAttempts: reserved.dispatchAttempts + 1,
      lastError: `dispatch failed: ${(error as Error).message}`.slice(0, 500),
      nextCheckAt: watchdogAt(now),
      version: reserved.version + 1,
    };
    await deps.tasks.update(reserved, failedAttempt, {}).catch(() => undefined);
    throw error;
  }
  // Reserved: nobody else writes the task until its command is known, so this cannot conflict.
  const dispatched: Task = {
    ...reserved,
    commandId,
    dispatchAttempts: reserved.dispatchAttempts + 1,
    lastError: null,
    version: reserved.version + 1,
  };
  await deps.tasks.update(reserved, dispatched, {});
  return 'dispatched';
};

/**
 * The dead-letter consumer: a task whose dispatch failed three times is failed and shown to
 * operators. A message from an earlier round (the task was redriven since) is ignored.
 */
export const deadLetterTask = async (
  deps: Pick<DispatchDeps, 'tasks' | 'clock' | 'ids'>,
  message: { tenantId: string; taskId: string; round?: number },
): Promise<'dead-lettered' | 'skipped'> => {
  const task = await deps.tasks.get(message.tenantId, message.taskId);
  if (task?.status !== 'queued' || task.commandId || task.dispatchStartedAt) return 'skipped';
  if (message.round !== undefined && message.round !== queueRound(task)) return 'skipped';
  const now = deps.clock.now();
  const reason = task.lastError ?? 'dispatch failed three times';
  const failed = moved(task, 'failed', now, OPSDESK, reason, { deadLetteredAt: now.toISOString(), lastError: reason });
  await deps.tasks.update(task, failed, {
    audit: taskAudit(deps, task, 'system', 'task.dead_lettered', { reason }),
  });
  return 'dead-lettered';
};

/** What the EventBridge rule on SSM command status changes delivers (the fields the handler needs). */
export interface CommandStatusChange {
  commandId: string;
  instanceId: string;
  status: string;
  at: string;
}

/** Keeps the end of the output, where results and errors are. */
export const outputExcerpt = (stdout: string, stderr: string) => {
  const text = stderr.trim() ? `${stdout.trimEnd()}\n--- stderr ---\n${stderr.trimEnd()}` : stdout.trimEnd();
  const truncated = text.length > OUTPUT_EXCERPT_CHARS;
  return { excerpt: truncated ? text.slice(text.length - OUTPUT_EXCERPT_CHARS) : text, truncated };
};

/**
 * SSM reports a command's status: the task follows (running, then its outcome), keeps an output
 * excerpt and records one task run (usage id derived from the task). Events arrive at least once
 * and out of order: a repeated or stale status changes nothing, nor does a status of an earlier
 * command of a task that was redriven since. A timed-out command (SSM's time limits, or the local
 * stack that stopped while it ran) leaves the host in a state nobody knows: the task goes to the
 * operators' dead-letter view, where it can be redriven once the host was checked.
 */
export const applyCommandStatus = async (
  deps: Pick<DispatchDeps, 'tasks' | 'runner' | 'locks' | 'queue' | 'clock' | 'ids'>,
  change: CommandStatusChange,
): Promise<'applied' | 'ignored'> => {
  const mapped = statusFromSsm(change.status);
  if (!mapped) return 'ignored';
  const to = mapped.status;
  const task = await deps.tasks.findByCommand(change.commandId);
  if (!task) throw new Error(`no task for SSM command ${change.commandId} yet`);
  // The task was redriven since: this command no longer concerns it (nor the host lock it holds now).
  if (task.commandId !== change.commandId) return 'ignored';
  if (isTerminal(task.status)) {
    // A repeated final status: the task is done, but freeing the host may not have happened.
    if (to !== 'running') await releaseHost(deps, task);
    return 'ignored';
  }
  if (task.status === to || (to === 'running' && task.status !== 'queued')) return 'ignored';
  const at = new Date(change.at);
  if (to === 'running') {
    await deps.tasks.update(task, moved(task, 'running', at, 'ssm', null, { nextCheckAt: task.nextCheckAt }), {});
    return 'applied';
  }
  const { stdout, stderr } = await deps.runner
    .output(task.tenantId, change.commandId, change.instanceId)
    .catch((error: Error) => ({ stdout: '', stderr: `output unavailable: ${error.message}` }));
  const deadLettered = to === 'timed_out';
  const reason =
    to === 'succeeded'
      ? null
      : `SSM reported ${change.status}${deadLettered ? '; check the host before redriving' : ''}`;
  const finished = moved(task, to, at, 'ssm', reason, {
    output: outputExcerpt(stdout, stderr),
    lastError: reason,
    ...(deadLettered ? { deadLetteredAt: at.toISOString() } : {}),
  });
  // Only a document that executed is a task run; one SSM could not deliver or that was cancelled is not.
  const usage: UsageRecord[] = mapped.ran
    ? [
        {
          id: `task-run-${task.id}`,
          tenantId: task.tenantId,
          kind: 'task_runs',
          quantity: 1,
          unit: 'runs',
          occurredAt: finished.updatedAt,
          sourceId: task.id,
          unitPrice: null,
        },
      ]
    : [];
  await deps.tasks.update(task, finished, {
    usage,
    audit: taskAudit(deps, task, 'system', 'task.finished', {
      status: to,
      commandId: change.commandId,
      ...(deadLettered ? { deadLettered: true } : {}),
    }),
  });
  await releaseHost(deps, finished);
  return 'applied';
};

/** Frees the finished task's host and enqueues the tasks that waited for it, in request order. */
const releaseHost = async (deps: Pick<DispatchDeps, 'tasks' | 'locks' | 'queue'>, task: Task): Promise<void> => {
  if (!task.hostId) return;
  const waiting = await deps.locks.release({ tenantId: task.tenantId, hostId: task.hostId, taskId: task.id });
  for (const taskId of waiting) {
    const next = await deps.tasks.get(task.tenantId, taskId);
    if (next?.status === 'queued' && !next.commandId) await enqueue(deps, next);
  }
};

/** Any tenant's task, for operators. */
export const getOpsTask = async (deps: Pick<TaskDeps, 'tasks'>, taskId: string): Promise<Task> => {
  const task = await deps.tasks.find(taskId);
  if (!task) throw notFound(taskId);
  return task;
};

export const listQueue = (deps: Pick<TaskDeps, 'tasks'>, page: PageQuery) => deps.tasks.listOpen(page);
export const listDeadLetters = (deps: Pick<TaskDeps, 'tasks'>, page: PageQuery) => deps.tasks.listDeadLettered(page);

/** An operator takes a manual task; 409 if someone else has it. Claiming one's own claim again is a no-op. */
export const claimTask = async (deps: TaskDeps, actor: Actor, taskId: string): Promise<Task> => {
  const task = await getOpsTask(deps, taskId);
  if (task.status === 'claimed' && task.claimedBy?.userId === actor.userId) return task;
  if (task.status === 'claimed') {
    throw new DomainError(
      'STATE.CONFLICT',
      `${task.claimedBy?.email ?? 'Another operator'} has already claimed this task.`,
    );
  }
  if (task.automated) throw new DomainError('STATE.CONFLICT', 'Automated tasks run through SSM; they are not claimed.');
  const now = deps.clock.now();
  const claimed = moved(task, 'claimed', now, actor.email, null, { claimedBy: await personOf(deps, actor) });
  try {
    await deps.tasks.update(task, claimed, {
      audit: taskAudit(deps, task, actor, 'task.claimed'),
    });
  } catch (error) {
    const current = await deps.tasks.find(taskId);
    if (current?.status === 'claimed' && current.claimedBy?.userId !== actor.userId) {
      throw new DomainError(
        'STATE.CONFLICT',
        `${current.claimedBy?.email ?? 'Another operator'} has already claimed this task.`,
      );
    }
    throw error;
  }
  return claimed;
};

/** The operator who claimed a manual task hands it back to the queue for someone else. */
export const unclaimTask = async (deps: TaskDeps, actor: Actor, taskId: string): Promise<Task> => {
  const task = await getOpsTask(deps, taskId);
  if (task.status !== 'claimed' || task.claimedBy?.userId !== actor.userId) {
    throw new DomainError('STATE.CONFLICT', 'Only the operator who claimed this task can hand it back.');
  }
  const now = deps.clock.now();
  const queued = moved(task, 'queued', now, actor.email, 'handed back to the queue', { claimedBy: null });
  await deps.tasks.update(task, queued, {
    audit: taskAudit(deps, task, actor, 'task.unclaimed'),
  });
  return queued;
};

/** The operator who claimed a manual task finishes it; the minutes are recorded as webmaster time. */
export const completeTask = async (
  deps: TaskDeps,
  actor: Actor,
  taskId: string,
  request: CompleteTaskRequest,
): Promise<Task> => {
  const task = await getOpsTask(deps, taskId);
  if (task.status !== 'claimed') {
    throw new DomainError(
      'STATE.CONFLICT',
      `The task is ${task.status.replace('_', ' ')}; claim it before completing it.`,
    );
  }
  if (task.claimedBy?.userId !== actor.userId) {
    throw new DomainError('STATE.CONFLICT', `${task.claimedBy?.email ?? 'Another operator'} has claimed this task.`);
  }
  const now = deps.clock.now();
  const done = moved(task, request.outcome, now, actor.email, request.outcome === 'failed' ? request.note : null, {
    minutesSpent: request.minutesSpent,
    completionNote: request.note,
    lastError: request.outcome === 'failed' ? request.note : null,
  });
  await deps.tasks.update(task, done, {
    usage: [
      {
        id: `task-${task.id}`,
        tenantId: task.tenantId,
        kind: 'webmaster_minutes',
        quantity: request.minutesSpent,
        unit: 'minutes',
        occurredAt: done.updatedAt,
        sourceId: task.id,
        unitPrice: null,
      },
    ],
    audit: taskAudit(deps, task, actor, 'task.completed', {
      outcome: request.outcome,
      minutesSpent: request.minutesSpent,
    }),
  });
  await deps.balance?.minutesRecorded(task.tenantId, { type: 'task', id: task.id, occurredAt: done.updatedAt });
  return done;
};

/**
 * An operator sends a dead-lettered task back to the dispatch queue: one whose dispatch failed
 * (`failed`), or whose command timed out or never reported a final status (`timed_out`; the operator
 * checks the host first). The task starts a new round: the earlier command no longer concerns it.
 */
export const redriveTask = async (deps: TaskDeps, actor: Actor, taskId: string): Promise<Task> => {
  const task = await getOpsTask(deps, taskId);
  if (!task.deadLetteredAt) throw new DomainError('STATE.CONFLICT', 'Only a dead-lettered task can be redriven.');
  const now = deps.clock.now();
  const queued = moved(task, 'queued', now, actor.email, 'redriven from the dead-letter queue', {
    deadLetteredAt: null,
    dispatchStartedAt: null,
    commandId: null,
    dispatchAttempts: 0,
    lastError: null,
    output: null,
    nextCheckAt: watchdogAt(now),
  });
  const change: TaskChange = {
    audit: taskAudit(deps, task, actor, 'task.redriven', {
      from: task.status,
      ...(task.commandId ? { previousCommandId: task.commandId } : {}),
    }),
  };
  await deps.tasks.update(task, queued, change);
  await enqueue(deps, queued);
  return queued;
};
