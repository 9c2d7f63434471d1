import { describe, expect, it } from 'vitest';
import { serviceReportCsv } from '../../../shared/reports/report-csv.js';
import { buildServiceReport } from '../../../shared/reports/service-report.js';
import { parseCsv } from '../../support/csv.js';
import {
  dayRollup,
  reportBooking,
  reportFacts,
  reportIncident,
  reportInvoice,
  reportMonitor,
  reportTask,
  TENANT,
  usageRecord,
} from '../../support/report-facts.js';

/** The service report as CSV: one row per figure (section, item, field, value), parsed back with an RFC 4180 reader. */

const { report } = buildServiceReport(
  reportFacts('2026-11', {
    tenant: { ...TENANT, name: '=HYPERLINK("http://evil","x")' },
    monitors: [
      reportMonitor('mon-shop', 'Shop, main', '2026-01-01T00:00:00.000Z'),
      reportMonitor('mon-dark', 'Dark', '2026-01-01T00:00:00.000Z'),
    ],
    rollups: [
      dayRollup('mon-shop', '2026-11-01', { up: 1430, down: 10, maintenance: 60 }),
      dayRollup('mon-dark', '2026-11-02', { noData: 1440 }),
    ],
    incidents: [
      reportIncident('inc-1', '2026-11-03T10:00:00.000Z', {
        monitorName: 'Shop, main',
        acknowledgedAt: '2026-11-03T10:20:00.000Z',
        resolvedAt: '2026-11-03T19:00:00.000Z',
      }),
    ],
    tasks: [
      reportTask('task-1', [
        ['queued', '2026-11-05T10:00:00.000Z'],
        ['running', '2026-11-05T10:01:00.000Z'],
        ['succeeded', '2026-11-05T10:04:00.000Z'],
      ]),
    ],
    bookings: [reportBooking('b1', '2026-11-10T09:00:00.000Z')],
    usage: [
      usageRecord('booking-b1', '2026-11-10T09:00:00.000Z', 50),
      usageRecord('call-out-b1', '2026-11-10T09:00:00.000Z', 1, {
        kind: 'call_outs',
        unit: 'call-outs',
        sourceId: 'b1',
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
        kind: 'call_out',
        description: 'Emergency call-outs beyond the 0 included',
        quantity: 1,
        unit: 'call-outs',
        amount: 15_000,
      },
    ]),
  }),
);
const rows = parseCsv(serviceReportCsv(report));
const value = (section: string, item: string, field: string) =>
  rows.filter((row) => row[0] === section && row[1] === item && row[2] === field).map((row) => row[3]);

describe('service report CSV', () => {
  it('has the header and four cells in every row', () => {
    expect(rows[0]).toEqual(['section', 'item', 'field', 'value']);
    expect(rows.every((row) => row.length === 4)).toBe(true);
  });

  it('defuses a formula in a name and keeps commas inside their cell', () => {
    expect(value('report', `'=HYPERLINK("http://evil","x")`, 'period')).toEqual(['2026-11']);
    expect(value('uptime', 'Shop, main', 'up')).toEqual(['1430']);
  });

  it('writes every uptime figure, an absent uptime as an empty cell', () => {
    expect(value('uptime', 'Shop, main', 'down')).toEqual(['10']);
    expect(value('uptime', 'Shop, main', 'maintenance')).toEqual(['60']);
    expect(value('uptime', 'Shop, main', 'uptime')).toEqual([String(1430 / 1440)]);
    expect(value('uptime', 'Dark', 'noData')).toEqual(['1440']);
    expect(value('uptime', 'Dark', 'uptime')).toEqual(['']);
  });

  it('writes the method, incidents, SLA, tasks, hours, what comes next and the invoice with its sources', () => {
    expect(rows.filter((row) => row[0] === 'method').map((row) => row[3])).toEqual(report.method);
    const incident = 'Shop, main 2026-11-03T10:00:00.000Z';
    expect(value('incidents', incident, 'minutesToAcknowledge')).toEqual(['20']);
    expect(value('incidents', incident, 'minutesToResolve')).toEqual(['540']);
    expect(value('incidents', incident, 'acknowledge')).toEqual(['met']);
    expect(value('incidents', incident, 'resolve')).toEqual(['missed']);
    expect(value('sla', 'deadlines', 'met')).toEqual(['false']);
    expect(value('sla', 'targets', 'acknowledgeMinutes')).toEqual(['60']);
    expect(value('tasks', 'Service restart task-1', 'parameters')).toEqual(['{"service":"nginx"}']);
    expect(value('tasks', 'Service restart task-1', 'durationMinutes')).toEqual(['3']);
    expect(value('hours', 'total', 'roundedMinutes')).toEqual(['60']);
    expect(value('hours', 'booking-b1', 'description')).toEqual(['Hands-on session, 2026-11-10 10:00 (Europe/Berlin)']);
    expect(value('upcoming', 'domains', 'note')).toEqual([report.upcoming.domains]);
    expect(value('invoice', 'OD-2026-000042', 'net')).toEqual(['134000']);
    expect(value('invoice', 'OD-2026-000042 line 1', 'sources')).toEqual(['plan:webmaster-eighth']);
    expect(value('invoice', 'OD-2026-000042 line 2', 'sources')).toEqual(['usage:call-out-b1']);
  });
});
