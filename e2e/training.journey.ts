import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { registerSandwellDoctor } from './lib/training';
import { documentDirection, expectNoAxeViolations, switchLanguage, waitForHeading } from './lib/ui';

const caseworker = 'caseworker@demo.useit.example';
const doctor = `Hala Fictional-Doctor (e2e ${Date.now().toString(36)})`;

/**
 * A caseworker puts a Sandwell doctor (IELTS 7.0/7.0/6.5/7.0) on the IELTS waiting list: the next cohort her
 * funder covers is shown with its places, her place is explained rule by rule, and the link she is given shows her
 * own place and nothing else, in English and Arabic. She is then enrolled and leaves the list. axe on each page.
 */
export default {
  name: 'training: a Sandwell doctor joins the IELTS waiting list, sees her own place by link, and is enrolled',
  run: async (j) => {
    await registerSandwellDoctor(j.baseUrl, caseworker, doctor);
    const page = await j.newPage();
    await j.signIn(page, caseworker);
    await page.goto('/matching/training');
    await waitForHeading(page, 'Training and waiting lists');
    await expectNoAxeViolations(page, '/matching/training');
    await j.shot(page, 'programmes');
    await page.getByRole('link', { name: 'IELTS Academic classes' }).click();
    await waitForHeading(page, 'IELTS Academic classes');
    const cohorts = page.getByRole('region', { name: 'Cohorts' });
    await cohorts.getByRole('link', { name: 'IELTS classes, next intake (demo)' }).waitFor();
    // a 0% bar has no width: attached, not visible
    await cohorts
      .getByRole('progressbar', { name: /0 of 12 places taken/ })
      .first()
      .waitFor({ state: 'attached' });

    const form = page.getByRole('form', { name: 'Add a candidate to the waiting list' });
    await form.getByRole('textbox', { name: /Find a candidate/ }).fill('Hala Fictional');
    const select = form.getByRole('combobox', { name: 'Candidate' });
    await select.locator('option', { hasText: doctor }).waitFor({ state: 'attached' });
    await select.selectOption({ label: (await select.locator('option', { hasText: doctor }).textContent()) ?? '' });
    await form.getByRole('button', { name: 'Add to list' }).click();
    const link = (await page.getByTestId('position-link').textContent()) ?? '';
    assert.match(link, /\/training\/position\/[A-Za-z0-9_-]{43}$/);

    const list = page.getByRole('region', { name: 'Waiting list' });
    const row = list.getByRole('row', { name: new RegExp(doctor.replace(/[()]/g, '\\$&')) });
    await row.waitFor();
    await row.getByText(/Funded place: 100 points/).waitFor();
    await row.getByText(/Near the English threshold: 15 points/).waitFor();
    await expectNoAxeViolations(page, '/matching/training/ielts-classes');
    await j.shot(page, 'waiting-list');

    // the candidate, with no account, opens her link
    const mine = await j.newPage();
    await mine.goto(new URL(link).pathname);
    await waitForHeading(mine, 'Your place on the waiting list');
    const text = (await mine.getByTestId('position').textContent()) ?? '';
    assert.match(text, /^You are number \d+ of \d+ waiting\.$/);
    assert.ok(!(await mine.content()).includes('Fictional'), 'no names on the position page');
    await expectNoAxeViolations(mine, 'position page (en)');
    await j.shot(mine, 'position-en');
    await switchLanguage(mine, 'العربية');
    await waitForHeading(mine, 'ترتيبك في قائمة الانتظار');
    assert.equal((await documentDirection(mine)).dir, 'rtl');
    await expectNoAxeViolations(mine, 'position page (ar)');
    await j.shot(mine, 'position-ar');

    // enrolled into the next intake, she leaves the list
    const enrolInto = page.getByRole('combobox', { name: 'Enrol into cohort' });
    const next = await enrolInto.locator('option', { hasText: 'next intake' }).getAttribute('value');
    await enrolInto.selectOption(next ?? '');
    await row.getByRole('button', { name: `Enrol ${doctor}` }).click();
    await row.waitFor({ state: 'detached' });
    await page.reload();
    await waitForHeading(page, 'IELTS Academic classes');
    await page
      .getByRole('region', { name: 'Cohorts' })
      .getByRole('progressbar', { name: /1 of 12 places taken/ })
      .waitFor();
    await j.shot(page, 'enrolled');
  },
} satisfies Journey;
