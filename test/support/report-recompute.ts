/**
 * "Recompute it yourself" (issue 14): every figure of a monthly service report, computed again from the report's
 * export alone — with the accounting rules as docs/reports.md states them, written out here on their own. This file
 * imports nothing from shared/ or functions/ (test/shared/reports/recompute.test.ts checks), so a mistake in the
 * report's code cannot cancel out in its own check. A customer could run the same arithmetic on the export they
 * download.
 *
 * The rules:
 * - the period is [start, end) in UTC; facts at or after the end do not exist yet;
 * - uptime per monitor = up / (up + down) over its daily rollups from the UTC day of the later of its creation and the
 *   period's start; maintenance and no data are summed apart; no uptime when up + down is 0;
 * - an incident belongs to the period when opened before its end and not resolved before its start; minutes to
 *   acknowledge/resolve from the opening, rounded half up; a deadline is decided when its action came, if at or before
 *   it (`met`), else at the deadline (`missed`) — resolving also settles the acknowledgement; decided at or after the
 *   end is `later`; the totals count the deadlines decided in the period;
 * - a task belongs when its last step (as it stood at the end) is final and in the period; duration from its first
 *   claimed/running step to that last step, rounded half up; none if it never ran;
 * - webmaster time: each webmaster_minutes record not reversed and not a reversal (an id counted once), rounded up to
 *   a quarter hour; overage = rounded − included, never below zero;
 * - the invoice's net is the sum of its lines; usage lines link to the kept records of their kind, the base fee to
 *   the plan it names, a host fee to the host it names.
 */

// --- The export, as plain JSON (the shape of `GET /api/reports/{period}/export`) -------------------------------------

interface ExportedRollup {
  monitorId: string;
  day: string;
  up: number;
  down: number;
  noData: number;
  maintenance: number;
}

interface ExportedReport {
  period: { start: string; end: string };
  plan: {
    id: string;
    name: string;
    includedMinutes: number;
    acknowledgeMinutes: number;
    resolveMinutes: number;
  } | null;
  monitors: { id: string; createdAt: string }[];
  rollups: ExportedRollup[];
  incidents: {
    id: string;
    openedAt: string;
    acknowledgedAt: string | null;
    resolvedAt: string | null;
    acknowledgeDueAt: string;
    resolveDueAt: string;
  }[];
  tasks: { id: string; history: { status: string; at: string }[] }[];
  bookings: { id: string }[];
  usage: { id: string; kind: string; quantity: number; occurredAt: string; sourceId: string; reversalOf?: string }[];
  invoice: {
    id: string;
    net: number;
    gross: number;
    lines: { kind: string; description: string; amount: number }[];
  } | null;
}

/** The report as plain JSON (the shape of `GET /api/reports/{period}`): only what the figures are read from. */
interface ReportJson {
  monitors: {
    monitorId: string;
    monitoredFrom: string;
    up: number;
    down: number;
    noData: number;
    maintenance: number;
    uptime: number | null;
  }[];
  incidents: {
    incidentId: string;
    acknowledgedAt: string | null;
    resolvedAt: string | null;
    minutesToAcknowledge: number | null;
    minutesToResolve: number | null;
    acknowledge: string;
    resolve: string;
    carriedOver: boolean;
  }[];
  sla: {
    acknowledgeMinutes: number | null;
    resolveMinutes: number | null;
    acknowledgeMet: number;
    acknowledgeMissed: number;
    resolveMet: number;
    resolveMissed: number;
    met: boolean;
  };
  tasks: { taskId: string; outcome: string; finishedAt: string; durationMinutes: number | null }[];
  hours: {
    includedMinutes: number;
    recordedMinutes: number;
    roundedMinutes: number;
    overageMinutes: number;
    items: { usageRecordId: string; source: string; sourceId: string; minutes: number; roundedMinutes: number }[];
  };
  invoice: {
    invoiceId: string;
    net: number;
    gross: number;
    lines: { kind: string; amount: number; sources: { type: string; id: string }[] }[];
  } | null;
}

// --- The figures ----------------------------------------------------------------------------------------------------

