import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Journey } from './lib/journey';
import { apiSession } from './lib/training';
import { expectNoAxeViolations, waitForHeading } from './lib/ui';

const caseworker = 'caseworker@demo.useit.example';
const employer = 'employer@demo.useit.example';
const run = Date.now().toString(36);
const doctor = `Rasha Fictional-Doctor (e2e employer ${run})`;
const vacancyTitle = `Clinical support worker, acute medicine (e2e ${run})`;

/**
 * Set-up: the first half's doctor (matching.journey.ts registers her through the web form): Syrian-trained, in
 * Sandwell, IELTS 7.0/7.0/6.5/7.0, full right to work, consenting to matching but not to sharing contact details.
 */
async function registerDoctor(baseUrl: string) {
  const send = await apiSession(baseUrl, caseworker);
  const taken = new Date(Date.now() - 150 * 86_400_000).toISOString().slice(0, 10);
  const created = await send('POST', '/api/v1/matching/candidates', {
    fullName: doctor,
    dateOfBirth: '1987-02-03',
    borough: 'Sandwell',
    rightToWork: 'full',
    qualifications: [{ occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 6 }],
    englishTests: [
      {
        test: 'ielts',
        variant: 'academic',
        date: taken,
        scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
      },
    ],
    consents: { matching: true, contact: false, publicity: false },
  });
  return { id: String(created!.id), reference: String(created!.reference) };
}

/** The hospital's employer user posts a Band 3 clinical support worker vacancy through the web form. */
async function postVacancy(page: Page): Promise<string> {
  await page.goto('/matching');
  // an employer sees no candidate records: /matching takes them to their vacancies
  await waitForHeading(page, 'Vacancies');
  await page.getByRole('link', { name: 'Post a vacancy' }).click();
  await waitForHeading(page, 'Post a vacancy');
  await page.getByRole('textbox', { name: 'Job title' }).fill(vacancyTitle);
  const occupation = page.getByRole('combobox', { name: 'Occupation' });
  await occupation.locator('option[value="healthcare-assistant"]').waitFor({ state: 'attached' });
  await occupation.selectOption('healthcare-assistant');
  await page.getByRole('combobox', { name: 'Band (Agenda for Change)' }).selectOption('3');
  await page.getByRole('textbox', { name: 'Places' }).fill('4');
  await page.getByRole('button', { name: 'Post the vacancy' }).click();
  await waitForHeading(page, vacancyTitle);
  return new URL(page.url()).pathname;
}

/**
 * Issue 5's done-when, the employer half: the hospital's employer user posts a Band 3 clinical support worker
 * vacancy; the Sandwell doctor is not shown to the employer until a caseworker confirms the match; then she appears
 * in the hospital's suggestions with reasons, showing only what she consented to share (no name or contact); the
 * shortage analysis shows the hospital's gap for the post against the pipeline.
 */
export default {
  name: 'matching (employer): a hospital posts a vacancy, a caseworker confirms the doctor, the employer sees her with reasons and the shortage',
  run: async (j) => {
    const candidate = await registerDoctor(j.baseUrl);

    const hospital = await j.newPage();
    await j.signIn(hospital, employer);
    const vacancyPath = await postVacancy(hospital);
    const confirmed = hospital.getByRole('region', { name: 'Candidates suggested to you' });
    await confirmed.getByText('No candidate has been confirmed for this vacancy yet.').waitFor();
    assert.equal(await hospital.getByText(candidate.reference).count(), 0, 'not shown before a caseworker confirms');
    await j.shot(hospital, 'vacancy-before');

    // the caseworker sees her among the suggestions, with the score's breakdown, and confirms
    const desk = await j.newPage();
    await j.signIn(desk, caseworker);
    await desk.goto(vacancyPath);
    await waitForHeading(desk, vacancyTitle);
    const card = desk.getByRole('article', { name: doctor });
    await card.getByRole('table', { name: 'How the score is made up' }).waitFor();
    assert.match(await card.innerText(), /interim role for a/);
    await card.getByRole('button', { name: 'Confirm match' }).click();
    await card.getByText('Confirmed', { exact: true }).waitFor();
    await j.shot(desk, 'confirmed');

    // the employer now sees her: reasons and gaps, her reference, and neither her name nor her contact details
    await hospital.reload();
    await waitForHeading(hospital, vacancyTitle);
    const match = confirmed.getByRole('article', { name: candidate.reference });
    await match.getByText('The candidate has not agreed to share contact details: ask their caseworker.').waitFor();
    const shown = await match.innerText();
    assert.match(shown, /Reasons/);
    assert.match(shown, /Clinical support worker|interim role/);
    assert.ok(!shown.includes('Rasha'), 'her name is not shared without consent');
    assert.equal(await hospital.getByText(doctor).count(), 0);
    await expectNoAxeViolations(hospital, 'vacancy page, employer (en)');
    await j.shot(hospital, 'vacancy-after');

    // the shortage analysis: the hospital's places for the post against the pipeline, by readiness
    await hospital.getByRole('link', { name: 'Shortage', exact: true }).click();
    await waitForHeading(hospital, 'Shortage analysis');
    const row = hospital.getByRole('row', { name: /^Healthcare assistant.*band 3/ });
    await row.waitFor(); // the table arrives after the heading
    const cells = await row.getByRole('cell').allInnerTexts();
    assert.ok(Number(cells[0]) >= 4, `demand counts the 4 new places (got ${cells[0]})`);
    await expectNoAxeViolations(hospital, 'shortage (employer, en)');
    await j.shot(hospital, 'shortage');

    // duplicates: the same doctor registered twice with her name spelt differently; the caseworker merges them
    const send = await apiSession(j.baseUrl, caseworker);
    const twin = async (fullName: string, extra: Record<string, unknown>) =>
      String(
        (await send('POST', '/api/v1/matching/candidates', { fullName, dateOfBirth: '1979-11-23', ...extra }))!.id,
      );
    const first = await twin(`Mohammed Fictional-Twin ${run}`, { phone: '+44 7700 900321' });
    await twin(`Mohamed Fictionaltwin ${run}`, { email: 'twin@example.org' });
    await desk.goto(`/matching/candidates/${first}`);
    const section = desk.getByRole('region', { name: 'Likely duplicates of this record' });
    await section.getByRole('link', { name: 'Compare side by side' }).click();
    await waitForHeading(desk, 'Compare two records');
    await desk.getByRole('table', { name: /side by side/ }).waitFor();
    await expectNoAxeViolations(desk, 'compare two records (en)');
    await desk.getByRole('button', { name: /^Merge MC-/ }).click();
    await desk.getByText(/^Merged into MC-/).waitFor();
    await j.shot(desk, 'merged');
    await desk.getByRole('link', { name: 'Open the record you kept' }).click();
    await waitForHeading(desk, `Mohammed Fictional-Twin ${run}`);
    // the kept record's duplicates are refetched after the merge: the section goes once the list is empty
    await desk
      .getByRole('region', { name: 'Likely duplicates of this record' })
      .waitFor({ state: 'detached', timeout: 20_000 });
  },
} satisfies Journey;
