import { z } from 'zod';
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
    actor: z.object({ userId: z.string(), email: z.string(), roles: z.array(z.enum(ROLES)) }),
    action: z.string().regex(/^[a-z_]+\.[a-z_]+$/),
    target: z.object({ type: z.string(), id: z.string() }),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export type AuditActor = AuditEntry['actor'];

/** The audit actor for a person calling the API. */
export const auditActorOf = (actor: Actor): AuditActor => ({
  userId: actor.userId,
  email: actor.email,
  roles: actor.roles,
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
): AuditEntry => ({
  id: deps.ids.newId(),
  at: deps.clock.now().toISOString(),
  tenantId: entry.tenantId,
  actor: entry.actor,
  action: entry.action,
  target: entry.target,
  details: entry.details ?? {},
});
