import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { createBillingDeps } from '../../functions/billing/wiring.js';
import { closePeriod, type Invoice } from '../../shared/billing/invoices.js';
import { periodOf } from '../../shared/billing/periods.js';
import type { TestApi } from './api.js';

export type BillingDeps = Awaited<ReturnType<typeof createBillingDeps>>;

/** This month (UTC), and a clock an hour after it ends: closing it is allowed on that clock. */
export const thisPeriod = periodOf(new Date());
export const afterThisPeriod = { now: () => new Date(Date.parse(thisPeriod.end) + 3_600_000) };

/** Polls `read` until `done` holds of its value (default 20 s), then returns the value. */
export const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 20_000) => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Waits until finance's view of a close says `done`. */
export const waitForClose = (api: TestApi, periodId: string) =>
  eventually(
    async () => {
      const response = await api.request('GET', `/api/finance/periods/${periodId}`, { persona: 'finance' });
      return response.status === 200 ? response.json() : { status: response.status };
    },
    (close) => close.status === 'done',
    `close of ${periodId}`,
  );

/** Closes this month as if it had ended (the use case on a later clock), through the real queue. */
export const closeThisPeriod = async (api: TestApi, deps: BillingDeps) => {
  await closePeriod({ ...deps, clock: afterThisPeriod }, 'schedule', thisPeriod.id);
  return waitForClose(api, thisPeriod.id);
};

/** A period's invoices and credit notes as finance lists them. */
export const financeInvoices = async (api: TestApi, periodId: string, status?: string): Promise<Invoice[]> =>
  (
    await api.request('GET', `/api/finance/invoices?period=${periodId}&limit=200${status ? `&status=${status}` : ''}`, {
      persona: 'finance',
    })
  ).json().items;

/** The text Debian's pdftotext extracts from a PDF (layout kept), whitespace runs collapsed to one space. */
export const pdfText = (bytes: Buffer): string => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-pdf-'));
  try {
    const file = join(dir, 'invoice.pdf');
    writeFileSync(file, bytes);
    return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
