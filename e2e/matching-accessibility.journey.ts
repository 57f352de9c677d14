import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { checkMatchingPages, openDemoDoctor } from './lib/matching';
import { expectNoAxeViolations, waitForHeading } from './lib/ui';

/** axe on the skills-matching pages in English, and on the public self-referral form. Arabic: the -ar journey. */
export default {
  name: 'matching accessibility (English): candidates, intake, candidate, pipeline board, fairness, self-referral',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'caseworker@demo.useit.example');
    const failures = await checkMatchingPages(j, page, await openDemoDoctor(page), 'en');
    const resident = await j.newPage();
    await resident.goto('/refer/swbh-nhs-trust');
    await waitForHeading(resident, 'Refer yourself to skills matching');
    await expectNoAxeViolations(resident, '/refer (en)').catch((err: Error) => failures.push(err.message));
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
