import * as z from 'zod';
import { IdSchema, IsoInstantSchema } from '../contracts/common.js';
import { WEEKDAYS } from '../platform/zoned-time.js';
import { TASK_TYPE_IDS } from './catalogue.js';

/** ../shared/API.md: the task statuses. */
export const TASK_STATUSES = [
  'awaiting_approval',
  'queued',
  'scheduled',
  'claimed',
  'running',
  'succeeded',
  'failed',
  'timed_out',
  'cancelled',
  /** A customer-admin said no, with a reason (the last history entry's): it never runs. */
  'declined',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TERMINAL_STATUSES: readonly TaskStatus[] = ['succeeded', 'failed', 'timed_out', 'cancelled', 'declined'];
export const isTerminal = (status: TaskStatus): boolean => TERMINAL_STATUSES.includes(status);

/** An SSM managed node: `mi-` and 17 hex digits (hybrid activation) or an EC2 instance id. */
export const HostIdSchema = z
  .string()
  .regex(/^(mi-[0-9a-f]{17}|i-[0-9a-f]{8,17})$/, 'a managed host id such as mi-0123456789abcdef0');

/** Someone who acted on a task: their display name (when known; tasks stored before names were kept have none). */
const PersonSchema = z.object({ userId: z.string(), email: z.string(), name: z.string().optional() });
export type Person = z.infer<typeof PersonSchema>;

export const TaskHistoryEntrySchema = z.object({
  status: z.enum(TASK_STATUSES),
  at: IsoInstantSchema,
  /** Who moved it: a person's e-mail, `ssm` (command status) or `opsdesk` (scheduled jobs). */
  by: z.string(),
  reason: z.string().nullable(),
});
export type TaskHistoryEntry = z.infer<typeof TaskHistoryEntrySchema>;

export const TaskOutputSchema = z.object({
  /** The end of standard output (and standard error, marked), at most `OUTPUT_EXCERPT_CHARS`. */
  excerpt: z.string(),
  truncated: z.boolean(),
});
export type TaskOutput = z.infer<typeof TaskOutputSchema>;

export const TaskSchema = z
  .object({
    id: IdSchema,
    tenantId: IdSchema,
    tenantName: z.string(),
    typeId: z.enum(TASK_TYPE_IDS),
    typeName: z.string(),
    automated: z.boolean(),
    disruptive: z.boolean(),
    hostId: HostIdSchema.nullable(),
    hostName: z.string().nullable(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    notes: z.string().nullable(),
    status: z.enum(TASK_STATUSES),
    requestedBy: PersonSchema,
    requestedAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
    approvedBy: PersonSchema.nullable(),
    /** Disruptive tasks: when the maintenance window they wait for opens. */
    scheduledFor: IsoInstantSchema.nullable(),
    /** When the plan's response time runs out (set once the task is queued). */
    slaDueAt: IsoInstantSchema.nullable(),
    claimedBy: PersonSchema.nullable(),
    /** Set when the dispatcher has taken the host and is about to send: nobody else moves the task then. */
    dispatchStartedAt: IsoInstantSchema.nullable(),
    commandId: z.string().nullable(),
    dispatchAttempts: z.number().int().min(0),
    /** Why the last dispatch or run failed. */
    lastError: z.string().nullable(),
    /**
     * The task needs an operator: its dispatch failed three times or was interrupted (`failed`), or its
     * command timed out or never reported a final status by its deadline (`timed_out`). It sits in the
     * dead-letter view until an operator redrives it.
     */
    deadLetteredAt: IsoInstantSchema.nullable(),
    /**
     * When Opsdesk looks at the task again: its maintenance window opens, the dispatch watchdog fires,
     * or — once sent — the command's status is asked for (until the command's deadline).
     */
    nextCheckAt: IsoInstantSchema.nullable(),
    output: TaskOutputSchema.nullable(),
    minutesSpent: z.number().int().nullable(),
    completionNote: z.string().nullable(),
    history: z.array(TaskHistoryEntrySchema),
    /** Optimistic concurrency: every write checks and bumps it. */
    version: z.number().int().min(1),
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof TaskSchema>;

export const TaskRequestSchema = z
  .strictObject({
    typeId: z.enum(TASK_TYPE_IDS, { error: `the task type: one of ${TASK_TYPE_IDS.join(', ')}` }),
    hostId: HostIdSchema.optional(),
    params: z.record(z.string(), z.unknown()).default({}),
    notes: z.string().trim().max(2000, 'notes are at most 2000 characters').optional(),
  })
  .meta({ id: 'TaskRequest' });
export type TaskRequest = z.infer<typeof TaskRequestSchema>;

export const TaskListQuerySchema = z.object({
  limit: z.coerce.number().int('a whole number').min(1).max(200).default(50),
  cursor: z.string().min(1).max(2048).optional(),
});

export const CompleteTaskRequestSchema = z
  .strictObject({
    minutesSpent: z
      .number({ error: 'minutes spent: a whole number' })
      .int('minutes spent: a whole number')
      .min(1, 'at least one minute')
      .max(1440, 'at most 1440 minutes (a day)'),
    note: z.string({ error: 'a note is required' }).trim().min(1, 'a note is required').max(4000),
    outcome: z.enum(['succeeded', 'failed'], { error: 'succeeded or failed' }),
  })
  .meta({ id: 'CompleteTaskRequest' });
export type CompleteTaskRequest = z.infer<typeof CompleteTaskRequestSchema>;

/** `POST /api/tasks/{taskId}/decline`: why the customer-admin says no; the requester reads it. */
export const DeclineTaskRequestSchema = z
  .strictObject({
    reason: z
      .string({ error: 'a reason is required' })
      .trim()
      .min(1, 'a reason is required')
      .max(500, 'a reason is at most 500 characters'),
  })
  .meta({ id: 'DeclineTaskRequest' });
export type DeclineTaskRequest = z.infer<typeof DeclineTaskRequestSchema>;

const HH_MM = z.string().regex(/^([01]\d|2[0-3]):(00|15|30|45)$/, 'a quarter hour as HH:MM, e.g. 02:00');

/** The tenant's weekly maintenance window, in the tenant's time zone. */
export const MaintenanceWindowSchema = z
  .strictObject({
    day: z.enum(WEEKDAYS, { error: 'a weekday: mon, tue, wed, thu, fri, sat or sun' }),
    start: HH_MM,
    durationMinutes: z
      .number({ error: 'a whole number of minutes' })
      .int()
      .min(30, 'at least 30 minutes')
      .max(720, 'at most 12 hours')
      .refine((minutes) => minutes % 15 === 0, 'a multiple of 15 minutes'),
  })
  .meta({ id: 'MaintenanceWindow' });
export type MaintenanceWindow = z.infer<typeof MaintenanceWindowSchema>;

export const DEFAULT_MAINTENANCE_WINDOW: MaintenanceWindow = { day: 'sun', start: '02:00', durationMinutes: 180 };

export const MaintenanceWindowViewSchema = MaintenanceWindowSchema.extend({
  timeZone: z.string(),
  /** The next opening (or the current one, while open), as an instant. */
  nextOpensAt: IsoInstantSchema,
  openNow: z.boolean(),
}).meta({ id: 'MaintenanceWindowView' });
export type MaintenanceWindowView = z.infer<typeof MaintenanceWindowViewSchema>;

export const PING_STATUSES = ['Online', 'ConnectionLost', 'Inactive'] as const;

export const HostSchema = z
  .object({
    id: HostIdSchema,
    tenantId: IdSchema,
    name: z.string(),
    platform: z.string(),
    agentVersion: z.string(),
    pingStatus: z.enum(PING_STATUSES),
    lastSeenAt: IsoInstantSchema.nullable(),
    registeredAt: IsoInstantSchema.nullable(),
    ipAddress: z.string().nullable(),
    syncedAt: IsoInstantSchema,
  })
  .meta({ id: 'Host' });
export type Host = z.infer<typeof HostSchema>;

/** What SSM (or the local host directory) says about one managed node. */
export type HostInfo = Omit<Host, 'tenantId' | 'syncedAt'>;

/** A managed node as the directory lists it: with the activation it registered with (hybrid nodes). */
export type DirectoryHost = HostInfo & { activationId?: string | null };

export const HostNameSchema = z
  .string({ error: 'a host name is required' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'a name of letters, digits, dots, hyphens and underscores (up to 63)');

export const ActivationRequestSchema = z.strictObject({ name: HostNameSchema }).meta({ id: 'ActivationRequest' });

export const ActivationSchema = z
  .object({
    activationId: z.string(),
    activationCode: z.string(),
    expiresAt: IsoInstantSchema,
    registerCommand: z.string(),
  })
  .meta({ id: 'Activation' });
export type Activation = z.infer<typeof ActivationSchema>;

/**
 * An activation Opsdesk handed out, as stored (never its code). Until it is used or expires it holds
 * one of the plan's hosts, and it counts against the open activations a tenant may have.
 */
export interface ActivationRecord {
  activationId: string;
  tenantId: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  /** The customer-admin who asked for it. */
  createdBy: string;
  /** When a sync first saw a server registered with it (its one registration is then spent). */
  usedAt: string | null;
  hostId: string | null;
}
