import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Journey } from './lib/journey';
import { documentDirection, expectNoAxeViolations, switchLanguage, waitForHeading } from './lib/ui';

const lead = 'lead@demo.useit.example';
const person = 'Zainab Journeytest (e2e)';
const consented = 'We need a room that is warm and free on Saturday mornings.';
const unconsented = 'The landlord would be angry if he knew I said this.';

/** The count in the funnel table's row for a stage. */
async function funnelCount(page: Page, stage: string): Promise<number> {
  await page.goto('/research/researchers/funnel');
  await waitForHeading(page, 'Retention funnel');
  const row = page.getByRole('row', { name: new RegExp(`^${stage}`) });
  return Number(await row.getByTestId('funnel-count').innerText());
}

async function newInterview(page: Page, title: string, transcript: string) {
  await page.goto('/research/interviews/new');
  await waitForHeading(page, 'New interview');
  const form = page.getByRole('form', { name: 'New interview' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: /Interviewee/ }).fill(`${title} interviewee`);
  await form.getByLabel('Interviewed on').fill('2026-11-20');
  await form.getByRole('textbox', { name: 'Transcript' }).fill(transcript);
  await form.getByRole('button', { name: 'Create interview' }).click();
  await waitForHeading(page, title);
}

/** Codes the whole of `passage` (found in the transcript) with the code `code`, typing its offsets. */
async function codePassage(page: Page, transcript: string, passage: string, code: string) {
  const start = transcript.indexOf(passage);
  await page.getByRole('textbox', { name: 'Start' }).fill(String(start));
  await page.getByRole('textbox', { name: 'End' }).fill(String(start + passage.length));
  await page.getByRole('combobox', { name: 'Code' }).selectOption({ label: code });
  await page.getByRole('button', { name: 'Apply code' }).click();
  await page.getByRole('cell', { name: passage }).waitFor();
}

/**
 * A research lead signs someone up at a recruitment event, runs a cohort and records two sessions of attendance
 * from the grid; the researcher reaches level 1 and the funnel moves. Two interviews are coded under one theme:
 * the theme shows the consented quote and never the other. axe on the cohort and themes pages; Arabic is RTL.
 */
export default {
  name: 'researchers: attendance gives level 1 and moves the funnel; a coded theme shows only the consented quote',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, lead);
    const before = await funnelCount(page, 'Reached level 1');

    await page.goto('/research/researchers/recruitment');
    await waitForHeading(page, 'Recruitment events');
    const eventForm = page.getByRole('form', { name: 'Record an event' });
    await eventForm.getByRole('textbox', { name: 'Event' }).fill('Ladywood community fun day (e2e)');
    await eventForm.getByLabel('Date').fill('2026-08-15');
    await eventForm.getByRole('button', { name: 'Record event' }).click();
    await page.getByRole('cell', { name: 'Ladywood community fun day (e2e)' }).waitFor();
    const signUp = page.getByRole('form', { name: 'Sign someone up' });
    await signUp
      .getByRole('combobox', { name: 'At event' })
      .selectOption({ label: 'Ladywood community fun day (e2e) (2026-08-15)' });
    await signUp.getByRole('textbox', { name: 'Name' }).fill(person);
    await signUp.getByRole('button', { name: 'Sign up' }).click();
    await signUp.getByText('Signed up.').waitFor();
    await j.shot(page, 'recruitment');

    await page.goto('/research/researchers/cohorts');
    await waitForHeading(page, 'Training cohorts');
    const cohortForm = page.getByRole('form', { name: 'New cohort' });
    await cohortForm.getByRole('textbox', { name: 'Cohort' }).fill('Spring cohort (e2e)');
    await cohortForm.getByLabel('Starts').fill('2026-01-05');
    await cohortForm.getByLabel('Ends').fill('2026-04-06');
    await cohortForm.getByRole('button', { name: 'Create cohort' }).click();
    await waitForHeading(page, 'Spring cohort (e2e)');
    await page.getByRole('combobox', { name: 'Add a researcher' }).selectOption({ label: person });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const first = page.getByRole('checkbox', { name: `${person} attended session 1` });
    await first.waitFor();
    // keyboard: focus the first mark, Space ticks it; the second is ticked the same way
    await first.focus();
    await page.keyboard.press('Space');
    const second = page.getByRole('checkbox', { name: `${person} attended session 2` });
    await second.focus();
    await page.keyboard.press('Space');
    assert.equal(await second.isChecked(), true, 'Space ticks a mark');
    await page.getByRole('button', { name: 'Save 2 changes' }).click();
    const row = page.getByRole('row', { name: new RegExp(person.replace(/[()]/g, '\\$&')) });
    await row.getByText('Level 1').waitFor();
    await j.shot(page, 'attendance-level-1');
    await expectNoAxeViolations(page, 'cohort page (en)');

    assert.equal(await funnelCount(page, 'Reached level 1'), before + 1, 'the funnel counts the new level 1');
    await j.shot(page, 'funnel');

    const transcriptA = `We meet in the park in summer. ${consented} My cousin could teach sewing.`;
    await newInterview(page, 'Saturday mornings (e2e)', transcriptA);
    await page.getByRole('checkbox', { name: /consent to the interview is recorded/ }).check();
    await page.getByLabel('Consent given on').fill('2026-11-20');
    await page.getByRole('combobox', { name: 'Quotes allowed' }).selectOption({ label: 'Quotes without a name' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('definition').filter({ hasText: 'Quotes without a name' }).waitFor();
    await codePassage(page, transcriptA, consented, 'No safe space');

    const transcriptB = `I do not want my name anywhere. ${unconsented}`;
    await newInterview(page, 'No consent yet (e2e)', transcriptB);
    await codePassage(page, transcriptB, unconsented, 'No safe space');

    await page.goto('/research/interviews/themes');
    await waitForHeading(page, 'Themes');
    const card = page.getByRole('region', { name: 'Places to meet' });
    await card.getByText(consented).waitFor();
    assert.equal(await page.getByText(unconsented).count(), 0, 'a quote without consent never shows');
    await j.shot(page, 'themes');
    await expectNoAxeViolations(page, 'themes page (en)');

    await switchLanguage(page, 'العربية');
    await waitForHeading(page, 'المحاور');
    assert.equal((await documentDirection(page)).dir, 'rtl');
    await j.shot(page, 'themes-ar');
    await switchLanguage(page, 'English');
  },
} satisfies Journey;
