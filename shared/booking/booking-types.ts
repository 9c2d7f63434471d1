import * as z from 'zod';
import { MoneySchema } from '../contracts/common.js';

const quarterHours = z.number().int().min(0).multipleOf(15, 'a multiple of 15 minutes');

/** A kind of booking the provider offers (configuration, validated when this module loads). */
export const BookingTypeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,40}$/),
    name: z.string().min(1),
    description: z.string().min(1),
    durations: z.array(quarterHours.min(15)).min(1),
    bufferBeforeMinutes: quarterHours,
    bufferAfterMinutes: quarterHours,
    minNoticeMinutes: z.number().int().min(0),
    horizonDays: z.number().int().min(1),
    /** Cancelling closer than this to the start costs the late-cancellation fee. */
    cancellationNoticeHours: z.number().int().min(0),
    lateCancellationFee: MoneySchema,
    /** `active-plan`: any active subscription; `call-outs`: a plan that allows emergency call-outs. */
    requires: z.enum(['nothing', 'active-plan', 'call-outs']),
    /** Whose time it books: staff in their working hours, or whoever is on call (any hour). */
    schedule: z.enum(['working-hours', 'on-call']),
  })
  .meta({ id: 'BookingType' });
export type BookingType = z.infer<typeof BookingTypeSchema>;

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** The booking types of the catalogue. Emergency call-outs book whoever is on call, at any hour. */
export const BOOKING_TYPES: readonly BookingType[] = z.array(BookingTypeSchema).parse([
  {
    id: 'consultation',
    name: 'Consultation',
    description: 'A call with a webmaster to plan work, review a site or answer questions.',
    durations: [15, 30, 45, 60],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 120,
    horizonDays: 60,
    cancellationNoticeHours: 24,
    lateCancellationFee: eur(4_000),
    requires: 'nothing',
    schedule: 'working-hours',
  },
  {
    id: 'hands-on',
    name: 'Hands-on session',
    description: 'A webmaster works on your site or systems while you watch, or on their own.',
    durations: range(30, 240, 15),
    bufferBeforeMinutes: 15,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 24 * 60,
    horizonDays: 60,
    cancellationNoticeHours: 48,
    lateCancellationFee: eur(8_000),
    requires: 'active-plan',
    schedule: 'working-hours',
  },
  {
    id: 'maintenance-window',
    name: 'Maintenance-window support',
    description: 'A webmaster on hand during your planned maintenance window.',
    durations: range(60, 480, 30),
    bufferBeforeMinutes: 30,
    bufferAfterMinutes: 30,
    minNoticeMinutes: 72 * 60,
    horizonDays: 90,
    cancellationNoticeHours: 72,
    lateCancellationFee: eur(15_000),
    requires: 'active-plan',
    schedule: 'working-hours',
  },
  {
    id: 'emergency',
    name: 'Emergency call-out',
    description:
      'Whoever is on call, at any hour, for an outage or an attack. Billed as a call-out plus the time spent.',
    durations: range(30, 240, 15),
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 0,
    horizonDays: 2,
    cancellationNoticeHours: 0,
    lateCancellationFee: eur(0),
    requires: 'call-outs',
    schedule: 'on-call',
  },
]);

export const findBookingType = (id: string) => BOOKING_TYPES.find((type) => type.id === id);
