import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Journey, JourneyContext } from './lib/journey';
import { collectAxe } from './lib/axeCollect';
import { waitForHeading } from './lib/ui';

const coop = 'Ladywood Kitchen Table Food Co-op';
const mentor = 'Priya Examplewood';

/** axe on a page once its heading shows; violations are collected, not thrown. */
async function axeOn(j: JourneyContext, page: Page, path: string, h1: string, name: string, failures: string[]) {
  await page.goto(path);
  await waitForHeading(page, h1);
  await collectAxe(j, page, name, failures);
}

/**
 * The food co-operative idea joins the start-up cohort; staff open the mentor suggestions, read why the
 * canal-side commercial manager is suggested first, and confirm her; the mentor signs in, finds the co-op on her
 * profile and logs their first session. axe on the programme, cohort, start-up, mentoring and calendar pages.
 */
export default {
  name: 'enterprises: a food co-op idea joins a start-up cohort, is matched with a mentor (reasons, confirmation), who logs a session; axe',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    await page.goto('/enterprises/startups');
    await waitForHeading(page, 'Start-up programme');
    await page.getByRole('link', { name: 'Spring 2027 cohort' }).click();
    await waitForHeading(page, 'Spring 2027 cohort');
    const cohortPath = new URL(page.url()).pathname;

    const picker = page.getByRole('combobox', { name: 'Add a start-up (idea or start-up stage)' });
    await picker.fill('Kitchen Table');
    await page.getByRole('option', { name: coop }).click();
    await page.getByRole('button', { name: 'Join the cohort' }).click();
    const members = page.getByRole('table', { name: 'Start-ups in Spring 2027 cohort' });
    await members.getByRole('link', { name: coop }).waitFor();
    await page.getByText('6 of 12 places taken').waitFor();
    await j.shot(page, 'cohort-joined');

    await members.getByRole('link', { name: coop }).click();
    await waitForHeading(page, coop);
    const startupPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Suggest mentors' }).click();
    const first = page.getByRole('article').first();
    await first.getByText(mentor, { exact: true }).waitFor();
    const reasons = first.getByRole('list', { name: `Why ${mentor} is suggested` });
    assert.match(await reasons.innerText(), /Knows the start-up's market: Food \(\+35\)/);
    assert.match(await reasons.innerText(), /Covers 3 of the 3 weakest modules/);
    await first.getByText('Score 100 / 100').waitFor();
    await j.shot(page, 'suggestions');
    await first.getByRole('button', { name: `Confirm ${mentor} as mentor` }).click();
    await page.getByText(`${mentor} is now mentoring this start-up.`).waitFor();
    await page.getByRole('table', { name: 'Mentors' }).getByRole('link', { name: mentor }).waitFor();

    // The mentor (a partner member) finds the co-op on her profile and logs their first session.
    const m = await j.newPage();
    await j.signIn(m, 'partner@demo.useit.example');
    await m.goto(`/enterprises/mentors?q=${encodeURIComponent('Examplewood')}`);
    await waitForHeading(m, 'Mentors');
    await m.getByRole('link', { name: mentor }).click();
    await waitForHeading(m, mentor);
    await m.getByRole('table', { name: 'Mentees' }).getByRole('link', { name: coop }).click();
    await waitForHeading(m, `${mentor} mentoring ${coop}`);
    const relationshipPath = new URL(m.url()).pathname;
    await m.getByLabel('Date').fill(new Date().toISOString().slice(0, 10));
    await m.getByRole('textbox', { name: 'Notes' }).fill('Priced the veg boxes; next: a market stall trial.');
    await m.getByRole('button', { name: 'Log a session' }).click();
    await m.getByText('Session logged.').waitFor();
    await m
      .getByRole('table', { name: 'Sessions' })
      .getByText('Priced the veg boxes; next: a market stall trial.')
      .waitFor();
    await j.shot(m, 'session-logged');

    const failures: string[] = [];
    await axeOn(j, page, '/enterprises/startups', 'Start-up programme', 'programme', failures);
    await axeOn(j, page, cohortPath, 'Spring 2027 cohort', 'cohort', failures);
    await axeOn(j, page, startupPath, coop, 'startup', failures);
    await axeOn(j, page, '/enterprises/mentors', 'Mentors', 'mentors', failures);
    await axeOn(j, page, relationshipPath, `${mentor} mentoring ${coop}`, 'relationship', failures);
    await axeOn(j, page, '/enterprises/network', 'Social-enterprise network', 'network', failures);
    await axeOn(j, page, '/enterprises/events', 'Events calendar', 'calendar', failures);
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
