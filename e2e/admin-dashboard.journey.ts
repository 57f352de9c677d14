import assert from 'node:assert/strict';
import { emails, type Journey } from './lib/journey';
import { documentDirection, settle, waitForHeading } from './lib/ui';

/** An admin signs in and lands on the dashboard, in English, with every section of the navigation. */
export default {
  name: 'admin signs in and sees the dashboard in English',
  run: async (j) => {
    const page = await j.newPage();
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await waitForHeading(page, 'Sign in');
    await j.shot(page, 'sign-in');

    await j.signIn(page, emails.admin);
    assert.equal(new URL(page.url()).pathname, '/');
    await page.getByRole('heading', { name: 'Programme at a glance' }).waitFor();
    await page.getByText(/^Welcome, /).waitFor();
    assert.deepEqual(await documentDirection(page), { dir: 'ltr', lang: 'en' });

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const label of ['Dashboard', 'Partners', 'Users', 'Audit log']) {
      assert.equal(await nav.getByRole('link', { name: label, exact: true }).count(), 1, `navigation link "${label}"`);
    }
    assert.match(await page.title(), /Dashboard/);
    await settle(page);
    await j.shot(page, 'dashboard');
  },
} satisfies Journey;
