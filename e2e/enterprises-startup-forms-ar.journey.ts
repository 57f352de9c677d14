import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { Journey } from './lib/journey';
import { ar, describedBy, focusedId, latinWords, openForm, tabTo } from './lib/staffForms';
import { documentDirection, expectNoAxeViolations, switchLanguage, waitForHeading } from './lib/ui';

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const f = (key: string) => ar(`enterpriseForms.${key}`);
/** Two modules of the city pack, as its Arabic labels name them. */
const [planning, finance] = ['تخطيط الأعمال', 'التمويل'];

/** The dialog reads right to left, and nothing in it but the names the journey typed is in English. */
async function arabicOnly(dialog: Locator, typed: readonly string[] = []) {
  assert.equal(await dialog.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  assert.deepEqual(await latinWords(dialog, typed), [], 'English in an Arabic form');
}

/** The field is marked invalid and a screen reader hears the Arabic problem with it. */
async function refused(field: Locator, problem: string) {
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await describedBy(field), new RegExp(problem));
}

/** A refused submit shows the summary (with focus) and the problem on the field; axe passes with errors shown. */
async function submitRefused(page: Page, dialog: Locator, label: string) {
  await dialog.getByRole('button', { name: f('save'), exact: true }).click();
  await dialog.getByRole('alert').getByText(f('problems')).waitFor();
  assert.ok(await page.evaluate(() => Boolean(document.activeElement?.querySelector('[role="alert"]'))));
  await expectNoAxeViolations(page, `${label} (ar, problems shown)`);
}

/** Goes to a page and opens a staff form with the keyboard: focus on its button, Enter. */
async function openByKeyboard(page: Page, path: string, heading: string, title: string) {
  await page.goto(path);
  await waitForHeading(page, heading);
  await page.getByRole('button', { name: title }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

/**
 * Tab to Save and press Enter: the refused form's summary takes focus; Tab reaches its first link (the field's
 * label) and Enter on it moves focus to the field.
 */
async function saveAndFollowSummary(page: Page, dialog: Locator, label: string, fieldId: string) {
  await tabTo(page, `BUTTON:${f('save')}`);
  await page.keyboard.press('Enter');
  await dialog.getByRole('alert').getByText(f('problems')).waitFor();
  assert.ok(await page.evaluate(() => Boolean(document.activeElement?.querySelector('[role="alert"]'))));
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), `A:${label}`);
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(page), fieldId, 'the summary link moves focus to its field');
}

/**
 * The start-up staff forms in Arabic, right to left: a cohort (date inputs, a select), a session, a programme and a
 * mentor (checkbox groups) completed with the keyboard only (the summary's link moves focus to its field), and a
 * network event. The server's problems show on their fields in Arabic; axe passes on each form with errors.
 */
