import assert from 'node:assert/strict';
import { collectAxe } from './lib/axeCollect';
import type { Journey } from './lib/journey';
import { documentDirection, switchLanguage, waitForHeading } from './lib/ui';

const resident = 'Hawa Testperson (e2e)';
const enterprise = 'Ladywood Shared Kitchen Co-op (e2e)';

/**
 * A resident uses the public "which model fits" guide for her food idea run by its members: a co-operative is
 * suggested with reasons, and she asks for follow-up. The guide also reads right-to-left in Arabic. Staff turn her
 * lead into an idea-stage enterprise, approve it and list it publicly; the public directory's "food in Ladywood"
 * lists it. axe on the guide (English and Arabic), the follow-up list, the enterprise page and the directory.
 */
export default {
  name: 'enterprises: the guide suggests a co-operative for a members’ food idea, with reasons; staff list it; the public directory finds it; axe, RTL',
  run: async (j) => {
    const failures: string[] = [];
    const page = await j.newPage();
    await page.goto('/guide');
    await waitForHeading(page, 'Which model fits your idea?');
    await page.getByRole('radio', { name: 'To meet the shared needs of the people taking part' }).check();
    await page.getByRole('radio', { name: /^Its members/ }).check();
    await page.getByRole('radio', { name: 'Selling goods or services' }).check();
    await page.getByRole('radio', { name: 'Shared among the members' }).check();
    await page.getByRole('radio', { name: 'Some paid staff and some volunteers' }).check();
    await page.getByRole('button', { name: 'Show which model fits' }).click();
    await page
      .getByRole('heading', { name: 'A Co-operative suits your idea' })
      .waitFor()
      .catch(async (err: Error) => {
        await j.shot(page, 'guide-no-result');
        throw new Error(`${err.message}\npage said: ${await page.locator('body').innerText()}`);
      });
    await page.getByText('It will be owned and controlled by its members, one vote each.').waitFor();
    await page.getByText('Any surplus will be shared among the members.').waitFor();
    await collectAxe(j, page, 'guide-result-en', failures);

    await page.getByRole('textbox', { name: 'Your name' }).fill(resident);
    await page.getByRole('textbox', { name: 'Email' }).fill('hawa.e2e@example.org');
    await page
      .getByRole('textbox', { name: 'Your idea in a few words' })
      .fill('A food co-op where members cook and buy together');
    await page.getByRole('button', { name: 'Ask for a call back' }).click();
    await page.getByText('Please tick the box so we may contact you.').waitFor();
    await page.getByRole('checkbox', { name: /may contact me about my idea/ }).check();
    await page.getByRole('button', { name: 'Ask for a call back' }).click();
    await page.getByText('Thank you. Someone from the enterprise support team will contact you soon.').waitFor();

    const ar = await j.newPage();
    await ar.goto('/guide');
    // a new page may open in either language (the choice is remembered); switch to Arabic from whichever it is
    await waitForHeading(ar, /^(Which model fits your idea\?|أي نموذج يناسب فكرتك؟)$/);
    await switchLanguage(ar, 'العربية');
    await waitForHeading(ar, 'أي نموذج يناسب فكرتك؟');
    assert.deepEqual(await documentDirection(ar), { dir: 'rtl', lang: 'ar' });
    await ar.getByRole('radio', { name: 'تلبية الاحتياجات المشتركة للمشاركين' }).waitFor();
    await collectAxe(j, ar, 'guide-ar', failures);

    const staff = await j.newPage();
    await j.signIn(staff, 'lead@demo.useit.example');
    await staff.goto('/enterprises/leads');
    await waitForHeading(staff, 'Guide follow-ups');
    const card = staff.getByRole('article', { name: resident });
    await card.getByText('Suggested: Co-operative').waitFor();
    await collectAxe(j, staff, 'leads', failures);
    await card.getByRole('button', { name: 'Turn into an enterprise' }).click();
    await card.getByRole('textbox', { name: 'Enterprise name' }).fill(enterprise);
    await card.getByRole('combobox', { name: 'Market' }).selectOption({ label: 'Food' });
    await card.getByRole('combobox', { name: 'Ward or area' }).selectOption({ label: 'Ladywood' });
    await card.getByRole('button', { name: 'Create idea-stage enterprise' }).click();
    await card.getByRole('link', { name: `Open ${enterprise}` }).click();
    await waitForHeading(staff, enterprise);
    await staff.getByRole('button', { name: 'Approve entry' }).click();
    await staff.getByRole('status').filter({ hasText: 'Approved.' }).waitFor();
    await staff.getByRole('button', { name: 'List publicly' }).click();
    await staff.getByText('Listed in the public directory.').waitFor();
    await collectAxe(j, staff, 'enterprise', failures);

    const buyer = await j.newPage();
    await buyer.goto('/directory');
    await waitForHeading(buyer, 'Find a local social enterprise');
    await buyer.getByRole('searchbox', { name: 'What are you looking for?' }).fill('food in Ladywood');
    await buyer.getByRole('heading', { name: enterprise }).waitFor();
    await buyer.getByText('Showing enterprises in Ladywood.').waitFor();
    assert.match(new URL(buyer.url()).search, /q=food\+in\+Ladywood|q=food%20in%20Ladywood/);
    await collectAxe(j, buyer, 'directory', failures);
    assert.deepEqual(failures, [], failures.join('\n\n'));
  },
} satisfies Journey;
