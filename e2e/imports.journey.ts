import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { hospital } from './lib/assets';
import { emails, type Journey } from './lib/journey';
import { expectNoAxeViolations, settle, waitForHeading } from './lib/ui';

const header = 'kind,title,macro_asset,occupations,area,value,opens_on,closes_on';
const rows = (n: number, bad = false) =>
  Array.from({ length: n }, (_, i) =>
    bad && i === 2
      ? `vacancy,Porter ${i} (e2e),${hospital.slug},kitchen-porter,atlantis,-5,2027-03-01,2027-02-01`
      : `vacancy,Porter ${i} (e2e),${hospital.slug},kitchen-porter,ladywood,1200,2027-03-01,2027-04-01`,
  ).join('\n');
const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The same rows as a real XLSX workbook, as a coordinator would save it from a spreadsheet program. */
async function workbook(name: string, n: number) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Opportunities');
  for (const line of [header, ...rows(n).split('\n')]) sheet.addRow(line.split(','));
  return { name, mimeType: xlsxMime, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}
/** Mantine's FileInput is a button labelled by the field, over a hidden file input. */
const fileInput = (page: Page) => page.locator('input[type="file"]');

/**
 * A coordinator imports a spreadsheet of vacancies: the dry run reports the bad rows by row and column and
 * nothing can be committed; the corrected file passes, the progress bar fills, and every row goes in at once.
 */
export default {
  name: 'imports: dry-run report by row and column, commit 5,000 rows of XLSX only when valid, CSV and HSDS out',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, emails.admin);
    await page.goto('/assets/import');
    await waitForHeading(page, 'Import and export');
    await page.getByRole('link', { name: 'Import and export' }).waitFor();

    await fileInput(page).setInputFiles(file('bad.csv', `${header}\n${rows(5, true)}\n`));
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.getByRole('table', { name: 'Problems, by row' });
    await problems.waitFor();
    await problems.getByRole('cell', { name: 'closes_on' }).waitFor();
    assert.equal(await problems.getByRole('cell', { name: '4', exact: true }).count(), 3, 'three problems on row 4');
    assert.equal(await page.getByRole('button', { name: 'Import all rows' }).isDisabled(), true);
    await settle(page);
    await j.shot(page, 'report');
    await expectNoAxeViolations(page, 'the import report');

    await page.getByRole('button', { name: 'Import another file' }).click();
    await fileInput(page).setInputFiles(await workbook('vacancies.xlsx', 5000));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('All 5,000 rows are valid. Nothing has been written yet.').waitFor({ timeout: 60_000 });
    const progress = page.getByRole('progressbar', { name: 'Progress' });
    assert.equal(await progress.getAttribute('aria-valuenow'), '100');
    await page.getByRole('button', { name: 'Import all rows' }).click();
    await page.getByText('Imported 5,000 rows.').waitFor({ timeout: 60_000 });
    await settle(page);
    await j.shot(page, 'imported');

    await page.getByRole('link', { name: 'Download Opportunities as CSV' }).waitFor();
    const csv = await page.evaluate(async () => (await fetch('/api/v1/exports/opportunities.csv')).text());
    assert.match(csv, /Porter 4999 \(e2e\)/);

    // the community directory comes out as Open Referral HSDS, with no confidential location in it
    await page.getByRole('link', { name: 'Community directory (Open Referral HSDS)' }).waitFor();
    const hsds = await page.evaluate(async () => {
      const res = await fetch('/api/v1/exports/hsds.json');
      return { type: res.headers.get('content-type'), body: (await res.json()) as unknown };
    });
    assert.match(hsds.type ?? '', /json/);
    const text = JSON.stringify(hsds.body);
    assert.match(text, /Winson Green Allotment Society/, 'a public community group is in the directory');
    assert.match(text, /52\.4947/, 'with its location');
    // the demo's private walking group may be listed as a service, but never where it meets
    assert.doesNotMatch(text, /52\.4876/, "the private group's location is left out");
  },
} satisfies Journey;
