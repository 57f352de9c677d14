import assert from 'node:assert/strict';
import { hospital } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

/**
 * The header's search is a combobox: a misspelt name still finds the hospital, suggestions are grouped by type,
 * arrow keys and Enter open one; Enter alone opens the results page, where an area leads to its page and on to
 * the map.
 */
export default {
  name: 'global search: typo-tolerant suggestions by keyboard, results page, area on the map',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, emails.admin);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.click();
    await box.pressSequentially('hospitl');
    const listbox = page.getByRole('listbox');
    await listbox.getByRole('option', { name: new RegExp(hospital.name) }).waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await listbox.getByText('Macro-assets', { exact: true }).waitFor();
    await j.shot(page, 'suggestions');

    await box.press('ArrowDown');
    assert.ok(await box.getAttribute('aria-activedescendant'), 'an option is active');
    await box.press('Enter');
    await waitForHeading(page, hospital.name);

    await box.fill('Greater Icknield');
    await box.press('Enter');
    await waitForHeading(page, 'Search');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Greater Icknield');
    const areas = page.getByRole('region', { name: 'Areas' });
    await areas.getByRole('link', { name: 'Greater Icknield' }).click();
    // An area result opens the area's page, which leads on to the area on the map.
    await waitForHeading(page, 'Greater Icknield');
    assert.match(new URL(page.url()).pathname, /^\/assets\/areas\//);
    await page.getByRole('link', { name: 'Show on the map' }).click();
    await waitForHeading(page, 'Map');
    const panel = page.getByRole('complementary', { name: 'Selected item' });
    await panel.getByRole('heading', { name: 'Greater Icknield' }).waitFor();
    await settle(page);
    await j.shot(page, 'area-on-map');
  },
} satisfies Journey;
