import { describe, expect, it } from 'vitest';
import { netUsage } from '../../../shared/billing/rating.js';
import { ReportExportSchema, ServiceReportSchema } from '../../../shared/reports/model.js';
import type { ReportFacts } from '../../../shared/reports/ports.js';
import {
  buildServiceReport,
  certificateExpiryOf,
  DOMAINS_NOTE,
  invoiceLineSources,
} from '../../../shared/reports/service-report.js';
import {
  dayRollup,
  daysOf,
  reportBooking,
  reportFacts,
  reportIncident,
  reportInvoice,
  reportMonitor,
  reportPlan,
  reportTask,
  usageRecord,
} from '../../support/report-facts.js';

/** Builds the report and checks both halves against their schemas (what the API and the store accept). */
const build = (facts: ReportFacts) => {
  const stored = buildServiceReport(facts);
  expect(ServiceReportSchema.parse(stored.report)).toEqual(stored.report);
  expect(ReportExportSchema.parse(stored.export)).toEqual(stored.export);
  return stored;
};

const fullDays = (monitorId: string, periodId: string, counts: Parameters<typeof dayRollup>[2]) =>
  daysOf(periodId).map((day) => dayRollup(monitorId, day, counts));

describe('service report: uptime', () => {
  it('counts a monitor created mid-month from its creation only, and leaves out one created after the month', () => {
    const created = '2026-11-15T10:30:00.000Z';
    const { report, export: exported } = build(
      reportFacts('2026-11', {
        monitors: [
          reportMonitor('mon-new', 'New shop', created),
          reportMonitor('mon-api', 'API', '2026-01-01T00:00:00.000Z'),
          reportMonitor('mon-later', 'Later', '2026-12-02T08:00:00.000Z'),
        ],
        rollups: [
          // Outside the month: neither counts.
          dayRollup('mon-new', '2026-12-01', { up: 1440 }),
          dayRollup('mon-api', '2026-10-31', { up: 288 }),
          ...daysOf('2026-11')
            .filter((day) => day >= '2026-11-15')
            .map((day) =>
              dayRollup(
                'mon-new',
                day,
                day === '2026-11-15' ? { up: 810 } : day === '2026-11-20' ? { up: 1430, down: 10 } : { up: 1440 },
              ),
            ),
          ...fullDays('mon-api', '2026-11', { up: 288 }),
          dayRollup('mon-later', '2026-12-02', { up: 900 }),
        ],
      }),
    );
    expect(report.monitors).toEqual([
      {
        monitorId: 'mon-api',
        name: 'API',
        kind: 'http',
        monitoredFrom: '2026-11-01T00:00:00.000Z',
        up: 8640,
        down: 0,
        noData: 0,
        maintenance: 0,
        uptime: 1,
      },
      {
        monitorId: 'mon-new',
        name: 'New shop',
        kind: 'http',
        monitoredFrom: created,
        up: 810 + 14 * 1440 + 1430,
        down: 10,
        noData: 0,
        maintenance: 0,
        uptime: 22_400 / 22_410,
      },
    ]);
    expect(exported.monitors.map((monitor) => monitor.id)).toEqual(['mon-api', 'mon-new']);
    expect(exported.rollups).toHaveLength(30 + 16);
    expect(exported.rollups.every((rollup) => rollup.day >= '2026-11-01' && rollup.day <= '2026-11-30')).toBe(true);
  });

  it('counts maintenance apart and never as down when it overlaps an outage', () => {
    const { report } = build(
      reportFacts('2026-11', {
        monitors: [
          reportMonitor('mon-shop', 'Shop', '2026-01-01T00:00:00.000Z', {
            maintenance: [
              {
                id: 'slot-past',
                start: '2026-11-10T02:00:00.000Z',
                end: '2026-11-10T04:00:00.000Z',
                reason: 'Database upgrade',
                taskId: null,
              },
              {
                id: 'slot-at-end',
                start: '2026-11-30T22:00:00.000Z',
                end: '2026-12-01T00:00:00.000Z',
                reason: 'Ends with the month',
                taskId: null,
              },
              {
                id: 'slot-next',
                start: '2026-12-06T02:00:00.000Z',
                end: '2026-12-06T03:00:00.000Z',
                reason: 'Kernel update',
                taskId: null,
              },
            ],
          }),
        ],
        // The outage of 10 November: 20 failing minutes outside the slot, 120 inside it (kept as maintenance).
        rollups: fullDays('mon-shop', '2026-11', { up: 1440 }).map((rollup) =>
          rollup.bucket === '2026-11-10' ? { ...rollup, up: 1300, down: 20, maintenance: 120 } : rollup,
        ),
      }),
    );
    expect(report.monitors[0]).toMatchObject({ up: 29 * 1440 + 1300, down: 20, maintenance: 120, noData: 0 });
    expect(report.monitors[0]?.uptime).toBe(43_060 / 43_080);
    expect(report.upcoming.maintenance).toEqual([
      {
        monitorName: 'Shop',
        start: '2026-12-06T02:00:00.000Z',
        end: '2026-12-06T03:00:00.000Z',
        reason: 'Kernel update',
      },
    ]);
    expect(report.method.join(' ')).toMatch(/maintenance .* counted apart and never as down/);
  });

  it('shows a day of no data apart and never as up; a monitor with nothing counted has no uptime', () => {
    const { report } = build(
      reportFacts('2026-11', {
        monitors: [
          reportMonitor('mon-shop', 'Shop', '2026-01-01T00:00:00.000Z'),
          reportMonitor('mon-dark', 'Dark', '2026-01-01T00:00:00.000Z'),
          reportMonitor('mon-quiet', 'Quiet', '2026-01-01T00:00:00.000Z'),
        ],
        rollups: [
          ...fullDays('mon-shop', '2026-11', { up: 1440 }).map((rollup) =>
            rollup.bucket === '2026-11-05' ? { ...rollup, up: 0, noData: 1440 } : rollup,
          ),
          dayRollup('mon-dark', '2026-11-05', { noData: 1440 }),
        ],
      }),
    );
    const byName = Object.fromEntries(report.monitors.map((monitor) => [monitor.name, monitor]));
    expect(byName.Shop).toMatchObject({ up: 29 * 1440, down: 0, noData: 1440, uptime: 1 });
    expect(byName.Dark).toMatchObject({ up: 0, down: 0, noData: 1440, uptime: null });
    expect(byName.Quiet).toMatchObject({ up: 0, down: 0, noData: 0, maintenance: 0, uptime: null });
    expect(report.method.join(' ')).toMatch(/never counted as up/);
  });

  it('counts a February’s 28 UTC days', () => {
    const { report, export: exported } = build(
      reportFacts('2027-02', {
        monitors: [reportMonitor('mon-shop', 'Shop', '2026-01-01T00:00:00.000Z')],
        rollups: [
          ...fullDays('mon-shop', '2027-02', { up: 1440 }),
          dayRollup('mon-shop', '2027-03-01', { down: 1440 }),
        ],
      }),
    );
    expect(report.period).toEqual({ start: '2027-02-01T00:00:00.000Z', end: '2027-03-01T00:00:00.000Z' });
    expect(report.monitors[0]).toMatchObject({ up: 28 * 1440, down: 0, uptime: 1 });
    expect(exported.rollups).toHaveLength(28);
  });
});

