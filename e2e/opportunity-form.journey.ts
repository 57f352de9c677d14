import assert from 'node:assert/strict';
import { hospital } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

/**
 * A coordinator publishes an opportunity for the hospital: the form catches dates in the wrong order on the
 * right field, finds an occupation from free text, saves, shows the history, and refuses a stale edit.
 */
export default {
  name: 'opportunity form: validation on the field, occupation from free text, history, edit conflict',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, emails.admin);
    await page.goto(`/assets/macro-assets/${hospital.slug}`);
    await waitForHeading(page, hospital.name);
    await page.getByRole('link', { name: 'New opportunity' }).click();
    await waitForHeading(page, 'New opportunity');
    // The publisher is pre-filled with the hospital once the list of macro-assets has loaded.
    await page.waitForFunction(
      (slug) => (document.getElementById('opportunity-macroAsset') as HTMLSelectElement | null)?.value === slug,
      hospital.slug,
    );

    await page.getByRole('textbox', { name: 'Title' }).fill('Ward clerk (e2e)');
    await page.getByRole('textbox', { name: 'Or describe the work in your own words' }).fill('kitchen porter');
    await page.getByRole('button', { name: 'Find occupations' }).click();
    const add = page.getByRole('button', { name: /^Add Kitchen porter/ });
    await add.waitFor();
    await page
      .getByText(/confidence/i)
      .first()
      .waitFor();
    await add.click();
    await page.getByRole('button', { name: /^Added Kitchen porter/ }).waitFor();

    await page.getByLabel('Opens on').fill('2027-03-01');
    await page.getByLabel('Closes on').fill('2027-02-01');
    await page.getByRole('button', { name: 'Publish opportunity' }).click();
    const closes = page.getByLabel('Closes on');
    await page.getByText('The closing date cannot be before the opening date.').first().waitFor();
    assert.equal(await closes.getAttribute('aria-invalid'), 'true', 'the error is on the closing date');
    await j.shot(page, 'validation');

    await closes.fill('2027-04-01');
    await page.getByRole('textbox', { name: 'Value (£)' }).fill('1250.50');
    await page.getByRole('button', { name: 'Publish opportunity' }).click();
    await waitForHeading(page, 'Ward clerk (e2e)');
    await page.getByText('£1,250.50').waitFor();
    await page.getByText('Kitchen porter').first().waitFor();
    const history = page.getByRole('table', { name: 'Versions of this opportunity' });
    await history.getByRole('cell', { name: 'Created' }).waitFor();
    await settle(page);
    await j.shot(page, 'created');
    const editPath = `${new URL(page.url()).pathname}/edit`;

    // Two people edit at once: the second save is refused and says to reload.
    const other = await j.newPage();
    await j.signIn(other, emails.admin);
    await other.goto(editPath);
    await waitForHeading(other, 'Edit opportunity');
    await page.goto(editPath);
    await waitForHeading(page, 'Edit opportunity');

    await other.getByRole('textbox', { name: 'Title' }).fill('Ward clerk, days (e2e)');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await waitForHeading(other, 'Ward clerk, days (e2e)');

    await page.getByRole('textbox', { name: 'Title' }).fill('Ward clerk, nights (e2e)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changed by someone else').waitFor();
    await j.shot(page, 'conflict');
    await page.getByRole('button', { name: 'Reload the latest version' }).click();
    await page.waitForFunction(
      () =>
        (document.getElementById('opportunity-title') as HTMLInputElement | null)?.value === 'Ward clerk, days (e2e)',
    );
    await page.getByRole('textbox', { name: 'Title' }).fill('Ward clerk, nights (e2e)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForHeading(page, 'Ward clerk, nights (e2e)');
    const rows = page.getByRole('table', { name: 'Versions of this opportunity' }).getByRole('row');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length >= 3);
    assert.ok((await rows.count()) >= 4, 'header and three versions');
  },
} satisfies Journey;
