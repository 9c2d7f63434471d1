import { uptimePercent } from '../monitoring/uptime-percent.js';
import type { PublicStatus, StatusDay } from './model.js';

/**
 * The public status page as one HTML document (issue 14): no script, no external resource, one inline `<style>`
 * whose SHA-256 the page's Content-Security-Policy names (`statusPageCsp`), so nothing else can style or run. Every
 * value is escaped; every time says its zone (UTC); each monitor's 90 day bars come with a text alternative.
 */

/**
 * The page's only style sheet. Its exact bytes are hashed into the CSP (CloudFront's `/status/*` behaviour and the
 * handler's own header), so change it only here. No `style` attributes anywhere: the CSP does not allow them.
 */
export const STATUS_PAGE_CSS = [
  ':root{color-scheme:light;--ink:#1b1f24;--muted:#4a5563;--line:#d6dbe1;--up:#1f7a3d;--down:#b42318;--part:#a35507;--none:#9aa4b1;--maint:#2f5cb8}',
  '*{box-sizing:border-box}',
  'body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f7f8fa}',
  'main{max-width:56rem;margin:0 auto;padding:1.5rem 1rem 3rem}',
  'h1{font-size:1.75rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .75rem}h3{font-size:1rem;margin:0}',
  '.muted{color:var(--muted)}.small{font-size:.875rem}',
  'ul[role=list]{list-style:none;margin:0;padding:0}',
  '.overall{border-radius:.5rem;padding:1rem 1.25rem;margin:1.25rem 0;font-weight:600;color:#fff}',
  '.overall-operational{background:var(--up)}.overall-degraded{background:var(--part)}.overall-outage{background:var(--down)}',
  '.overall-maintenance{background:var(--maint)}.overall-unknown{background:#5b6674}',
  '.card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem;margin:0 0 .75rem}',
  '.row{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;align-items:baseline}',
  '.state{font-weight:600}.state-up{color:var(--up)}.state-down{color:var(--down)}.state-maintenance{color:var(--maint)}',
  '.state-pending,.state-no_data{color:var(--muted)}',
  '.bars{display:flex;gap:1px;height:2rem;margin:.75rem 0 .25rem;padding:0;list-style:none}',
  '.bar{flex:1 1 0;min-width:2px;border-radius:1px;background:var(--none)}',
  '.bar-up{background:var(--up)}.bar-partial{background:var(--part)}.bar-down{background:var(--down)}.bar-maint{background:var(--maint)}',
  '.axis{display:flex;justify-content:space-between;font-size:.75rem;color:var(--muted)}',
  '.legend{display:flex;flex-wrap:wrap;gap:1rem;font-size:.875rem;color:var(--muted);margin:.5rem 0 0;padding:0;list-style:none}',
  '.key{display:inline-block;width:.75rem;height:.75rem;border-radius:2px;margin-right:.35rem;vertical-align:-1px}',
  '.updates{margin:.5rem 0 0;padding-left:1.25rem}.updates li{margin:.25rem 0}',
  '.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:.1rem .5rem;border-radius:1rem;background:#e9edf2}',
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
  'footer{margin-top:2.5rem;font-size:.875rem;color:var(--muted)}',
  '@media (prefers-reduced-motion:no-preference){.bar{transition:opacity .1s}}',
].join('');

/**
 * The Content-Security-Policy of a status page, given the base64 SHA-256 of `STATUS_PAGE_CSS` (computed by the
 * caller: shared code stays free of node modules): nothing may load, run, submit or frame it but that style sheet.
 */