describe('service report: incidents and the SLA', () => {
  // Opened 30 minutes before the month ends; acknowledged 40 minutes in (due at 60), resolved after its deadline.
  const spanning = reportIncident('inc-span', '2026-11-30T23:30:00.000Z', {
    acknowledgedAt: '2026-12-01T00:10:00.000Z',
    resolvedAt: '2026-12-01T09:00:30.000Z',
  });
  const facts = (periodId: string) =>
    reportFacts(periodId, {
      incidents: [
        spanning,
        // Resolved within November: on November's report only.
        reportIncident('inc-early', '2026-11-03T10:00:00.000Z', {
          acknowledgedAt: '2026-11-03T11:00:00.000Z',
          resolvedAt: '2026-11-03T18:30:00.000Z',
        }),
      ],
    });

  it('shows an incident spanning the month’s end in the first month with its later facts cut off, judged later', () => {
    const { report, export: exported } = build(facts('2026-11'));
    expect(report.incidents).toEqual([
      {
        incidentId: 'inc-early',
        monitorName: 'Shop',
        severity: 'critical',
        openedAt: '2026-11-03T10:00:00.000Z',
        acknowledgedAt: '2026-11-03T11:00:00.000Z',
        resolvedAt: '2026-11-03T18:30:00.000Z',
        minutesToAcknowledge: 60,
        minutesToResolve: 510,
        acknowledgeDueAt: '2026-11-03T11:00:00.000Z',
        resolveDueAt: '2026-11-03T18:00:00.000Z',
        acknowledge: 'met',
        resolve: 'missed',
        carriedOver: false,
      },
      {
        incidentId: 'inc-span',
        monitorName: 'Shop',
        severity: 'critical',
        openedAt: '2026-11-30T23:30:00.000Z',
        acknowledgedAt: null,
        resolvedAt: null,
        minutesToAcknowledge: null,
        minutesToResolve: null,
        acknowledgeDueAt: '2026-12-01T00:30:00.000Z',
        resolveDueAt: '2026-12-01T07:30:00.000Z',
        acknowledge: 'later',
        resolve: 'later',
        carriedOver: false,
      },
    ]);
    expect(exported.incidents.find((incident) => incident.id === 'inc-span')).toMatchObject({
      acknowledgedAt: null,
      resolvedAt: null,
    });
    expect(report.sla).toEqual({
      acknowledgeMinutes: 60,
      resolveMinutes: 480,
      acknowledgeMet: 1,
      acknowledgeMissed: 0,
      resolveMet: 0,
      resolveMissed: 1,
      met: false,
    });
  });

  it('judges the spanning incident’s deadlines once, in the second month, as carried over', () => {
    const { report } = build(facts('2026-12'));
    expect(report.incidents).toEqual([
      {
        incidentId: 'inc-span',
        monitorName: 'Shop',
        severity: 'critical',
        openedAt: '2026-11-30T23:30:00.000Z',
        acknowledgedAt: '2026-12-01T00:10:00.000Z',
        resolvedAt: '2026-12-01T09:00:30.000Z',
        minutesToAcknowledge: 40,
        // 9 h 30 min 30 s: half a minute rounds up.
        minutesToResolve: 571,
        acknowledgeDueAt: '2026-12-01T00:30:00.000Z',
        resolveDueAt: '2026-12-01T07:30:00.000Z',
        acknowledge: 'met',
        resolve: 'missed',
        carriedOver: true,
      },
    ]);
    expect(report.sla).toMatchObject({
      acknowledgeMet: 1,
      acknowledgeMissed: 0,
      resolveMet: 0,
      resolveMissed: 1,
      met: false,
    });
  });

  it('judges deadlines after the month’s end in that month when they were kept before it (none is left unjudged)', () => {
    // Acknowledged and resolved in the month's last minutes; both deadlines fall in the next month, whose report will
    // not list the incident (resolved before it began): they are judged here, met, when the action came.
    const lastMinutes = reportIncident('inc-late-night', '2026-11-30T23:50:00.000Z', {
      acknowledgedAt: '2026-11-30T23:55:00.000Z',
      resolvedAt: '2026-11-30T23:58:00.000Z',
    });
    const november = build(reportFacts('2026-11', { incidents: [lastMinutes] })).report;
    expect(november.incidents[0]).toMatchObject({ acknowledge: 'met', resolve: 'met', carriedOver: false });
    expect(november.sla).toMatchObject({ acknowledgeMet: 1, resolveMet: 1, acknowledgeMissed: 0, resolveMissed: 0 });
    expect(build(reportFacts('2026-12', { incidents: [lastMinutes] })).report.incidents).toEqual([]);
  });

  it('counts a resolution before anyone acknowledged as settling the acknowledgement', () => {
    const recovered = reportIncident('inc-recovered', '2026-11-10T10:00:00.000Z', {
      resolvedAt: '2026-11-10T10:20:00.000Z',
    });
    const { report } = build(reportFacts('2026-11', { incidents: [recovered] }));
    expect(report.incidents[0]).toMatchObject({
      acknowledgedAt: null,
      minutesToAcknowledge: null,
      acknowledge: 'met',
      resolve: 'met',
    });
    expect(report.sla).toMatchObject({ acknowledgeMet: 1, acknowledgeMissed: 0, resolveMet: 1, met: true });
  });

  it('meets a deadline kept to the millisecond and misses one a moment late; without a plan the targets are null', () => {
    const { report } = build(
      reportFacts('2026-11', {
        plan: null,
        incidents: [
          reportIncident('inc-1', '2026-11-10T10:00:00.000Z', {
            acknowledgedAt: '2026-11-10T11:00:00.000Z',
            resolvedAt: '2026-11-10T18:00:00.001Z',
          }),
        ],
      }),
    );
    expect(report.incidents[0]).toMatchObject({ acknowledge: 'met', resolve: 'missed', minutesToResolve: 480 });
    expect(report.sla).toEqual({
      acknowledgeMinutes: null,
      resolveMinutes: null,
      acknowledgeMet: 1,
      acknowledgeMissed: 0,
      resolveMet: 0,
      resolveMissed: 1,
      met: false,
    });
  });

  it('misses a deadline that passed in the month with nothing done, and meets the SLA with no incidents', () => {
    const open = build(reportFacts('2026-11', { incidents: [reportIncident('inc-open', '2026-11-29T10:00:00.000Z')] }));
    expect(open.report.incidents[0]).toMatchObject({
      acknowledge: 'missed',
      resolve: 'missed',
      minutesToResolve: null,
    });
    expect(open.report.sla.met).toBe(false);
    expect(build(reportFacts('2026-11')).report.sla).toMatchObject({ acknowledgeMet: 0, resolveMissed: 0, met: true });
  });

  it('leaves out incidents resolved before the month or opened after it', () => {
    const { report } = build(
      reportFacts('2026-12', {
        incidents: [
          reportIncident('inc-old', '2026-11-03T10:00:00.000Z', { resolvedAt: '2026-11-03T12:00:00.000Z' }),
          reportIncident('inc-next', '2027-01-01T00:00:00.000Z'),
        ],
      }),
    );
    expect(report.incidents).toEqual([]);
  });
});

