import assert from 'node:assert/strict';
import { apiGet, tileCount, waitForMapShapes } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

type MicroAssetPage = { items: { id: string; name: string }[]; total: number };
type MapAnswer = { areas: { name: string }[]; microAssets: { id: string; name: string }[] };

/**
 * The map works with no tile server, shows the Greater Icknield areas with their counts, and never draws a
 * resident's asset as a point: those exist only as counts per area.
 */
export default {
  name: 'map: Greater Icknield areas with counts, no tiles, no resident pinpointed',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, emails.admin);
    await page.goto('/assets/map');
    await waitForHeading(page, 'Map');

    // Area outlines on a plain background: no tile layer at all.
    await waitForMapShapes(page, 5);
    assert.equal(await tileCount(page), 0, 'no tiles drawn');
    assert.equal(await page.locator('.leaflet-tile-pane img').count(), 0, 'no tile images');
    assert.ok(await page.locator('.leaflet-container.useit-map--blank').isVisible(), 'plain background');

    // The Greater Icknield label on the map carries its three counts ("<5" when suppressed).
    const label = page.locator('.useit-label__box', { hasText: 'Greater Icknield' });
    await label.waitFor();
    const counts = await label.locator('.useit-count').allTextContents();
    assert.equal(counts.length, 3, 'three counts on the label');
    for (const count of counts) assert.match(count, /^(<5|\d+)$/, `count "${count}"`);

    // The same counts, in words, in the list beside the map.
    const areas = page.getByRole('table', { name: 'Areas' });
    const row = areas.getByRole('row', { name: /Greater Icknield/ });
    await row.waitFor();
    assert.equal((await row.getByRole('cell').allTextContents()).length, 5);
    await settle(page);
    await j.shot(page, 'map');

    // No resident-owned asset is a point: not in the map's answer for the whole world, nor on the page.
    const residents = await apiGet<MicroAssetPage>(page, '/api/v1/micro-assets?owner=resident&pageSize=100');
    assert.ok(residents.total > 0, 'the demo data has residents’ assets to protect');
    const world = await apiGet<MapAnswer>(page, '/api/v1/map?bbox=-180,-90,180,90&layers=microAssets');
    const ids = new Set(residents.items.map((item) => item.id));
    assert.deepEqual(
      world.microAssets.filter((point) => ids.has(point.id)).map((point) => point.name),
      [],
      'resident-owned assets in the map layer',
    );
    const shown = [
      ...(await page.locator('.useit-marker[title]').evaluateAll((els) => els.map((el) => el.getAttribute('title')))),
      ...(await page.getByRole('table', { name: 'Community assets' }).getByRole('cell').allTextContents()),
    ].join('\n');
    for (const item of residents.items) {
      assert.ok(!shown.includes(item.name), `resident-owned "${item.name}" is not shown as a point`);
    }

    // Choosing an area from the list selects it and opens its details beside the map.
    await row.getByRole('button', { name: 'Show on map: Greater Icknield' }).click();
    const panel = page.getByRole('complementary', { name: 'Selected item' });
    await panel.getByRole('heading', { name: 'Greater Icknield' }).waitFor();
    await panel.getByRole('link', { name: 'Opportunities in this area' }).waitFor();
    await settle(page);
    await j.shot(page, 'area-selected');

    // A macro-asset marker: reachable by keyboard, Enter opens its panel with a link to its page.
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.getByRole('checkbox', { name: 'Opportunities' }).uncheck();
    await page.getByRole('checkbox', { name: 'Community assets' }).uncheck();
    await page.getByRole('checkbox', { name: 'Sites' }).uncheck();
    // The layers reload after each change; focus the marker only once the map has settled, or it may be redrawn.
    await settle(page);
    const marker = page.locator('.useit-marker--macroAssets[title^="Port Loop"]');
    await marker.waitFor();
    await marker.focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('link', { name: 'Open the page of Port Loop' }).click();
    await waitForHeading(page, 'Port Loop');
  },
} satisfies Journey;
