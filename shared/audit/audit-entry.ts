import { z } from 'zod';
import { IdSchema, IsoInstantSchema } from '../contracts/common.js';
import { ROLES } from '../contracts/roles.js';

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
