import { periodIdName } from '../../../shared/billing/periods.js';
import { uptimePercent } from '../../../shared/monitoring/uptime-percent.js';
import { isTimeZone } from '../../../shared/platform/time-zone.js';
import { offsetMinutes, zonedParts } from '../../../shared/platform/zoned-time.js';
import type { ServiceReport } from '../../../shared/reports/model.js';
import { formatAmount } from './invoice-pdf.js';
import { BLACK, drawText, encodable, GREY, LEFT, PAGE_SIZE, RIGHT, rule, SIZE, wrap, wrapAtMost } from './pdf-text.js';
import {
  type Color,
  HELVETICA,
  HELVETICA_BOLD,
  PdfDocument,
  type PdfPage,
  rgb,
  type StandardFont,
} from './pdf-writer.js';

/**
 * The monthly service report as a PDF — the document a customer files and forwards ("what did we get?"), so it
 * carries every figure of the report with the method behind it: uptime per monitor, incidents against the plan's
 * targets, tasks, webmaster hours, what comes next and the invoice with each line's sources. docs/reports.md says
 * how each figure is counted; this file only lays them out.
 *
 * Pure: a report in, bytes out, no I/O and no clock (the metadata dates are the report's `generatedAt`), so the
 * same report always renders to the same bytes — the e-mail's attachment and the download are the same file.
 * The invoice PDF's toolkit: our own PDF writer (pdf-writer.ts) with the standard fonts, WinAnsi text (anything
 * else drawn as `?`).
 */

/** A4 portrait, in points. */
const WIDTH = RIGHT - LEFT;
/** The running header's baseline (every page); content starts below it. */
const HEADER_Y = PAGE_SIZE[1] - 40;
const TOP = HEADER_Y - 28;
/** Content stays above this; the footer sits below it. */
const BOTTOM = 70;
const FOOTER_Y = 35;

const LINE = 12;
/** Tables are set a point smaller, so nine columns fit across A4. */
const TABLE_SIZE = 8;
const TABLE_LINE = 10;
const ROW_GAP = 3;
const COLUMN_GAP = 6;
/** A table cell wraps to at most this many lines per paragraph; the rest is cut with an ellipsis. */
const MAX_CELL_LINES = 4;
const RED = rgb(0.75, 0.1, 0.1);
const NONE = '—';

// --- Formatting ----------------------------------------------------------------------------------

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `+02:00`: an offset from UTC in minutes, as ISO 8601 writes it. */
const offsetText = (minutes: number): string => {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** A change of the zone's offset within the period (daylight saving time): the instant and the new offset. */
interface OffsetChange {
  at: number;
  offset: number;
}

/** The zone's offset changes within [start, end): day by day, then the change narrowed to the minute. */
const offsetChanges = (zone: string, start: number, end: number): OffsetChange[] => {
  const changes: OffsetChange[] = [];
  for (let day = start; day < end; day += DAY) {
    const next = Math.min(day + DAY, end);
    const before = offsetMinutes(day, zone);
    if (offsetMinutes(next, zone) === before) continue;
    let low = day;
    let high = next;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(middle, zone) === before) low = middle;
      else high = middle;
    }
    changes.push({ at: high, offset: offsetMinutes(high, zone) });
  }
  return changes;
};

/**
 * How the report shows an instant: `YYYY-MM-DD HH:MM` on the wall clock of its zone. On a day the clocks change
 * (where 02:30 may happen twice) the offset is added — `2026-10-25 02:30 +02:00` — so no time is ambiguous.
 */
interface Times {
  zone: string;
  changes: OffsetChange[];
  changeDates: Set<string>;
}

