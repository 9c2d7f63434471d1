import { describe, expect, it } from 'vitest';
import type { PublicStatus } from '../../../shared/reports/model.js';
import {
  barsSummary,
  renderStatusHtml,
  renderStatusNotFoundHtml,
  STATUS_PAGE_CSS,
  statusPageCsp,
  utcTime,
} from '../../../shared/reports/status-html.js';
import { fillDays, statusDates } from '../../../shared/reports/status-page.js';

const NOW = new Date('2026-12-07T09:00:00.000Z');

const sample = (): PublicStatus => {
  const dates = statusDates(NOW);
  return {
    name: 'Acme <script>alert(1)</script> & Co',
    slug: 'acme',
    updatedAt: NOW.toISOString(),
    overall: 'degraded',
    monitors: [
      {
        name: 'Shop "main"',
        state: 'down',
        uptime90d: 0.98765,
        days: fillDays(dates, [
          { day: '2026-12-06', up: 90, down: 10, noData: 0, maintenance: 0 },
          { day: '2026-12-07', up: 10, down: 0, noData: 0, maintenance: 0 },
        ]),
      },
      { name: 'API', state: 'up', uptime90d: null, days: fillDays(dates, []) },
    ],
    incidents: [
      {
        title: 'Problem with Shop "main"',
        status: 'investigating',
        startedAt: '2026-12-07T08:01:00.000Z',
        resolvedAt: null,
        updates: [
          {
            at: '2026-12-07T08:01:00.000Z',
            status: 'investigating',
            text: 'We are investigating a problem with Shop.',
          },
        ],
      },
    ],
    maintenance: [
      { name: 'API', start: '2026-12-09T22:00:00.000Z', end: '2026-12-09T23:00:00.000Z', reason: 'Upgrade <b>db</b>' },
    ],
  };
};

describe('the status page as HTML', () => {
  it('is a complete document with the one inline style sheet and no script or style attribute', () => {
    const html = renderStatusHtml(sample());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<style>${STATUS_PAGE_CSS}</style>`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=|<link|<img|src=/i);
  });

  it('escapes every value', () => {
    const html = renderStatusHtml(sample());
    expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co status');
    expect(html).toContain('Shop &quot;main&quot;');
    expect(html).toContain('Upgrade &lt;b&gt;db&lt;/b&gt;');
    expect(html).not.toContain('<script>alert');
  });

  it('draws 90 bars per monitor, with the days in words for screen readers', () => {
    const html = renderStatusHtml(sample());
    const bars = [...html.matchAll(/<ol class="bars" aria-hidden="true">(.*?)<\/ol>/g)].map(
      (match) => (match[1] ?? '').match(/<li /g)?.length,
    );
    expect(bars).toEqual([90, 90]);
    expect(html).toContain('class="bar bar-partial" title="2026-12-06 (UTC): 90.00 % up"');
    expect(html).toContain('class="bar bar-up" title="2026-12-07 (UTC): 100.00 % up"');
    expect(html).toContain(
      '<p class="sr">90 days (UTC): 1 fully up, 1 with downtime, 88 without data. Days with downtime: 2026-12-06 90.00 %.</p>',
    );
    expect(html).toContain('98.76 % uptime over 90 days');
    expect(html).toContain('no data uptime over 90 days');
  });

  it('says the zone of every time it shows', () => {
    const html = renderStatusHtml(sample());
    const shown = [...html.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)];
    expect(shown.length).toBe(5);
    for (const [, iso, text] of shown) expect(text).toBe(utcTime(iso ?? ''));
    expect(utcTime('2026-12-07T08:01:00.000Z')).toBe('2026-12-07 08:01 UTC');
    expect(html).toContain('All times are in UTC');
  });

  it('has a clear page for an unknown slug, escaped', () => {
    const html = renderStatusNotFoundHtml('<x>');
    expect(html).toContain('<title>Status page not found</title>');
    expect(html).toContain('<h1>Status page not found</h1>');
    expect(html).toContain('<code>/status/&lt;x&gt;</code>');
  });

  it('allows only its own style sheet in the CSP', () => {
    expect(statusPageCsp('abc=')).toBe(
      "default-src 'none'; style-src 'sha256-abc='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('summarises days without downtime briefly', () => {
    expect(
      barsSummary(fillDays(['2026-12-06'], [{ day: '2026-12-06', up: 1, down: 0, noData: 0, maintenance: 0 }])),
    ).toBe('1 days (UTC): 1 fully up, 0 with downtime, 0 without data.');
  });
});
