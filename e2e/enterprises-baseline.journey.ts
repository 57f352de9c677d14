import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { collectAxe } from './lib/axeCollect';
import type { Journey } from './lib/journey';
import { documentDirection, switchLanguage, waitForHeading } from './lib/ui';

const survey = 'Enterprise baseline survey 2026';

/** The row of a figure's table that names this answer, and its count cell. */
const countOf = (page: Page, table: string, answer: string) =>
  page
    .getByRole('region', { name: table, exact: true })
    .getByRole('row', { name: new RegExp(`^${answer} `) })
    .getByRole('cell')
    .nth(1);

/**
 * The baseline study (issue 6 §8) in the directory statistics: a buyer follows the public directory's link to
 * the statistics and sees the demo baseline survey's answers as bar charts with a table alternative, counts under
 * 5 shown as "<5" and the free-text question nowhere; in Arabic the labels and the page read right-to-left. Staff
 * who manage the baseline stop using the questionnaire and choose it again from the page. axe in both languages.
 */
export default {
  name: 'enterprises: the public directory statistics show the baseline survey’s answers (charts + tables, <5 hidden), in English and Arabic; staff choose the baseline; axe',
  run: async (j) => {
    const failures: string[] = [];
    const page = await j.newPage();
    await page.goto('/directory');
    // a new page may open in either language (the choice is remembered); switch to English from whichever it is
    await waitForHeading(page, /^(Find a local social enterprise|ابحث عن مؤسسة اجتماعية محلية)$/);
    await switchLanguage(page, 'English');
    await page.getByRole('link', { name: 'Directory statistics and the baseline survey' }).click();
    await waitForHeading(page, 'Directory statistics');
    const results = page.getByRole('region', { name: survey, exact: true });
    await results.getByRole('heading', { name: 'Legal form of the enterprise' }).waitFor();
    assert.equal(await countOf(page, 'Legal form of the enterprise', 'Community interest company').innerText(), '15');
    assert.match(
      await countOf(page, 'Legal form of the enterprise', 'Sole trader with a social mission').innerText(),
      /<5/,
    );
    assert.match(await countOf(page, 'Biggest barriers to growth', 'Digital tools').innerText(), /<5/);
    assert.ok((await results.locator('[data-testid$="-chart"] svg').count()) >= 4, 'a bar chart per closed question');
    await results.getByText('Median: 3').waitFor();
    assert.equal(await page.getByText(/volunteers|Anything else/).count(), 0, 'free text is never shown');
    await collectAxe(j, page, 'statistics-en', failures);

    await switchLanguage(page, 'العربية');
    await waitForHeading(page, 'إحصاءات الدليل');
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });
    await page.getByRole('heading', { name: 'الشكل القانوني للمؤسسة' }).waitFor();
    assert.equal(await countOf(page, 'الشكل القانوني للمؤسسة', 'شركة ذات مصلحة مجتمعية').innerText(), '15');
    await collectAxe(j, page, 'statistics-ar', failures);
    await switchLanguage(page, 'English');

    const staff = await j.newPage();
    await j.signIn(staff, 'lead@demo.useit.example');
    await staff.goto('/enterprises/statistics');
    await waitForHeading(staff, 'Directory statistics');
    await staff.getByRole('button', { name: `Stop using ${survey}` }).click();
    await staff.getByText('No baseline questionnaire is linked yet.').waitFor();
    await staff.getByRole('combobox', { name: 'Research questionnaire' }).fill('baseline');
    await staff.getByRole('option', { name: survey }).click();
    await staff.getByRole('button', { name: 'Use as the baseline survey' }).click();
    await staff
      .getByRole('region', { name: survey, exact: true })
      .getByRole('heading', { name: 'Main market' })
      .waitFor();
    await collectAxe(j, staff, 'statistics-staff', failures);
    assert.deepEqual(failures, [], failures.join('\n\n'));
  },
} satisfies Journey;
