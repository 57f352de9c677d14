import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Journey, JourneyContext } from './lib/journey';
import { collectAxe } from './lib/axeCollect';
import { documentDirection, switchLanguage, waitForHeading } from './lib/ui';

const title = 'Outpatients café and patient meals (journey)';
const consortium = 'Icknield Food Consortium';
const lead = 'Soho Road Spice Kitchen CIC';
const leadWard = 'Soho and Victoria';
const pounds = (n: number) =>
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(n);

/** A page that waits longer than the default: the machine is shared, and under load the app can be slow. */
async function patientPage(j: JourneyContext): Promise<Page> {
  const page = await j.newPage();
  page.setDefaultTimeout(45_000);
  page.setDefaultNavigationTimeout(60_000);
  return page;
}

/** £ in the ledger for a ward and year, read through the API (the "before" figure). */
async function ledgerAmount(page: Page, year: number, ward: string): Promise<number> {
  const res = await page.request.get(`/api/v1/enterprises/ledger?year=${year}`);
  assert.equal(res.status(), 200);
  const body = (await res.json()) as { byWardYear: { area: { name: string } | null; amount: number }[] };
  return body.byWardYear.find((c) => c.area?.name === ward)?.amount ?? 0;
}

/**
 * Issue 6's "done when": the hospital publishes a catering contract in Ladywood through the form (a bad value is
 * named next to its field by the server), and edits it; the food consortium is suggested with its reasons;
 * enterprise-support staff record its bid, then the award and the social value delivered; the value ledger shows
 * the £ under the lead enterprise's ward and this year (in the table); the public directory lists the lead
 * enterprise. An admin adds a social-value measure. axe on every new page.
 */
