import { quoteBooking, watchBalance } from '../../shared/billing/balance.js';
import {
  book,
  cancelBooking,
  completeBooking,
  findAvailability,
  getBookingCalendar,
  getOnCallRota,
  getStaffAvailability,
  listBookings,
  listBookingTypes,
  listStaffBookings,
  markNoShow,
  rescheduleBooking,
  setOnCallRota,
  setStaffAvailability,
} from '../../shared/booking/bookings.js';
import { BUSINESS_METRICS } from '../../shared/contracts/metrics.js';
import { DynamoBalanceBookings, DynamoBalanceNotices } from '../adapters/dynamodb/dynamo-balance-notices.js';
import { DynamoBookingRepository } from '../adapters/dynamodb/dynamo-booking-repository.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import {
  DynamoOnCallRotaRepository,
  DynamoStaffAvailabilityRepository,
} from '../adapters/dynamodb/dynamo-staff-availability-repository.js';
import { DynamoSubscriptionRepository } from '../adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { DynamoUsageLedger } from '../adapters/dynamodb/dynamo-usage-ledger.js';
import { shortLived } from '../adapters/system/short-lived-cache.js';
import { callerDirectory } from '../config/callers.js';
import { clock, ids } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { logger } from '../observability/logger.js';
import { recordBusinessEvent } from '../observability/metrics.js';

const { client, tableName } = tableConfig();
const tenants = new DynamoTenantRepository(client, tableName);
const subscriptions = new DynamoSubscriptionRepository(client, tableName);
// Balance warnings and the booking quote (shared/billing/balance.ts): the month's included webmaster hours.
const balanceDeps = {
  subscriptions,
  ledger: new DynamoUsageLedger(client, tableName),
  bookings: new DynamoBalanceBookings(client, tableName),
  tenants,
  notices: new DynamoBalanceNotices(client, tableName),
  clock,
  ids,
};
const deps = {
  bookings: new DynamoBookingRepository(client, tableName),
  staff: new DynamoStaffAvailabilityRepository(client, tableName),
  onCall: new DynamoOnCallRotaRepository(client, tableName),
  tenants,
  subscriptions,
  clock,
  ids,
  // A warning that cannot be queued is logged; the booking stands.
  balance: watchBalance(balanceDeps, (message, details) => logger.warn(message, details)),
};

/**
 * Free slots are the hottest read and the same for every customer (the provider's staff): the calendars behind them —
 * staff hours, the rota and the holds of a window — are kept one second per container and shared by concurrent
 * requests, so a busy minute costs a few reads instead of six per request. The slots themselves are computed per
 * request (past ones drop out on time). A slot booked in another container within that second may still show; booking
 * it answers 409, as any race does. Writes of this container that change calendars forget them at once.
 */
const CALENDAR_CACHE_MS = 1_000;
const staffHours = shortLived(
  () => deps.staff.list(),
  () => 'staff',
  CALENDAR_CACHE_MS,
);
const rota = shortLived(
  () => deps.onCall.get(),
  () => 'rota',
  CALENDAR_CACHE_MS,
);
// The staff's names on every list of bookings: they change when someone joins or is renamed, not per request.
const staffNames = shortLived(
  () => deps.staff.members(),
  () => 'members',
  CALENDAR_CACHE_MS,
);
const holds = shortLived(
  (staffIds: string[], window: { start: number; end: number }) => deps.bookings.holdsOf(staffIds, window),
  (staffIds, window) => `${staffIds.join(',')}|${window.start}|${window.end}`,
  CALENDAR_CACHE_MS,
);
const calendarReadDeps = {
  ...deps,
  staff: Object.assign(Object.create(deps.staff) as typeof deps.staff, { list: staffHours, members: staffNames }),
  onCall: Object.assign(Object.create(deps.onCall) as typeof deps.onCall, { get: rota }),
  bookings: Object.assign(Object.create(deps.bookings) as typeof deps.bookings, { holdsOf: holds }),
};
/** After a write that changes calendars: the next availability reads them again. */
const calendarsChanged = <T>(written: T): T => {
  staffHours.clear();
  staffNames.clear();
  rota.clear();
  holds.clear();
  return written;
};

export const handler = createHttpHandler(
  'booking',
  {
    listBookingTypes: async () => listBookingTypes(),
    findAvailability: ({ query }) => findAvailability(calendarReadDeps, query),
    book: async ({ actor, body }) => {
      const booking = calendarsChanged(await book(deps, actor, body));
      // Counted once the booking is written; an Idempotency-Key replay answers without running this again.
      recordBusinessEvent(BUSINESS_METRICS.bookingsCreated, booking.tenantId);
      return booking;
    },
    listBookings: ({ actor, query }) => listBookings(calendarReadDeps, actor, query),
    cancelBooking: async ({ actor, params }) => calendarsChanged(await cancelBooking(deps, actor, params.bookingId)),
    rescheduleBooking: async ({ actor, params, body }) =>
      calendarsChanged(await rescheduleBooking(deps, actor, params.bookingId, body)),
    getBookingCalendar: ({ actor, params }) => getBookingCalendar(deps, actor, params.bookingId),
    getStaffAvailability: ({ actor }) => getStaffAvailability(deps, actor),
    getOnCallRota: () => getOnCallRota(deps),
    setOnCallRota: async ({ actor, body }) => calendarsChanged(await setOnCallRota(deps, actor, body)),
    setStaffAvailability: async ({ actor, body }) => calendarsChanged(await setStaffAvailability(deps, actor, body)),
    listStaffBookings: ({ actor, query }) => listStaffBookings(deps, actor, query),
    completeBooking: async ({ actor, params, body }) =>
      calendarsChanged(await completeBooking(deps, actor, params.bookingId, body)),
    markNoShow: async ({ actor, params }) => calendarsChanged(await markNoShow(deps, actor, params.bookingId)),
    quoteBooking: ({ actor, query }) => quoteBooking(balanceDeps, actor, query.durationMinutes, query.start),
  },
  { idempotency: { store: new DynamoIdempotencyStore(client, tableName), clock }, callers: callerDirectory() },
);
