import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatUptime,
  renderServiceReportPdf,
  serviceReportPdfFilename,
} from '../../../../functions/adapters/pdf/report-pdf.js';
import type { ServiceReport } from '../../../../shared/reports/model.js';
import {
  emptyServiceReportFixture,
  FIXTURE_TASK_COUNT,
  REPORT_METHOD,
  ROUNDING_RULE,
  serviceReportFixture,
} from '../../../support/report-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** The text Debian’s pdftotext extracts, in layout mode; pages are separated by form feeds. */
const textOf = (bytes: Uint8Array): string => {
  const file = join(dir, `report-${files++}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};
const pagesOf = (text: string): string[] => text.split('\f').filter((page) => page.trim() !== '');
const collapsed = (text: string) => text.replace(/\s+/g, ' ');

const literal = (cell: string) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `a  b` in layout text: the same line, any spacing between. */
const row = (...cells: string[]) => new RegExp(cells.map(literal).join('[ \\t]+'));

describe('formatUptime', () => {
  it.each([
    [1, '100.00 %'],
    [0, '0.00 %'],
    [0.9995, '99.95 %'],
    // Cut, not rounded: any downtime keeps it below 100.00 %.
    [0.99999, '99.99 %'],
    [2970 / 2976, '99.79 %'],
    [null, '—'],
  ])('%s is %s', (uptime, expected) => {
    expect(formatUptime(uptime)).toBe(expected);
  });
});

describe('serviceReportPdfFilename', () => {
  it('names the organisation and the month', () => {
    expect(serviceReportPdfFilename(serviceReportFixture())).toBe('service-report-backerei-muller-gmbh-2026-10.pdf');
  });

  it('spells letters without a Latin base and falls back to the tenant id for a name without any', () => {
    expect(serviceReportPdfFilename(serviceReportFixture({ tenantName: 'Łódź Straße Ærø' }))).toBe(
      'service-report-lodz-strasse-aero-2026-10.pdf',
    );
    expect(serviceReportPdfFilename(serviceReportFixture({ tenantName: '株式会社 🚀' }))).toBe(
      'service-report-t-baeckerei-2026-10.pdf',
    );
  });
});

describe('renderServiceReportPdf', () => {
  const report = serviceReportFixture();
  const rendered = renderServiceReportPdf(report);

  it('heads the report with the organisation, the period in its zone and in UTC, and the zone’s offsets', async () => {
    const bytes = await rendered;
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = textOf(bytes);
    expect(text).toMatch(/^\s*Service report$/m);
    expect(text).toMatch(/^\s*Bäckerei Müller GmbH$/m);
    expect(text).toMatch(row('Period', 'October 2026'));
    expect(text).toMatch(row('In Europe/Berlin', 'from 2026-10-01 02:00 to 2026-11-01 01:00'));
    expect(text).toMatch(row('In UTC', 'from 2026-10-01 00:00 to 2026-11-01 00:00 UTC (end excluded)'));
    expect(text).toMatch(row('Times shown in', 'Europe/Berlin, UTC+02:00; UTC+01:00 from 2026-10-25 01:00 UTC'));
    expect(text).toMatch(row('Plan', 'Managed Business'));
    expect(text).toMatch(row('Generated', '2026-11-01 01:05 (Europe/Berlin)'));
  });

  it('prints every sentence of the accounting method in full', async () => {
    const text = collapsed(textOf(await rendered));
    expect(text).toContain('How the figures are counted');
    for (const sentence of REPORT_METHOD) expect(text).toContain(`• ${sentence}`);
  });

  it('shows every monitor’s uptime with two decimals and its counts, “no data” apart and — without counts', async () => {
    const text = textOf(await rendered);
    expect(text).toMatch(row('Monitor', 'Kind', 'Watched from', 'Uptime', 'Up', 'Down', 'No data', 'Maintenance'));
    expect(text).toMatch(row('Shop website', 'http', '2026-10-01 02:00', '99.95 %', '8912', '4', '12', '30'));
    expect(text).toMatch(row('Shop TLS certificate', 'tls', '2026-10-01 02:00', '100.00 %', '744', '0', '0', '0'));
    expect(text).toMatch(row('DNS baeckerei-mueller.de', 'dns', '2026-10-01 02:00', '99.79 %', '2970', '6', '0', '0'));
    // Created mid-month: watched from its creation (11:30 in Berlin).
    expect(text).toMatch(row('Nightly backup heartbeat', 'heartbeat', '2026-10-15 11:30', '94.11 %', '16', '1', '0'));
    // Only “no data”: no uptime at all, never 100 %.
    expect(text).toMatch(row('Mail server port 587', 'tcp', '2026-10-01 02:00', '—', '0', '0', '1440', '0'));
    // A long name wraps within its column; the figures stay on its first line.
    expect(text).toMatch(
      row('Web server disk space on', 'host', '2026-10-01 02:00', '95.23 %', '4000', '200', '0', '60'),
    );
    expect(text).toMatch(/^web-01\.baeckerei-mueller\.de \(root volume\)$/m);
  });

  it('lists incidents with minutes to acknowledge and resolve, the verdicts and the SLA summary', async () => {
    const text = textOf(await rendered);
    expect(text).toContain('SLA not met: 2 deadlines missed.');
    expect(text).toContain('Targets (the plan’s): acknowledge within 15 min, resolve within 240 min of opening.');
    expect(text).toContain('Deadlines that fell in this period: acknowledge 3 met, 1 missed; resolve 2 met, 1 missed.');
    expect(text).toMatch(
      row('Shop website', '2026-10-01 01:55', '2026-10-01 02:04', '9', 'met', '2026-10-01 03:10', '75', 'met'),
    );
    expect(text).toMatch(row('critical, carried over', 'due 2026-10-01 02:10', 'due 2026-10-01 05:55'));
    expect(text).toMatch(
      row(
        'DNS baeckerei-mueller.de',
        '2026-10-12 10:00',
        '2026-10-12 10:31',
        '32',
        'missed',
        '2026-10-12 12:20',
        '140',
        'met',
      ),
    );
    // The night the clocks go back: each time carries its offset.
    expect(text).toMatch(
      row(
        'Web server disk space on',
        '2026-10-25 02:30',
        '2026-10-25 02:37',
        '8',
        'met',
        '2026-10-25 06:15',
        '285',
        'missed',
      ),
    );
    expect(text).toMatch(row('+02:00', '+02:00', '+01:00'));
    // Spanning the month’s end: resolved after it, so no minutes and the deadline is judged later.
    expect(text).toMatch(
      row('Nightly backup heartbeat', '2026-11-01 00:40', '2026-11-01 00:50', '10', 'met', '—', '—', 'later'),
    );
  });

  it('lists all 64 tasks over several pages, headers repeated and every page numbered', async () => {
    const text = textOf(await rendered);
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toMatch(row('Bäckerei Müller GmbH · Service report October 2026', 'Opsdesk'));
    });
    const taskPages = pages.filter((page) => page.includes('finished 2026-'));
    expect(taskPages.length).toBeGreaterThan(1);
    for (const page of taskPages) {
      expect(page).toMatch(row('Task', 'Host', 'Parameters', 'Requested by', 'Approved by', 'Outcome', 'Duration'));
    }
    expect(taskPages.slice(1).every((page) => page.includes('Tasks run (continued)'))).toBe(true);
    expect(text.match(/^finished 2026-10-\d\d \d\d:\d\d/gm)).toHaveLength(FIXTURE_TASK_COUNT);

    expect(text).toMatch(
      row(
        'Clear cache',
        'web-02.baeckere',
        'service=php8.2-fpm,',
        'Operator Jonas',
        'Maria Keller',
        'succeeded',
        '2 min',
      ),
    );
    expect(text).toMatch(row('finished 2026-10-02 10:01', 'i-mueller.de', 'attempt=1'));
    expect(text).toMatch(
      row(
        'Update WordPress plugins',
        'web-01.baeckere',
        'service=php8.2-fpm,',
        'Operator Jonas',
        '—',
        'failed',
        '4 min',
      ),
    );
    // Cancelled before it ran: no duration. On the DST day the finish time carries its offset.
    expect(text).toMatch(
      row('Rotate logs', 'web-03.baeckere', 'service=php8.2-fpm,', 'Operator Jonas', 'Maria Keller', 'cancelled', '—'),
    );
    expect(text).toMatch(row('finished 2026-10-25 09:24'));
    expect(text).toMatch(/^\+01:00$/m);
    // A path wider than its column wraps inside it, the next columns in place on the row’s first line.
    expect(text).toMatch(
      row('Clear cache', 'web-02.baeckere', 'path=/var/www/shop.baecke', 'Operator Jonas', 'Maria Keller', 'cancelled'),
    );
    expect(text).toMatch(row('rei-mueller.de/wp-content/u'));
  });

  it('accounts for the webmaster hours: the totals, the rounding rule and every engagement', async () => {
    const text = textOf(await rendered);
    expect(text).toMatch(row('Included in the plan', '240 min (4 h 00 min)'));
    expect(text).toMatch(row('Recorded', '235 min (3 h 55 min)'));
    expect(text).toMatch(row('Rounded', '270 min (4 h 30 min)'));
    expect(text).toMatch(row('Beyond the included', '30 min (0 h 30 min)'));
    expect(collapsed(text)).toContain(`Rounding rule ${ROUNDING_RULE}`);
    expect(text).toMatch(row('2026-10-06 11:00', 'booking', 'Monthly WordPress review', '50', '60', 'u-hours-1'));
    expect(text).toMatch(row('2026-10-14 15:00', 'booking', 'Landing page for the autumn', '95', '105', 'u-hours-2'));
    expect(text).toMatch(
      row('2026-10-20 17:45', 'task', 'Manual restore check after the failed', '20', '30', 'u-hours-3'),
    );
    expect(text).toMatch(row('task-007', 'backup'));
    expect(text).toMatch(row('2026-10-28 11:00', 'booking', 'Newsletter template fixes', '70', '75', 'u-hours-4'));
  });

  it('says what comes next: certificates, domains and planned maintenance', async () => {
    const text = textOf(await rendered);
    expect(text).toMatch(row('Shop TLS certificate', 'shop.baeckerei-mueller.de', '2026-12-09', '38'));
    expect(text).toContain('Domain registrations are not monitored: their expiry dates are not known to Opsdesk.');
    expect(text).toMatch(row('Shop website', '2026-11-04 06:00', '2026-11-04 07:30', 'PHP upgrade to 8.3'));
  });

  it('shows the invoice with its lines, each line’s sources and the totals', async () => {
    const text = textOf(await rendered);
    expect(text).toMatch(row('Invoice number', 'OD-2026-000042'));
    expect(text).toMatch(row('Status', 'finalized'));
    expect(text).toMatch(row('Managed Business plan, October 2026', '1', 'month', 'EUR 990.00'));
    expect(text).toContain('Rated from: plans managed-business.');
    expect(text).toMatch(row('Webmaster time beyond the allowance', '2', 'quarter-hours', 'EUR 45.00'));
    expect(text).toContain('Rated from: usage records u-hours-1, u-hours-2, u-hours-3, u-hours-4.');
    expect(text).toMatch(row('Call-out on 25 October (disk full on web-01)', '1', 'call-outs', 'EUR 150.00'));
    expect(text).toContain('Rated from: usage records u-callout-1.');
    expect(text).toMatch(row('Net', 'EUR 1,185.00'));
    expect(text).toMatch(row('VAT', 'EUR 225.15'));
    expect(text).toMatch(row('Gross', 'EUR 1,410.15'));
  });

  it('lists every source of a line rated from hundreds of records, over pages if it must', async () => {
    const ids = Array.from({ length: 400 }, (_, index) => `u-task-run-${String(index + 1).padStart(4, '0')}`);
    const invoice = report.invoice!;
    const many = serviceReportFixture({
      tasks: [],
      invoice: {
        ...invoice,
        lines: [
          ...invoice.lines,
          {
            kind: 'task_run_overage',
            description: 'Task runs beyond the plan',
            quantity: 400,
            unit: 'task runs',
            amount: 20_000,
            sources: ids.map((id) => ({ type: 'usage' as const, id })),
          },
        ],
      },
    });
    const text = textOf(await renderServiceReportPdf(many));
    const words = collapsed(text);
    for (const id of ids) expect(words).toContain(id);
    expect(words).toContain(`Rated from: usage records ${ids.join(', ')}.`.slice(0, 80));
    const invoicePages = pagesOf(text).filter((page) => page.includes('u-task-run-'));
    expect(invoicePages.length).toBeGreaterThan(1);
    expect(invoicePages.slice(1).every((page) => page.includes('Invoice (continued)'))).toBe(true);
  });

  it('renders a quiet month with a clear “none” line in every empty section', async () => {
    const text = textOf(await renderServiceReportPdf(emptyServiceReportFixture()));
    expect(text).toMatch(row('Plan', 'none in force'));
    expect(text).toContain('None: no monitors were watched in this period.');
    expect(text).toContain('SLA met: no deadline was missed.');
    expect(text).toContain('Targets: the plan sets none.');
    expect(text).toContain('None: no incident was open during this period.');
    expect(text).toContain('None: no task finished in this period.');
    expect(text).toMatch(row('Included in the plan', '0 min (0 h 00 min)'));
    expect(text).toContain('None: no webmaster time was recorded in this period.');
    expect(text).toContain('None: no certificate expires within 60 days.');
    expect(text).toContain('None: no maintenance is planned.');
    expect(text).toContain('None: no invoice was issued for this period.');
    // The method is stated even when there is nothing to count.
    for (const sentence of REPORT_METHOD) expect(collapsed(text)).toContain(sentence);
    expect(text).not.toContain('Invoice number');
    expect(text).not.toMatch(row('Monitor', 'Kind'));
  });

  it('draws characters the standard fonts cannot encode as “?” instead of failing', async () => {
    const odd: Partial<ServiceReport> = {
      tenantName: 'Łódź Systems 🚀 株式会社',
      monitors: [{ ...report.monitors[0]!, name: 'Sklep Łódź\nwww' }],
      tasks: [{ ...report.tasks[0]!, params: { note: 'Zażółć gęślą jaźń' }, requestedBy: 'Ewa Łukasiewicz' }],
    };
    const render = renderServiceReportPdf(serviceReportFixture(odd));
    await expect(render).resolves.toBeInstanceOf(Uint8Array);
    const text = textOf(await render);
    expect(text).toMatch(/^\s*\?ód\? Systems \? \?\?\?\?$/m);
    expect(text).toMatch(row('Sklep ?ód? www', 'http', '2026-10-01 02:00', '99.95 %'));
    expect(text).toContain('note=Za?ó?? g??l?');
    expect(text).toContain('Ewa ?ukasiewicz');
    expect(text).not.toContain('Ł');
  });

  it('shows times in UTC, and says so, when the organisation’s zone is unknown to the runtime', async () => {
    const text = textOf(await renderServiceReportPdf(serviceReportFixture({ timeZone: 'Mars/Olympus_Mons' })));
    expect(text).toMatch(row('In UTC', 'from 2026-10-01 00:00 to 2026-11-01 00:00'));
    expect(collapsed(text)).toContain('UTC, UTC+00:00 (the organisation’s zone Mars/Olympus_Mons is not known here)');
    expect(text).toMatch(row('DNS baeckerei-mueller.de', '2026-10-12 08:00', '2026-10-12 08:31', '32', 'missed'));
  });

  it('renders the same report to identical bytes', async () => {
    const first = await rendered;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = await renderServiceReportPdf(serviceReportFixture());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const other = await renderServiceReportPdf(serviceReportFixture({ tenantName: 'Another GmbH' }));
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });
});
