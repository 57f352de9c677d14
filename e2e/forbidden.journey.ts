import assert from 'node:assert/strict';
import { emails, type Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

/** A community researcher cannot reach the admin pages, and is not offered links to them. */
export default {
  name: 'researcher is refused the audit log and sees no admin links',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, emails.researcher);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).waitFor();
    for (const label of ['Users', 'Audit log']) {
      assert.equal(
        await nav.getByRole('link', { name: label, exact: true }).count(),
        0,
        `no "${label}" link for a researcher`,
      );
    }
    assert.equal(await nav.getByText('Administration', { exact: true }).count(), 0, 'no Administration section');
    await settle(page);
    await j.shot(page, 'researcher-dashboard');

    for (const path of ['/admin/audit', '/admin/users']) {
      await page.goto(path);
      await waitForHeading(page, "You don't have access to this page");
      assert.equal(new URL(page.url()).pathname, path, 'stays on the address asked for');
      await page.getByRole('link', { name: 'Go to the dashboard' }).waitFor();
      assert.equal(await nav.getByRole('link', { name: 'Audit log', exact: true }).count(), 0);
      await settle(page);
      await j.shot(page, `forbidden-${path.split('/').pop() ?? ''}`);
    }

    // The server refuses too: hiding the page is not the protection.
    const status = await page.evaluate(async () => (await fetch('/api/v1/audit')).status);
    assert.equal(status, 403, 'GET /api/v1/audit as a researcher');
  },
} satisfies Journey;