const timesOf = (report: ServiceReport): Times => {
  const zone = isTimeZone(report.timeZone) ? report.timeZone : 'UTC';
  const changes = offsetChanges(zone, Date.parse(report.period.start), Date.parse(report.period.end));
  // Both sides of a change: the last day of the old offset and the first of the new (usually the same date).
  const changeDates = new Set(
    changes.flatMap((change) => [change.at - 1, change.at].map((at) => zonedParts(at, zone).date)),
  );
  return { zone, changes, changeDates };
};

const zonedTime = (iso: string, times: Times): string => {
  const instant = Date.parse(iso);
  const parts = zonedParts(instant, times.zone);
  const text = `${parts.date} ${parts.time}`;
  return times.changeDates.has(parts.date) ? `${text} ${offsetText(offsetMinutes(instant, times.zone))}` : text;
};

const utcTime = (instant: number): string => {
  const parts = zonedParts(instant, 'UTC');
  return `${parts.date} ${parts.time}`;
};

/** `Europe/Berlin, UTC+02:00; UTC+01:00 from 2026-10-25 01:00 UTC`: the zone and its offsets over the period. */
const zoneDescription = (report: ServiceReport, times: Times): string => {
  const first = `${times.zone}, UTC${offsetText(offsetMinutes(Date.parse(report.period.start), times.zone))}`;
  const later = times.changes.map((change) => `UTC${offsetText(change.offset)} from ${utcTime(change.at)} UTC`);
  const unknown =
    times.zone === report.timeZone ? '' : ` (the organisation’s zone ${report.timeZone} is not known here)`;
  return [first, ...later].join('; ') + unknown;
};

/**
 * Uptime as a percentage with two decimals, cut (not rounded) so that a month with any downtime never reads as
 * `100.00 %`; `—` when nothing was counted.
 */
export const formatUptime = (uptime: number | null): string => {
  if (uptime === null) return NONE;
  return `${uptimePercent(uptime).toFixed(2)} %`;
};