describe('service report: a month with a DST change (March 2027, Europe/Berlin)', () => {
  // Clocks go from 02:00 CET to 03:00 CEST on 28 March 2027 (01:00 UTC).
  const { report } = build(
    reportFacts('2027-03', {
      monitors: [reportMonitor('mon-shop', 'Shop', '2026-01-01T00:00:00.000Z')],
      rollups: fullDays('mon-shop', '2027-03', { up: 1440 }),
      incidents: [
        reportIncident('inc-dst', '2027-03-28T00:50:00.000Z', {
          acknowledgedAt: '2027-03-28T01:05:00.000Z',
          resolvedAt: '2027-03-28T01:20:00.000Z',
        }),
      ],
      tasks: [
        reportTask('task-dst', [
          ['queued', '2027-03-28T00:40:00.000Z'],
          ['running', '2027-03-28T00:45:00.000Z'],
          ['succeeded', '2027-03-28T01:15:00.000Z'],
        ]),
      ],
      bookings: [
        reportBooking('b-before', '2027-03-28T00:30:00.000Z'),
        reportBooking('b-after', '2027-03-28T01:30:00.000Z'),
      ],
      usage: [
        usageRecord('booking-b-before', '2027-03-28T00:30:00.000Z', 50),
        usageRecord('booking-b-after', '2027-03-28T01:30:00.000Z', 61),
        usageRecord('task-task-dst', '2027-03-28T01:15:00.000Z', 10, { sourceId: 'task-dst' }),
      ],
    }),
  );

  it('counts durations on instants across the change (30 minutes, not 90 by the wall clock)', () => {
    expect(report.incidents[0]).toMatchObject({ minutesToAcknowledge: 15, minutesToResolve: 30 });
    expect(report.tasks[0]?.durationMinutes).toBe(30);
    expect(report.monitors[0]).toMatchObject({ up: 31 * 1440, uptime: 1 });
  });

  it('describes bookings in local time with the zone named, on either side of the change', () => {
    expect(
      report.hours.items.map((item) => [item.source, item.description, item.minutes, item.roundedMinutes]),
    ).toEqual([
      ['booking', 'Hands-on session, 2027-03-28 01:30 (Europe/Berlin)', 50, 60],
      ['task', 'Service restart', 10, 15],
      ['booking', 'Hands-on session, 2027-03-28 03:30 (Europe/Berlin)', 61, 75],
    ]);
    expect(report.timeZone).toBe('Europe/Berlin');
    expect(report.method.at(-1)).toBe('Times are shown in Europe/Berlin, with the zone named.');
  });
});

