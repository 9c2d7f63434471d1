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

export const handler = createHttpHandler(
  'booking',
  {
    listBookingTypes: async () => listBookingTypes(),
    findAvailability: ({ query }) => findAvailability(deps, query),
    book: async ({ actor, body }) => {
      const booking = await book(deps, actor, body);
      // Counted once the booking is written; an Idempotency-Key replay answers without running this again.
      recordBusinessEvent(BUSINESS_METRICS.bookingsCreated, booking.tenantId);
      return booking;
    },
    listBookings: ({ actor, query }) => listBookings(deps, actor, query),
    cancelBooking: ({ actor, params }) => cancelBooking(deps, actor, params.bookingId),
    rescheduleBooking: ({ actor, params, body }) => rescheduleBooking(deps, actor, params.bookingId, body),
    getBookingCalendar: ({ actor, params }) => getBookingCalendar(deps, actor, params.bookingId),
    getStaffAvailability: ({ actor }) => getStaffAvailability(deps, actor),
    getOnCallRota: () => getOnCallRota(deps),
    setOnCallRota: ({ actor, body }) => setOnCallRota(deps, actor, body),
    setStaffAvailability: ({ actor, body }) => setStaffAvailability(deps, actor, body),
    listStaffBookings: ({ actor, query }) => listStaffBookings(deps, actor, query),
    completeBooking: ({ actor, params, body }) => completeBooking(deps, actor, params.bookingId, body),
    markNoShow: ({ actor, params }) => markNoShow(deps, actor, params.bookingId),
    quoteBooking: ({ actor, query }) => quoteBooking(balanceDeps, actor, query.durationMinutes, query.start),
  },
  { idempotency: { store: new DynamoIdempotencyStore(client, tableName), clock }, callers: callerDirectory() },
);
