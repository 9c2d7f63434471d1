import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { periodNamed } from '../../../shared/billing/periods.js';
import type { Incident, Monitor, Rollup } from '../../../shared/monitoring/model.js';
import { ReportExportSchema, ServiceReportSchema } from '../../../shared/reports/model.js';
import type { ReportFacts } from '../../../shared/reports/ports.js';
import { buildServiceReport } from '../../../shared/reports/service-report.js';
import type { Task, TaskStatus } from '../../../shared/tasks/model.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
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
import { figuresOf, recomputeReport } from '../../support/report-recompute.js';

/**
 * "Recompute it yourself" (issue 14): every figure of a report equals what test/support/report-recompute.ts — which
 * imports none of the report's code — computes from the report's export alone, as plain JSON.
 */

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const checkRecompute = (facts: ReportFacts) => {
  const stored = buildServiceReport(facts);
  const report = ServiceReportSchema.parse(asJson(stored.report));
  const exported = ReportExportSchema.parse(asJson(stored.export));
  const recomputed = recomputeReport(asJson(exported));
  expect(recomputed).toEqual(figuresOf(asJson(report)));
  return { stored, recomputed };
};

// --- The tricky months of the unit tests, together ------------------------------------------------------------------

const trickyFacts = (periodId: string): ReportFacts => {
  const period = periodNamed(periodId);
  const mid = new Date(Date.parse(period.start) + 14 * 86_400_000 + 37_800_000).toISOString();
  const beforeEnd = new Date(Date.parse(period.end) - 30 * 60_000).toISOString();
  const afterEnd = (minutes: number) => new Date(Date.parse(period.end) + minutes * 60_000).toISOString();
  const on = (day: number, time: string) => `${periodId}-${String(day).padStart(2, '0')}T${time}.000Z`;
  const days = daysOf(periodId);
  return reportFacts(periodId, {
    monitors: [
      reportMonitor('mon-new', 'New shop', mid),
      reportMonitor('mon-shop', 'Shop', '2026-01-01T00:00:00.000Z'),
      reportMonitor('mon-dark', 'Dark', '2026-01-01T00:00:00.000Z'),
      reportMonitor('mon-later', 'Later', afterEnd(600)),
    ],
    rollups: [
      ...days.filter((day) => day >= mid.slice(0, 10)).map((day) => dayRollup('mon-new', day, { up: 1400, down: 40 })),
      ...days.map((day, index) =>
        dayRollup(
          'mon-shop',
          day,
          index === 4 ? { noData: 1440 } : index === 9 ? { up: 1300, down: 20, maintenance: 120 } : { up: 1440 },
        ),
      ),
      dayRollup('mon-dark', days[2]!, { noData: 1440 }),
      dayRollup('mon-shop', afterEnd(60).slice(0, 10), { down: 1440 }),
    ],
    incidents: [
      reportIncident('inc-span', beforeEnd, { acknowledgedAt: afterEnd(10), resolvedAt: afterEnd(570.5) }),
      reportIncident('inc-carried', '2026-10-31T23:00:00.000Z', { acknowledgedAt: on(1, '00:30:00') }),
      // Settled in the month's last minutes, deadlines in the next month: judged here.
      reportIncident('inc-last-minutes', afterEnd(-10), { acknowledgedAt: afterEnd(-5), resolvedAt: afterEnd(-2) }),
      // Recovered before anyone acknowledged it.
      reportIncident('inc-recovered', on(6, '10:00:00'), { resolvedAt: on(6, '10:20:00') }),
      reportIncident('inc-kept', on(3, '10:00:00'), {
        acknowledgedAt: on(3, '10:59:30'),
        resolvedAt: on(3, '14:00:29'),
      }),
    ],
    tasks: [
      reportTask('task-never', [
        ['awaiting_approval', on(3, '10:00:00')],
        ['cancelled', on(4, '09:00:00')],
      ]),
      reportTask('task-ran', [
        ['queued', on(5, '10:00:00')],
        ['running', on(5, '10:02:10')],
        ['succeeded', on(5, '10:09:40')],
      ]),
      reportTask('task-late', [
        ['running', beforeEnd],
        ['succeeded', afterEnd(5)],
      ]),
    ],
    bookings: [reportBooking('b1', on(10, '09:00:00')), reportBooking('b2', on(12, '13:00:00'))],
    usage: [
      usageRecord('booking-b1', on(10, '09:00:00'), 90),
      usageRecord('booking-b1', on(10, '09:00:00'), 90),
      usageRecord('task-task-ran', on(5, '10:09:40'), 20),
      usageRecord('booking-b2', on(12, '13:00:00'), 45),
      usageRecord('reversal-b2', on(13, '08:00:00'), 45, { sourceId: 'b2', reversalOf: 'booking-b2' }),
      usageRecord('call-out-b1', on(10, '09:00:00'), 1, { kind: 'call_outs', unit: 'call-outs', sourceId: 'b1' }),
    ],
    invoice: reportInvoice(periodId, [
      {
        kind: 'base_fee',
        description: 'Webmaster share — an eighth, monthly fee',
        quantity: 1,
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
  });
};

describe('recompute from the export', () => {
  for (const periodId of ['2026-11', '2026-12', '2027-02', '2027-03', '2027-10']) {
    it(`matches every figure of a tricky ${periodId}`, () => {
      const { recomputed } = checkRecompute(trickyFacts(periodId));
      // Not vacuous: the month has figures of every kind.
      expect(recomputed.monitors.length).toBe(3);
      expect(recomputed.incidents.length).toBe(5);
      expect(recomputed.tasks.map((task) => task.taskId)).toEqual(['task-never', 'task-ran']);
      expect(recomputed.hours.items.length).toBe(2);
      expect(recomputed.invoice?.lines.length).toBe(2);
    });
  }

  it('matches an empty month without a plan or invoice', () => {
    const { recomputed } = checkRecompute(reportFacts('2026-11', { plan: null }));
    expect(recomputed.sla.met).toBe(true);
    expect(recomputed.invoice).toBeNull();
  });

  it('matches months generated at random (fixed seeds)', () => {
    for (const seed of [1, 2, 3, 5, 8, 13, 21, 34]) {
      for (const periodId of ['2026-11', '2027-02', '2027-03']) checkRecompute(randomFacts(seed, periodId));
    }
  });

  it('disagrees with an export whose records were changed after the report was made', () => {
    const { report, export: exported } = buildServiceReport(trickyFacts('2026-11'));
    const tampered = structuredClone(exported);
    tampered.rollups[0] = { ...tampered.rollups[0]!, down: tampered.rollups[0]!.down + 1 };
    expect(recomputeReport(asJson(tampered))).not.toEqual(figuresOf(asJson(report)));
    const withoutReversal = structuredClone(exported);
    withoutReversal.usage = withoutReversal.usage.filter((record) => record.reversalOf === undefined);
    expect(recomputeReport(asJson(withoutReversal)).hours).not.toEqual(figuresOf(asJson(report)).hours);
  });

  it('uses a recompute that imports nothing from shared/ or functions/', () => {
    const source = readFileSync(new URL('../../support/report-recompute.ts', import.meta.url), 'utf8');
    const specifiers = [...source.matchAll(/\b(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/g)].map(
      (match) => match[1],
    );
    const sideEffects = [...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    for (const specifier of [...specifiers, ...sideEffects]) {
      expect(specifier).not.toMatch(/(^|\/)(shared|functions)\//);
    }
    expect(source).not.toMatch(/\bimport\s*\(|\brequire\s*\(/);
    // It stands alone: no module at all, so nothing of the report's code can reach it indirectly.
    expect(specifiers).toEqual([]);
  });
});

// --- Random months --------------------------------------------------------------------------------------------------

/** mulberry32: a small seeded generator, so a failing month can be rebuilt from its seed. */
const generator = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick };
};

const randomFacts = (seed: number, periodId: string): ReportFacts => {
  const random = generator(seed * 7919 + Number(periodId.replace('-', '')));
  const period = periodNamed(periodId);
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  const span = end - start;
  /** An instant from 20 days before the period to 20 days after it, to the second. */
  const around = () =>
    new Date(start - 20 * 86_400_000 + random.int(0, (span + 40 * 86_400_000) / 1000) * 1000).toISOString();
  const inside = () => new Date(start + random.int(0, span / 1000 - 1) * 1000).toISOString();
  const later = (from: string, maxMinutes: number) =>
    new Date(Date.parse(from) + random.int(0, maxMinutes * 60) * 1000).toISOString();

  const monitors: Monitor[] = Array.from({ length: random.int(0, 5) }, (_, index) =>
    reportMonitor(`mon-${index}`, `Monitor ${index}`, random.next() < 0.5 ? '2026-01-01T00:00:00.000Z' : around()),
  );
  const rollups: Rollup[] = monitors.flatMap((monitor) =>
    daysOf(periodId)
      .filter(() => random.next() < 0.9)
      .map((day) =>
        dayRollup(monitor.id, day, {
          up: random.int(0, 1440),
          down: random.next() < 0.2 ? random.int(0, 200) : 0,
          noData: random.next() < 0.1 ? random.int(0, 1440) : 0,
          maintenance: random.next() < 0.1 ? random.int(0, 180) : 0,
        }),
      ),
  );
  const incidents: Incident[] = Array.from({ length: random.int(0, 8) }, (_, index) => {
    const openedAt = around();
    const acknowledgedAt = random.next() < 0.8 ? later(openedAt, 120) : null;
    const resolvedAt = acknowledgedAt && random.next() < 0.8 ? later(acknowledgedAt, 900) : null;
    return reportIncident(`inc-${index}`, openedAt, {
      acknowledgedAt,
      resolvedAt,
      acknowledgeDueAt: later(openedAt, 90),
      resolveDueAt: later(openedAt, 600),
    });
  }).filter(
    (incident) =>
      Date.parse(incident.openedAt) < end && (!incident.resolvedAt || Date.parse(incident.resolvedAt) >= start),
  );
  const tasks: Task[] = Array.from({ length: random.int(0, 6) }, (_, index) => {
    const requested = around();
    const steps: [TaskStatus, string][] = [['queued', requested]];
    let at = requested;
    if (random.next() < 0.7) {
      at = later(at, 60);
      steps.push([random.pick(['claimed', 'running'] as const), at]);
    }
    at = later(at, 240);
    steps.push([random.pick(['succeeded', 'failed', 'timed_out', 'cancelled'] as const), at]);
    return reportTask(`task-${index}`, steps, { typeName: random.pick(['Service restart', 'Disk report']) });
  });
  const bookings = Array.from({ length: random.int(0, 4) }, (_, index) => reportBooking(`bk-${index}`, inside()));
  const usage: UsageRecord[] = [
    ...bookings.map((booking) => usageRecord(`booking-${booking.id}`, booking.start, random.int(1, 240))),
    ...tasks.map((task) => usageRecord(`task-${task.id}`, task.updatedAt, random.int(1, 120))),
    usageRecord('runs-1', inside(), 3, { kind: 'task_runs', unit: 'runs' }),
    usageRecord('mon-month-1', inside(), 1, { kind: 'monitors', unit: 'monitor-months' }),
  ];
  for (const record of [...usage]) {
    if (random.next() < 0.2)
      usage.push(
        usageRecord(`rev-${record.id}`, inside(), record.quantity, {
          reversalOf: record.id,
          kind: record.kind,
          sourceId: record.sourceId,
        }),
      );
    if (random.next() < 0.1) usage.push({ ...record });
  }
  const plan = random.next() < 0.2 ? null : reportPlan({ includedMinutes: random.pick([0, 60, 600, 1200]) });
  const invoice =
    random.next() < 0.2
      ? null
      : reportInvoice(periodId, [
          {
            kind: 'base_fee',
            description: 'Plan, monthly fee',
            quantity: 1,
            unit: 'days',
            amount: random.int(0, 200_000),
          },
          {
            kind: 'webmaster_overage',
            description: 'Webmaster time',
            quantity: 2,
            unit: 'quarter-hours',
            amount: random.int(0, 20_000),
          },
          { kind: 'task_run_overage', description: 'Task runs', quantity: 3, unit: 'runs', amount: 1_500 },
          { kind: 'monitor_overage', description: 'Monitors', quantity: 1, unit: 'monitor-months', amount: 300 },
        ]);
  return reportFacts(periodId, { monitors, rollups, incidents, tasks, bookings, usage, plan, invoice });
};
