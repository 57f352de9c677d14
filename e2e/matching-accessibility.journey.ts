import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Journey, JourneyContext } from './lib/journey';
import { documentDirection, expectNoAxeViolations, settle, switchLanguage, waitForHeading } from './lib/ui';

const caseworker = 'caseworker@demo.useit.example';
/** a demo candidate from the Greater Icknield pack */
const doctor = 'Layla Fictional-Haddad (demo)';

async function checkPages(j: JourneyContext, page: Page, candidatePath: string, tag: 'en' | 'ar') {
  const failures: string[] = [];
  const h = (en: string, ar: string) => (tag === 'en' ? en : ar);
  const pages = [
    { path: '/matching', h1: h('Candidates', 'المرشحون') },
    { path: '/matching/candidates/new', h1: h('Register a candidate', 'تسجيل مرشح') },
    { path: candidatePath, h1: doctor },
    { path: '/matching/pipeline', h1: h('Pipeline', 'مسار التقدم') },
    { path: '/matching/pipeline?view=table', h1: h('Pipeline', 'مسار التقدم') },
    { path: '/matching/fairness', h1: h('Fairness report', 'تقرير الإنصاف') },
  ];
  for (const [i, target] of pages.entries()) {
    await page.goto(target.path);
    await waitForHeading(page, target.h1);
    await settle(page);
    await j.shot(page, `page-${i}-${tag}`);
    try {
      await expectNoAxeViolations(page, `${target.path} (${tag})`);
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  return failures;
}

/** axe on every skills-matching page in English and Arabic (right to left), including the public self-referral form. */
export default {
  name: 'matching accessibility: candidates, intake, candidate, pipeline board and table, fairness, self-referral; English and Arabic',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, caseworker);
    await page.goto(`/matching?q=${encodeURIComponent('Layla Fictional')}`);
    await waitForHeading(page, 'Candidates');
    await page.getByRole('table', { name: 'Candidates' }).getByRole('link', { name: doctor }).click();
    await waitForHeading(page, doctor);
    const candidatePath = new URL(page.url()).pathname;
    const failures = await checkPages(j, page, candidatePath, 'en');
    await switchLanguage(page, 'العربية');
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });
    failures.push(...(await checkPages(j, page, candidatePath, 'ar')));
    const resident = await j.newPage({ locale: 'ar' });
    await resident.goto('/refer/swbh-nhs-trust');
    await waitForHeading(resident, 'أحِل نفسك إلى مطابقة المهارات');
    try {
      await expectNoAxeViolations(resident, '/refer (ar)');
    } catch (err) {
      failures.push((err as Error).message);
    }
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