/** Whole minutes as `1 h 05 min` (with the minutes themselves beside it where the figure matters). */
const hoursAndMinutes = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)} h ${String(abs % 60).padStart(2, '0')} min`;
};

const minutesFigure = (minutes: number): string => `${minutes} min (${hoursAndMinutes(minutes)})`;

const quantityFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

const words = (value: string): string => value.replace(/_/g, ' ');

/** Task parameters as `key=value` pairs, in the order they were given. */
const paramsText = (params: ServiceReport['tasks'][number]['params']): string => {
  const pairs = Object.entries(params).map(([key, value]) => `${key}=${String(value)}`);
  return pairs.length > 0 ? pairs.join(', ') : NONE;
};

const sourcesText = (sources: NonNullable<ServiceReport['invoice']>['lines'][number]['sources']): string => {
  if (sources.length === 0) return 'Rated from: no recorded source.';
  const byType = new Map<string, string[]>();
  for (const source of sources) byType.set(source.type, [...(byType.get(source.type) ?? []), source.id]);
  const label: Record<string, string> = { usage: 'usage records', plan: 'plans', host: 'hosts' };
  return `Rated from: ${[...byType].map(([type, ids]) => `${label[type] ?? type} ${ids.join(', ')}`).join('; ')}.`;
};

// --- Drawing -------------------------------------------------------------------------------------

interface Fonts {
  regular: StandardFont;
  bold: StandardFont;
}

/** Where the next thing goes: the current page and the baseline below which it is drawn. */
interface Cursor {
  doc: PdfDocument;
  fonts: Fonts;
  report: ServiceReport;
  zone: string;
  times: Times;
  page: PdfPage;
  y: number;
}

const addPage = (cursor: Cursor) => {
  cursor.page = cursor.doc.addPage(PAGE_SIZE);
  cursor.y = TOP;
};

/** Starts a new page unless `height` still fits above the footer; `onNewPage` draws what is continued. */
const ensureSpace = (cursor: Cursor, height: number, onNewPage?: () => void) => {
  if (cursor.y - height >= BOTTOM) return;
  addPage(cursor);
  onNewPage?.();
};

/** Full-width text, wrapped, line by line (so a long paragraph may continue on the next page). */
const paragraph = (
  cursor: Cursor,
  text: string,
  options: { indent?: number; font?: StandardFont; color?: Color } = {},
) => {
  const font = options.font ?? cursor.fonts.regular;
  const indent = options.indent ?? 0;
  for (const line of wrap(font, encodable(text), WIDTH - indent, SIZE)) {
    ensureSpace(cursor, LINE);
    drawText(cursor, line, LEFT + indent, cursor.y, { font, color: options.color });
    cursor.y -= LINE;
  }
};

/** A bullet and its wrapped sentence, hanging under the bullet. */
const bullet = (cursor: Cursor, text: string) => {
  const lines = wrap(cursor.fonts.regular, encodable(text), WIDTH - 12, SIZE);
  lines.forEach((line, index) => {
    ensureSpace(cursor, LINE);
    if (index === 0) drawText(cursor, '•', LEFT + 2, cursor.y);
    drawText(cursor, line, LEFT + 12, cursor.y);
    cursor.y -= LINE;
  });
};

/** A label and its value on one line (the value wraps under itself). */
const fact = (cursor: Cursor, label: string, value: string, labelWidth = 150) => {
  const { regular } = cursor.fonts;
  const lines = wrap(regular, encodable(value), WIDTH - labelWidth, SIZE);
  ensureSpace(cursor, lines.length * LINE);
  drawText(cursor, label, LEFT, cursor.y, { color: GREY, maxWidth: labelWidth - 6 });
  for (const line of lines) {
    drawText(cursor, line, LEFT + labelWidth, cursor.y);
    cursor.y -= LINE;
  }
};

/** A section's heading, kept on one page with at least `following` points of what it heads. */
const heading = (cursor: Cursor, title: string, following = 3 * LINE) => {
  cursor.y -= LINE / 2;
  ensureSpace(cursor, 2 * LINE + following);
  drawText(cursor, title, LEFT, cursor.y, { font: cursor.fonts.bold, size: 12 });
  rule(cursor, cursor.y - 4);
  cursor.y -= LINE + 8;
};

const subheading = (cursor: Cursor, title: string, following = 2 * LINE) => {
  ensureSpace(cursor, LINE + following);
  drawText(cursor, title, LEFT, cursor.y, { font: cursor.fonts.bold, size: 10 });
  cursor.y -= LINE + 2;
};

/** What an empty section says instead of an empty table. */
const noneLine = (cursor: Cursor, text: string) => {
  ensureSpace(cursor, LINE);
  drawText(cursor, text, LEFT, cursor.y, { color: GREY, maxWidth: WIDTH });
  cursor.y -= LINE + 2;
};

// --- Tables --------------------------------------------------------------------------------------

interface Column {
  header: string;
  /** Points; one column per table takes `fill` instead: whatever the others leave. */
  width?: number;
  fill?: true;
  align?: 'left' | 'right';
}

/** A cell: one paragraph, or several (each on its own lines); `red` marks a figure that failed its target. */
type Cell = string | { lines: string[]; bold?: boolean; red?: boolean };

interface PlacedColumn extends Column {
  x: number;
  width: number;
}

const place = (columns: Column[]): PlacedColumn[] => {
  const fixed = columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
  const fill = WIDTH - fixed - COLUMN_GAP * (columns.length - 1);
  let x = LEFT;
  return columns.map((column) => {
    const width = column.fill ? fill : (column.width ?? 0);
    const placed = { ...column, x, width };
    x += width + COLUMN_GAP;
    return placed;
  });
};

const cellLines = (font: StandardFont, cell: Cell, width: number): string[] => {
  const paragraphs = typeof cell === 'string' ? [cell] : cell.lines;
  return paragraphs.flatMap((text) => wrapAtMost(font, encodable(text), width, TABLE_SIZE, MAX_CELL_LINES));
};

const drawCell = (
  cursor: Cursor,
  column: PlacedColumn,
  lines: string[],
  y: number,
  font: StandardFont,
  color: Color,
) => {
  lines.forEach((line, index) => {
    const x = column.align === 'right' ? column.x + column.width : column.x;
    drawText(cursor, line, x, y - index * TABLE_LINE, { font, size: TABLE_SIZE, align: column.align, color });
  });
};

const drawTableHeader = (cursor: Cursor, columns: PlacedColumn[]) => {
  const { bold } = cursor.fonts;
  const headers = columns.map((column) => wrap(bold, encodable(column.header), column.width, TABLE_SIZE));
  const height = Math.max(...headers.map((lines) => lines.length)) * TABLE_LINE;
  // The header's last line sits on one baseline across the columns.
  columns.forEach((column, index) => {
    const lines = headers[index] ?? [];
    drawCell(cursor, column, lines, cursor.y - height + lines.length * TABLE_LINE, bold, BLACK);
  });
  cursor.y -= height;
  rule(cursor, cursor.y + TABLE_LINE - 4);
  cursor.y -= 4;
};

/**
 * A table that continues over pages: each row is kept whole, and a page it continues on repeats the section's
 * title and the column headers. Text wraps within its column (at most four lines a paragraph, then cut).
 */
const table = (cursor: Cursor, title: string, columns: Column[], rows: Cell[][]) => {
  const placed = place(columns);
  drawTableHeader(cursor, placed);
  for (const row of rows) {
    const cells = row.map((cell, index) => {
      const column = placed[index]!;
      const style: { bold?: boolean; red?: boolean } = typeof cell === 'string' ? {} : cell;
      const font = style.bold ? cursor.fonts.bold : cursor.fonts.regular;
      return { column, font, color: style.red ? RED : BLACK, lines: cellLines(font, cell, column.width) };
    });
    const height = Math.max(...cells.map((cell) => cell.lines.length)) * TABLE_LINE;
    ensureSpace(cursor, height + ROW_GAP, () => {
      drawText(cursor, `${title} (continued)`, LEFT, cursor.y, { font: cursor.fonts.bold, size: 10 });
      cursor.y -= LINE + 4;
      drawTableHeader(cursor, placed);
    });
    for (const cell of cells) drawCell(cursor, cell.column, cell.lines, cursor.y, cell.font, cell.color);
    cursor.y -= height + ROW_GAP;
  }
  cursor.y -= LINE / 2;
};

// --- Sections ------------------------------------------------------------------------------------

const titleOf = (report: ServiceReport) => `Service report ${periodIdName(report.periodId)}`;

const drawTitle = (cursor: Cursor) => {
  const { report, fonts, zone } = cursor;
  drawText(cursor, 'Service report', LEFT, cursor.y, { font: fonts.bold, size: 20 });
  cursor.y -= 24;
  for (const line of wrap(fonts.bold, encodable(report.tenantName), WIDTH, 14)) {
    drawText(cursor, line, LEFT, cursor.y, { font: fonts.bold, size: 14 });
    cursor.y -= 18;
  }
  cursor.y -= 4;
  fact(cursor, 'Period', periodIdName(report.periodId));
  fact(
    cursor,
    `In ${zone}`,
    `from ${zonedTime(report.period.start, cursor.times)} to ${zonedTime(report.period.end, cursor.times)}`,
  );
  fact(
    cursor,
    'In UTC',
    `from ${utcTime(Date.parse(report.period.start))} to ${utcTime(Date.parse(report.period.end))} UTC (end excluded)`,
  );
  fact(cursor, 'Times shown in', zoneDescription(report, cursor.times));
  fact(cursor, 'Plan', report.plan?.name ?? 'none in force');
  fact(cursor, 'Generated', `${zonedTime(report.generatedAt, cursor.times)} (${zone})`);
  cursor.y -= LINE / 2;
};

const drawMethod = (cursor: Cursor) => {
  heading(cursor, 'How the figures are counted');
  if (cursor.report.method.length === 0) noneLine(cursor, 'No method statement was recorded with this report.');
  for (const sentence of cursor.report.method) bullet(cursor, sentence);
};

const drawUptime = (cursor: Cursor) => {
  const { report, zone } = cursor;
  heading(cursor, 'Uptime per monitor');
  if (report.monitors.length === 0) {
    noneLine(cursor, 'None: no monitors were watched in this period.');
    return;
  }
  paragraph(
    cursor,
    `Uptime = up / (up + down). Results in maintenance and “no data” are counted apart, never as up; — means nothing was counted. Times in ${zone}.`,
    { color: GREY },
  );
  cursor.y -= 4;
  table(
    cursor,
    'Uptime per monitor',
    [
      { header: 'Monitor', fill: true },
      { header: 'Kind', width: 40 },
      { header: 'Watched from', width: 64 },
      { header: 'Uptime', width: 44, align: 'right' },
      { header: 'Up', width: 34, align: 'right' },
      { header: 'Down', width: 34, align: 'right' },
      { header: 'No data', width: 34, align: 'right' },
      { header: 'Maintenance', width: 50, align: 'right' },
    ],
    report.monitors.map((monitor) => [
      monitor.name,
      monitor.kind,
      zonedTime(monitor.monitoredFrom, cursor.times),
      { lines: [formatUptime(monitor.uptime)], bold: true },
      String(monitor.up),
      String(monitor.down),
      String(monitor.noData),
      String(monitor.maintenance),
    ]),
  );
};

/** The instant of an action, or `—` when it did not happen within the period; with its deadline below. */
const actionCell = (at: string | null, due: string, times: Times): Cell => ({
  lines: [at ? zonedTime(at, times) : NONE, `due ${zonedTime(due, times)}`],
});

const verdictCell = (verdict: 'met' | 'missed' | 'later'): Cell => ({
  lines: [verdict],
  red: verdict === 'missed',
  bold: verdict === 'missed',
});

const minutesCell = (minutes: number | null): string => (minutes === null ? NONE : String(minutes));

const slaSentences = (sla: ServiceReport['sla']): string[] => {
  const targets =
    sla.acknowledgeMinutes === null && sla.resolveMinutes === null
      ? 'Targets: the plan sets none.'
      : `Targets (the plan’s): acknowledge within ${sla.acknowledgeMinutes ?? NONE} min, resolve within ${sla.resolveMinutes ?? NONE} min of opening.`;
  return [
    targets,
    `Deadlines that fell in this period: acknowledge ${sla.acknowledgeMet} met, ${sla.acknowledgeMissed} missed; resolve ${sla.resolveMet} met, ${sla.resolveMissed} missed.`,
    'A deadline after the period’s end shows as “later”: the next period’s report judges it.',
  ];
};

const drawIncidents = (cursor: Cursor) => {
  const { report, zone, fonts } = cursor;
  heading(cursor, 'Incidents and SLA');
  const { sla } = report;
  const missed = sla.acknowledgeMissed + sla.resolveMissed;
  ensureSpace(cursor, LINE);
  drawText(
    cursor,
    sla.met ? 'SLA met: no deadline was missed.' : `SLA not met: ${missed} deadline${missed === 1 ? '' : 's'} missed.`,
    LEFT,
    cursor.y,
    { font: fonts.bold, color: sla.met ? BLACK : RED },
  );
  cursor.y -= LINE;
  for (const sentence of slaSentences(sla)) paragraph(cursor, sentence);
  cursor.y -= 4;
  if (report.incidents.length === 0) {
    noneLine(cursor, 'None: no incident was open during this period.');
    return;
  }
  paragraph(cursor, `Minutes from opening, rounded half up. Times in ${zone}; — means not within the period.`, {
    color: GREY,
  });
  cursor.y -= 4;
  table(
    cursor,
    'Incidents',
    [
      { header: 'Monitor', fill: true },
      { header: 'Opened', width: 64 },
      { header: 'Acknowledged', width: 82 },
      { header: 'Min. to ack.', width: 30, align: 'right' },
      { header: 'Ack. SLA', width: 34 },
      { header: 'Resolved', width: 82 },
      { header: 'Min. to resolve', width: 30, align: 'right' },
      { header: 'Resolve SLA', width: 34 },
    ],
    report.incidents.map((incident) => [
      {
        lines: [incident.monitorName, incident.carriedOver ? `${incident.severity}, carried over` : incident.severity],
      },
      zonedTime(incident.openedAt, cursor.times),
      actionCell(incident.acknowledgedAt, incident.acknowledgeDueAt, cursor.times),
      minutesCell(incident.minutesToAcknowledge),
      verdictCell(incident.acknowledge),
      actionCell(incident.resolvedAt, incident.resolveDueAt, cursor.times),
      minutesCell(incident.minutesToResolve),
      verdictCell(incident.resolve),
    ]),
  );
};

const drawTasks = (cursor: Cursor) => {
  const { report, zone } = cursor;
  heading(cursor, 'Tasks run');
  if (report.tasks.length === 0) {
    noneLine(cursor, 'None: no task finished in this period.');
    return;
  }
  paragraph(
    cursor,
    `Tasks that reached a final status in the period. Duration from start of run to end, whole minutes. Times in ${zone}.`,
    {
      color: GREY,
    },
  );
  cursor.y -= 4;
  table(
    cursor,
    'Tasks run',
    [
      { header: 'Task', fill: true },
      { header: 'Host', width: 62 },
      { header: 'Parameters', width: 100 },
      { header: 'Requested by', width: 64 },
      { header: 'Approved by', width: 64 },
      { header: 'Outcome', width: 40 },
      { header: 'Duration', width: 34, align: 'right' },
    ],
    report.tasks.map((task) => [
      { lines: [task.typeName, `finished ${zonedTime(task.finishedAt, cursor.times)}`] },
      task.hostName ?? NONE,
      paramsText(task.params),
      task.requestedBy,
      task.approvedBy ?? NONE,
      { lines: [words(task.outcome)], red: task.outcome !== 'succeeded' },
      task.durationMinutes === null ? NONE : `${task.durationMinutes} min`,
    ]),
  );
};

const drawHours = (cursor: Cursor) => {
  const { report, zone } = cursor;
  const { hours } = report;
  heading(cursor, 'Webmaster hours');
  fact(cursor, 'Included in the plan', minutesFigure(hours.includedMinutes));
  fact(cursor, 'Recorded', minutesFigure(hours.recordedMinutes));
  fact(cursor, 'Rounded', minutesFigure(hours.roundedMinutes));
  fact(cursor, 'Beyond the included', minutesFigure(hours.overageMinutes));
  fact(cursor, 'Rounding rule', hours.roundingRule);
  cursor.y -= LINE / 2;
  if (hours.items.length === 0) {
    noneLine(cursor, 'None: no webmaster time was recorded in this period.');
    return;
  }
  paragraph(cursor, `Each engagement, from the usage ledger (reversed records left out). Times in ${zone}.`, {
    color: GREY,
  });
  cursor.y -= 4;
  table(
    cursor,
    'Webmaster hours',
    [
      { header: 'When', width: 64 },
      { header: 'Source', width: 92 },
      { header: 'Description', fill: true },
      { header: 'Recorded min', width: 40, align: 'right' },
      { header: 'Rounded min', width: 40, align: 'right' },
      { header: 'Usage record', width: 96 },
    ],
    hours.items.map((item) => [
      zonedTime(item.occurredAt, cursor.times),
      { lines: [item.source, item.sourceId] },
      item.description,
      String(item.minutes),
      String(item.roundedMinutes),
      item.usageRecordId,
    ]),
  );
};

const drawUpcoming = (cursor: Cursor) => {
  const { report, zone } = cursor;
  const { upcoming } = report;
  heading(cursor, 'What comes next');
  subheading(cursor, 'Certificates expiring within 60 days of the period’s end');
  if (upcoming.certificates.length === 0) noneLine(cursor, 'None: no certificate expires within 60 days.');
  else
    table(
      cursor,
      'Certificates',
      [
        { header: 'Monitor', width: 150 },
        { header: 'Subject', fill: true },
        { header: 'Expires on', width: 60 },
        { header: 'Days left', width: 40, align: 'right' },
      ],
      upcoming.certificates.map((certificate) => [
        certificate.monitorName,
        certificate.subject,
        certificate.expiresOn,
        String(certificate.daysLeft),
      ]),
    );
  subheading(cursor, 'Domains');
  paragraph(cursor, upcoming.domains);
  cursor.y -= LINE / 2;
  subheading(cursor, `Planned maintenance (times in ${zone})`);
  if (upcoming.maintenance.length === 0) noneLine(cursor, 'None: no maintenance is planned.');
  else
    table(
      cursor,
      'Planned maintenance',
      [
        { header: 'Monitor', width: 130 },
        { header: 'Start', width: 64 },
        { header: 'End', width: 64 },
        { header: 'Reason', fill: true },
      ],
      upcoming.maintenance.map((slot) => [
        slot.monitorName,
        zonedTime(slot.start, cursor.times),
        zonedTime(slot.end, cursor.times),
        slot.reason,
      ]),
    );
};

const drawInvoice = (cursor: Cursor) => {
  const { report, fonts } = cursor;
  heading(cursor, 'Invoice');
  const invoice = report.invoice;
  if (!invoice) {
    noneLine(cursor, 'None: no invoice was issued for this period.');
    return;
  }
  const money = (minor: number) => formatAmount(minor, invoice.currency);
  fact(cursor, 'Invoice number', invoice.number);
  fact(cursor, 'Status', words(invoice.status));
  cursor.y -= LINE / 2;
  const columns = place([
    { header: 'Description', fill: true },
    { header: 'Qty', width: 50, align: 'right' },
    { header: 'Unit', width: 80 },
    { header: 'Amount', width: 80, align: 'right' },
  ]);
  const [description, quantity, unit, amount] = columns as [PlacedColumn, PlacedColumn, PlacedColumn, PlacedColumn];
  const continued = () => {
    drawText(cursor, 'Invoice (continued)', LEFT, cursor.y, { font: fonts.bold, size: 10 });
    cursor.y -= LINE + 4;
    drawTableHeader(cursor, columns);
  };
  drawTableHeader(cursor, columns);
  for (const line of invoice.lines) {
    const text = cellLines(fonts.regular, line.description, description.width);
    ensureSpace(cursor, text.length * TABLE_LINE + TABLE_LINE, continued);
    const y = cursor.y;
    drawCell(cursor, description, text, y, fonts.regular, BLACK);
    drawCell(cursor, quantity, [quantityFormat.format(line.quantity)], y, fonts.regular, BLACK);
    drawText(cursor, line.unit, unit.x, y, { size: TABLE_SIZE, maxWidth: unit.width });
    drawCell(cursor, amount, [money(line.amount)], y, fonts.regular, BLACK);
    cursor.y -= text.length * TABLE_LINE;
    // Every source is listed, however many: line by line, continuing on the next page if it must.
    for (const sourceLine of wrap(fonts.regular, encodable(sourcesText(line.sources)), WIDTH - 12, TABLE_SIZE)) {
      ensureSpace(cursor, TABLE_LINE, continued);
      drawText(cursor, sourceLine, LEFT + 12, cursor.y, { size: TABLE_SIZE, color: GREY });
      cursor.y -= TABLE_LINE;
    }
    cursor.y -= ROW_GAP;
  }
  rule(cursor, cursor.y + TABLE_LINE - 4);
  cursor.y -= LINE / 2;
  const totals: [string, number, boolean][] = [
    ['Net', invoice.net, false],
    ['VAT', invoice.gross - invoice.net, false],
    ['Gross', invoice.gross, true],
  ];
  ensureSpace(cursor, totals.length * LINE);
  for (const [label, value, bold] of totals) {
    const font = bold ? fonts.bold : fonts.regular;
    drawText(cursor, label, unit.x, cursor.y, { font });
    drawText(cursor, money(value), RIGHT, cursor.y, { font, align: 'right' });
    cursor.y -= LINE;
  }
};

/** Every page: what the document is at the top, and `Page n of m` at the foot. */
const drawHeadersAndFooters = (cursor: Cursor) => {
  const { report, zone } = cursor;
  const pages = cursor.doc.getPages();
  const header = `${report.tenantName} · ${titleOf(report)}`;
  pages.forEach((page, index) => {
    const onPage = { ...cursor, page };
    drawText(onPage, header, LEFT, HEADER_Y, { size: 8, color: GREY, maxWidth: WIDTH - 90 });
    drawText(onPage, 'Opsdesk', RIGHT, HEADER_Y, { size: 8, color: GREY, align: 'right' });
    rule(onPage, HEADER_Y - 5);
    drawText(onPage, `Generated ${zonedTime(report.generatedAt, cursor.times)} (${zone})`, LEFT, FOOTER_Y, {
      size: 8,
      color: GREY,
    });
    drawText(onPage, `Page ${index + 1} of ${pages.length}`, RIGHT, FOOTER_Y, { size: 8, color: GREY, align: 'right' });
  });
};

/** Fixed metadata (dates from the report, not the clock) so the same report gives the same bytes. */
const setMetadata = (doc: PdfDocument, report: ServiceReport) => {
  const generated = new Date(Date.parse(report.generatedAt));
  doc.info = {
    title: `${titleOf(report)} — ${report.tenantName}`,
    subject: `Service report of ${report.tenantName}, period ${report.periodId}`,
    author: 'Opsdesk',
    creator: 'Opsdesk',
    producer: 'Opsdesk',
    creationDate: generated,
    modificationDate: generated,
  };
};

/** The report as PDF bytes: the same report always gives the same bytes. */
export const renderServiceReportPdf = async (report: ServiceReport): Promise<Uint8Array> => {
  const doc = new PdfDocument({ language: 'en' });
  const fonts: Fonts = { regular: HELVETICA, bold: HELVETICA_BOLD };
  setMetadata(doc, report);
  const times = timesOf(report);
  const page = doc.addPage(PAGE_SIZE);
  const cursor: Cursor = { doc, fonts, report, zone: times.zone, times, page, y: TOP };
  drawTitle(cursor);
  drawMethod(cursor);
  drawUptime(cursor);
  drawIncidents(cursor);
  drawTasks(cursor);
  drawHours(cursor);
  drawUpcoming(cursor);
  drawInvoice(cursor);
  drawHeadersAndFooters(cursor);
  return doc.save();
};

/** Letters that do not decompose into a Latin letter and an accent. */
const LETTERS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', þ: 'th' };

/** Lowercase ASCII letters and digits joined by hyphens (accents dropped): safe in a file name and a header. */
const slugified = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[ßłøæœđþ]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/**
 * `service-report-<organisation>-<YYYY-MM>.pdf`: a download or attachment name that says whose report and which
 * month; the tenant id stands in for a name with no Latin letters or digits.
 */
export const serviceReportPdfFilename = (report: ServiceReport): string =>
  `service-report-${slugified(report.tenantName) || slugified(report.tenantId) || 'organisation'}-${report.periodId}.pdf`;
