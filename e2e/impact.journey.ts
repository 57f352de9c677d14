import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Journey } from './lib/journey';
import { expectNoAxeViolations, settle, waitForHeading } from './lib/ui';

const manager = 'admin@demo.useit.example';
const viewer = 'viewer@demo.useit.example';
const indicator = 'People connected with hospital jobs';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

/**
 * The project manager opens the impact dashboard: every headline indicator with its target and trend; she opens
 * "people connected with hospital jobs" and sees the records behind it, then produces the period's PDF report.
 * A viewer downloads the open data as CSV: no figure from 1 to 4 appears; and the grants (360Giving) and contracts
 * (OCDS) linked from the same page. axe on the dashboard, indicator page and open-data page.
 */
export default {
  name: 'impact: headline indicators with targets and trends, the records behind one, the PDF report; open data CSV for a viewer',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, manager);
    await page.goto('/impact');
    await waitForHeading(page, 'Impact and evidence');
    const card = page.getByRole('article', { name: indicator });
    await card.waitFor();
    await card.getByText('of 250').waitFor();
    await card.getByTestId('trend-chart').locator('svg').waitFor();
    assert.ok((await page.getByTestId('indicator-card').count()) >= 10, 'every headline indicator is on the dashboard');
    await settle(page);
    await j.shot(page, 'dashboard');
    await expectNoAxeViolations(page, '/impact');

    await card.getByRole('link', { name: indicator }).click();
    await waitForHeading(page, indicator);
    const records = page.getByRole('region', { name: 'Records behind this figure' });
    await records.getByRole('row').nth(1).waitFor();
    await j.shot(page, 'records-behind');
    await expectNoAxeViolations(page, '/impact/indicators/people-connected-with-hospital-jobs');

    await page.goto('/impact');
    await waitForHeading(page, 'Impact and evidence');
    await page.getByRole('textbox', { name: 'Narrative' }).fill('Hospital recruitment went well this quarter (e2e).');
    await page.getByRole('button', { name: 'Produce the report' }).click();
    const pdfLink = page.getByRole('link', { name: 'PDF' }).first();
    await pdfLink.waitFor();
    const pdf = await download(page, () => pdfLink.click());
    assert.match(pdf.name, /\.pdf$/);
    assert.equal(pdf.body.subarray(0, 5).toString(), '%PDF-', 'the report is a PDF');

    const funder = await j.newPage();
    await j.signIn(funder, viewer);
    await funder.goto('/impact/open-data');
    await waitForHeading(funder, 'Open data');
    const csv = await download(funder, () => funder.getByRole('link', { name: 'Download as CSV' }).click());
    const lines = csv.body.toString('utf8').trim().split('\n');
    assert.equal(lines[0], 'indicator,indicator_name,area,period_start,period_end,value,note');
    for (const line of lines.slice(1)) {
      const value = line.split(',').at(-2)!;
      assert.ok(value === '' || Number(value) === 0 || Number(value) >= 5, `no figure under 5: ${line}`);
    }
    const grants = await download(funder, () => funder.getByRole('link', { name: 'Grants as 360Giving JSON' }).click());
    assert.ok(Array.isArray(JSON.parse(grants.body.toString('utf8')).grants), 'grants as 360Giving JSON');
    const ocds = await download(funder, () => funder.getByRole('link', { name: 'Contracts as OCDS JSON' }).click());
    assert.ok(Array.isArray(JSON.parse(ocds.body.toString('utf8')).releases), 'contracts as an OCDS release package');
    await expectNoAxeViolations(funder, '/impact/open-data');
  },
} satisfies Journey;