export const statusPageCsp = (cssSha256Base64: string): string =>
  [
    "default-src 'none'",
    `style-src 'sha256-${cssSha256Base64}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values, escaped. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/** An instant as `2026-12-06 14:05 UTC`: the page shows every time in UTC and says so. */
export const utcTime = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const percent = (uptime: number | null): string =>
  uptime === null ? 'no data' : `${uptimePercent(uptime).toFixed(2)} %`;

const STATE_LABELS: Record<PublicStatus['monitors'][number]['state'], string> = {
  up: 'Operational',
  down: 'Down',
  maintenance: 'In maintenance',
  pending: 'Not checked yet',
  no_data: 'No data',
};

const OVERALL_LABELS: Record<PublicStatus['overall'], string> = {
  operational: 'All systems operational',
  degraded: 'Some systems are down',
  outage: 'Major outage',
  maintenance: 'Maintenance in progress',
  unknown: 'Status not known yet',
};

const INCIDENT_LABELS: Record<PublicStatus['incidents'][number]['status'], string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

/** A day's bar class: all up, some down, all down, only maintenance, or nothing counted. */
const barClass = (day: StatusDay): string => {
  if (day.up + day.down === 0) return day.maintenance > 0 ? 'bar bar-maint' : 'bar';
  if (day.down === 0) return 'bar bar-up';
  return day.up === 0 ? 'bar bar-down' : 'bar bar-partial';
};

const dayTitle = (day: StatusDay): string =>
  day.up + day.down === 0
    ? `${day.date} (UTC): ${day.maintenance > 0 ? 'maintenance' : 'no data'}`
    : `${day.date} (UTC): ${percent(day.uptime)} up`;

/** What the bars say in words: the counts of day kinds and each day with downtime (the screen reader's version). */
export const barsSummary = (days: readonly StatusDay[]): string => {
  const counted = days.filter((day) => day.up + day.down > 0);
  const troubled = counted.filter((day) => day.down > 0);
  const parts = [
    `${days.length} days (UTC):`,
    `${counted.length - troubled.length} fully up,`,
    `${troubled.length} with downtime,`,
    `${days.length - counted.length} without data.`,
  ];
  const list = troubled.map((day) => `${day.date} ${percent(day.uptime)}`).join('; ');
  return list ? `${parts.join(' ')} Days with downtime: ${list}.` : parts.join(' ');
};

const monitorSection = (monitor: PublicStatus['monitors'][number]): string => {
  const first = monitor.days[0]?.date ?? '';
  const last = monitor.days.at(-1)?.date ?? '';
  return [
    '<li class="card">',
    '<div class="row">',
    `<h3>${escapeHtml(monitor.name)}</h3>`,
    `<span class="state state-${monitor.state}">${STATE_LABELS[monitor.state]}</span>`,
    '</div>',
    `<ol class="bars" aria-hidden="true">${monitor.days
      .map((day) => `<li class="${barClass(day)}" title="${escapeHtml(dayTitle(day))}"></li>`)
      .join('')}</ol>`,
    `<p class="sr">${escapeHtml(barsSummary(monitor.days))}</p>`,
    `<div class="axis" aria-hidden="true"><span>${escapeHtml(first)}</span><span>${escapeHtml(
      `${percent(monitor.uptime90d)} uptime over ${monitor.days.length} days`,
    )}</span><span>${escapeHtml(last)}</span></div>`,
    `<p class="sr">Uptime over the last ${monitor.days.length} days: ${escapeHtml(percent(monitor.uptime90d))}.</p>`,
    '</li>',
  ].join('');
};

const LEGEND = [
  '<ul class="legend" aria-label="What the bar colours mean">',
  '<li><span class="key bar-up"></span>All checks up</li>',
  '<li><span class="key bar-partial"></span>Some downtime</li>',
  '<li><span class="key bar-down"></span>Down all day</li>',
  '<li><span class="key bar-maint"></span>Maintenance</li>',
  '<li><span class="key bar"></span>No data</li>',
  '</ul>',
].join('');

const incidentSection = (incident: PublicStatus['incidents'][number]): string =>
  [
    '<li class="card">',
    '<div class="row">',
    `<h3>${escapeHtml(incident.title)}</h3>`,
    `<span class="badge">${INCIDENT_LABELS[incident.status]}</span>`,
    '</div>',
    `<p class="muted small">Started <time datetime="${escapeHtml(incident.startedAt)}">${escapeHtml(
      utcTime(incident.startedAt),
    )}</time>${
      incident.resolvedAt
        ? `, resolved <time datetime="${escapeHtml(incident.resolvedAt)}">${escapeHtml(utcTime(incident.resolvedAt))}</time>`
        : ''
    }</p>`,
    '<ol class="updates" reversed>',
    ...incident.updates.map(
      (update) =>
        `<li><strong>${INCIDENT_LABELS[update.status]}</strong> — <time datetime="${escapeHtml(update.at)}">${escapeHtml(
          utcTime(update.at),
        )}</time>: ${escapeHtml(update.text)}</li>`,
    ),
    '</ol>',
    '</li>',
  ].join('');

const maintenanceSection = (slot: PublicStatus['maintenance'][number]): string =>
  [
    '<li class="card">',
    `<h3>${escapeHtml(slot.name)}</h3>`,
    `<p><time datetime="${escapeHtml(slot.start)}">${escapeHtml(utcTime(slot.start))}</time> to <time datetime="${escapeHtml(
      slot.end,
    )}">${escapeHtml(utcTime(slot.end))}</time></p>`,
    `<p class="muted">${escapeHtml(slot.reason)}</p>`,
    '</li>',
  ].join('');

const document = (title: string, body: string): string =>
  [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STATUS_PAGE_CSS}</style>`,
    '</head>',
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');

/** The status page of `status` as a complete HTML document. */
export const renderStatusHtml = (status: PublicStatus): string => {
  const body = [
    '<header>',
    `<h1>${escapeHtml(status.name)} status</h1>`,
    `<p class="muted small">Updated <time datetime="${escapeHtml(status.updatedAt)}">${escapeHtml(
      utcTime(status.updatedAt),
    )}</time>. All times are in UTC. Figures may be up to a minute old; reload to see changes.</p>`,
    '</header>',
    `<p class="overall overall-${status.overall}" role="status">${OVERALL_LABELS[status.overall]}</p>`,
    '<section aria-labelledby="monitors-heading">',
    '<h2 id="monitors-heading">Services</h2>',
    status.monitors.length
      ? `<ul role="list">${status.monitors.map(monitorSection).join('')}</ul>${LEGEND}`
      : '<p class="muted">No services are shown on this page yet.</p>',
    '</section>',
    '<section aria-labelledby="incidents-heading">',
    '<h2 id="incidents-heading">Incidents</h2>',
    status.incidents.length
      ? `<ul role="list">${status.incidents.map(incidentSection).join('')}</ul>`
      : '<p class="muted">No incidents in the last 14 days.</p>',
    '</section>',
    '<section aria-labelledby="maintenance-heading">',
    '<h2 id="maintenance-heading">Planned maintenance</h2>',
    status.maintenance.length
      ? `<ul role="list">${status.maintenance.map(maintenanceSection).join('')}</ul>`
      : '<p class="muted">No maintenance planned.</p>',
    '</section>',
    '<footer>Uptime counts checks that were up against those that were down; maintenance and checks without data are not counted. Powered by Opsdesk.</footer>',
  ].join('\n');
  return document(`${status.name} status`, body);
};

/** The page for a slug that is unknown or not published (served with status 404). */
export const renderStatusNotFoundHtml = (slug: string): string =>
  document(
    'Status page not found',
    [
      '<h1>Status page not found</h1>',
      `<p>There is no published status page at <code>/status/${escapeHtml(slug)}</code>.</p>`,
      '<p class="muted">The address may be mistyped, or the organisation has not published its page (or no longer does). If you expected a page here, ask the organisation for its status page address.</p>',
    ].join('\n'),
  );