describe('service report: tasks', () => {
  it('reports outcomes and durations of tasks that finished in the month, null for one that never ran', () => {
    const { report, export: exported } = build(
      reportFacts('2026-11', {
        tasks: [
          reportTask('task-never', [
            ['awaiting_approval', '2026-11-03T10:00:00.000Z'],
            ['cancelled', '2026-11-04T09:00:00.000Z'],
          ]),
          reportTask(
            'task-auto',
            [
              ['queued', '2026-11-05T10:00:00.000Z'],
              ['running', '2026-11-05T10:02:10.000Z'],
              ['succeeded', '2026-11-05T10:09:40.000Z'],
            ],
            { approvedBy: { userId: 'user-2', email: 'boss@acme.example' } },
          ),
          reportTask(
            'task-manual',
            [
              ['queued', '2026-11-06T09:00:00.000Z'],
              ['claimed', '2026-11-06T10:00:00.000Z'],
              ['failed', '2026-11-06T10:44:29.000Z'],
            ],
            { typeName: 'Custom task', hostName: null, params: {} },
          ),
          // Failed in November, redriven and succeeded in December: November shows it failed, as it stood then.
          reportTask('task-redriven', [
            ['queued', '2026-11-20T10:00:00.000Z'],
            ['running', '2026-11-20T10:01:00.000Z'],
            ['failed', '2026-11-20T10:31:00.000Z'],
            ['queued', '2026-12-02T08:00:00.000Z'],
            ['running', '2026-12-02T08:01:00.000Z'],
            ['succeeded', '2026-12-02T08:03:00.000Z'],
          ]),
          // Finished after the month: not on November's report.
          reportTask('task-late', [
            ['running', '2026-11-30T23:50:00.000Z'],
            ['succeeded', '2026-12-01T00:10:00.000Z'],
          ]),
        ],
      }),
    );
    expect(report.tasks).toEqual([
      {
        taskId: 'task-never',
        typeName: 'Service restart',
        hostName: 'web-1',
        params: { service: 'nginx' },
        requestedBy: 'admin@acme.example',
        approvedBy: null,
        outcome: 'cancelled',
        requestedAt: '2026-11-03T10:00:00.000Z',
        finishedAt: '2026-11-04T09:00:00.000Z',
        durationMinutes: null,
      },
      {
        taskId: 'task-auto',
        typeName: 'Service restart',
        hostName: 'web-1',
        params: { service: 'nginx' },
        requestedBy: 'admin@acme.example',
        approvedBy: 'boss@acme.example',
        outcome: 'succeeded',
        requestedAt: '2026-11-05T10:00:00.000Z',
        finishedAt: '2026-11-05T10:09:40.000Z',
        durationMinutes: 8,
      },
      {
        taskId: 'task-manual',
        typeName: 'Custom task',
        hostName: null,
        params: {},
        requestedBy: 'admin@acme.example',
        approvedBy: null,
        outcome: 'failed',
        requestedAt: '2026-11-06T09:00:00.000Z',
        finishedAt: '2026-11-06T10:44:29.000Z',
        durationMinutes: 44,
      },
      {
        taskId: 'task-redriven',
        typeName: 'Service restart',
        hostName: 'web-1',
        params: { service: 'nginx' },
        requestedBy: 'admin@acme.example',
        approvedBy: null,
        outcome: 'failed',
        requestedAt: '2026-11-20T10:00:00.000Z',
        finishedAt: '2026-11-20T10:31:00.000Z',
        durationMinutes: 30,
      },
    ]);
    expect(exported.tasks.find((task) => task.id === 'task-redriven')).toMatchObject({ status: 'failed' });
    expect(exported.tasks.find((task) => task.id === 'task-redriven')?.history).toHaveLength(3);
  });
});