export interface RecomputedFigures {
  monitors: {
    monitorId: string;
    monitoredFrom: number;
    up: number;
    down: number;
    noData: number;
    maintenance: number;
    uptime: number | null;
  }[];
  incidents: {
    incidentId: string;
    acknowledgedAt: number | null;
    resolvedAt: number | null;
    minutesToAcknowledge: number | null;
    minutesToResolve: number | null;
    acknowledge: string;
    resolve: string;
    carriedOver: boolean;
  }[];
  sla: {
    acknowledgeMinutes: number | null;
    resolveMinutes: number | null;
    acknowledgeMet: number;
    acknowledgeMissed: number;
    resolveMet: number;
    resolveMissed: number;
    met: boolean;
  };
  tasks: { taskId: string; outcome: string; finishedAt: number; durationMinutes: number | null }[];
  hours: {
    includedMinutes: number;
    recordedMinutes: number;
    roundedMinutes: number;
    overageMinutes: number;
    items: { usageRecordId: string; source: string; sourceId: string; minutes: number; roundedMinutes: number }[];
  };
  invoice: {
    invoiceId: string;
    net: number;
    gross: number;
    lines: { kind: string; amount: number; sources: string[] }[];
  } | null;
}

const QUARTER_HOUR = 15;
const ONE_MINUTE = 60 * 1000;
const ONE_DAY = 24 * 60 * ONE_MINUTE;
const FINAL = ['succeeded', 'failed', 'timed_out', 'cancelled', 'declined'];

const ms = (instant: string): number => new Date(instant).getTime();
const orNull = (instant: string | null): number | null => (instant === null ? null : ms(instant));
/** Whole minutes, half a minute and more rounding up (Math.round does so for positive values). */
const wholeMinutes = (fromMs: number, toMs: number): number => Math.round((toMs - fromMs) / ONE_MINUTE);
const startOfUtcDay = (instantMs: number): number => instantMs - (((instantMs % ONE_DAY) + ONE_DAY) % ONE_DAY);
const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

const uptimeFigures = (data: ExportedReport, start: number, end: number): RecomputedFigures['monitors'] =>
  data.monitors.map((monitor) => {
    const from = Math.max(ms(monitor.createdAt), start);
    const firstDay = startOfUtcDay(from);
    const counted = data.rollups.filter((rollup) => {
      const day = ms(`${rollup.day}T00:00:00Z`);
      return rollup.monitorId === monitor.id && day >= firstDay && day < end;
    });
    const totals = { up: 0, down: 0, noData: 0, maintenance: 0 };
    for (const rollup of counted) {
      totals.up += rollup.up;
      totals.down += rollup.down;
      totals.noData += rollup.noData;
      totals.maintenance += rollup.maintenance;
    }
    const decided = totals.up + totals.down;
    return {
      monitorId: monitor.id,
      monitoredFrom: from,
      ...totals,
      uptime: decided === 0 ? null : totals.up / decided,
    };
  });

/**
 * A deadline is decided when the action came, if in time, else at the deadline; it belongs to the period holding that
 * instant. Decided at or after the end: `later`.
 */
const decided = (dueMs: number, doneMs: number | null): { at: number; met: boolean } =>
  doneMs !== null && doneMs <= dueMs ? { at: doneMs, met: true } : { at: dueMs, met: false };

const judge = (dueMs: number, doneMs: number | null, end: number): string => {
  const decision = decided(dueMs, doneMs);
  if (decision.at >= end) return 'later';
  return decision.met ? 'met' : 'missed';
};

const firstOf = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

