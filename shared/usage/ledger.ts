import * as z from 'zod';
import { PeriodIdSchema, periodNamed, periodOf } from '../billing/periods.js';
import type { SubscriptionRepository } from '../billing/ports.js';
import { rate } from '../billing/rating.js';
import { findBookingType } from '../booking/booking-types.js';
import { findPlan } from '../catalogue/plans.js';
import { IsoInstantSchema, MoneySchema } from '../contracts/common.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Clock } from '../platform/ports.js';
import { USAGE_KINDS, type UsageRecord } from './usage-record.js';

/**
 * The usage ledger: append-only. A record's id is derived from its source, and appending is a
 * conditional put, so a replay is a no-op; a correction is a new record reversing another (negative
 * quantity, `reversalOf`), never an update.
 */
export interface UsageLedger {
  /** Appends what is new; returns how many records were new (the rest existed: replays). */
  append(records: UsageRecord[]): Promise<{ appended: number }>;
  /** The records of a tenant's period, oldest first. */
  list(tenantId: string, periodId: string): Promise<UsageRecord[]>;
}

/**
 * Where a record comes from, for people: the booking, task or monitor its `sourceId` names (each repository's `get`).
 * null when it is gone (a deleted monitor, say): the record is then described by its kind alone.
 */
export interface UsageSources {
  bookings: { get(tenantId: string, bookingId: string): Promise<{ typeId: string; start: string } | null> };
  tasks: {
    get(
      tenantId: string,
      taskId: string,
    ): Promise<{ typeName: string; hostName: string | null; requestedAt: string } | null>;
  };
  monitors: { get(tenantId: string, monitorId: string): Promise<{ name: string } | null> };
}

/** Managed hosts as the rating needs them: since when each has been registered. */
export interface HostDays {
  list(tenantId: string): Promise<{ id: string; registeredAt: string | null }[]>;
}

export const UsageRecordSchema = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    kind: z.enum(USAGE_KINDS),
    quantity: z.number(),
    unit: z.string(),
    occurredAt: IsoInstantSchema,
    sourceId: z.string(),
    unitPrice: MoneySchema.nullable(),
    reversalOf: z.string().optional(),
    /** This kind's total so far in the period, this record included. */
    runningTotal: z.number(),
    /**
     * What the record is, for people (no ids): `name` — "Webmaster session", "Update WordPress on web-1",
     * "No-show fee", a monitor's name — and `at`, the booking's start or the task's request (null: none to show).
     */
    source: z.object({
      type: z.enum(['booking', 'task', 'monitor', 'other']),
      name: z.string(),
      at: IsoInstantSchema.nullable(),
    }),
  })
  .meta({ id: 'UsageRecord' });

const AllowanceSchema = z.object({
  /** What the plans in force include for the period (prorated by days), in `unit`. */
  included: z.number(),
  /** Used so far (webmaster minutes as billed: each engagement rounded up to 15). */
  used: z.number(),
  /** Beyond the allowance so far. */
  over: z.number(),
  unit: z.string(),
});

export const UsageViewSchema = z
  .object({
    period: z.object({ id: z.string(), start: IsoInstantSchema, end: IsoInstantSchema }),
    records: z.array(UsageRecordSchema),
    allowances: z.object({
      webmasterMinutes: AllowanceSchema,
      callOuts: AllowanceSchema,
      taskRuns: AllowanceSchema,
    }),
    /** What the period rates to so far, before VAT (the invoice is made when the period closes). */
    estimate: z.object({ net: z.number().int(), currency: z.string() }),
  })
  .meta({ id: 'UsageView' });
export type UsageView = z.infer<typeof UsageViewSchema>;

export const UsageQuerySchema = z.object({ period: PeriodIdSchema.optional() });

type UsageSource = z.infer<typeof UsageRecordSchema>['source'];

const KIND_NAMES: Record<UsageRecord['kind'], string> = {
  webmaster_minutes: 'Webmaster time',
  call_outs: 'Emergency call-out',
  task_runs: 'Task run',
  hosts: 'Managed host',
  late_cancellation: 'Late cancellation fee',
  monitors: 'Monitor',
};

/** The source a record names, looked up once per source: a booking, a task or a monitor, as its kind says. */
const describeSources = async (
  sources: UsageSources,
  tenantId: string,
  records: readonly UsageRecord[],
): Promise<(record: Pick<UsageRecord, 'id' | 'kind'>) => UsageSource> => {
  const lookups = new Map<string, Promise<UsageSource | null>>();
  const lookup = (record: UsageRecord): Promise<UsageSource | null> => {
    const key = `${record.kind}:${record.sourceId}`;
    let found = lookups.get(key);
    if (!found) {
      // A source that cannot be read is named by its kind (below): one unreadable item must not fail the page.
      found = findSource(sources, tenantId, record).catch(() => null);
      lookups.set(key, found);
    }
    return found;
  };
  const described = await Promise.all(records.map(lookup));
  const byId = new Map(records.map((record, index) => [record.id, described[index] ?? null]));
  return (record) => byId.get(record.id) ?? { type: 'other', name: KIND_NAMES[record.kind], at: null };
};

