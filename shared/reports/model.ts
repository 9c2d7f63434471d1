import * as z from 'zod';
import { IdSchema, IsoInstantSchema, MoneySchema } from '../contracts/common.js';
import { INCIDENT_SEVERITIES, MONITOR_KINDS, MONITOR_STATES } from '../monitoring/model.js';

/**
 * Status pages and the monthly service report (issue 14): the shapes the route manifest, the store, the PDF, the
 * web app and the recompute test share. docs/reports.md says how every figure is counted.
 */

/** The slug of the provider's own status page (Opsdesk itself): no tenant may take it. */
export const PROVIDER_STATUS_SLUG = 'opsdesk';
/** Slugs no tenant may take: the provider's page and names that read as Opsdesk's own. */
export const RESERVED_SLUGS = new Set([
  PROVIDER_STATUS_SLUG,
  'api',
  'admin',
  'status',
  'www',
  'app',
  'help',
  'support',
]);

/** 3–40 characters: lowercase letters, digits and hyphens, a letter or digit at either end. */
export const SlugSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/,
    '3–40 lowercase letters, digits and hyphens, starting and ending with a letter or digit',
  );

/** `PUT /api/status-page`: what a customer-admin publishes. */
export const StatusPageRequestSchema = z
  .strictObject({
    slug: SlugSchema.refine((slug) => !RESERVED_SLUGS.has(slug), 'is reserved'),
    published: z.boolean(),
    /** The monitors shown, in this order (each of this organisation's). */
    monitorIds: z
      .array(IdSchema)
      .max(50, 'at most 50 monitors')
      .refine((ids) => new Set(ids).size === ids.length, 'each monitor once'),
  })
  .meta({ id: 'StatusPageRequest' });
export type StatusPageRequest = z.infer<typeof StatusPageRequestSchema>;

/** A tenant's status page settings (`GET /api/status-page`); `slug` null until one is chosen. */
export const StatusPageSchema = z
  .object({
    tenantId: IdSchema,
    slug: z.string().nullable(),
    published: z.boolean(),
    monitorIds: z.array(IdSchema),
    /** Where it is served (`/status/<slug>`), or null without a slug. */
    path: z.string().nullable(),
    updatedAt: IsoInstantSchema.nullable(),
    version: z.number().int().min(0),
  })
  .meta({ id: 'StatusPage' });
export type StatusPage = z.infer<typeof StatusPageSchema>;

/** One day of a monitor's 90-day bar (UTC dates): the counts, and uptime = up / (up + down) or null. */
export const StatusDaySchema = z.object({
  date: z.string(),
  up: z.number().int(),
  down: z.number().int(),
  noData: z.number().int(),
  maintenance: z.number().int(),
  uptime: z.number().nullable(),
});
export type StatusDay = z.infer<typeof StatusDaySchema>;

export const PUBLIC_INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;

/**
 * `GET /api/status/{slug}`: what anyone may read — names and states only (no targets, hosts, people or notes).
 * Incidents: the open ones and those resolved in the last 14 days; maintenance: current and planned.
 */
export const PublicStatusSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    /** When this answer was computed (the server's clock): pages are cached for up to a minute. */
    updatedAt: IsoInstantSchema,
    overall: z.enum(['operational', 'degraded', 'outage', 'maintenance', 'unknown']),
    monitors: z.array(
      z.object({
        name: z.string(),
        state: z.enum(MONITOR_STATES),
        /** Over the 90 days below; null when nothing was counted. */
        uptime90d: z.number().nullable(),
        /** 90 UTC days, oldest first, every day present (a day without results has zero counts). */
        days: z.array(StatusDaySchema),
      }),
    ),
    incidents: z.array(
      z.object({
        title: z.string(),
        status: z.enum(PUBLIC_INCIDENT_STATUSES),
        startedAt: IsoInstantSchema,
        resolvedAt: IsoInstantSchema.nullable(),
        /** Newest first; fixed wording per step, never an operator's free text. */
        updates: z.array(
          z.object({ at: IsoInstantSchema, status: z.enum(PUBLIC_INCIDENT_STATUSES), text: z.string() }),
        ),
      }),
    ),
    maintenance: z.array(
      z.object({ name: z.string(), start: IsoInstantSchema, end: IsoInstantSchema, reason: z.string() }),
    ),
  })
  .meta({ id: 'PublicStatus' });
export type PublicStatus = z.infer<typeof PublicStatusSchema>;

/** Whether a deadline was kept: `met`, `missed`, or `later` (it falls after the period: the next report judges it). */
export const SLA_VERDICTS = ['met', 'missed', 'later'] as const;
export type SlaVerdict = (typeof SLA_VERDICTS)[number];

/** The sources an invoice line was rated from. */
export const LineSourceSchema = z.object({
  type: z.enum(['usage', 'plan', 'host']),
  /** A usage record id, a plan id, or a host id. */
  id: z.string(),
});

