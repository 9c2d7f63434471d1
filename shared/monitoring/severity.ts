import type { Incident, IncidentSeverity, Monitor } from './model.js';

/**
 * What a failing monitor means: how severe its incident is, and which runbook tasks belong to it. Kept apart from
 * the incident flow so the operators' queue, the e-mails and the docs agree on one table.
 */

/**
 * Severity by what stopped: a site, port or name that does not answer is an outage (critical); a missed heartbeat,
 * a certificate about to expire or a full disk will become one (major); a certificate file on disk is a warning
 * (minor). A stopped service on a host is an outage.
 */
export const severityOf = (monitor: Pick<Monitor, 'kind' | 'hostCheck'>): IncidentSeverity => {
  switch (monitor.kind) {
    case 'http':
    case 'tcp':
    case 'dns':
      return 'critical';
    case 'tls':
    case 'heartbeat':
      return 'major';
    case 'host':
      if (monitor.hostCheck?.check === 'service') return 'critical';
      if (monitor.hostCheck?.check === 'certificate-file') return 'minor';
      return 'major';
  }
};

const RANK: Record<IncidentSeverity, number> = { critical: 0, major: 1, minor: 2 };

/** The operators' queue order: most severe first, then the oldest (by when it opened), then by id. */
export const queueOrder = (a: Incident, b: Incident): number =>
  RANK[a.severity] - RANK[b.severity] || Date.parse(a.openedAt) - Date.parse(b.openedAt) || a.id.localeCompare(b.id);

/** A diagnostic task an incident requests on its own when it opens. */
export interface DiagnosticPlan {
  typeId: string;
  params: Record<string, unknown>;
}

/** The host name and port of an `https://…` target, for the certificate check; null when it is not a URL. */
const tlsEndpoint = (target: string | null): { domain: string; port: number } | null => {
  if (!target) return null;
  try {
    const url = new URL(target.includes('://') ? target : `https://${target}`);
    const domain = url.hostname.replace(/^\[|\]$/g, '');
    if (!/^[A-Za-z0-9.-]+$/.test(domain)) return null;
    return { domain, port: url.port ? Number(url.port) : 443 };
  } catch {
    return null;
  }
};

/**
 * The runbook's first step per monitor kind: a certificate check for TLS monitors (its domain and port from the
 * target); a disk report for everything else that runs on a host (a full disk is the most common reason a service,
 * a site or a cron job stops, and the report is read-only). Nothing without a host: there is nowhere to run it.
 * A certificate file on disk has no domain to check, so it gets the disk report too.
 */
export const diagnosticsFor = (monitor: Pick<Monitor, 'kind' | 'hostId' | 'target'>): DiagnosticPlan[] => {
  if (!monitor.hostId) return [];
  if (monitor.kind === 'tls') {
    const endpoint = tlsEndpoint(monitor.target);
    return endpoint ? [{ typeId: 'certificate-check', params: endpoint }] : [];
  }
  if (monitor.kind === 'dns') return [];
  return [{ typeId: 'disk-report', params: {} }];
};

/** The remediation task types an operator is offered per monitor kind (the web app's one-click buttons). */
export const remediationsFor = (monitor: Pick<Monitor, 'kind' | 'hostCheck'>): string[] => {
  if (monitor.kind === 'tls') return ['certificate-renewal'];
  if (monitor.kind === 'host' && monitor.hostCheck?.check === 'certificate-file') return ['certificate-renewal'];
  if (monitor.kind === 'dns') return [];
  return ['service-restart'];
};
