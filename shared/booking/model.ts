import * as z from 'zod';
import { IdSchema, IsoInstantSchema, MoneySchema } from '../contracts/common.js';
import { WEEKDAYS } from '../platform/zoned-time.js';
import { TimeZoneSchema } from '../tenancy/model.js';

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const QuarterTimeSchema = TimeSchema.refine(
  (t) => Number(t.slice(3)) % 15 === 0,
  'on a quarter hour (:00, :15, :30, :45)',
);
const DateSchema = z.iso.date();

export const StaffAvailabilitySchema = z
  .strictObject({
    timeZone: TimeZoneSchema,
    weekly: z
      .array(
        z
          .strictObject({
            day: z.enum(WEEKDAYS),
            start: QuarterTimeSchema,
            end: QuarterTimeSchema.or(z.literal('24:00')),
          })
          .refine((block) => block.start < block.end, { message: 'end is after start', path: ['end'] }),
      )
      .max(50),
    exceptions: z
      .array(z.strictObject({ date: DateSchema, available: z.literal(false) }))
      .max(366)
      .default([]),
  })
  .superRefine((availability, ctx) => {
    for (const day of WEEKDAYS) {
      const blocks = availability.weekly.filter((b) => b.day === day).sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < blocks.length; i++) {
        if (blocks[i]!.start < blocks[i - 1]!.end) {
          ctx.addIssue({ code: 'custom', path: ['weekly'], message: `working hours on ${day} overlap` });
        }
      }
    }
  })
  .meta({ id: 'StaffAvailability' });
export type StaffAvailability = z.infer<typeof StaffAvailabilitySchema>;

export const BOOKING_STATUSES = ['confirmed', 'cancelled', 'completed', 'no_show'] as const;

export const BookingSchema = z.object({
  id: IdSchema,
  tenantId: IdSchema,
  typeId: z.string(),
  staffId: IdSchema,
  bookedBy: IdSchema,
  start: IsoInstantSchema,
  end: IsoInstantSchema,
  durationMinutes: z.number().int(),
  /** Start and end of what the booking holds in the staff member's calendar, buffers included. */
  holdStart: IsoInstantSchema,
  holdEnd: IsoInstantSchema,
  status: z.enum(BOOKING_STATUSES),
  notes: z.string().nullable(),
  lateCancellationFee: MoneySchema.nullable(),
  minutesSpent: z.number().int().nullable(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
/** A booking as stored (the repository, billing and reports work with it). */
export type Booking = z.infer<typeof BookingSchema>;

/**
 * A booking as the API answers it: the record with the names a person reads next to its ids, resolved when read
 * (docs/decisions.md, "Booking names are resolved when read") — a renamed organisation or operator shows its new
 * name on every booking, and stored bookings need no migration.
 */
export const BookingViewSchema = BookingSchema.extend({
  /** The organisation's name. */
  tenantName: z.string(),
  /** The booking type's name, e.g. "Webmaster session". */
  typeName: z.string(),
  /** The operator's name. */
  staffName: z.string(),
}).meta({ id: 'Booking' });
export type BookingView = z.infer<typeof BookingViewSchema>;

export const AvailabilityQuerySchema = z.object({
  type: z.string().min(1),
  from: IsoInstantSchema,
  to: IsoInstantSchema,
  timeZone: TimeZoneSchema,
  durationMinutes: z.coerce.number().int().min(15).max(480).optional(),
  staffId: IdSchema.optional(),
});

export type AvailabilityQuery = z.infer<typeof AvailabilityQuerySchema>;

export const AvailabilityResponseSchema = z
  .object({
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    slots: z.array(z.object({ start: z.string(), end: z.string(), staffIds: z.array(IdSchema) })),
  })
  .meta({ id: 'Availability' });

export const BookRequestSchema = z
  .strictObject({
    typeId: z.string().min(1),
    start: IsoInstantSchema,
    durationMinutes: z.number().int().min(15).max(480),
    staffId: IdSchema.optional(),
    notes: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'BookRequest' });
export type BookRequest = z.infer<typeof BookRequestSchema>;

export const RescheduleRequestSchema = z
  .strictObject({ start: IsoInstantSchema, durationMinutes: z.number().int().min(15).max(480).optional() })
  .meta({ id: 'RescheduleRequest' });

export const CompleteBookingRequestSchema = z
  .strictObject({
    minutesSpent: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    note: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'CompleteBookingRequest' });

/** Who takes emergency call-outs when: shifts that never overlap (one person on call at a time). */
export const OnCallRotaSchema = z
  .strictObject({
    shifts: z
      .array(
        z
          .strictObject({ staffId: IdSchema, start: IsoInstantSchema, end: IsoInstantSchema })
          .refine((shift) => shift.start < shift.end, { message: 'end is after start', path: ['end'] }),
      )
      .max(500),
  })
  .superRefine((rota, ctx) => {
    const sorted = [...rota.shifts].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (let i = 1; i < sorted.length; i++) {
      if (Date.parse(sorted[i]!.start) < Date.parse(sorted[i - 1]!.end)) {
        ctx.addIssue({ code: 'custom', path: ['shifts'], message: `shifts overlap at ${sorted[i]!.start}` });
      }
    }
  })
  .meta({ id: 'OnCallRota' });
export type OnCallRota = z.infer<typeof OnCallRotaSchema>;

/** A staff member as a person picks them: name and e-mail next to the id. */
export const StaffMemberSchema = z
  .object({ id: IdSchema, name: z.string(), email: z.string() })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof StaffMemberSchema>;

/** The on-call rota as the API answers it: the shifts and every operator who can be on call (the people a picker offers). */
export const OnCallRotaViewSchema = z
  .object({
    shifts: z.array(z.object({ staffId: IdSchema, start: IsoInstantSchema, end: IsoInstantSchema })),
    staff: z.array(StaffMemberSchema),
  })
  .meta({ id: 'OnCallRotaView' });
export type OnCallRotaView = z.infer<typeof OnCallRotaViewSchema>;
