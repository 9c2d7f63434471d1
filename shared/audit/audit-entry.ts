import * as z from 'zod';
import { IdSchema, IsoInstantSchema } from '../contracts/common.js';
import { ROLES } from '../contracts/roles.js';
import type { Actor } from '../platform/actor.js';
import type { Clock, IdGenerator } from '../platform/ports.js';

/** Who did what, when, to which tenant's data. Written in the same transaction as the change it records. */
export const AuditEntrySchema = z
  .object({
    id: IdSchema,
    tenantId: IdSchema.nullable(),
    at: IsoInstantSchema,
    actor: z.object({
      userId: z.string(),
      email: z.string(),
      roles: z.array(z.enum(ROLES)),
      /** The person's name; the API fills it in when it reads the log (entries store who by id and e-mail). */
      name: z.string().optional(),
      /** The API key the person's script called with (the person is the key's creator); absent for a signed-in call. */
      apiKey: z.object({ id: z.string(), name: z.string() }).optional(),
    }),
    action: z.string().regex(/^[a-z_]+\.[a-z_]+$/),
    target: z.object({
      type: z.string(),
      id: z.string(),
      /**
       * What people call the target ("Demo Verein", "web-01", "OD-2026-000042"): stored when the entry is written
       * by a writer that knows it; the API fills in a readable label for older entries (never a bare id).
       */
      name: z.string().optional(),
    }),
    details: z.record(z.string(), z.unknown()),
    /** Read only: names of ids the details mention (`staffId` → the operator's name), filled in by the API. */
    names: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export type AuditActor = AuditEntry['actor'];

/** The audit actor for a person calling the API, naming the API key when the call was made with one. */
export const auditActorOf = (actor: Actor): AuditActor => ({
  userId: actor.userId,
  email: actor.email,
  roles: actor.roles,
  ...(actor.apiKey ? { apiKey: { id: actor.apiKey.id, name: actor.apiKey.name } } : {}),
});

/** Opsdesk itself (scheduled jobs) and Stripe (webhooks) act without a user. */
export const SYSTEM_ACTOR: AuditActor = { userId: 'system', email: 'system@opsdesk', roles: [] };
export const STRIPE_ACTOR: AuditActor = { userId: 'stripe', email: 'webhooks@stripe', roles: [] };

/** A new audit entry stamped with the clock and a fresh id. */
export const newAuditEntry = (
  deps: { clock: Clock; ids: IdGenerator },
  entry: {
    actor: AuditActor;
    tenantId: string | null;
    action: string;
    target: AuditEntry['target'];
    details?: Record<string, unknown>;
  },
): AuditEntry => {
  const details = entry.details ?? {};
  const name = entry.target.name ?? nameInDetails(details);
  return {
    id: deps.ids.newId(),
    at: deps.clock.now().toISOString(),
    tenantId: entry.tenantId,
    actor: entry.actor,
    action: entry.action,
    target: { type: entry.target.type, id: entry.target.id, ...(name ? { name } : {}) },
    details,
  };
};

/**
 * The target's name when the writer put it in the details (hosts, monitors, activations: `name`; invoices:
 * `number`; a sign-up: `organisation`), so that entries name their target without every writer saying it twice.
 */
const nameInDetails = (details: Record<string, unknown>): string | undefined => {
  for (const key of ['name', 'number', 'organisation'] as const) {
    const value = details[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
};
