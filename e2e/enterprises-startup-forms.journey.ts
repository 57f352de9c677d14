import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { openForm } from './lib/staffForms';
import { expectNoAxeViolations, settle, waitForHeading } from './lib/ui';

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Staff do through forms what was API-only: open a cohort with its dates and lead mentor (the server's refusal of
 * a blank form shows next to the fields), add a session to it, create a programme, recruit a mentor, and put a network workshop with speakers and topics on the calendar (an end
 * before the start is refused on the end field). axe on the open dialogs.
 */
export default {
  name: 'enterprises: staff create a cohort, a session, a programme, a mentor and a network event through the forms; server problems show on the fields; axe',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    const cohort = `Autumn cohort ${Date.now() % 100_000}`;
    await page.goto('/enterprises/startups');
    await waitForHeading(page, 'Start-up programme');

    let dialog = await openForm(page, 'New cohort');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').getByText('The form could not be saved').waitFor();
    assert.equal(await dialog.getByLabel('Cohort name').getAttribute('aria-invalid'), 'true');
    assert.equal(await dialog.getByLabel('Starts on').getAttribute('aria-invalid'), 'true');
    await settle(page);
    await j.shot(page, 'cohort-form-problems');
    await expectNoAxeViolations(page, 'cohort form');

    await dialog.getByLabel('Cohort name').fill(cohort);
    await dialog.getByLabel('Starts on').fill(day(40));
    await dialog.getByLabel('Ends on').fill(day(130));
    const lead = dialog.getByLabel('Lead mentor');
    await lead.locator('option', { hasText: 'Priya Examplewood' }).waitFor({ state: 'attached' });
    await lead.selectOption(
      (await lead.locator('option', { hasText: 'Priya Examplewood' }).getAttribute('value')) ?? '',
    );
    await dialog.getByLabel('Places').fill('10');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await waitForHeading(page, cohort);
    await page.getByText('0 of 10 places taken').waitFor();
    await page.getByText(`Ends ${day(130)}`).waitFor();
    await page.getByRole('link', { name: 'Priya Examplewood' }).waitFor();

    dialog = await openForm(page, 'Add a session');
    await dialog.getByLabel('Session title').fill('Pricing your first product');
    await dialog.getByLabel('Module').selectOption({ index: 1 });
    await dialog.getByLabel('Starts at').fill(`${day(45)}T18:00`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const sessions = page.getByRole('table', { name: `Sessions of ${cohort}` });
    await sessions.getByText('Pricing your first product').waitFor();
    await j.shot(page, 'session-added');

    // A programme of two of the city pack's modules, and a mentor recruited from a partner company.
    await page.goto('/enterprises/startups');
    await waitForHeading(page, 'Start-up programme');
    dialog = await openForm(page, 'New programme');
    await dialog.getByLabel('Programme name').fill(`Social enterprise basics ${cohort.slice(-5)}`);
    await dialog.getByRole('checkbox', { name: 'Business planning' }).check();
    await dialog.getByRole('checkbox', { name: 'Finance' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: `Social enterprise basics ${cohort.slice(-5)}` }).waitFor();

    await page.goto('/enterprises/mentors');
    await waitForHeading(page, 'Mentors');
    dialog = await openForm(page, 'Recruit a mentor');
    await dialog.getByLabel('Name').fill('Robin Madeupname');
    await dialog.getByLabel('Email').fill('robin.madeupname@mentor.example');
    await dialog.getByRole('checkbox', { name: 'Finance' }).check();
    await dialog.getByRole('checkbox', { name: 'Food' }).check();
    await dialog.getByRole('checkbox', { name: 'Polish' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Robin Madeupname' }).waitFor();
    await j.shot(page, 'mentor-recruited');

    await page.goto('/enterprises/events');
    await waitForHeading(page, 'Events calendar');
    dialog = await openForm(page, 'New event');
    await dialog.getByLabel('Event title').fill('Crowdfunding workshop for food start-ups');
    await dialog.getByLabel('Kind').selectOption('workshop');
    await dialog.getByLabel('Starts at').fill(`${day(50)}T18:00`);
    await dialog.getByLabel('Ends at').fill(`${day(50)}T17:00`);
    await dialog.getByLabel('Speakers').fill('Dana Fictional, Sam Placeholder');
    await dialog.getByLabel('Topics').fill('crowdfunding, pricing');
    await dialog.getByLabel('Places', { exact: true }).fill('25');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('The end must be after the start').first().waitFor();
    assert.equal(await dialog.getByLabel('Ends at').getAttribute('aria-invalid'), 'true');
    await settle(page);
    await expectNoAxeViolations(page, 'event form');
    await dialog.getByLabel('Ends at').fill(`${day(50)}T20:00`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await waitForHeading(page, 'Crowdfunding workshop for food start-ups');
    await page.getByText('Dana Fictional, Sam Placeholder').waitFor();
    await j.shot(page, 'event-created');
  },
} satisfies Journey;
