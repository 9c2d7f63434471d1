import { type ServiceReport, ServiceReportSchema } from '../../shared/reports/model.js';

/**
 * A realistic monthly service report (October 2026, Europe/Berlin, with its DST change on 25 October) for tests that
 * render or show one: six monitors (one created mid-month, one without any data), four incidents (one carried over,
 * one spanning the month's end, a missed acknowledgement and a missed resolution), 64 tasks, webmaster hours beyond
 * the included ones, a certificate and maintenance ahead, and the invoice with its lines' sources. Validated against
 * ServiceReportSchema, so a fixture that drifts from the contract fails where it is built.
 */

export const REPORT_METHOD = [
  'The period is the UTC calendar month; times are shown in the organisation’s time zone, and every figure is computed on instants.',
  'Uptime per monitor = up / (up + down) over the daily rollups (UTC days) of the period; results during maintenance are counted apart and never as down.',
  '“No data” (a check that could not run or a heartbeat not yet due) is shown apart and never counted as up; uptime is shown as — when nothing was counted.',
  'A first failure is re-checked at once and the pair counts as one observation (the confirmation rule).',
  'A monitor created during the month counts from its creation.',
  'Minutes to acknowledge and to resolve run from the incident’s opening, rounded half up to whole minutes; each deadline is judged in the report of the period it falls in.',
];

export const ROUNDING_RULE =
  'Each engagement (booking or task) is rounded up to the next quarter hour (15 minutes); included minutes are used first.';

const TASK_TYPES = [
  'Restart service',
  'Clear cache',
  'Renew certificate',
  'Update WordPress plugins',
  'Disk cleanup',
  'Rotate logs',
] as const;
const OUTCOMES = ['succeeded', 'succeeded', 'succeeded', 'failed', 'succeeded', 'timed_out', 'succeeded', 'cancelled'];

const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 9, day, hour, minute)).toISOString();

/** The `index`-th task of the month (1-based): every type, host and outcome in turn. */
const task = (index: number): ServiceReport['tasks'][number] => {
  const day = 1 + (index % 30);
  const outcome = OUTCOMES[index % OUTCOMES.length]!;
  const typeName = TASK_TYPES[index % TASK_TYPES.length]!;
  const params: Record<string, string | number | boolean> =
    index === 7
      ? { path: '/var/www/shop.baeckerei-mueller.de/wp-content/uploads/cache/very/deep/folder', dryRun: false }
      : { service: index % 2 === 0 ? 'nginx' : 'php8.2-fpm', attempt: index };
  return {
    taskId: `task-${String(index).padStart(3, '0')}`,
    typeName,
    hostName: index % 9 === 0 ? null : `web-0${1 + (index % 3)}.baeckerei-mueller.de`,
    params,
    requestedBy: index % 4 === 0 ? 'anna.schmidt@baeckerei-mueller.de' : 'Operator Jonas',
    approvedBy: index % 3 === 0 ? null : 'Maria Keller',
    outcome,
    requestedAt: at(day, 7, index % 60),
    finishedAt: at(day, 8, index % 60),
    durationMinutes: outcome === 'cancelled' ? null : 1 + (index % 17),
  };
};

export const FIXTURE_TASK_COUNT = 64;

