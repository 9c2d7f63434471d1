import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportList, ServiceReport } from '../../shared/reports/model.js';
import { E2E_TODAY, type E2eStack, openFromNav, stackAndBrowserFixture, UI_TIMEOUT_MS } from '../support/e2e.js';
import { startLocalStackProcess } from '../support/local-stack-process.js';
import { apiAs } from '../support/tour.js';

// A report needs a month that ended while Demo Verein existed. The stack's clock starts at CLOCK_START, the seed
// creates Demo Verein then (with its plan and its monitors), and the start-up job closes the previous month: so the
// stack is started first in the middle of the month before E2E_TODAY's, runs until the demo monitors have been
// checked (the scheduler's minute is 2 s here), is stopped, and is started again on the same data dir early in
// E2E_TODAY's month — which closes that month, and so makes Demo Verein's report of it.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The first instant of the UTC month `back` months before E2E_TODAY's. */
const monthStart = (back: number) => Date.UTC(E2E_TODAY.getUTCFullYear(), E2E_TODAY.getUTCMonth() - back, 1);
/** Last month: closed when the stack starts the second time. */
const PERIOD = new Date(monthStart(1)).toISOString().slice(0, 7);
const FIRST_CLOCK_START = new Date(monthStart(1) + 14 * DAY + 12 * HOUR).toISOString();
const SECOND_CLOCK_START = new Date(monthStart(0) + HOUR).toISOString();
const FAST_MINUTES = { SCHEDULER_MINUTE_MS: '2000' };
const OWNER = 'owner@demo.example';
const FINANCE = 'finance@opsdesk.local';
const OPERATOR = 'operator@opsdesk.local';

const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-reports-'));
const downloads = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-report-pdfs-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

/** A call of a stack's API as a seeded user (dev identity provider): to set facts up, and to know what pages show. */
const apiSend = <T>(url: string, email: string, method: string, path: string, body?: unknown): Promise<T> =>
  apiAs({ url }, email)<T>(method, path, body);
const apiGetFrom = <T>(url: string, email: string, path: string) => apiSend<T>(url, email, 'GET', path);

/**
 * Last month's facts beyond the seed's: custom work the customer asked for and an operator did, with more minutes
 * than the plan includes — a task on the report, a webmaster-hours record, and an overage line rated from it.
 */
const recordCustomWork = async (url: string): Promise<void> => {
  const task = await apiSend<{ id: string }>(url, OWNER, 'POST', '/api/tasks', {
    typeId: 'custom',
    params: { description: 'Move the shop to the new server.' },
  });
  await apiSend(url, OPERATOR, 'POST', `/api/ops/tasks/${task.id}/claim`);
  await apiSend(url, OPERATOR, 'POST', `/api/ops/tasks/${task.id}/complete`, {
    minutesSpent: 1300,
    note: 'Moved, tested and switched over.',
    outcome: 'succeeded',
  });
};

const startStack = async (): Promise<E2eStack> => {
  const first = await startLocalStackProcess({ CLOCK_START: FIRST_CLOCK_START, ...FAST_MINUTES }, { dataDir });
  try {
    await recordCustomWork(first.url);
    // The demo monitors are due at once: wait for their first results, so the month has check results to count.
    // (A plain loop: `expect.poll` works only inside a test, and this runs in the fixture's beforeAll.)
    const until = Date.now() + 3 * UI_TIMEOUT_MS;
    for (;;) {
      const { items } = await apiGetFrom<{ items: { state: string }[] }>(first.url, OWNER, '/api/monitors');
      if (items.some((monitor) => monitor.state === 'up')) break;
      if (Date.now() > until) throw new Error('No demo monitor was checked up before the first stop');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await first.stop();
  }
  return startLocalStackProcess({ CLOCK_START: SECOND_CLOCK_START, ...FAST_MINUTES }, { dataDir });
};

const e2e = stackAndBrowserFixture({ startStack, timeoutMs: 300_000 });
const apiGet = <T>(email: string, path: string) => apiGetFrom<T>(e2e.stack.url, email, path);

/** Demo Verein's report of PERIOD (as `email` may read it), once the start-up close has made it (it runs on a queue). */
const demoReport = async (email: string, query = ''): Promise<ServiceReport> => {
  let tenantId: string | undefined;
  await expect
    .poll(
      async () => {
        const list = await apiGet<ReportList>(email, `/api/reports${query}`);
        tenantId = list.items.find((item) => item.periodId === PERIOD && item.tenantName === 'Demo Verein')?.tenantId;
        return tenantId !== undefined;
      },
      { timeout: 2 * UI_TIMEOUT_MS, interval: 500 },
    )
    .toBe(true);
  const staff = query !== '';
  return apiGet<ServiceReport>(email, `/api/reports/${PERIOD}${staff ? `?tenantId=${tenantId}` : ''}`);
};

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const text = async (page: Page, name: string) => (await region(page, name).textContent()) ?? '';
const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  monthStart(1),
);