export default {
  name: 'enterprises: the start-up staff forms in Arabic (right to left): problems in Arabic on their fields, keyboard only, axe',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    const n = String(Date.now() % 100_000);
    const cohort = `دفعة الربيع ${n}`;
    await page.goto('/enterprises/startups');
    await switchLanguage(page, 'العربية');
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });
    await waitForHeading(page, ar('startups.title'));

    let dialog = await openForm(page, f('cohort.new'));
    await submitRefused(page, dialog, 'cohort form');
    await refused(dialog.getByLabel(f('cohort.name')), f('server.required'));
    await refused(dialog.getByLabel(f('cohort.startsOn')), f('server.date'));
    await arabicOnly(dialog);
    await j.shot(page, 'cohort-form-problems-ar');
    await dialog.getByLabel(f('cohort.name')).fill(cohort);
    await dialog.getByLabel(f('cohort.startsOn')).fill(day(60));
    await dialog.getByLabel(f('cohort.endsOn')).fill(day(150));
    const lead = dialog.getByLabel(f('cohort.lead'));
    const priya = lead.locator('option', { hasText: 'Priya Examplewood' });
    await priya.waitFor({ state: 'attached' });
    await lead.selectOption((await priya.getAttribute('value')) ?? '');
    await dialog.getByLabel(f('cohort.capacity')).fill('8');
    await dialog.getByRole('button', { name: f('save'), exact: true }).click();
    await waitForHeading(page, cohort);
    await page.getByText(ar('enterpriseForms.cohort.endsLine', { date: day(150) })).waitFor();

    // A session without its start: the server's problem shows on the date-and-time field, in Arabic.
    dialog = await openForm(page, f('session.new'));
    await dialog.getByLabel(f('session.title')).fill('تسعير منتجك الأول');
    await dialog.getByLabel(f('session.module')).selectOption({ index: 1 });
    await submitRefused(page, dialog, 'session form');
    await refused(dialog.getByLabel(f('session.startsAt')), f('server.dateTime'));
    await arabicOnly(dialog);
    await dialog.getByLabel(f('session.startsAt')).fill(`${day(65)}T18:00`);
    await dialog.getByRole('button', { name: f('save'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('table', { name: ar('startups.sessionsOf', { name: cohort }) })
      .getByText('تسعير منتجك الأول')
      .waitFor();

    // A programme with the keyboard only: open, submit blank, follow the summary's link, fill in, tick, save.
    const programme = `أساسيات المشاريع الاجتماعية ${n}`;
    dialog = await openByKeyboard(page, '/enterprises/startups', ar('startups.title'), f('programme.new'));
    await saveAndFollowSummary(page, dialog, f('programme.name'), 'programme-name');
    await refused(dialog.getByLabel(f('programme.name')), f('server.required'));
    await expectNoAxeViolations(page, 'programme form (ar, problems shown)');
    await arabicOnly(dialog);
    await page.keyboard.type(programme);
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'programme-description');
    await page.keyboard.type('برنامج قصير للأفكار الجديدة');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), `INPUT:${planning}`);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), `INPUT:${finance}`);
    await page.keyboard.press('Space');
    const order = await tabTo(page, `BUTTON:${f('save')}`);
    assert.equal(order.at(-1), `BUTTON:${f('cancel')}`, `tab order: ${order.join(' → ')}`);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: programme }).waitFor();
    await j.shot(page, 'programme-by-keyboard-ar');

    // A mentor with the keyboard only: three checkbox groups in Arabic; a wrong email is refused on its field in
    // Arabic, its summary link leads back to it, and Enter in the corrected field saves.
    dialog = await openByKeyboard(page, '/enterprises/mentors', ar('mentors.title'), f('mentor.new'));
    await tabTo(page, 'mentor-name');
    await page.keyboard.type('Sami Inventedname');
    await page.keyboard.press('Tab');
    await page.keyboard.type('sami.inventedname');
    for (const choice of [finance, ar('startups.markets.food'), 'البولندية']) {
      await tabTo(page, `INPUT:${choice}`);
      await page.keyboard.press('Space');
    }
    await saveAndFollowSummary(page, dialog, f('mentor.email'), 'mentor-email');
    await refused(dialog.getByLabel(f('mentor.email')), f('server.email'));
    await expectNoAxeViolations(page, 'mentor form (ar, problems shown)');
    await arabicOnly(dialog, ['Sami Inventedname']);
    for (const name of [finance, ar('startups.markets.food'), 'البولندية'])
      assert.ok(await dialog.getByRole('checkbox', { name }).isChecked(), `${name} ticked with Space`);
    await page.keyboard.press('End');
    await page.keyboard.type('@mentor.example');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Sami Inventedname' }).first().waitFor();

    // A workshop that ends before it starts: refused on the end, in Arabic; then saved.
    await page.goto('/enterprises/events');
    await waitForHeading(page, ar('events.title'));
    dialog = await openForm(page, f('event.new'));
    const title = `ورشة التمويل الجماعي ${n}`;
    await dialog.getByLabel(f('event.title')).fill(title);
    await dialog.getByLabel(f('event.kind')).selectOption('workshop');
    await dialog.getByLabel(f('event.startsAt')).fill(`${day(70)}T18:00`);
    await dialog.getByLabel(f('event.endsAt')).fill(`${day(70)}T17:00`);
    await dialog.getByLabel(f('event.speakers')).fill('دانة الخيالية، سام');
    await dialog.getByLabel(f('event.capacity'), { exact: true }).fill('25');
    await submitRefused(page, dialog, 'event form');
    await refused(dialog.getByLabel(f('event.endsAt')), f('server.endsBeforeStart'));
    await arabicOnly(dialog);
    await j.shot(page, 'event-form-problems-ar');
    await dialog.getByLabel(f('event.endsAt')).fill(`${day(70)}T20:00`);
    await dialog.getByRole('button', { name: f('save'), exact: true }).click();
    await waitForHeading(page, title);
    // The Arabic comma separated the two speakers, and the page lists them the Arabic way.
    const speakers = await page.evaluate(() =>
      new Intl.ListFormat('ar', { type: 'unit', style: 'short' }).format(['دانة الخيالية', 'سام']),
    );
    await page.getByText(ar('events.speakers', { names: speakers })).waitFor();
  },
} satisfies Journey;
