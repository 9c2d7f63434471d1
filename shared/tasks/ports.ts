import type { AuditEntry } from '../audit/audit-entry.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { UsageRecord } from '../usage/usage-record.js';
import type { Host, HostInfo, MaintenanceWindow, Task } from './model.js';

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
  /** Managed nodes tagged `opsdesk:tenantId=<tenantId>`. */
  describe(tenantId: string): Promise<HostInfo[]>;
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
  /** Standard output and error of a finished command on one host. */
  output(tenantId: string, commandId: string, hostId: string): Promise<{ stdout: string; stderr: string }>;
}

/** The task-dispatch FIFO queue: group = host, deduplication = task id. */
export interface TaskQueue {
  /** `round` counts how often the task was queued: a redrive gets a new deduplication id. */
  enqueue(task: { tenantId: string; taskId: string; hostId: string; round: number }): Promise<void>;
}
