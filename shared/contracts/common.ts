import * as z from 'zod';

/** Money is integer minor units plus an ISO 4217 currency. */
export const MoneySchema = z
  .object({
    amount: z.number().int().min(0),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
  })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof MoneySchema>;

/** What an Opsdesk id is made of (also inside file names such as `<id>.pdf`). */
export const ID_PATTERN = '[A-Za-z0-9-]{1,64}';
export const IdSchema = z.string().regex(new RegExp(`^${ID_PATTERN}$`), 'an Opsdesk id');

export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });

/** RFC 9457 problem details, as every error response carries them. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

export const IsoInstantSchema = z.iso.datetime({ offset: true });
