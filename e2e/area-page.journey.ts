import assert from 'node:assert/strict';
import { waitForMapShapes } from './lib/assets';
import type { Journey } from './lib/journey';
import { expectNoAxeViolations, settle, switchLanguage, waitForHeading } from './lib/ui';

/**
 * A coordinator opens an area's page from the map: its micro-assets by category with small counts shown as
 * "<5" (never 0), the opportunities that reach it with why, paged, and the local skills nobody asks for.
 */
export default {
  name: 'area page: from the map, counts by category with <5, opportunities reaching it, hidden talent',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    await page.goto('/assets/map');
    await waitForHeading(page, 'Map');
    await waitForMapShapes(page, 5);
    const row = page.getByRole('table', { name: 'Areas' }).getByRole('row', { name: /Ladywood/ });
    await row.getByRole('button', { name: 'Show on map: Ladywood' }).click();
    const panel = page.getByRole('complementary', { name: 'Selected item' });
    await panel.getByRole('heading', { name: 'Ladywood' }).waitFor();
    await panel.getByRole('link', { name: 'Open the area’s page' }).click();

    await waitForHeading(page, 'Ladywood');
    assert.equal(new URL(page.url()).pathname, '/assets/areas/ladywood');
    const counts = page.getByRole('table', { name: 'Micro-assets in this area by category' });
    await counts.waitFor();
    const cells = await counts.locator('tbody tr td:last-child').allTextContents();
    assert.equal(cells.length, 5, 'four categories and the total');
    for (const cell of cells) assert.match(cell, /^(<5.*|\d[\d,]*)$/, `count "${cell}"`);
    assert.ok(
      cells.some((cell) => cell.startsWith('<5')),
      `a small count is shown as "<5": ${cells.join(' | ')}`,
    );
    assert.ok(!cells.includes('1') && !cells.includes('2'), 'no small count is shown as a number');

    const reaching = page.getByRole('table', { name: 'Opportunities reaching this area, and why' });
    await reaching.waitFor();
    const rows = reaching.locator('tbody tr');
    assert.ok((await rows.count()) > 0, 'some opportunities reach Ladywood');
    await reaching
      .getByRole('cell', { name: /Programme-wide|Set in this area|Located here|Macro-asset here/ })
      .first()
      .waitFor();
    await page
      .getByRole('table', { name: 'Hidden talent in this area' })
      .or(page.getByText('No hidden talent recorded in this area.'))
      .first()
      .waitFor();
    await settle(page);
    await j.shot(page, 'area-page');
    await expectNoAxeViolations(page, 'area page (en)');

    // Sorting and searching the opportunities stay in the address bar.
    await reaching.getByRole('button', { name: /Title/ }).click();
    await page.waitForURL(/sort=title/);
    await page.locator('section[aria-labelledby="area-opportunities"]').getByRole('searchbox').fill('zzzz-nothing');
    await page.waitForURL(/q=zzzz-nothing/);
    await reaching.getByText('Nothing to show.').waitFor();

    await page.goto('/assets/areas/ladywood');
    await switchLanguage(page, 'العربية');
    await waitForHeading(page, 'Ladywood');
    await page.getByRole('table', { name: 'الفرص التي تصل إلى هذه المنطقة وسبب وصولها' }).waitFor();
    await expectNoAxeViolations(page, 'area page (ar)');
    await j.shot(page, 'area-page-ar');
    await switchLanguage(page, 'English');
  },
} satisfies Journey;
