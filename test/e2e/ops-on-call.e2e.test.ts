import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';

// The local stack seeds Otto Operator (operator@opsdesk.local, Europe/Berlin) on call for the coming two weeks, and
// Ada Admin (admin@opsdesk.local) as the provider-admin who edits the rota.
const e2e = stackAndBrowserFixture();
const { signIn } = e2e;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;
const ZONE = 'Europe/Berlin';

const shiftsList = (page: Page) => page.getByRole('list', { name: /^On-call shifts/ });
const shiftItems = (page: Page) => shiftsList(page).getByRole('listitem');
const overflowsHorizontally = async (page: Page): Promise<boolean> =>
  (await page.evaluate(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth || document.body.scrollWidth > document.body.clientWidth',
  )) as boolean;
/** Whether two elements' boxes overlap (the End field and the Remove button did). */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the on-call rota', () => {
  it('names who is on call, in the operator’s zone, and shows the operator no editor', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'operator@opsdesk.local');
    await openFromNav(page, 'On-call rota', '/ops/on-call');
    await expect.poll(() => shiftItems(page).count()).toBe(1);
    const row = shiftItems(page).first();
    expect(await row.locator('.shift-who').textContent()).toBe('Otto Operator (you)On call now');
    expect(await row.textContent()).toContain('336 h');
    expect(await shiftsList(page).getAttribute('aria-label')).toBe(`On-call shifts, times in ${ZONE}`);
    expect(await page.locator('.lead').textContent()).toContain(ZONE);
    expect(await page.locator('main').textContent()).not.toMatch(UUID);
    expect(await page.getByRole('button', { name: 'Save rota' }).count()).toBe(0);
    await page.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`lets the provider-admin add a shift by choosing a person, at ${viewport.width} px`, async () => {
      const page = await e2e.browser.newPage();
      await page.setViewportSize(viewport);
      await signIn(page, 'admin@opsdesk.local');
      await page.goto(`${e2e.stack.url}/ops/on-call`);
      const editor = page.getByRole('region', { name: 'Edit the rota' });
      await expect.poll(() => editor.getByLabel('Person').count()).toBeGreaterThan(0);
      const before = await editor.getByLabel('Person').count();

      await editor.getByRole('button', { name: 'Add shift' }).click();
      const added = editor.getByRole('group', { name: `Shift ${before + 1}` });
      const person = added.getByLabel('Person');
      // Saving without a person says what is missing, in words.
      await page.getByRole('button', { name: 'Save rota' }).click();
      await expect.poll(() => added.textContent()).toContain('Choose who is on call.');

      // The picker offers people by name; no id is typed or shown.
      const options = await person.locator('option').allTextContents();
      expect(options).toContain('Otto Operator (operator@opsdesk.local)');
      await person.selectOption({ label: 'Otto Operator (operator@opsdesk.local)' });

      // End and Remove side by side (or stacked), never on top of each other.
      const end = await added.getByLabel('End').boundingBox();
      const remove = await added.getByRole('button', { name: /^Remove shift/ }).boundingBox();
      expect(end && remove && !overlap(end, remove)).toBe(true);
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.screenshot({ path: `test-results/ops-on-call-editor-${viewport.width}.png`, fullPage: true });

      await page.getByRole('button', { name: 'Save rota' }).click();
      await expect.poll(() => statusTexts(page)).toContain('Rota saved.');
      await expect.poll(() => shiftItems(page).count()).toBe(before + 1);
      const names = await shiftsList(page).locator('.shift-who strong').allTextContents();
      expect(names.every((name) => name.startsWith('Otto Operator'))).toBe(true);
      expect(await page.locator('main').textContent()).not.toMatch(UUID);

      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
      await page.close();
    });
  }

  it('shows the operator’s availability with its zone named and hours as durations, at both widths', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'operator@opsdesk.local');
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 812 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${e2e.stack.url}/ops/availability`);
      const weekly = page.getByRole('region', { name: 'Weekly hours' });
      await expect.poll(() => weekly.textContent()).toContain(`Times in ${ZONE} · 40 h a week`);
      expect(await page.getByRole('group', { name: 'Monday', exact: true }).textContent()).toContain('8 h available');
      expect(await page.getByRole('group', { name: 'Sunday', exact: true }).textContent()).toContain('Not available');
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.screenshot({ path: `test-results/ops-availability-${viewport.width}.png`, fullPage: true });
    }
    await page.close();
  });
});
