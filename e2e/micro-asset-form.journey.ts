import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { apiSend } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { expectNoAxeViolations, settle, switchLanguage, waitForHeading } from './lib/ui';

const field = (page: Page, name: string) => page.locator(`#micro-asset-${name}`);

/**
 * A partner member records a community group: a bad latitude is caught on its field, then the group is saved,
 * its page shows owner, source and visibility, and an edit is saved. A researcher who gives a resident's asset a
 * location is refused by the server, on the location field.
 */
export default {
  name: 'micro-asset form: field errors, record, page, edit; no location for a resident’s asset',
  run: async (j) => {
    const stamp = Date.now().toString(36);
    const name = `Icknield Port Loop Paddlers (demo e2e ${stamp})`;
    const page = await j.newPage();
    await j.signIn(page, 'partner@demo.useit.example');
    await page.goto('/assets/micro-assets');
    await waitForHeading(page, 'Micro-assets');
    await page.getByRole('link', { name: 'Record a micro-asset' }).click();
    await waitForHeading(page, 'Record a micro-asset');

    await field(page, 'category').selectOption('community');
    await field(page, 'kind').selectOption('group');
    await field(page, 'name').fill(name);
    await field(page, 'area').selectOption('ladywood');
    await field(page, 'lat').fill('95');
    await field(page, 'lng').fill('-1.93');
    await field(page, 'sourceRef').fill('https://example.org/paddlers');
    await field(page, 'visibility').selectOption('public');
    await page.getByRole('button', { name: 'Record micro-asset' }).click();
    await page.getByText('Latitude must be between -90 and 90.').first().waitFor();
    assert.equal(await field(page, 'lat').getAttribute('aria-invalid'), 'true', 'the error is on the latitude');
    await j.shot(page, 'bad-location');
    await expectNoAxeViolations(page, 'new micro-asset with errors (en)');

    await field(page, 'lat').fill('52.4781');
    await page.getByRole('button', { name: 'Record micro-asset' }).click();
    await waitForHeading(page, name);
    await page.getByText('Canal & River Trust').first().waitFor();
    await page.getByRole('link', { name: 'https://example.org/paddlers' }).waitFor();
    await page.getByText('Partner report').waitFor();
    await page.getByText('Public', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'micro-asset page (en)');
    await j.shot(page, 'recorded');

    await page.getByRole('link', { name: 'Edit micro-asset' }).click();
    await waitForHeading(page, 'Edit micro-asset');
    await field(page, 'description').fill('Tuesday evenings from the Port Loop pontoon.');
    await field(page, 'sensitive').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForHeading(page, name);
    await page.getByText('Tuesday evenings from the Port Loop pontoon.').waitFor();
    await page.getByText('Sensitive', { exact: true }).first().waitFor();
    await settle(page);
    await j.shot(page, 'edited');

    // Two people edit at once: the second save is refused and says to reload.
    const editPath = `${new URL(page.url()).pathname}/edit`;
    const other = await j.newPage();
    await j.signIn(other, 'partner@demo.useit.example');
    await other.goto(editPath);
    await waitForHeading(other, 'Edit micro-asset');
    await page.goto(editPath);
    await waitForHeading(page, 'Edit micro-asset');
    await field(page, 'description').fill('Tuesday and Thursday evenings.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Tuesday and Thursday evenings.').waitFor();
    await field(other, 'name').fill(`${name} — renamed`);
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByRole('alert').getByText('Someone else changed it').waitFor();
    await other.getByRole('button', { name: 'Reload the latest copy' }).click();
    await other.waitForFunction(() =>
      (document.getElementById('micro-asset-description') as HTMLTextAreaElement | null)?.value.startsWith(
        'Tuesday and',
      ),
    );
    assert.equal(await field(other, 'name').inputValue(), name, 'the reloaded form shows the saved copy');
    await j.shot(other, 'conflict-reloaded');

    // The same pages right to left, in Arabic.
    await switchLanguage(page, 'العربية');
    await waitForHeading(page, name);
    await expectNoAxeViolations(page, 'micro-asset page (ar)');
    await page.goto(`${new URL(page.url()).pathname}/edit`);
    await waitForHeading(page, 'تعديل الأصل المحلي');
    await expectNoAxeViolations(page, 'edit micro-asset (ar)');
    await page.goto('/assets/micro-assets/new');
    await waitForHeading(page, 'تسجيل أصل محلي');
    await field(page, 'lat').fill('95');
    await field(page, 'lng').fill('1');
    await page.locator('button[type="submit"]').click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoAxeViolations(page, 'new micro-asset with errors (ar)');
    await j.shot(page, 'errors-ar');
    await switchLanguage(page, 'English');

    // A resident of the researcher's own partner, made through the API for this run.
    const admin = await j.newPage();
    await j.signIn(admin, emails.admin);
    const reference = `E2E-${stamp}`.toUpperCase();
    await apiSend(admin, 'POST', '/api/v1/residents', {
      reference,
      displayName: `Journey Resident ${stamp} (demo)`,
      partner: 'university-of-birmingham',
      area: 'soho',
    });

    const researcher = await j.newPage();
    await j.signIn(researcher, emails.researcher);
    await researcher.goto('/assets/micro-assets/new');
    await waitForHeading(researcher, 'Record a micro-asset');
    await field(researcher, 'category').selectOption('human');
    await field(researcher, 'kind').selectOption('skill');
    await field(researcher, 'name').fill(`Bicycle repair (demo e2e ${stamp})`);
    await field(researcher, 'lat').fill('52.49');
    await field(researcher, 'lng').fill('-1.93');
    await field(researcher, 'ownerType').selectOption('resident');
    await field(researcher, 'ownerResident').fill(reference);
    await researcher.getByText('A resident’s asset is never placed at a point').waitFor();
    await researcher.getByRole('button', { name: 'Record micro-asset' }).click();
    await researcher
      .getByText(/cannot have a location/)
      .first()
      .waitFor();
    assert.equal(await field(researcher, 'lat').getAttribute('aria-invalid'), 'true', 'the refusal is on the location');
    assert.match(new URL(researcher.url()).pathname, /\/new$/, 'nothing was recorded');
    await j.shot(researcher, 'resident-location-refused');
  },
} satisfies Journey;
