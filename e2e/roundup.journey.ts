import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

const manager = 'admin@demo.useit.example';
const intro = 'A busy week: the reservoir open day is coming up (e2e).';

/**
 * The project manager drafts this week's round-up (the Friday job does the same), edits and approves it, sends it
 * once, and the deliveries show mails to the partner contacts, one of them in Polish.
 */
export default {
  name: 'round-up: the weekly round-up is drafted, edited, approved and sent to the partner contacts',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, manager);
    await page.goto('/partnership/roundups');
    await waitForHeading(page, 'Weekly round-ups');
    await page.getByRole('button', { name: 'Draft this week’s round-up now' }).click();
    await waitForHeading(page, /^Round-up: \d{4}-\d{2}-\d{2}$/);
    await page.getByText(/Status:\s*Draft/).waitFor();
    await page.getByRole('textbox', { name: 'Introduction' }).fill(intro);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/Status:\s*Approved/).waitFor();
    await j.shot(page, 'approved');
    await page.getByRole('button', { name: 'Send to all partner contacts' }).click();
    await page.getByText(/Status:\s*Sent/).waitFor();
    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    await deliveries.waitFor();
    const partners = await deliveries.locator('tbody tr td:first-child').allInnerTexts();
    assert.ok(new Set(partners).size >= 2, `mails to at least two partners: ${partners.join(', ')}`);
    assert.ok((await deliveries.locator('tbody tr td:nth-child(3)').allInnerTexts()).includes('pl'), 'one in Polish');
    assert.equal(await page.getByRole('button', { name: 'Send to all partner contacts' }).count(), 0, 'sent once');
    await settle(page);
    await j.shot(page, 'sent');
  },
} satisfies Journey;
