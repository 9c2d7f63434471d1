import { describe, expect, it } from 'vitest';
import { mainNav, stackAndBrowserFixture } from '../support/e2e.js';

const e2e = stackAndBrowserFixture();

const { signIn } = e2e;

describe('user administration in a real browser', () => {
  it('invites a member, keeps the last admin, and keeps members out of user administration', async () => {
    const admin = 'lena@bienenhof.example';
    const member = 'member@bienenhof.example';
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.url}/signup`);
    await page.getByLabel('Organisation').fill('Imkerverein Bienenhof');
    await page.getByLabel('Your name').fill('Lena Honig');
    await page.getByLabel('E-mail').fill(admin);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL('**/dashboard');

    await mainNav(page).getByRole('link', { name: 'Users' }).click();
    await page.waitForURL('**/users');
    await expect.poll(() => page.getByRole('row', { name: new RegExp(admin) }).count()).toBe(1);

    await page.getByLabel('E-mail', { exact: true }).fill(member);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Member' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining(member));
    const memberRow = page.getByRole('row', { name: new RegExp(member) });
    await expect.poll(() => memberRow.count()).toBe(1);
    expect(await memberRow.getByLabel(`Role of ${member}`).inputValue()).toBe('customer-member');

    // The only admin cannot make themselves a member: the server's reason is shown, the role stays.
    const ownRole = page.getByLabel(`Role of ${admin}`);
    await ownRole.selectOption({ label: 'Member' });
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('at least one customer-admin'));
    expect(await ownRole.inputValue()).toBe('customer-admin');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login**');
    await signIn(page, member);
    await expect.poll(() => mainNav(page).getByRole('link', { name: 'Dashboard' }).count()).toBe(1);
    expect(await mainNav(page).getByRole('link').allTextContents()).not.toContain('Users');
    expect(await mainNav(page).getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await mainNav(page).getByRole('link', { name: 'Organisation' }).count()).toBe(0);

    await page.goto(`${e2e.stack.url}/users`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Not available to your role');
    expect(await page.getByLabel('Role', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('lets the provider admin suspend and reactivate a tenant', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'admin@opsdesk.local');
    await mainNav(page).getByRole('link', { name: 'Tenants' }).click();
    await page.waitForURL('**/admin/tenants');

    const row = page.getByRole('row', { name: /Demo Verein/ });
    const status = row.locator('.status-pill');
    await expect.poll(() => status.textContent()).toBe('Active');

    // Suspending asks for the reason its users will read (test/e2e/admin.e2e.test.ts shows them reading it).
    await row.getByRole('button', { name: 'Suspend' }).click();
    await page.getByLabel('Reason (shown to the organisation)').fill('Terms of service broken.');
    await page.getByRole('button', { name: 'Yes, suspend Demo Verein' }).click();
    await expect.poll(() => status.textContent()).toBe('Suspended');
    expect(await row.getByRole('button', { name: 'Suspend' }).count()).toBe(0);

    await row.getByRole('button', { name: 'Reactivate' }).click();
    await expect.poll(() => status.textContent()).toBe('Active');
    expect(await row.getByRole('button', { name: 'Suspend' }).count()).toBe(1);
    await page.close();
  });
});