describe('service report: webmaster hours', () => {
  it('leaves out a reversed record and its reversal, counts a replayed record once, rounds each engagement up', () => {
    const { report, export: exported } = build(
      reportFacts('2026-11', {
        bookings: [
          reportBooking('b1', '2026-11-10T09:00:00.000Z'),
          reportBooking('b2', '2026-11-12T13:00:00.000Z', { typeId: 'consultation' }),
        ],
        tasks: [
          reportTask('t1', [
            ['claimed', '2026-11-11T08:00:00.000Z'],
            ['succeeded', '2026-11-11T08:20:00.000Z'],
          ]),
        ],
        usage: [
          usageRecord('booking-b1', '2026-11-10T09:00:00.000Z', 90),
          usageRecord('booking-b1', '2026-11-10T09:00:00.000Z', 90),
          usageRecord('task-t1', '2026-11-11T08:20:00.000Z', 20),
          usageRecord('booking-b2', '2026-11-12T13:00:00.000Z', 45),
          usageRecord('reversal-booking-b2', '2026-11-13T08:00:00.000Z', 45, {
            sourceId: 'b2',
            reversalOf: 'booking-b2',
          }),
          usageRecord('call-out-b1', '2026-11-10T09:00:00.000Z', 1, { kind: 'call_outs', unit: 'call-outs' }),
        ],
      }),
    );
    expect(report.hours).toEqual({
      includedMinutes: 1200,
      recordedMinutes: 110,
      roundedMinutes: 120,
      overageMinutes: 0,
      roundingRule: expect.stringMatching(/rounded up to the next quarter hour \(15 minutes\)/),
      items: [
        {
          usageRecordId: 'booking-b1',
          source: 'booking',
          sourceId: 'b1',
          occurredAt: '2026-11-10T09:00:00.000Z',
          description: 'Hands-on session, 2026-11-10 10:00 (Europe/Berlin)',
          minutes: 90,
          roundedMinutes: 90,
        },
        {
          usageRecordId: 'task-t1',
          source: 'task',
          sourceId: 't1',
          occurredAt: '2026-11-11T08:20:00.000Z',
          description: 'Service restart',
          minutes: 20,
          roundedMinutes: 30,
        },
      ],
    });
    // The export keeps the ledger as it is (reversals included, each id once): the reader applies the rule.
    expect(exported.usage.map((record) => record.id)).toEqual([
      'booking-b1',
      'call-out-b1',
      'task-t1',
      'booking-b2',
      'reversal-booking-b2',
    ]);
  });

  it('puts every rounded minute into overage on a plan with no included hours, and without a plan', () => {
    const usage = [
      usageRecord('task-t1', '2026-11-11T08:20:00.000Z', 50),
      usageRecord('task-t2', '2026-11-12T08:20:00.000Z', 7),
    ];
    for (const plan of [reportPlan({ id: 'on-demand', name: 'On demand', includedMinutes: 0 }), null]) {
      const { report } = build(reportFacts('2026-11', { plan, usage }));
      expect(report.hours).toMatchObject({
        includedMinutes: 0,
        recordedMinutes: 57,
        roundedMinutes: 75,
        overageMinutes: 75,
      });
      // Tasks not among the month's finished ones are still described.
      expect(report.hours.items.map((item) => item.description)).toEqual(['Task t1', 'Task t2']);
    }
  });

  it('counts overage beyond the included minutes', () => {
    const { report } = build(
      reportFacts('2026-11', {
        plan: reportPlan({ includedMinutes: 60 }),
        usage: [
          usageRecord('task-t1', '2026-11-11T08:20:00.000Z', 46),
          usageRecord('task-t2', '2026-11-12T08:20:00.000Z', 14),
        ],
      }),
    );
    expect(report.hours).toMatchObject({ recordedMinutes: 60, roundedMinutes: 75, overageMinutes: 15 });
  });
});

