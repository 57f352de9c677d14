import assert from 'node:assert/strict';
import { hospital, tileCount, waitForMapShapes } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

/**
 * The "done when": a coordinator, as a new user would, opens the hospital's page and sees its vacancies,
 * the local people and skills that could fill them with the reasons, and the gaps.
 */
export default {
  name: "coordinator opens the hospital's page: vacancies, local supply with reasons, gaps",
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, emails.admin);

    // From the navigation, as a new user would: Assets & map -> the macro-assets list -> the hospital.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Assets & map' }).click();
    await waitForHeading(page, 'Macro-assets');
    const sections = page.getByRole('navigation', { name: 'Assets and map sections' });
    for (const label of ['Macro-assets', 'Opportunities', 'Micro-assets', 'Map', 'Gaps']) {
      await sections.getByRole('link', { name: label, exact: true }).waitFor();
    }
    const table = page.getByRole('table', { name: 'Macro-assets' });
    await table.getByRole('cell', { name: '£350,000,000' }).waitFor();
    await settle(page);
    await j.shot(page, 'macro-assets');

    await table.getByRole('link', { name: hospital.name }).click();
    await waitForHeading(page, hospital.name);
    assert.equal(new URL(page.url()).pathname, `/assets/macro-assets/${hospital.slug}`);
    await page.getByText('Sandwell and West Birmingham Hospitals NHS Trust').first().waitFor();
    await page.getByText('Hospital Group', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Phases' }).waitFor();

    // Its location, drawn with no tile server: the boundary on a plain background.
    await waitForMapShapes(page, 1);
    assert.equal(await tileCount(page), 0, 'no tiles without a tile server');

    // Vacancies with their local supply: a suppressed count reads "<5", never 0.
    const overview = page.getByRole('table', { name: 'Opportunities and their local supply' });
    await overview.getByRole('link', { name: 'Hospital porter (demo)' }).waitFor();
    assert.ok((await overview.getByRole('cell', { name: 'Job vacancy' }).count()) >= 3, 'several vacancies');
    assert.ok((await overview.getByText('<5', { exact: true }).count()) >= 1, 'small supply shown as <5');
    await settle(page);
    await j.shot(page, 'hospital-top');

    // The gaps: opportunities with no local supply, as training needs.
    const gaps = page.getByRole('region', { name: 'Gaps' });
    await gaps.getByText(/no local supply yet/).waitFor();
    assert.ok((await gaps.getByRole('link').count()) >= 1, 'at least one training need');

    // Who could fill them, each suggestion with the reasons it was made.
    const porter = page.getByRole('article', { name: 'Hospital porter (demo)' });
    await porter.getByText(/^Local supply/).waitFor();
    await porter.getByText('Why suggested').first().waitFor();
    const reasons = await porter.getByRole('listitem').allTextContents();
    assert.ok(
      reasons.some((reason) => /same occupation/i.test(reason)),
      `a reason names the occupation: ${reasons.join(' | ')}`,
    );
    await porter.scrollIntoViewIfNeeded();
    await j.shot(page, 'hospital-candidates');

    // More opportunities than fit one page: the pager says how many and moves through them.
    const pager = page.getByRole('navigation', { name: 'Pages' });
    await pager.waitFor();
    const summary = page.getByText(/^Showing 1.10 of [\d,]+$/);
    await summary.waitFor();
    await pager.getByRole('button', { name: 'Page 2' }).click();
    await page.getByText(/^Showing 11.\d+ of [\d,]+$/).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('page'), '2');
    assert.equal(await overview.getByRole('link', { name: 'Hospital porter (demo)' }).count(), 0, 'page 2 is new');
  },
} satisfies Journey;
