import * as z from 'zod';
import { IdSchema, IsoInstantSchema } from '../contracts/common.js';
import { CUSTOMER_ROLES, ROLES } from '../contracts/roles.js';
import { isTimeZone, TIME_ZONE_PATTERN } from '../platform/time-zone.js';

export const TENANT_STATUSES = ['active', 'past_due', 'suspended', 'pending_deletion'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** An IANA time zone name; the pattern and bound are published, the refinement asks the runtime's tz database. */
export const TimeZoneSchema = z
  .string()
  .max(64, 'an IANA time zone such as Europe/Berlin')
  .regex(TIME_ZONE_PATTERN, 'an IANA time zone such as Europe/Berlin')
  .refine(isTimeZone, { message: 'an IANA time zone such as Europe/Berlin' })
  .meta({
    description: 'An IANA time zone name (the tz database), such as `Europe/Berlin`',
    examples: ['Europe/Berlin'],
  });

export const TenantSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    status: z.enum(TENANT_STATUSES),
    timeZone: TimeZoneSchema,
    planId: z.string().nullable(),
    createdAt: IsoInstantSchema,
    /** Set while `pending_deletion`: when the tenant and all its data are removed. */
    deletionDueAt: IsoInstantSchema.nullable(),
    /** Managed hosts as last synchronised from SSM (absent: never synchronised, so none). */
    hostCount: z.number().int().min(0).optional(),
    /**
     * Why the provider suspended the organisation, shown to its customers while `suspended`; null otherwise
     * (absent on tenants stored before issue 16, which reads as null).
     */
    suspendedReason: z.string().nullable().optional(),
  })
  .meta({ id: 'Tenant' });
export type Tenant = z.infer<typeof TenantSchema>;

export const UserSchema = z
  .object({
    id: IdSchema,
    tenantId: IdSchema.nullable(),
    email: z.email(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    createdAt: IsoInstantSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const text = (label: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) });

/** An e-mail address in a request: trimmed, at most 254 characters (RFC 5321), compared in lower case. */
const EmailInputSchema = text('an e-mail address')
  .trim()
  .max(254, 'an e-mail address is at most 254 characters')
  .pipe(z.email('a valid e-mail address'))
  .transform(normaliseEmail)
  .meta({ format: 'email', description: 'An e-mail address' });

const trimmed = (label: string, max: number) =>
  text(label).trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`);

export const SignupRequestSchema = z
  .strictObject({
    organisation: trimmed('the organisation name', 120).min(2, 'the organisation name has at least 2 characters'),
    name: trimmed('your name', 120),
    email: EmailInputSchema,
    timeZone: TimeZoneSchema.optional(),
  })
  .meta({ id: 'SignupRequest' });
export type SignupRequest = z.infer<typeof SignupRequestSchema>;

/**
 * The answer to every sign-up (201): the ids of the organisation and admin the request created — or, when the
 * address has an account already, the ids the attempt drew, which were never stored (the answer must not tell
 * anyone which addresses have an account; docs/decisions.md). Either way they are useless without signing in.
 */
export const SignupResponseSchema = z.object({ tenantId: IdSchema, userId: IdSchema }).meta({ id: 'SignupResponse' });
export type SignupResponse = z.infer<typeof SignupResponseSchema>;

export const MeResponseSchema = z
  .object({
    user: UserSchema,
    tenant: TenantSchema.nullable(),
    roles: z.array(z.enum(ROLES)),
    /**
     * The zone this user's pages show times in: the organisation's for customers; for staff, the zone of their own
     * working hours when they have set them, else the provider's (Europe/Berlin).
     */
    timeZone: TimeZoneSchema,
  })
  .meta({ id: 'MeResponse' });
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** `POST /api/admin/tenants/{tenantId}/suspend`: why — the organisation's customers read it. */
export const SuspendTenantRequestSchema = z
  .strictObject({ reason: trimmed('a reason', 500) })
  .meta({ id: 'SuspendTenantRequest' });
export type SuspendTenantRequest = z.infer<typeof SuspendTenantRequestSchema>;

export const CustomerRoleSchema = z.enum(CUSTOMER_ROLES, { error: 'customer-admin or customer-member' });
export type CustomerRole = z.infer<typeof CustomerRoleSchema>;

export const InviteUserRequestSchema = z
  .strictObject({
    email: EmailInputSchema,
    name: trimmed('the name', 120).optional(),
    role: CustomerRoleSchema,
  })
  .meta({ id: 'InviteUserRequest' });
export type InviteUserRequest = z.infer<typeof InviteUserRequestSchema>;

export const ChangeRoleRequestSchema = z.strictObject({ role: CustomerRoleSchema }).meta({ id: 'ChangeRoleRequest' });

export const TenantExportSchema = z
  .object({
    tenantId: IdSchema,
    exportedAt: IsoInstantSchema,
    format: z.literal('opsdesk-export/1'),
    /** Every stored record of the tenant, grouped by entity (`tenant`, `user`, `audit`, …). */
    data: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  })
  .meta({ id: 'TenantExport' });

/** Provider default for organisations that do not say: the provider sits in Germany and bills in EUR. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';
