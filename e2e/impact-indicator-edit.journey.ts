import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { expectNoAxeViolations, settle, waitForHeading } from './lib/ui';

const manager = 'admin@demo.useit.example';
const code = 'residents-reached';

/**
 * The project manager edits an indicator: a definition that would single out records in a published indicator is
 * refused with the reason beside the form; a changed target is saved and shows in the indicator's series.
 */
export default {
  name: 'impact indicator editing: an unsafe definition is refused with its reason; a new target shows in the series',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, manager);
    await page.goto(`/impact/indicators/${code}`);
    await page.getByRole('link', { name: 'Edit definition and targets' }).click();
    await waitForHeading(page, /^Edit: /);
    const query = page.getByRole('textbox', { name: 'Definition (JSON)' });
    const original = await query.inputValue();
    assert.match(original, /"source"/, 'the stored definition is in the form');
    await settle(page);
    await expectNoAxeViolations(page, `/impact/indicators/${code}/edit`);

    await query.fill(
      JSON.stringify({
        source: 'matching.candidates',
        measure: { kind: 'count' },
        filters: [{ field: 'reference', op: 'eq', value: 'MC-AAAA1111' }],
      }),
    );
    await page.getByRole('button', { name: 'Save the indicator' }).click();
    await page.getByRole('alert').filter({ hasText: 'identifies individual records' }).first().waitFor();
    await j.shot(page, 'indicator-edit-refused');

    await query.fill(original);
    const first = page.getByRole('group', { name: 'Target 1' });
    await first.getByRole('spinbutton', { name: 'Target' }).fill('12345');
    await page.getByRole('button', { name: 'Save the indicator' }).click();
    await page.waitForURL(new RegExp(`/impact/indicators/${code}$`));
    await page
      .getByRole('cell', { name: /12,345/ })
      .first()
      .waitFor();
  },
} satisfies Journey;
