import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { expectNoAxeViolations, settle, waitForHeading } from './lib/ui';

const manager = 'admin@demo.useit.example';
const planTitle = 'Community economic development plan: Ladywood';
const action = 'Open the community kitchen to start-ups on Mondays (e2e)';

/**
 * The project manager drafts a community economic development plan for Ladywood (assets, gaps, opportunities and
 * indicators pulled in), edits its actions section and saves; a stale second tab is told the plan changed and
 * reloads; she turns one action into a partnership task and opens it. axe on the plans list and the plan page.
 */
export default {
  name: 'impact plans: draft a plan for an area, edit a section (409 on a stale copy), turn an action into a task',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, manager);
    await page.goto('/impact/plans');
    await waitForHeading(page, 'Community economic development plans');
    await settle(page);
    await expectNoAxeViolations(page, '/impact/plans');

    const form = page.getByRole('form', { name: 'Draft a new plan' });
    await form.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Ladywood' });
    await form.getByRole('button', { name: 'Draft the plan' }).click();
    await waitForHeading(page, planTitle);
    const planUrl = page.url();
    for (const heading of ['Assets', 'Gaps', 'Opportunities', 'Indicators'])
      await page.getByRole('textbox', { name: heading, exact: true }).waitFor();
    const assets = await page.getByRole('textbox', { name: 'Assets', exact: true }).inputValue();
    assert.match(assets, /Micro-assets recorded in Ladywood/, 'the draft pulls in the area’s assets');
    await settle(page);
    await j.shot(page, 'plan-draft');
    await expectNoAxeViolations(page, '/impact/plans/:id');

    const stale = await j.newPage();
    await j.signIn(stale, manager);
    await stale.goto(planUrl);
    await waitForHeading(stale, planTitle);

    await page.getByRole('textbox', { name: 'Actions', exact: true }).fill(`- ${action}`);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Adopted' });
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText('Saved (version 2).').waitFor();

    await stale.getByRole('textbox', { name: 'Gaps', exact: true }).fill('An edit made on an old copy');
    await stale.getByRole('button', { name: 'Save the plan' }).click();
    await stale.getByText('Someone else changed this plan').waitFor();
    await stale.getByRole('button', { name: 'Reload the latest version' }).click();
    // the alert goes once the latest version is in the form
    await stale.getByText('Someone else changed this plan').waitFor({ state: 'hidden' });
    assert.equal(await stale.getByRole('textbox', { name: 'Actions', exact: true }).inputValue(), `- ${action}`);
    await stale.close();

    await page.getByRole('textbox', { name: 'Action', exact: true }).fill(action);
    const owner = page.getByRole('combobox', { name: 'Owner' });
    await owner.locator('option').nth(1).waitFor({ state: 'attached' });
    await owner.selectOption({ index: 1 });
    await page.getByRole('textbox', { name: 'Due on' }).fill('2027-03-01');
    await page.getByRole('button', { name: 'Create the task' }).click();
    const link = page.getByRole('region', { name: 'Actions', exact: true }).getByRole('link', { name: action });
    await link.waitFor();
    await j.shot(page, 'plan-action');

    await page.goto('/impact/plans?status=adopted&q=Ladywood');
    await page.getByRole('link', { name: planTitle }).first().waitFor();

    await page.goto(planUrl);
    await page.getByRole('region', { name: 'Actions', exact: true }).getByRole('link', { name: action }).click();
    await waitForHeading(page, action);
  },
} satisfies Journey;
