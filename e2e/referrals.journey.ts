import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

const caseworker = 'caseworker@demo.useit.example';
const enterpriseTeam = 'enterprise@demo.useit.example';
const resident = 'GI-0002';
const reason = 'Wants to start a community catering enterprise (e2e)';

/**
 * A respondent is referred to the enterprise programme: refused while they have not consented, sent once their
 * consent is recorded on the consent screen the refusal links to, and accepted by the receiving team, who see only
 * the minimal view.
 */
export default {
  name: 'referrals: a resident is referred to the enterprise programme (consent first) and accepted',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, caseworker);
    await page.goto('/partnership/referrals/new');
    await waitForHeading(page, 'Send a referral');
    const form = page.getByRole('form', { name: 'Send a referral' });
    await form.getByRole('textbox', { name: 'Resident reference' }).fill(resident);
    const to = form.getByRole('combobox', { name: /^Work package/ });
    await to.locator('option', { hasText: 'Social Enterprise' }).waitFor({ state: 'attached' });
    await to.selectOption({ label: 'WP3 Social Enterprise' });
    await form.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await form.getByRole('button', { name: 'Send referral' }).click();
    await page
      .getByRole('alert')
      .getByText(/has not consented/)
      .waitFor();
    await j.shot(page, 'no-consent');

    // The refusal offers the consent screen: the caseworker records both consents (who and when show), and goes
    // back to the form as it was filled in.
    await page.getByRole('alert').getByRole('link', { name: 'Record the resident’s consent' }).click();
    await waitForHeading(page, `Consents: ${resident}`);
    const consents = page.getByRole('table', { name: 'Consents' });
    await consents.getByRole('checkbox', { name: 'Being referred' }).check();
    await consents.getByRole('checkbox', { name: 'Enterprise support' }).check();
    await page.getByRole('button', { name: 'Save consents' }).click();
    await page.getByRole('status').getByText('Consents saved.').waitFor();
    const row = consents.getByRole('row').filter({ hasText: 'Enterprise support' });
    assert.ok((await row.innerText()).includes('Samir Placeholder (demo)'), 'who recorded the consent is shown');
    await settle(page);
    await j.shot(page, 'consents');
    await page.getByRole('link', { name: 'Back to the referral' }).click();
    await waitForHeading(page, 'Send a referral');
    assert.equal(await form.getByRole('textbox', { name: 'Resident reference' }).inputValue(), resident);
    await form.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await form.getByRole('button', { name: 'Send referral' }).click();
    await waitForHeading(page, `Referral: ${resident}`);
    await page.getByText(/Status:\s*Sent/).waitFor();
    const referralPath = new URL(page.url()).pathname;
    await settle(page);
    await j.shot(page, 'sent');

    const team = await j.newPage();
    await j.signIn(team, enterpriseTeam);
    await team.goto('/partnership/referrals?box=inbox&status=sent');
    await waitForHeading(team, 'Referrals');
    await team
      .getByRole('link', { name: new RegExp(`^${resident}`) })
      .first()
      .click();
    await waitForHeading(team, `Referral: ${resident}`);
    assert.equal(new URL(team.url()).pathname, referralPath);
    await team.getByText(reason).waitFor();
    await team.getByRole('button', { name: 'Accept' }).click();
    await team.getByRole('button', { name: 'Mark completed' }).waitFor();
    await team.getByText(/Status:\s*Accepted/).waitFor();
    await settle(team);
    await j.shot(team, 'accepted');
  },
} satisfies Journey;