export default {
  name: 'enterprises: the hospital publishes a catering contract, the food consortium is suggested with reasons, bids and wins; the £ shows in the ledger by ward and year; the directory lists it; axe',
  run: async (j) => {
    const failures: string[] = [];
    const year = new Date().getFullYear();
    const today = new Date().toISOString().slice(0, 10);

    // The hospital (an employer at the NHS trust) publishes through the form.
    const hospital = await patientPage(j);
    await j.signIn(hospital, 'employer@demo.useit.example');
    await hospital.goto('/enterprises/contracts');
    await waitForHeading(hospital, 'Contracts and grants');
    await hospital.getByRole('link', { name: 'Publish a contract or grant' }).click();
    await waitForHeading(hospital, 'Publish a contract or grant');
    await collectAxe(j, hospital, 'publish-form', failures);
    const form = hospital.getByRole('form', { name: 'Publish a contract or grant' });
    await form.getByRole('radio', { name: 'Contract' }).check();
    await form.getByRole('textbox', { name: /^Title/ }).fill(title);
    await form.getByRole('textbox', { name: 'Description' }).fill('Fictional: the outpatients café and patient meals.');
    await form.getByRole('combobox', { name: /^Market/ }).selectOption('food');
    await form.getByRole('textbox', { name: 'Work asked for' }).fill('hot meals, event catering');
    await form.getByRole('textbox', { name: 'Value (£)' }).fill('5000000000');
    await form.getByRole('combobox', { name: 'From the macro-asset' }).selectOption({
      label: 'Midland Metropolitan University Hospital',
    });
    await form.getByRole('combobox', { name: 'Ward' }).selectOption('ladywood');
    await form.getByLabel('Tender period starts').fill(today);
    await form.getByLabel('Tender period ends (bids by)').fill(`${year + 1}-01-31`);
    await form.getByRole('textbox', { name: 'What is bought' }).fill('Café and patient meals');
    await form.getByRole('textbox', { name: 'CPV code' }).fill('55520000');
    // Submitted from the keyboard: the server's problem is named next to the field and the summary takes focus.
    await form.getByRole('textbox', { name: /^Title/ }).press('Enter');
    const problems = hospital.getByRole('alert').filter({ hasText: 'Please correct these fields' });
    await problems.getByRole('link', { name: 'Value (£)' }).waitFor();
    assert.ok(await problems.evaluate((el) => el.parentElement?.contains(document.activeElement)));
    assert.match((await form.getByRole('textbox', { name: 'Value (£)' }).getAttribute('aria-invalid')) ?? '', /true/);
    await j.shot(hospital, 'server-problem-on-field');
    await form.getByRole('textbox', { name: 'Value (£)' }).fill('60000');
    await form.getByRole('button', { name: 'Publish' }).click();
    await waitForHeading(hospital, title);
    const contractPath = new URL(hospital.url()).pathname;

    // Suggested: the food consortium, with its reasons.
    const suggestion = hospital.getByTestId('suggestion').filter({ hasText: consortium });
    await suggestion.waitFor();
    const why = await suggestion.innerText();
    assert.match(why, /works in the food market/);
    assert.match(why, /shows “hot meals”/);
    await j.shot(hospital, 'suggestions');

    // The hospital corrects the value (PUT with the version it read).
    await hospital.getByRole('link', { name: 'Edit' }).click();
    await waitForHeading(hospital, 'Edit contract or grant');
    await collectAxe(j, hospital, 'edit-form', failures);
    await hospital.getByRole('textbox', { name: 'Value (£)' }).fill('65000');
    await hospital.getByRole('button', { name: 'Save changes' }).click();
    await waitForHeading(hospital, title);
    await hospital.getByText(pounds(65000), { exact: true }).waitFor();

    // Enterprise-support staff record the consortium's bid, the award and the social value delivered.
    const staff = await patientPage(j);
    await j.signIn(staff, 'lead@demo.useit.example');
    const before = await ledgerAmount(staff, year, leadWard);
    await staff.goto(contractPath);
    await waitForHeading(staff, title);
    await staff.getByRole('button', { name: `Record a bid by ${consortium}` }).click();
    const bids = staff.getByRole('table', { name: 'Bids on this contract or grant' });
    await bids.getByRole('row').filter({ hasText: consortium }).filter({ hasText: 'Submitted' }).waitFor();
    await staff.getByRole('button', { name: 'Won: record award' }).click();
    const award = staff.getByRole('form', { name: 'Record the award' });
    await award.getByRole('textbox', { name: /Amount/ }).fill('62000');
    await award.getByRole('button', { name: 'Save award' }).click();
    await bids
      .getByRole('row')
      .filter({ hasText: 'Won' })
      .filter({ hasText: pounds(62000) })
      .waitFor();
    await staff.getByRole('button', { name: `Record social value delivered by ${consortium}` }).click();
    const sv = staff.getByRole('form', { name: `Social value delivered by ${consortium}` });
    await sv.getByRole('textbox', { name: 'Local jobs created' }).fill('3');
    await sv.getByRole('button', { name: 'Save social value' }).click();
    await staff.getByText('Social value saved.').waitFor();
    await collectAxe(j, staff, 'contract-awarded', failures);

    // The ledger's table by ward and year shows the £ under the lead enterprise's ward.
    await staff.goto(`/enterprises/ledger?year=${year}`);
    await waitForHeading(staff, 'Value retained locally');
    const row = staff
      .getByRole('table', { name: 'By ward and year' })
      .getByRole('row')
      .filter({ hasText: leadWard })
      .filter({ hasText: String(year) });
    await row.getByText(pounds(before + 62000), { exact: true }).waitFor();
    await collectAxe(j, staff, 'ledger', failures);

    // An admin adds a measure to the city's social-value catalogue.
    const admin = await patientPage(j);
    await j.signIn(admin, 'admin@demo.useit.example');
    await admin.goto('/enterprises/social-value');
    await waitForHeading(admin, 'Social-value measures');
    await admin
      .getByRole('table', { name: 'Social-value measures' })
      .getByText('Local jobs created', { exact: true })
      .waitFor();
    await admin.getByRole('button', { name: 'Add a measure' }).click();
    await admin.getByRole('textbox', { name: /^Name \(English\)/ }).fill('Meals from local growers');
    await admin.getByRole('textbox', { name: 'Name (Arabic)' }).fill('وجبات من مزارعين محليين');
    await admin.getByRole('button', { name: 'Save measure' }).click();
    await admin.getByText('Meals from local growers saved.').waitFor();
    await admin.getByRole('table', { name: 'Social-value measures' }).getByText('meals_from_local_growers').waitFor();
    await collectAxe(j, admin, 'social-value', failures);
    // The same screen in Arabic reads right to left, with the new measure's Arabic name.
    await switchLanguage(admin, 'العربية');
    await waitForHeading(admin, 'مقاييس القيمة الاجتماعية');
    assert.deepEqual(await documentDirection(admin), { dir: 'rtl', lang: 'ar' });
    await admin.getByText('وجبات من مزارعين محليين', { exact: true }).waitFor();
    await collectAxe(j, admin, 'social-value-ar', failures);
    await switchLanguage(admin, 'English');

    // Signed out, a buyer finds the consortium's lead enterprise in the public directory.
    const buyer = await patientPage(j);
    await buyer.goto('/directory');
    await waitForHeading(buyer, 'Find a local social enterprise');
    await buyer.getByRole('searchbox', { name: 'What are you looking for?' }).fill('Spice Kitchen');
    await buyer.getByRole('heading', { name: lead }).waitFor();
    await j.shot(buyer, 'directory');
    assert.deepEqual(failures, [], failures.join('\n\n'));
  },
} satisfies Journey;