const base: ServiceReport = {
  tenantId: 't-baeckerei',
  tenantName: 'Bäckerei Müller GmbH',
  periodId: '2026-10',
  period: { start: '2026-10-01T00:00:00.000Z', end: '2026-11-01T00:00:00.000Z' },
  timeZone: 'Europe/Berlin',
  generatedAt: '2026-11-01T00:05:00.000Z',
  plan: { id: 'managed-business', name: 'Managed Business' },
  method: REPORT_METHOD,
  monitors: [
    {
      monitorId: 'mon-shop',
      name: 'Shop website',
      kind: 'http',
      monitoredFrom: '2026-10-01T00:00:00.000Z',
      up: 8912,
      down: 4,
      noData: 12,
      maintenance: 30,
      uptime: 8912 / 8916,
    },
    {
      monitorId: 'mon-tls',
      name: 'Shop TLS certificate',
      kind: 'tls',
      monitoredFrom: '2026-10-01T00:00:00.000Z',
      up: 744,
      down: 0,
      noData: 0,
      maintenance: 0,
      uptime: 1,
    },
    {
      monitorId: 'mon-dns',
      name: 'DNS baeckerei-mueller.de',
      kind: 'dns',
      monitoredFrom: '2026-10-01T00:00:00.000Z',
      up: 2970,
      down: 6,
      noData: 0,
      maintenance: 0,
      uptime: 2970 / 2976,
    },
    {
      monitorId: 'mon-backup',
      name: 'Nightly backup heartbeat',
      kind: 'heartbeat',
      monitoredFrom: '2026-10-15T09:30:00.000Z',
      up: 16,
      down: 1,
      noData: 0,
      maintenance: 0,
      uptime: 16 / 17,
    },
    {
      monitorId: 'mon-mail',
      name: 'Mail server port 587',
      kind: 'tcp',
      monitoredFrom: '2026-10-01T00:00:00.000Z',
      up: 0,
      down: 0,
      noData: 1440,
      maintenance: 0,
      uptime: null,
    },
    {
      monitorId: 'mon-disk',
      name: 'Web server disk space on web-01.baeckerei-mueller.de (root volume)',
      kind: 'host',
      monitoredFrom: '2026-10-01T00:00:00.000Z',
      up: 4000,
      down: 200,
      noData: 0,
      maintenance: 60,
      uptime: 4000 / 4200,
    },
  ],
  incidents: [
    {
      incidentId: 'inc-carried',
      monitorName: 'Shop website',
      severity: 'critical',
      openedAt: '2026-09-30T23:55:00.000Z',
      acknowledgedAt: '2026-10-01T00:04:00.000Z',
      resolvedAt: '2026-10-01T01:10:00.000Z',
      minutesToAcknowledge: 9,
      minutesToResolve: 75,
      acknowledgeDueAt: '2026-10-01T00:10:00.000Z',
      resolveDueAt: '2026-10-01T03:55:00.000Z',
      acknowledge: 'met',
      resolve: 'met',
      carriedOver: true,
    },
    {
      incidentId: 'inc-dns',
      monitorName: 'DNS baeckerei-mueller.de',
      severity: 'major',
      openedAt: '2026-10-12T08:00:00.000Z',
      acknowledgedAt: '2026-10-12T08:31:40.000Z',
      resolvedAt: '2026-10-12T10:20:00.000Z',
      minutesToAcknowledge: 32,
      minutesToResolve: 140,
      acknowledgeDueAt: '2026-10-12T08:15:00.000Z',
      resolveDueAt: '2026-10-12T12:00:00.000Z',
      acknowledge: 'missed',
      resolve: 'met',
      carriedOver: false,
    },
    {
      incidentId: 'inc-disk',
      monitorName: 'Web server disk space on web-01.baeckerei-mueller.de (root volume)',
      severity: 'minor',
      // The night of the DST change: 02:30 CEST, before the clocks go back.
      openedAt: '2026-10-25T00:30:00.000Z',
      acknowledgedAt: '2026-10-25T00:37:30.000Z',
      resolvedAt: '2026-10-25T05:15:00.000Z',
      minutesToAcknowledge: 8,
      minutesToResolve: 285,
      acknowledgeDueAt: '2026-10-25T00:45:00.000Z',
      resolveDueAt: '2026-10-25T04:30:00.000Z',
      acknowledge: 'met',
      resolve: 'missed',
      carriedOver: false,
    },
    {
      incidentId: 'inc-backup',
      monitorName: 'Nightly backup heartbeat',
      severity: 'major',
      openedAt: '2026-10-31T23:40:00.000Z',
      acknowledgedAt: '2026-10-31T23:50:00.000Z',
      resolvedAt: null,
      minutesToAcknowledge: 10,
      minutesToResolve: null,
      acknowledgeDueAt: '2026-10-31T23:55:00.000Z',
      resolveDueAt: '2026-11-01T03:40:00.000Z',
      acknowledge: 'met',
      resolve: 'later',
      carriedOver: false,
    },
  ],
  sla: {
    acknowledgeMinutes: 15,
    resolveMinutes: 240,
    acknowledgeMet: 3,
    acknowledgeMissed: 1,
    resolveMet: 2,
    resolveMissed: 1,
    met: false,
  },
  tasks: Array.from({ length: FIXTURE_TASK_COUNT }, (_, index) => task(index + 1)),
  hours: {
    includedMinutes: 240,
    recordedMinutes: 235,
    roundedMinutes: 270,
    overageMinutes: 30,
    roundingRule: ROUNDING_RULE,
    items: [
      {
        usageRecordId: 'u-hours-1',
        source: 'booking',
        sourceId: 'bk-review',
        occurredAt: '2026-10-06T09:00:00.000Z',
        description: 'Monthly WordPress review',
        minutes: 50,
        roundedMinutes: 60,
      },
      {
        usageRecordId: 'u-hours-2',
        source: 'booking',
        sourceId: 'bk-landing',
        occurredAt: '2026-10-14T13:00:00.000Z',
        description: 'Landing page for the autumn campaign, with the new bread range and a contact form',
        minutes: 95,
        roundedMinutes: 105,
      },
      {
        usageRecordId: 'u-hours-3',
        source: 'task',
        sourceId: 'task-007',
        occurredAt: '2026-10-20T15:45:00.000Z',
        description: 'Manual restore check after the failed backup',
        minutes: 20,
        roundedMinutes: 30,
      },
      {
        usageRecordId: 'u-hours-4',
        source: 'booking',
        sourceId: 'bk-newsletter',
        occurredAt: '2026-10-28T10:00:00.000Z',
        description: 'Newsletter template fixes',
        minutes: 70,
        roundedMinutes: 75,
      },
    ],
  },
  upcoming: {
    certificates: [
      {
        monitorName: 'Shop TLS certificate',
        subject: 'shop.baeckerei-mueller.de',
        expiresOn: '2026-12-09',
        daysLeft: 38,
      },
    ],
    domains: 'Domain registrations are not monitored: their expiry dates are not known to Opsdesk.',
    maintenance: [
      {
        monitorName: 'Shop website',
        start: '2026-11-04T05:00:00.000Z',
        end: '2026-11-04T06:30:00.000Z',
        reason: 'PHP upgrade to 8.3',
      },
    ],
  },
  invoice: {
    invoiceId: 'inv-2026-10',
    number: 'OD-2026-000042',
    status: 'finalized',
    currency: 'EUR',
    net: 118_500,
    gross: 141_015,
    lines: [
      {
        kind: 'base_fee',
        description: 'Managed Business plan, October 2026',
        quantity: 1,
        unit: 'month',
        amount: 99_000,
        sources: [{ type: 'plan', id: 'managed-business' }],
      },
      {
        kind: 'webmaster_overage',
        description: 'Webmaster time beyond the allowance',
        quantity: 2,
        unit: 'quarter-hours',
        amount: 4_500,
        sources: [
          { type: 'usage', id: 'u-hours-1' },
          { type: 'usage', id: 'u-hours-2' },
          { type: 'usage', id: 'u-hours-3' },
          { type: 'usage', id: 'u-hours-4' },
        ],
      },
      {
        kind: 'call_out',
        description: 'Call-out on 25 October (disk full on web-01)',
        quantity: 1,
        unit: 'call-outs',
        amount: 15_000,
        sources: [{ type: 'usage', id: 'u-callout-1' }],
      },
    ],
  },
};

/** The realistic report, with `overrides` spread over it; throws when the result breaks the contract. */
export const serviceReportFixture = (overrides: Partial<ServiceReport> = {}): ServiceReport =>
  ServiceReportSchema.parse({ ...base, ...overrides });

/** A report of a quiet month: no monitors, incidents, tasks, hours, things ahead or invoice. */
export const emptyServiceReportFixture = (overrides: Partial<ServiceReport> = {}): ServiceReport =>
  serviceReportFixture({
    plan: null,
    monitors: [],
    incidents: [],
    sla: {
      acknowledgeMinutes: null,
      resolveMinutes: null,
      acknowledgeMet: 0,
      acknowledgeMissed: 0,
      resolveMet: 0,
      resolveMissed: 0,
      met: true,
    },
    tasks: [],
    hours: {
      includedMinutes: 0,
      recordedMinutes: 0,
      roundedMinutes: 0,
      overageMinutes: 0,
      roundingRule: ROUNDING_RULE,
      items: [],
    },
    upcoming: { certificates: [], domains: base.upcoming.domains, maintenance: [] },
    invoice: null,
    ...overrides,
  });