const bookingSource = async (sources: UsageSources, tenantId: string, id: string, name?: string) => {
  const booking = await sources.bookings.get(tenantId, id);
  if (!booking) return null;
  return {
    type: 'booking' as const,
    name: name ?? findBookingType(booking.typeId)?.name ?? 'Booking',
    at: booking.start,
  };
};

const taskSource = async (sources: UsageSources, tenantId: string, id: string) => {
  const task = await sources.tasks.get(tenantId, id);
  if (!task) return null;
  return {
    type: 'task' as const,
    name: task.hostName ? `${task.typeName} on ${task.hostName}` : task.typeName,
    at: task.requestedAt,
  };
};

const findSource = async (
  sources: UsageSources,
  tenantId: string,
  record: UsageRecord,
): Promise<UsageSource | null> => {
  switch (record.kind) {
    case 'webmaster_minutes':
      // A completed booking (`booking-…`) or a completed manual task (`task-…`).
      return record.id.startsWith('task-')
        ? taskSource(sources, tenantId, record.sourceId)
        : ((await bookingSource(sources, tenantId, record.sourceId)) ?? taskSource(sources, tenantId, record.sourceId));
    case 'call_outs':
      return bookingSource(sources, tenantId, record.sourceId);
    case 'late_cancellation': {
      const fee = record.id.startsWith('no-show-') ? 'No-show fee' : 'Late cancellation fee';
      const booking = await bookingSource(sources, tenantId, record.sourceId);
      return booking ? { ...booking, name: `${fee}: ${booking.name}` } : { type: 'other', name: fee, at: null };
    }
    case 'task_runs':
      return taskSource(sources, tenantId, record.sourceId);
    case 'monitors': {
      const monitor = await sources.monitors.get(tenantId, record.sourceId);
      return monitor ? { type: 'monitor', name: monitor.name, at: null } : null;
    }
    default:
      return null;
  }
};

/** Running totals per kind, in the order the facts happened. */
const withRunningTotals = (records: UsageRecord[]) => {
  const totals = new Map<string, number>();
  return [...records]
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id))
    .map((record) => {
      const total = (totals.get(record.kind) ?? 0) + record.quantity;
      totals.set(record.kind, total);
      return { ...record, runningTotal: total };
    });
};

/** `GET /api/usage?period=`: the tenant's records of a period, running totals, allowances and the estimate. */
export const getUsage = async (
  deps: {
    ledger: UsageLedger;
    subscriptions: SubscriptionRepository;
    hosts: HostDays;
    sources: UsageSources;
    clock: Clock;
  },
  actor: Actor,
  query: { period?: string | undefined },
): Promise<UsageView> => {
  const tenantId = tenantOf(actor, 'Only an organisation has usage.');
  const period = query.period ? periodNamed(query.period) : periodOf(deps.clock.now());
  if (period.start > deps.clock.now().toISOString()) {
    throw new DomainError('REQUEST.INVALID', `${period.id} has not begun.`, [
      { path: 'query.period', message: 'a month that has begun' },
    ]);
  }
  const [records, subscription, hosts] = await Promise.all([
    deps.ledger.list(tenantId, period.id),
    deps.subscriptions.get(tenantId),
    deps.hosts.list(tenantId),
  ]);
  const rated = rate({
    period,
    planHistory: subscription?.planHistory ?? [],
    cancelledAt: null,
    plans: findPlan,
    usage: records,
    hosts: hosts.map((host) => ({ hostId: host.id, from: host.registeredAt ?? period.start, to: null })),
    // Before VAT: the buyer's treatment is settled on the invoice.
    seller: { country: 'DE', vatRate: 0 },
    buyer: { country: 'DE', vatId: null },
  });
  const sourceOf = await describeSources(deps.sources, tenantId, records);
  const allowance = (included: number, used: number, unit: string) => ({
    included,
    used,
    over: Math.max(0, used - included),
    unit,
  });
  return {
    period,
    records: withRunningTotals(records).map((record) => ({ ...record, source: sourceOf(record) })),
    allowances: {
      webmasterMinutes: allowance(rated.usage.includedMinutes, rated.usage.roundedMinutes, 'minutes'),
      callOuts: allowance(rated.usage.includedCallOuts, rated.usage.callOuts, 'call-outs'),
      taskRuns: allowance(rated.usage.includedTaskRuns, rated.usage.taskRuns, 'runs'),
    },
    estimate: { net: rated.net, currency: rated.currency },
  };
};