/** An incident's facts as the report and its export both carry them (times cut at the period's end). */
const ReportIncidentFacts = {
  monitorName: z.string(),
  severity: z.enum(INCIDENT_SEVERITIES),
  openedAt: IsoInstantSchema,
  /** Only when it happened before the period's end. */
  acknowledgedAt: IsoInstantSchema.nullable(),
  resolvedAt: IsoInstantSchema.nullable(),
  acknowledgeDueAt: IsoInstantSchema,
  resolveDueAt: IsoInstantSchema,
};

/** A task's facts as the report and its export both carry them. */
const ReportTaskFacts = {
  typeName: z.string(),
  hostName: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  requestedBy: z.string(),
  approvedBy: z.string().nullable(),
  requestedAt: IsoInstantSchema,
};

/** The period's invoice as the report and its export both carry it (no unit prices or VAT rates). */
const ReportInvoiceFacts = {
  number: z.string(),
  status: z.string(),
  currency: z.string(),
  net: z.number().int(),
  gross: z.number().int(),
};
const ReportInvoiceLineSchema = z.object({
  kind: z.string(),
  description: z.string(),
  quantity: z.number(),
  unit: z.string(),
  amount: z.number().int(),
});

/**
 * The monthly service report of one tenant and one closed period (UTC calendar month). Every figure is computed from
 * the records in its export (`ReportExport`) as they stood at the period's end; docs/reports.md states the method.
 */
export const ServiceReportSchema = z
  .object({
    tenantId: IdSchema,
    tenantName: z.string(),
    periodId: z.string(),
    period: z.object({ start: IsoInstantSchema, end: IsoInstantSchema }),
    /** The organisation's zone: how the web page and the PDF show times (each says its zone). */
    timeZone: z.string(),
    generatedAt: IsoInstantSchema,
    plan: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** The accounting method, in sentences, printed on every rendering of the report. */
    method: z.array(z.string()),
    monitors: z.array(
      z.object({
        monitorId: IdSchema,
        name: z.string(),
        kind: z.enum(MONITOR_KINDS),
        /** When it was watched from in this period: the later of its creation and the period's start. */
        monitoredFrom: IsoInstantSchema,
        up: z.number().int(),
        down: z.number().int(),
        noData: z.number().int(),
        maintenance: z.number().int(),
        /** up / (up + down); null when nothing was counted (never counted as up). */
        uptime: z.number().nullable(),
      }),
    ),
    incidents: z.array(
      z.object({
        incidentId: IdSchema,
        ...ReportIncidentFacts,
        /** Whole minutes from opening (rounded half up); null when not within the period. */
        minutesToAcknowledge: z.number().int().nullable(),
        minutesToResolve: z.number().int().nullable(),
        acknowledge: z.enum(SLA_VERDICTS),
        resolve: z.enum(SLA_VERDICTS),
        /** Opened in an earlier period and still open when this one began. */
        carriedOver: z.boolean(),
      }),
    ),
    /** Deadlines that fell in this period, kept or missed; the plan's targets. */
    sla: z.object({
      acknowledgeMinutes: z.number().int().nullable(),
      resolveMinutes: z.number().int().nullable(),
      acknowledgeMet: z.number().int(),
      acknowledgeMissed: z.number().int(),
      resolveMet: z.number().int(),
      resolveMissed: z.number().int(),
      /** No deadline of the period was missed. */
      met: z.boolean(),
    }),
    tasks: z.array(
      z.object({
        taskId: IdSchema,
        ...ReportTaskFacts,
        /** The final status it reached in the period. */
        outcome: z.string(),
        finishedAt: IsoInstantSchema,
        /** From the first `claimed` or `running` entry to the final one, whole minutes; null if it never ran. */
        durationMinutes: z.number().int().nullable(),
      }),
    ),
    hours: z.object({
      includedMinutes: z.number().int(),
      /** As recorded (minutes spent). */
      recordedMinutes: z.number().int(),
      /** Each engagement rounded up to a quarter hour. */
      roundedMinutes: z.number().int(),
      /** Rounded minutes beyond the included ones. */
      overageMinutes: z.number().int(),
      roundingRule: z.string(),
      items: z.array(
        z.object({
          usageRecordId: z.string(),
          source: z.enum(['booking', 'task']),
          sourceId: z.string(),
          occurredAt: IsoInstantSchema,
          description: z.string(),
          minutes: z.number().int(),
          roundedMinutes: z.number().int(),
        }),
      ),
    }),
    upcoming: z.object({
      /** Within 60 days of the period's end, as last checked. */
      certificates: z.array(
        z.object({ monitorName: z.string(), subject: z.string(), expiresOn: z.string(), daysLeft: z.number().int() }),
      ),
      /** Domain registrations are not monitored: this says so on the report rather than showing none. */
      domains: z.string(),
      maintenance: z.array(
        z.object({ monitorName: z.string(), start: IsoInstantSchema, end: IsoInstantSchema, reason: z.string() }),
      ),
    }),
    invoice: z
      .object({
        invoiceId: IdSchema,
        ...ReportInvoiceFacts,
        lines: z.array(ReportInvoiceLineSchema.extend({ sources: z.array(LineSourceSchema) })),
      })
      .nullable(),
  })
  .meta({ id: 'ServiceReport' });
