import * as z from 'zod';
import type { AuditEntry } from '../audit/audit-entry.js';
import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import { EU_COUNTRIES } from './rating.js';

/** Who the invoices are addressed to: what an EU invoice needs of the buyer. */
export const BillingProfileSchema = z
  .strictObject({
    legalName: z
      .string({ error: 'the legal name is required' })
      .trim()
      .min(2, 'the legal name is required')
      .max(200, 'at most 200 characters'),
    addressLines: z
      .array(z.string().trim().min(1, 'an address line cannot be empty').max(200, 'at most 200 characters a line'), {
        error: 'the street address, one line each',
      })
      .min(1, 'at least one address line')
      .max(4, 'at most four address lines'),
    postalCode: z.string().trim().min(1, 'the postal code is required').max(16, 'at most 16 characters'),
    city: z.string().trim().min(1, 'the city is required').max(100, 'at most 100 characters'),
    country: z
      .string({ error: 'a two-letter country code such as DE' })
      .regex(/^[A-Z]{2}$/, 'a two-letter country code such as DE'),
    /** EU VAT identification number (country prefix; Greece `EL`), or null for consumers and non-EU buyers. */
    vatId: z
      .string()
      .trim()
      .transform((value) => value.replace(/[\s.-]/g, '').toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}[A-Z0-9]{2,13}$/, 'a VAT number such as DE123456789'))
      .nullable()
      .default(null),
  })
  .superRefine((profile, ctx) => {
    if (!profile.vatId) return;
    const prefix = profile.country === 'GR' ? 'EL' : profile.country;
    if (!EU_COUNTRIES.has(profile.country)) {
      ctx.addIssue({ code: 'custom', path: ['vatId'], message: 'no VAT number outside the EU' });
    } else if (!profile.vatId.startsWith(prefix)) {
      ctx.addIssue({
        code: 'custom',
        path: ['vatId'],
        message: `a VAT number of ${profile.country}, starting with ${prefix}`,
      });
    }
  })
  .meta({ id: 'BillingProfile' });
export type BillingProfile = z.infer<typeof BillingProfileSchema>;

export interface BillingProfileRepository {
  get(tenantId: string): Promise<BillingProfile | null>;
  put(tenantId: string, profile: BillingProfile, audit: AuditEntry): Promise<void>;
}

export const BillingProfileViewSchema = z
  .object({ profile: BillingProfileSchema.nullable() })
  .meta({ id: 'BillingProfileView' });

export const getBillingProfile = async (deps: { profiles: BillingProfileRepository }, actor: Actor) => ({
  profile: await deps.profiles.get(tenantOf(actor, 'Only an organisation has a billing profile.')),
});

/** `PUT /api/billing/profile`: the buyer on the next invoices (issued invoices keep theirs). */
export const setBillingProfile = async (
  deps: { profiles: BillingProfileRepository; clock: Clock; ids: IdGenerator },
  actor: Actor,
  profile: BillingProfile,
) => {
  const tenantId = tenantOf(actor, 'Only an organisation has a billing profile.');
  await deps.profiles.put(
    tenantId,
    profile,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId,
      action: 'billing_profile.changed',
      target: { type: 'tenant', id: tenantId },
      details: { country: profile.country, vatId: profile.vatId },
    }),
  );
  return { profile };
};