describe('service report: the invoice and what comes next', () => {
  it('links each invoice line to the records it was rated from', () => {
    const { report } = build(
      reportFacts('2026-11', {
        usage: [
          usageRecord('task-t1', '2026-11-11T08:20:00.000Z', 1300),
          usageRecord('call-out-b9', '2026-11-10T09:00:00.000Z', 1, {
            kind: 'call_outs',
            unit: 'call-outs',
            sourceId: 'b9',
          }),
          usageRecord('late-b3', '2026-11-14T09:00:00.000Z', 1, {
            kind: 'late_cancellation',
            unit: 'fees',
            sourceId: 'b3',
          }),
          usageRecord('late-b4', '2026-11-15T09:00:00.000Z', 1, {
            kind: 'late_cancellation',
            unit: 'fees',
            sourceId: 'b4',
          }),
        ],
        invoice: reportInvoice('2026-11', [
          {
            kind: 'base_fee',
            description: 'Webmaster share — an eighth, monthly fee',
            quantity: 30,
            unit: 'days',
            amount: 119_000,
          },
          {
            kind: 'host_fee',
            description: 'Managed host mi-0123456789abcdef0, 15 of 30 days',
            quantity: 15,
            unit: 'days',
            amount: 1_500,
          },
          {
            kind: 'webmaster_overage',
            description: 'Webmaster time beyond …',
            quantity: 8,
            unit: 'quarter-hours',
            amount: 16_000,
          },
          {
            kind: 'call_out',
            description: 'Emergency call-outs beyond the 0 included',
            quantity: 1,
            unit: 'call-outs',
            amount: 15_000,
          },
          {
            kind: 'late_cancellation',
            description: 'Late cancellation (b4)',
            quantity: 1,
            unit: 'fees',
            amount: 5_000,
          },
        ]),
      }),
    );
    expect(report.invoice).toMatchObject({ invoiceId: 'inv-2026-11', number: 'OD-2026-000042', net: 156_500 });
    expect(report.invoice?.gross).toBe(156_500 + 29_735);
    expect(report.invoice?.lines.map((line) => line.sources)).toEqual([
      [{ type: 'plan', id: 'webmaster-eighth' }],
      [{ type: 'host', id: 'mi-0123456789abcdef0' }],
      [{ type: 'usage', id: 'task-t1' }],
      [{ type: 'usage', id: 'call-out-b9' }],
      [{ type: 'usage', id: 'late-b4' }],
    ]);
  });

  it('lists certificates within 60 days of the month’s end (tls and certificate files) and says domains are not monitored', () => {
    const tls = (id: string, message: string) =>
      reportMonitor(id, `TLS ${id}`, '2026-01-01T00:00:00.000Z', {
        kind: 'tls',
        target: `https://${id}.example.org/`,
        lastResult: { outcome: 'up', message, responseMs: 30 },
      });
    const { report } = build(
      reportFacts('2027-02', {
        monitors: [
          tls('edge', 'certificate expires in 60 days (2027-04-30)'),
          tls('beyond', 'certificate expires in 61 days (2027-05-01)'),
          tls('gone', 'certificate expired on 2027-02-20'),
          tls('silent', 'connection refused'),
          reportMonitor('mon-pem', 'PEM file', '2026-01-01T00:00:00.000Z', {
            kind: 'host',
            target: null,
            hostCheck: { check: 'certificate-file', path: '/etc/ssl/site.pem' },
            lastResult: {
              outcome: 'up',
              message: 'certificate /etc/ssl/site.pem expires in 20 days (Mar 15 12:00:00 2027 GMT)',
              responseMs: null,
            },
          }),
          reportMonitor('mon-disk', 'Disk', '2026-01-01T00:00:00.000Z', {
            kind: 'host',
            hostCheck: { check: 'disk' },
            lastResult: { outcome: 'up', message: 'disk / at 2027 % (Mar 15 12:00:00 2027 GMT)', responseMs: null },
          }),
        ],
      }),
    );
    expect(report.upcoming.certificates).toEqual([
      { monitorName: 'TLS gone', subject: 'gone.example.org', expiresOn: '2027-02-20', daysLeft: -9 },
      { monitorName: 'PEM file', subject: '/etc/ssl/site.pem', expiresOn: '2027-03-15', daysLeft: 14 },
      { monitorName: 'TLS edge', subject: 'edge.example.org', expiresOn: '2027-04-30', daysLeft: 60 },
    ]);
    expect(report.upcoming.domains).toBe(DOMAINS_NOTE);
    expect(report.upcoming.domains).toMatch(/not monitored/);
  });

  it('states the method, names the tenant and plan, and is the same for the same facts', () => {
    const facts = reportFacts('2026-11');
    const first = build(facts);
    expect(first.report).toMatchObject({
      tenantId: 'tenant-a',
      tenantName: 'Acme GmbH',
      periodId: '2026-11',
      generatedAt: '2026-12-01T02:00:00.000Z',
      plan: { id: 'webmaster-eighth', name: 'Webmaster share — an eighth' },
      invoice: null,
    });
    const method = first.report.method.join(' ');
    for (const phrase of [
      'calendar month in UTC',
      'up results ÷ (up + down results)',
      'checked again at once',
      'judged once',
      'rounded up to the next quarter hour',
      'Times are shown in Europe/Berlin',
    ]) {
      expect(method).toContain(phrase);
    }
    expect(JSON.stringify(buildServiceReport(structuredClone(facts)))).toBe(JSON.stringify(first));
  });
});

