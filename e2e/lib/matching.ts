import type { Page } from 'playwright-core';
import type { JourneyContext } from './journey';
import { expectNoAxeViolations, waitForHeading } from './ui';

/** a demo candidate of the Greater Icknield pack, seen by the demo caseworker */
export const demoDoctor = 'Layla Fictional-Haddad (demo)';

/** Opens the demo doctor's page from the candidates list; answers its path. */
export async function openDemoDoctor(page: Page): Promise<string> {
  await page.goto(`/matching?q=${encodeURIComponent('Layla Fictional')}`);
  await waitForHeading(page, /^(Candidates|المرشحون)$/);
  await page.getByRole('table').getByRole('link', { name: demoDoctor }).click();
  await waitForHeading(page, demoDoctor);
  return new URL(page.url()).pathname;
}

/** axe on each skills-matching page in the current language; violations are collected, not thrown. */
export async function checkMatchingPages(j: JourneyContext, page: Page, candidatePath: string, tag: 'en' | 'ar') {
  const failures: string[] = [];
  const h = (en: string, ar: string) => (tag === 'en' ? en : ar);
  const pages = [
    { path: '/matching', h1: h('Candidates', 'المرشحون') },
    { path: '/matching/candidates/new', h1: h('Register a candidate', 'تسجيل مرشح') },
    { path: candidatePath, h1: demoDoctor },
    { path: '/matching/pipeline?occupation=medical-doctor', h1: h('Pipeline', 'مسار التقدم') },
    { path: '/matching/fairness', h1: h('Fairness report', 'تقرير الإنصاف') },
  ];
  for (const [i, target] of pages.entries()) {
    await page.goto(target.path);
    await waitForHeading(page, target.h1);
    try {
      await expectNoAxeViolations(page, `${target.path} (${tag})`);
    } catch (err) {
      failures.push((err as Error).message);
    }
    if (i === 3) await j.shot(page, `pipeline-${tag}`);
  }
  return failures;
}
