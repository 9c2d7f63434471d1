import { type CsvValue, csvDocument } from '../platform/csv.js';
import type { ServiceReport } from './model.js';

/**
 * The service report as CSV (`GET /api/reports/{period}` with `Accept: text/csv`): one row per figure — section, the
 * thing it is about, the figure's name and its value — so a spreadsheet can filter any section without a layout of
 * its own. Times are UTC instants as in the JSON; money in minor units; uptime as a ratio (0–1).
 */
export const serviceReportCsv = (report: ServiceReport): string => {
  const rows: CsvValue[][] = [];
  const add = (section: string, item: string, field: string, value: string | number | boolean | null): void => {
    rows.push([section, item, field, value === null ? '' : typeof value === 'boolean' ? String(value) : value]);
  };

  add('report', report.tenantName, 'period', report.periodId);
  add('report', report.tenantName, 'periodStart', report.period.start);
  add('report', report.tenantName, 'periodEnd', report.period.end);
  add('report', report.tenantName, 'timeZone', report.timeZone);
  add('report', report.tenantName, 'plan', report.plan?.name ?? null);
  add('report', report.tenantName, 'generatedAt', report.generatedAt);
  report.method.forEach((sentence, index) => {
    add('method', String(index + 1), 'text', sentence);
  });

  for (const monitor of report.monitors) {
    add('uptime', monitor.name, 'monitoredFrom', monitor.monitoredFrom);
    add('uptime', monitor.name, 'up', monitor.up);
    add('uptime', monitor.name, 'down', monitor.down);
    add('uptime', monitor.name, 'noData', monitor.noData);
    add('uptime', monitor.name, 'maintenance', monitor.maintenance);
    add('uptime', monitor.name, 'uptime', monitor.uptime);
  }
  for (const incident of report.incidents) {
    const item = `${incident.monitorName} ${incident.openedAt}`;
    add('incidents', item, 'incidentId', incident.incidentId);
    add('incidents', item, 'severity', incident.severity);
    add('incidents', item, 'openedAt', incident.openedAt);
    add('incidents', item, 'acknowledgedAt', incident.acknowledgedAt);
    add('incidents', item, 'resolvedAt', incident.resolvedAt);
    add('incidents', item, 'minutesToAcknowledge', incident.minutesToAcknowledge);
    add('incidents', item, 'minutesToResolve', incident.minutesToResolve);
    add('incidents', item, 'acknowledge', incident.acknowledge);
    add('incidents', item, 'resolve', incident.resolve);
  }
  add('sla', 'targets', 'acknowledgeMinutes', report.sla.acknowledgeMinutes);
  add('sla', 'targets', 'resolveMinutes', report.sla.resolveMinutes);
  add('sla', 'deadlines', 'acknowledgeMet', report.sla.acknowledgeMet);
  add('sla', 'deadlines', 'acknowledgeMissed', report.sla.acknowledgeMissed);
  add('sla', 'deadlines', 'resolveMet', report.sla.resolveMet);
  add('sla', 'deadlines', 'resolveMissed', report.sla.resolveMissed);
  add('sla', 'deadlines', 'met', report.sla.met);

  for (const task of report.tasks) {
    const item = `${task.typeName} ${task.taskId}`;
    add('tasks', item, 'host', task.hostName);
    add('tasks', item, 'parameters', JSON.stringify(task.params));
    add('tasks', item, 'requestedBy', task.requestedBy);
    add('tasks', item, 'approvedBy', task.approvedBy);
    add('tasks', item, 'outcome', task.outcome);
    add('tasks', item, 'requestedAt', task.requestedAt);
    add('tasks', item, 'finishedAt', task.finishedAt);
    add('tasks', item, 'durationMinutes', task.durationMinutes);
  }

  add('hours', 'total', 'includedMinutes', report.hours.includedMinutes);
  add('hours', 'total', 'recordedMinutes', report.hours.recordedMinutes);
  add('hours', 'total', 'roundedMinutes', report.hours.roundedMinutes);
  add('hours', 'total', 'overageMinutes', report.hours.overageMinutes);
  add('hours', 'total', 'roundingRule', report.hours.roundingRule);
  for (const item of report.hours.items) {
    add('hours', item.usageRecordId, 'description', item.description);
    add('hours', item.usageRecordId, 'occurredAt', item.occurredAt);
    add('hours', item.usageRecordId, 'minutes', item.minutes);
    add('hours', item.usageRecordId, 'roundedMinutes', item.roundedMinutes);
  }

  for (const certificate of report.upcoming.certificates) {
    add('upcoming', certificate.subject, 'certificateExpiresOn', certificate.expiresOn);
  }
  add('upcoming', 'domains', 'note', report.upcoming.domains);
  for (const slot of report.upcoming.maintenance) {
    add('upcoming', slot.monitorName, 'maintenance', `${slot.start}/${slot.end} ${slot.reason}`);
  }

  if (report.invoice) {
    const invoice = report.invoice;
    add('invoice', invoice.number, 'status', invoice.status);
    add('invoice', invoice.number, 'currency', invoice.currency);
    add('invoice', invoice.number, 'net', invoice.net);
    add('invoice', invoice.number, 'gross', invoice.gross);
    invoice.lines.forEach((line, index) => {
      const item = `${invoice.number} line ${index + 1}`;
      add('invoice', item, 'description', line.description);
      add('invoice', item, 'amount', line.amount);
      add('invoice', item, 'sources', line.sources.map((source) => `${source.type}:${source.id}`).join(' '));
    });
  }
  return csvDocument(['section', 'item', 'field', 'value'], rows);
};
