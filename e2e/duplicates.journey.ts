import assert from 'node:assert/strict';
import { apiGet, apiSend } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { expectNoAxeViolations, settle, switchLanguage, waitForHeading } from './lib/ui';

type Duplicates = { items: { a: { id: string }; b: { id: string } }[] };

/**
 * An admin merges a likely-duplicate pair of community organisations: two alike names in one area, made
 * through the API for this run; compared side by side, the one to keep chosen, confirmed, merged, and gone.
 */
export default {
  name: 'duplicates: compare a likely pair, choose which to keep, confirm, merge; it leaves the list',
  run: async (j) => {
    const stamp = Date.now().toString(36);
    const page = await j.newPage();
    await j.signIn(page, emails.admin);
    const record = (name: string) =>
      apiSend<{ id: string }>(page, 'POST', '/api/v1/micro-assets', {
        category: 'community',
        kind: 'group',
        name,
        owner: { type: 'partner', partner: 'birmingham-city-council' },
        area: 'spring-hill',
        provenance: 'partner_report',
        visibility: 'partners',
      });
    const older = await record(`Spring Hill Allotment Friends ${stamp} (demo)`);
    const newer = await record(`Spring Hill Allotments Friends ${stamp} (demo)`);
    const listed = await apiGet<Duplicates>(page, '/api/v1/duplicates?entity=micro_asset&limit=500');
    assert.ok(
      listed.items.some((p) => [p.a.id, p.b.id].sort().join() === [older.id, newer.id].sort().join()),
      'the server flags the pair',
    );

    // A coordinator may look and compare; only a programme admin merges.
    const lead = await j.newPage();
    await j.signIn(lead, 'lead@demo.useit.example');
    await lead.goto(`/assets/duplicates?q=${stamp}`);
    await waitForHeading(lead, 'Duplicates');
    await lead.getByRole('button', { name: /^Compare / }).click();
    const leadCompare = lead.getByRole('region', { name: 'Side by side' });
    await leadCompare.getByText('Only a programme admin can merge records.', { exact: false }).waitFor();
    assert.equal(await leadCompare.getByRole('button', { name: 'Merge…' }).count(), 0, 'no merge for a coordinator');

    await page.goto('/assets');
    await page
      .getByRole('navigation', { name: 'Assets and map sections' })
      .getByRole('link', { name: 'Duplicates' })
      .click();
    await waitForHeading(page, 'Duplicates');
    await page.getByRole('searchbox', { name: 'Search names' }).fill(stamp);
    await page.waitForURL(new RegExp(`q=${stamp}`));
    const table = page.getByRole('table', { name: 'Likely duplicates' });
    const row = table.getByRole('row', { name: new RegExp(`Allotment Friends ${stamp}`) });
    await row.getByText('Both in Spring Hill').waitFor();
    await row.getByText(/Names \d+% alike/).waitFor();
    await row.getByRole('button', { name: /^Compare / }).click();

    const compare = page.getByRole('region', { name: 'Side by side' });
    await compare.waitFor();
    await compare.getByText('Suggested to keep').waitFor();
    await compare.getByRole('radio', { name: `Keep Spring Hill Allotments Friends ${stamp} (demo)` }).check();
    await settle(page);
    await expectNoAxeViolations(page, 'duplicates with comparison (en)');
    await j.shot(page, 'compare');

    await compare.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge these records?' });
    await dialog.getByText(`Keep “Spring Hill Allotments Friends ${stamp} (demo)”`).waitFor();
    // Colours are checked once the dialog has faded in.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="dialog"], .mantine-Modal-overlay')].every(
        (el) => getComputedStyle(el).opacity === '1',
      ),
    );
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page, 'merge confirmation (en)');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('status').getByText('Merged').first().waitFor();
    await page
      .getByText(
        `“Spring Hill Allotment Friends ${stamp} (demo)” was merged into “Spring Hill Allotments Friends ${stamp} (demo)”.`,
      )
      .waitFor();
    await table.getByText('Nothing to show.').waitFor();
    await j.shot(page, 'merged');

    const after = await apiGet<Duplicates>(page, '/api/v1/duplicates?entity=micro_asset&limit=500');
    assert.ok(!after.items.some((p) => [p.a.id, p.b.id].includes(older.id)), 'the merged record left the list');
    const kept = await apiGet<{ name: string }>(page, `/api/v1/micro-assets/${older.id}`);
    assert.equal(kept.name, `Spring Hill Allotments Friends ${stamp} (demo)`, 'the merged id leads to the kept one');

    await page.goto('/assets/duplicates?entity=partner');
    await switchLanguage(page, 'العربية');
    await waitForHeading(page, 'السجلات المكررة');
    await page.getByRole('table').first().waitFor();
    await expectNoAxeViolations(page, 'duplicates (ar)');
    await j.shot(page, 'duplicates-ar');
    await switchLanguage(page, 'English');
  },
} satisfies Journey;
