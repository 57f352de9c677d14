import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { checkMatchingPages, openDemoDoctor } from './lib/matching';
import { documentDirection, expectNoAxeViolations, switchLanguage, waitForHeading } from './lib/ui';

/** axe on the skills-matching pages in Arabic, right to left, and on the public self-referral form. */
export default {
  name: 'matching accessibility (Arabic, right to left): candidates, intake, candidate, pipeline board, fairness, self-referral',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'caseworker@demo.useit.example');
    await switchLanguage(page, 'العربية');
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });
    const failures = await checkMatchingPages(j, page, await openDemoDoctor(page), 'ar');
    const resident = await j.newPage();
    await resident.goto('/refer/swbh-nhs-trust');
    await switchLanguage(resident, 'العربية');
    await waitForHeading(resident, 'أحِل نفسك إلى مطابقة المهارات');
    await expectNoAxeViolations(resident, '/refer (ar)').catch((err: Error) => failures.push(err.message));
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