export type ServiceReport = z.infer<typeof ServiceReportSchema>;

/**
 * `GET /api/reports/{period}/export`: the raw records behind every figure of the report, as they stood at the
 * period's end. Anyone can recompute the report from this alone (docs/reports.md; test/reports/recompute.test.ts).
 */
export const ReportExportSchema = z
  .object({
    tenantId: IdSchema,
    periodId: z.string(),
    period: z.object({ start: IsoInstantSchema, end: IsoInstantSchema }),
    /** The plan's facts the figures need (null without a plan in force). */
    plan: z
      .object({
        id: z.string(),
        name: z.string(),
        /** The period's included webmaster minutes (prorated over plan changes, as the invoice rates them). */
        includedMinutes: z.number().int(),
        acknowledgeMinutes: z.number().int(),
        resolveMinutes: z.number().int(),
      })
      .nullable(),
    monitors: z.array(
      z.object({
        id: IdSchema,
        name: z.string(),
        kind: z.enum(MONITOR_KINDS),
        createdAt: IsoInstantSchema,
      }),
    ),
    /** Daily rollups (UTC days) of the period: the counts of every check result. */
    rollups: z.array(
      z.object({
        monitorId: IdSchema,
        day: z.string(),
        up: z.number().int(),
        down: z.number().int(),
        noData: z.number().int(),
        maintenance: z.number().int(),
      }),
    ),
    incidents: z.array(z.object({ id: IdSchema, monitorId: IdSchema, ...ReportIncidentFacts })),
    tasks: z.array(
      z.object({
        id: IdSchema,
        ...ReportTaskFacts,
        status: z.string(),
        history: z.array(z.object({ status: z.string(), at: IsoInstantSchema })),
      }),
    ),
    bookings: z.array(
      z.object({
        id: IdSchema,
        typeName: z.string(),
        start: IsoInstantSchema,
        durationMinutes: z.number().int(),
        status: z.string(),
      }),
    ),
    /** The period's usage records (the ledger), reversals included. */
    usage: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        quantity: z.number(),
        unit: z.string(),
        occurredAt: IsoInstantSchema,
        sourceId: z.string(),
        reversalOf: z.string().optional(),
      }),
    ),
    invoice: z.object({ id: IdSchema, ...ReportInvoiceFacts, lines: z.array(ReportInvoiceLineSchema) }).nullable(),
  })
  .meta({ id: 'ReportExport' });
export type ReportExport = z.infer<typeof ReportExportSchema>;

/** `GET /api/reports`: the tenant's reports, newest period first. */
export const ReportListSchema = z
  .object({
    items: z.array(
      z.object({ tenantId: IdSchema, tenantName: z.string(), periodId: z.string(), generatedAt: IsoInstantSchema }),
    ),
  })
  .meta({ id: 'ReportList' });
export type ReportList = z.infer<typeof ReportListSchema>;

/** Staff name the tenant (`?tenantId=`); customers read their own. */
export const ReportQuerySchema = z.object({ tenantId: IdSchema.optional() });
/**
 * `GET /api/reports`: customers get their organisation's reports; staff name a tenant (`?tenantId=`) or a period
 * (`?period=YYYY-MM`: every tenant's report of that period) — one of the two.
 */
export const ReportListQuerySchema = z.object({
  tenantId: IdSchema.optional(),
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
    .optional(),
});

/**
 * `GET /api/booking-quote`: what a booking of `durationMinutes` starting at `start` (default: now) would do to the
 * included webmaster hours of that month, and what the time beyond them costs — shown before a customer confirms.
 */
export const BookingQuoteQuerySchema = z.object({
  durationMinutes: z.coerce.number().int().min(15).max(480),
  /** When the booking would start: it is quoted against that month (default: the current month). */
  start: IsoInstantSchema.optional(),
});
export const BookingQuoteSchema = z
  .object({
    periodId: z.string(),
    includedMinutes: z.number().int(),
    /** Completed engagements of the period, each rounded up to a quarter hour. */
    usedMinutes: z.number().int(),
    /** Confirmed bookings of the period not yet completed (their booked length). */
    bookedMinutes: z.number().int(),
    /** used + booked + this booking. */
    afterMinutes: z.number().int(),
    /** Minutes of this booking beyond the included ones. */
    overageMinutes: z.number().int(),
    /** What those minutes cost at the plan's price (quarter hours); zero when none. */
    overageCost: MoneySchema,
    /** The plan's price of a webmaster hour beyond the included ones (charged in quarter hours); null without a plan. */
    overageHourPrice: MoneySchema.nullable(),
    /** Share of the included minutes used after this booking (1 = 100 %); null without included minutes. */
    shareAfter: z.number().nullable(),
  })
  .meta({ id: 'BookingQuote' });
export type BookingQuote = z.infer<typeof BookingQuoteSchema>;