/** The report's sections as the customer reads them, checked against the report the API answers with. */
const expectReportShown = async (page: Page, report: ServiceReport) => {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Service report');
  expect(await text(page, 'About this report')).toContain('Demo Verein');
  expect(await text(page, 'About this report')).toContain(report.timeZone);

  // Uptime: a row per monitor, each named.
  const uptime = region(page, 'Uptime');
  expect(report.monitors.length).toBeGreaterThan(0);
  expect(await uptime.getByRole('rowheader').count()).toBe(report.monitors.length);
  for (const monitor of report.monitors) expect(await uptime.textContent()).toContain(monitor.name);

  // The method, in full.
  const method = await text(page, 'How these figures are counted');
  expect(report.method.length).toBeGreaterThan(0);
  for (const sentence of report.method) expect(method).toContain(sentence);

  // The custom work: a task row, and its minutes as a webmaster-hours record with an anchor of its own.
  const task = report.tasks.find((item) => item.typeName === 'Custom work');
  expect(task).toBeDefined();
  const taskRow = region(page, 'Tasks run').locator(`[id="task-${task?.taskId}"]`);
  expect(await taskRow.textContent()).toContain('Succeeded');
  expect(await taskRow.textContent()).toContain(task?.requestedBy);
  const record = report.hours.items.find((item) => item.source === 'task' && item.sourceId === task?.taskId);
  expect(record).toBeDefined();
  const recordRow = region(page, 'Webmaster hours').locator(`[id="record-${record?.usageRecordId}"]`);
  expect(await recordRow.count()).toBe(1);
  expect(report.hours.overageMinutes).toBeGreaterThan(0);

  // The invoice of the month, each line with what it was rated from.
  const invoice = await text(page, 'Invoice');
  expect(report.invoice).not.toBeNull();
  expect(invoice).toContain(report.invoice?.number);
  for (const line of report.invoice?.lines ?? []) expect(invoice).toContain(line.description);

  // The overage line links to the record it was rated from, on this page.
  const overage = region(page, 'Invoice').locator(`a[href="#record-${record?.usageRecordId}"]`);
  expect(await overage.count()).toBe(1);
  await overage.click();
  await page.waitForURL((url) => url.hash === `#record-${record?.usageRecordId}`);
  await expect.poll(() => recordRow.isVisible()).toBe(true);
};

/** Clicks "Download PDF", saves the file and returns its bytes and its text as pdftotext reads it. */
const downloadPdf = async (page: Page) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    region(page, 'Download').getByRole('button', { name: 'Download PDF', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = join(downloads, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return {
    head: readFileSync(file).subarray(0, 5).toString('latin1'),
    text: execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
};

describe('monthly service reports in a real browser', () => {
  it('a customer opens last month’s report and downloads its PDF', async () => {
    const report = await demoReport(OWNER);
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, OWNER);
    await openFromNav(page, 'Reports', '/reports');

    const link = page.locator(`main a[href="/reports/${PERIOD}"]`);
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`**/reports/${PERIOD}`);
    await expectReportShown(page, report);

    const pdf = await downloadPdf(page);
    expect(pdf.head).toBe('%PDF-');
    expect(pdf.text).toContain('Demo Verein');
    expect(pdf.text).toMatch(new RegExp(`${PERIOD}|${monthName}`));
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('lets finance pick the month and open any organisation’s report', async () => {
    const report = await demoReport(FINANCE, `?period=${PERIOD}`);
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, FINANCE);
    await openFromNav(page, 'Reports', '/reports');

    // Last month is the default; the row links to the report with the organisation named.
    expect(await page.getByLabel('Month', { exact: true }).inputValue()).toBe(PERIOD);
    const link = page.getByRole('rowheader').getByRole('link', { name: 'Demo Verein', exact: true });
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`**/reports/${PERIOD}?tenantId=${report.tenantId}`);
    await expectReportShown(page, report);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('shows the report e-mail in the local mailbox, linked to the report', async () => {
    await demoReport(OWNER);
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, OWNER);
    await page.goto(`${e2e.stack.url}/dev/mailbox`);
    // The outbox sends due e-mails every (2 s) minute.
    const mail = page.getByRole('listitem').filter({ hasText: 'Service report' });
    await expect
      .poll(async () => {
        if ((await mail.count()) === 0) await page.getByRole('button', { name: 'Refresh', exact: true }).click();
        return mail.count();
      })
      .toBeGreaterThan(0);
    const message = mail.first();
    await message.getByText('Show the e-mail').click();
    await message.getByRole('link', { name: /^open the service report of / }).click();
    await page.waitForURL(`**/reports/${PERIOD}`);
    await expect.poll(() => region(page, 'Uptime').count()).toBe(1);
    await page.close();
  });
});
