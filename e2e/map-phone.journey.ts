import assert from 'node:assert/strict';
import { waitForMapShapes } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

const width = 375;

/** On a phone the map fits the screen and the selected item's details open in a drawer. */
export default {
  name: 'map at 375px: fits the screen, details in a drawer',
  run: async (j) => {
    const page = await j.newPage({ viewport: { width, height: 812 } });
    await j.signIn(page, emails.admin);
    await page.goto('/assets/map');
    await waitForHeading(page, 'Map');
    await waitForMapShapes(page, 3);
    await settle(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `page is ${scrollWidth}px wide at ${width}px`);
    await j.shot(page, 'map-phone');

    const row = page.getByRole('table', { name: 'Areas' }).getByRole('row').nth(1);
    await row.getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await drawer.getByText('residents’ assets').waitFor();
    await j.shot(page, 'drawer');
    await drawer.getByRole('button', { name: 'Close details' }).click();
    await drawer.waitFor({ state: 'hidden' });
  },
} satisfies Journey;