describe('certificateExpiryOf', () => {
  it.each([
    ['certificate expires in 3 days (2027-01-04)', '2027-01-04'],
    ['certificate expires in 1 day (2027-01-02)', '2027-01-02'],
    ['certificate expired on 2026-12-30', '2026-12-30'],
    ['certificate not trusted (self signed); certificate expires in 3 days (2027-01-04)', '2027-01-04'],
    ['certificate /etc/ssl/site.pem expires in 40 days (Feb  4 12:00:00 2027 GMT)', '2027-02-04'],
    ['certificate /etc/ssl/site.pem expires on Feb 14 12:00:00 2027 GMT', '2027-02-14'],
    ['certificate /etc/2026-01-01/site.pem expired on Mar  1 00:00:00 2027 GMT', '2027-03-01'],
    ['certificate /etc/ssl/site.pem expires within 14 days (Dec 31 23:59:59 2026 GMT)', '2026-12-31'],
  ])('reads %s', (message, date) => {
    expect(certificateExpiryOf(message)).toBe(date);
  });

  it.each([
    'HTTP 503',
    'certificate expires in 3 days (2027-02-30)',
    'no PEM certificate in /etc/ssl/site.pem',
    'certificate /etc/ssl/site.pem expires on Foo 14 12:00:00 2027 GMT',
  ])('finds no date in %s', (message) => {
    expect(certificateExpiryOf(message)).toBeNull();
  });
});