const incidentFigures = (data: ExportedReport, start: number, end: number) => {
  const rows = data.incidents
    .filter(
      (incident) => ms(incident.openedAt) < end && (incident.resolvedAt === null || ms(incident.resolvedAt) >= start),
    )
    .map((incident) => {
      const opened = ms(incident.openedAt);
      const known = (instant: string | null) => {
        const at = orNull(instant);
        return at !== null && at < end ? at : null;
      };
      const inPeriod = (instant: number) => instant >= start && instant < end;
      const acknowledged = known(incident.acknowledgedAt);
      const resolved = known(incident.resolvedAt);
      return {
        incidentId: incident.id,
        acknowledgedAt: acknowledged,
        resolvedAt: resolved,
        minutesToAcknowledge: acknowledged === null ? null : wholeMinutes(opened, acknowledged),
        minutesToResolve: resolved === null ? null : wholeMinutes(opened, resolved),
        // Resolving settles the acknowledgement too.
        acknowledge: judge(ms(incident.acknowledgeDueAt), firstOf(acknowledged, resolved), end),
        resolve: judge(ms(incident.resolveDueAt), resolved, end),
        carriedOver: opened < start,
        // For the totals: whether each deadline was decided in this period.
        acknowledgeDueHere: inPeriod(decided(ms(incident.acknowledgeDueAt), firstOf(acknowledged, resolved)).at),
        resolveDueHere: inPeriod(decided(ms(incident.resolveDueAt), resolved).at),
      };
    });
  let acknowledgeMet = 0;
  let acknowledgeMissed = 0;
  let resolveMet = 0;
  let resolveMissed = 0;
  for (const row of rows) {
    if (row.acknowledgeDueHere && row.acknowledge === 'met') acknowledgeMet += 1;
    if (row.acknowledgeDueHere && row.acknowledge === 'missed') acknowledgeMissed += 1;
    if (row.resolveDueHere && row.resolve === 'met') resolveMet += 1;
    if (row.resolveDueHere && row.resolve === 'missed') resolveMissed += 1;
  }
  const incidents: RecomputedFigures['incidents'] = rows.map(
    ({ acknowledgeDueHere: _a, resolveDueHere: _r, ...figures }) => figures,
  );
  const sla: RecomputedFigures['sla'] = {
    acknowledgeMinutes: data.plan === null ? null : data.plan.acknowledgeMinutes,
    resolveMinutes: data.plan === null ? null : data.plan.resolveMinutes,
    acknowledgeMet,
    acknowledgeMissed,
    resolveMet,
    resolveMissed,
    met: acknowledgeMissed === 0 && resolveMissed === 0,
  };
  return { incidents, sla };
};

const taskFigures = (data: ExportedReport, start: number, end: number): RecomputedFigures['tasks'] => {
  const figures: RecomputedFigures['tasks'] = [];
  for (const task of data.tasks) {
    const steps = task.history.filter((step) => ms(step.at) < end);
    const last = steps[steps.length - 1];
    if (!last || !FINAL.includes(last.status) || ms(last.at) < start) continue;
    const ran = steps.find((step) => step.status === 'claimed' || step.status === 'running');
    figures.push({
      taskId: task.id,
      outcome: last.status,
      finishedAt: ms(last.at),
      durationMinutes: ran ? wholeMinutes(ms(ran.at), ms(last.at)) : null,
    });
  }
  return figures;
};

/** The ledger's kept records: each id once; a record that was reversed, and every reversal, left out. */
const keptUsage = (data: ExportedReport) => {
  const once = new Map<string, ExportedReport['usage'][number]>();
  for (const record of data.usage) if (!once.has(record.id)) once.set(record.id, record);
  const cancelled = new Set(
    [...once.values()].flatMap((record) => (record.reversalOf === undefined ? [] : [record.reversalOf])),
  );
  return [...once.values()].filter((record) => record.reversalOf === undefined && !cancelled.has(record.id));
};

const hourFigures = (data: ExportedReport): RecomputedFigures['hours'] => {
  const bookingIds = new Set(data.bookings.map((booking) => booking.id));
  const items = keptUsage(data)
    .filter((record) => record.kind === 'webmaster_minutes')
    .map((record) => ({
      usageRecordId: record.id,
      source: bookingIds.has(record.sourceId) ? 'booking' : 'task',
      sourceId: record.sourceId,
      minutes: record.quantity,
      roundedMinutes: QUARTER_HOUR * Math.ceil(record.quantity / QUARTER_HOUR),
    }));
  let recordedMinutes = 0;
  let roundedMinutes = 0;
  for (const item of items) {
    recordedMinutes += item.minutes;
    roundedMinutes += item.roundedMinutes;
  }
  const includedMinutes = data.plan === null ? 0 : data.plan.includedMinutes;
  const overageMinutes = roundedMinutes > includedMinutes ? roundedMinutes - includedMinutes : 0;
  return { includedMinutes, recordedMinutes, roundedMinutes, overageMinutes, items };
};

/** Which usage kind each usage-rated line is rated from (docs/billing.md "Rating"). */
const RATED_FROM: Record<string, string> = {
  webmaster_overage: 'webmaster_minutes',
  call_out: 'call_outs',
  task_run_overage: 'task_runs',
  monitor_overage: 'monitors',
  late_cancellation: 'late_cancellation',
};

