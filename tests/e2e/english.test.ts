/**
 * The English locale is complete: every resource's list and create form, switched to English,
 * shows none of the German catalogue's labels (headings, field labels, column heads, buttons).
 */
import { describe, expect, it } from 'vitest';
import { germanOnlyOn } from '../support/germanOnly.ts';
import { useAdminUi } from '../support/adminUi.ts';

const ui = useAdminUi('english');


const PAGES = ['offers', 'social-spaces', 'quarters', 'centres', 'districts', 'organisations', 'goals', 'indicators', 'targets', 'measurements', 'users', 'api-keys', 'reports', 'audit-events', 'networks', 'meetings', 'activities', 'needs', 'work-plans', 'budget-lines', 'expenses', 'area-figures', 'contributions', 'settings', 'rooms', 'room-bookings'];
const CREATABLE = ['offers', 'quarters', 'centres', 'districts', 'organisations', 'goals', 'indicators', 'targets', 'measurements', 'users', 'api-keys', 'reports', 'social-spaces', 'networks', 'meetings', 'activities', 'needs', 'work-plans', 'budget-lines', 'expenses', 'area-figures', 'contributions', 'rooms'];

describe('English', { timeout: 180000 }, () => {
  it('every list and create form shows English labels only', async () => {
    const context = await ui.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await ui.signIn(context, 'admin@hamm.example');
    // The language switch stores its choice here; every page below loads in English.
    await page.evaluate(() => localStorage.setItem('RaStore.locale', '"en"'));
    await page.reload();
    await page.getByText('Dashboard').first().waitFor();
    const found: string[] = [];
    for (const hash of [...PAGES.map((p) => `/#/${p}`), ...CREATABLE.map((p) => `/#/${p}/create`)]) {
      await page.goto(`${ui.base}${hash}`);
      await page.locator('main').first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const text of await germanOnlyOn(page)) found.push(`${hash}: ${text}`);
    }
    expect([...new Set(found)]).toEqual([]);
    await context.close();
  });
});
