import type { Money } from '../contracts/common.js';

/** What the ledger counts. */
/** `monitors`: one record per monitor and calendar month it was checked in (docs/monitoring.md). */
export const USAGE_KINDS = [
  'webmaster_minutes',
  'call_outs',
  'task_runs',
  'hosts',
  'late_cancellation',
  'monitors',
] as const;

/**
 * One billable fact in the append-only usage ledger. Its id is derived from its source (a booking,
 * a task, a Stripe event), so recording it again is a no-op. Corrections are reversal records.
 */
export interface UsageRecord {
  id: string;
  tenantId: string;
  kind: (typeof USAGE_KINDS)[number];
  quantity: number;
  unit: 'minutes' | 'call-outs' | 'runs' | 'host-months' | 'fees' | 'monitor-months';
  occurredAt: string;
  sourceId: string;
  /** For fees: the amount charged per unit. */
  unitPrice: Money | null;
  /**
   * A correction: this record cancels the record with that id (the ledger never updates a record).
   * Absent on ordinary records.
   */
  reversalOf?: string;
}