const lineSources = (data: ExportedReport, line: { kind: string; description: string }): string[] => {
  // The base fee names its plan first (`<plan name>, monthly fee…`): the export's plan, when it is that one.
  if (line.kind === 'base_fee') {
    const plan = data.plan;
    return plan !== null && line.description.split(', monthly fee')[0] === plan.name ? [`plan:${plan.id}`] : [];
  }
  if (line.kind === 'host_fee') {
    const words = line.description.replace(',', ' ').split(' ');
    const host = words[0] === 'Managed' && words[1] === 'host' ? words[2] : undefined;
    return host && /^(mi|i)-[0-9a-f]+$/.test(host) ? [`host:${host}`] : [];
  }
  const kind = RATED_FROM[line.kind];
  if (kind === undefined) return [];
  const named =
    line.kind === 'late_cancellation' &&
    line.description.startsWith('Late cancellation (') &&
    line.description.endsWith(')')
      ? line.description.slice('Late cancellation ('.length, -1)
      : null;
  return keptUsage(data)
    .filter((record) => record.kind === kind && (named === null || record.sourceId === named))
    .map((record) => `usage:${record.id}`)
    .sort();
};

const invoiceFigures = (data: ExportedReport): RecomputedFigures['invoice'] => {
  if (data.invoice === null) return null;
  const lines = data.invoice.lines.map((line) => ({
    kind: line.kind,
    amount: line.amount,
    sources: lineSources(data, line),
  }));
  return {
    invoiceId: data.invoice.id,
    net: lines.reduce((sum, line) => sum + line.amount, 0),
    gross: data.invoice.gross,
    lines,
  };
};

/** Sorted the same way on both sides, so two computations compare with `toEqual` whatever order they list things in. */
const normalised = (figures: RecomputedFigures): RecomputedFigures => ({
  ...figures,
  monitors: [...figures.monitors].sort(byKey((monitor) => monitor.monitorId)),
  incidents: [...figures.incidents].sort(byKey((incident) => incident.incidentId)),
  tasks: [...figures.tasks].sort(byKey((task) => task.taskId)),
  hours: { ...figures.hours, items: [...figures.hours.items].sort(byKey((item) => item.usageRecordId)) },
});

/** Every figure of the report, from its export (plain JSON) alone. */
export const recomputeReport = (exported: unknown): RecomputedFigures => {
  const data = exported as ExportedReport;
  const start = ms(data.period.start);
  const end = ms(data.period.end);
  return normalised({
    monitors: uptimeFigures(data, start, end),
    ...incidentFigures(data, start, end),
    tasks: taskFigures(data, start, end),
    hours: hourFigures(data),
    invoice: invoiceFigures(data),
  });
};

/** The same figures as the report (plain JSON) states them. */
export const figuresOf = (report: unknown): RecomputedFigures => {
  const data = report as ReportJson;
  return normalised({
    monitors: data.monitors.map((monitor) => ({
      monitorId: monitor.monitorId,
      monitoredFrom: ms(monitor.monitoredFrom),
      up: monitor.up,
      down: monitor.down,
      noData: monitor.noData,
      maintenance: monitor.maintenance,
      uptime: monitor.uptime,
    })),
    incidents: data.incidents.map((incident) => ({
      incidentId: incident.incidentId,
      acknowledgedAt: orNull(incident.acknowledgedAt),
      resolvedAt: orNull(incident.resolvedAt),
      minutesToAcknowledge: incident.minutesToAcknowledge,
      minutesToResolve: incident.minutesToResolve,
      acknowledge: incident.acknowledge,
      resolve: incident.resolve,
      carriedOver: incident.carriedOver,
    })),
    sla: { ...data.sla },
    tasks: data.tasks.map((task) => ({
      taskId: task.taskId,
      outcome: task.outcome,
      finishedAt: ms(task.finishedAt),
      durationMinutes: task.durationMinutes,
    })),
    hours: {
      includedMinutes: data.hours.includedMinutes,
      recordedMinutes: data.hours.recordedMinutes,
      roundedMinutes: data.hours.roundedMinutes,
      overageMinutes: data.hours.overageMinutes,
      items: data.hours.items.map((item) => ({
        usageRecordId: item.usageRecordId,
        source: item.source,
        sourceId: item.sourceId,
        minutes: item.minutes,
        roundedMinutes: item.roundedMinutes,
      })),
    },
    invoice:
      data.invoice === null
        ? null
        : {
            invoiceId: data.invoice.invoiceId,
            net: data.invoice.net,
            gross: data.invoice.gross,
            lines: data.invoice.lines.map((line) => ({
              kind: line.kind,
              amount: line.amount,
              sources: line.sources.map((source) => `${source.type}:${source.id}`),
            })),
          },
  });
};