describe('invoice line sources and net usage', () => {
  const usage = [
    usageRecord('r1', '2026-11-01T00:00:00.000Z', 1, { kind: 'task_runs', unit: 'runs' }),
    usageRecord('r2', '2026-11-01T00:00:00.000Z', 1, { kind: 'task_runs', unit: 'runs' }),
    usageRecord('r2-rev', '2026-11-02T00:00:00.000Z', 1, { kind: 'task_runs', unit: 'runs', reversalOf: 'r2' }),
    usageRecord('m1', '2026-11-01T00:00:00.000Z', 1, { kind: 'monitors', unit: 'monitor-months' }),
  ];

  it('links usage lines to the net records of their kind, and other lines to nothing', () => {
    expect(invoiceLineSources({ kind: 'task_run_overage', description: '' }, { usage, plans: [] })).toEqual([
      { type: 'usage', id: 'r1' },
    ]);
    expect(invoiceLineSources({ kind: 'monitor_overage', description: '' }, { usage, plans: [] })).toEqual([
      { type: 'usage', id: 'm1' },
    ]);
    const plans = [
      { id: 'webmaster-eighth', name: 'Webmaster share — an eighth' },
      { id: 'webmaster-quarter', name: 'Webmaster share — a quarter' },
    ];
    expect(
      invoiceLineSources(
        { kind: 'base_fee', description: 'Webmaster share — a quarter, monthly fee for 12 of 30 days' },
        { usage, plans },
      ),
    ).toEqual([{ type: 'plan', id: 'webmaster-quarter' }]);
    // A plan the facts do not carry (changed mid-month): no link rather than a wrong one.
    expect(invoiceLineSources({ kind: 'base_fee', description: 'On demand, monthly fee' }, { usage, plans })).toEqual(
      [],
    );
    expect(invoiceLineSources({ kind: 'host_fee', description: 'Hosting' }, { usage, plans: [] })).toEqual([]);
    expect(invoiceLineSources({ kind: 'discount', description: '' }, { usage, plans: [] })).toEqual([]);
  });

  it('drops a reversed record and its reversal, and counts an id once', () => {
    expect(netUsage([...usage, usage[0]!]).map((record) => record.id)).toEqual(['m1', 'r1']);
  });
});
