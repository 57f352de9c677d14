import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

const caseworker = 'caseworker@demo.useit.example';
const enterpriseTeam = 'enterprise@demo.useit.example';
const resident = 'GI-0002';
const reason = 'Wants to start a community catering enterprise (e2e)';

/**
 * A respondent is referred to the enterprise programme: refused while they have not consented, sent once their
 * consent is recorded, and accepted by the receiving team, who see only the minimal view.
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

    // The caseworker records the resident's consent (no screen for it yet: through the API, as the signed-in user).
    const status = await page.evaluate(async (ref) => {
      const { csrfToken } = (await (await fetch('/api/v1/auth/csrf')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1/residents/${ref}/consents`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ referral: true, enterprise_support: true }),
      });
      return res.status;
    }, resident);
    assert.equal(status, 200, 'consent recorded');
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
