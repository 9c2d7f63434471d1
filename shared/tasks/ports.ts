import type { AuditEntry } from '../audit/audit-entry.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { UsageRecord } from '../usage/usage-record.js';
import type { ActivationRecord, DirectoryHost, Host, MaintenanceWindow, Task } from './model.js';

/** A task's `nextCheckAt` as the minute job reads it: release a scheduled task, or re-enqueue one not dispatched yet. */
export interface ReleaseMarker {
  dueAt: string;
  tenantId: string;
  taskId: string;
}

/**
 * Side effects written in the same transaction as a task change. The repository also keeps the
 * task's indexes in step with it: the release marker (`nextCheckAt`), the dead-letter view
 * (`deadLetteredAt`), the command pointer (`commandId`) and the open-task queue (status).
 */
export interface TaskChange {
  audit?: AuditEntry;
  usage?: UsageRecord[];
}

export interface TaskRepository {
  create(task: Task, change: TaskChange): Promise<void>;
  /** Writes `after` if the stored task is still at `before.version`; otherwise throws `STATE.CONFLICT`. */
  update(before: Task, after: Task, change: TaskChange): Promise<void>;
  get(tenantId: string, taskId: string): Promise<Task | null>;
  /** Any tenant's task (operators, queue consumers). */
  find(taskId: string): Promise<Task | null>;
  findByCommand(commandId: string): Promise<Task | null>;
  listForTenant(tenantId: string, page: PageQuery): Promise<Page<Task>>;
  /** Tasks not yet finished, across tenants, oldest first. */
  listOpen(page: PageQuery): Promise<Page<Task>>;
  listDeadLettered(page: PageQuery): Promise<Page<Task>>;
  dueReleases(now: string, limit: number): Promise<ReleaseMarker[]>;
  removeRelease(marker: ReleaseMarker): Promise<void>;
}

export interface HostRepository {
  list(tenantId: string): Promise<Host[]>;
  get(tenantId: string, hostId: string): Promise<Host | null>;
  /** Makes the stored inventory equal `hosts` (adds, updates, removes) and the tenant's host count. */
  replaceAll(tenantId: string, hosts: Host[]): Promise<void>;
  remove(host: Host, audit: AuditEntry): Promise<void>;
}

/** The activations handed out per tenant: what holds plan hosts until a server uses them or they expire. */
export interface ActivationRepository {
  /** The tenant's activations not expired at `now`, used or not. */
  list(tenantId: string, now: string): Promise<ActivationRecord[]>;
  /** Stores a new activation with its audit entry; the item is deleted (TTL) once it has expired. */
  create(activation: ActivationRecord, audit: AuditEntry): Promise<void>;
  /** Records that a server registered with the activation. */
  markUsed(tenantId: string, activationId: string, use: { hostId: string; at: string }): Promise<void>;
  /**
   * One activation request at a time per tenant, so that two cannot both pass the plan's limits.
   * False while another owner holds it (a holder that died loses it at `until`).
   */
  lock(tenantId: string, input: { owner: string; until: string; now: string }): Promise<boolean>;
  unlock(tenantId: string, owner: string): Promise<void>;
}

export interface TaskSettingsRepository {
  getWindow(tenantId: string): Promise<MaintenanceWindow | null>;
  putWindow(tenantId: string, window: MaintenanceWindow, audit: AuditEntry): Promise<void>;
}

/** SSM's side of hosts: hybrid activations and the managed-node inventory, per tenant tag. */
export interface HostDirectory {
  createActivation(input: {
    tenantId: string;
    name: string;
    expiresAt: Date;
    registrationLimit: number;
  }): Promise<{ activationId: string; activationCode: string; region: string; registerCommand?: string }>;
  /** Managed nodes tagged `opsdesk:tenantId=<tenantId>`, with the activation each registered with. */
  describe(tenantId: string): Promise<DirectoryHost[]>;
  deregister(tenantId: string, hostId: string): Promise<void>;
}

export interface SendCommandInput {
  hostId: string;
  documentName: string;
  parameters: Record<string, string>;
  timeoutSeconds: number;
  comment: string;
}

/** Runs task documents on hosts: SSM Run Command in AWS, the local host runner in the local stack. */
export interface CommandRunner {
  send(tenantId: string, command: SendCommandInput): Promise<{ commandId: string }>;
  /** SSM's status of the command on one host (`GetCommandInvocation`): `InProgress`, `Success`, … */
  status(tenantId: string, commandId: string, hostId: string): Promise<string>;
  /** Standard output and error of a finished command on one host. */
  output(tenantId: string, commandId: string, hostId: string): Promise<{ stdout: string; stderr: string }>;
}

/**
 * One command at a time per host. The FIFO queue orders dispatches per host, but SSM runs a sent
 * command at once: the lock holds the host from SendCommand until the command's final status.
 */
export interface HostLocks {
  /** Takes the host for `taskId` until `until` (a lock past it is stale and taken over). */
  acquire(input: {
    tenantId: string;
    hostId: string;
    taskId: string;
    until: string;
    now: string;
  }): Promise<{ acquired: true } | { acquired: false; holder: string; until: string }>;
  /**
   * Remembers a task waiting for the host; it is enqueued again when the holder releases it. False
   * when the host was freed meanwhile (nobody would wake the task: take the host instead).
   */
  addWaiter(input: { tenantId: string; hostId: string; taskId: string }): Promise<boolean>;
  /** Frees the host if `taskId` holds it; returns the tasks that waited, in request order. */
  release(input: { tenantId: string; hostId: string; taskId: string }): Promise<string[]>;
}

/** The task-dispatch FIFO queue: group = host, deduplication = task id (and version). */
export interface TaskQueue {
  /**
   * Deduplication by task id and version: the same task state is sent at most once (within SQS's
   * five-minute window), while a task enqueued again after a change (redrive, a wait for its host,
   * the watchdog) is a new message. `round` counts how often the task was queued (a redrive starts a
   * new round): a dead-lettered message of an earlier round no longer concerns the task.
   */
  enqueue(task: { tenantId: string; taskId: string; hostId: string; version: number; round: number }): Promise<void>;
}
