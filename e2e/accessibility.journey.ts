import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { emails, type Journey, type JourneyContext } from './lib/journey';
import { expectNoAxeViolations, switchLanguage, waitForHeading } from './lib/ui';

type Language = 'English' | 'العربية';

/** The page headings each check waits for before axe runs, per language. */
const headings = {
  English: {
    signIn: 'Sign in',
    dashboard: 'Programme at a glance',
    profile: 'Profile',
    partners: 'Partners',
    forbidden: "You don't have access to this page",
  },
  العربية: {
    signIn: 'تسجيل الدخول',
    dashboard: 'البرنامج في لمحة',
    profile: 'الملف الشخصي',
    partners: 'الشركاء',
    forbidden: 'ليست لديك صلاحية الوصول إلى هذه الصفحة',
  },
} as const;

/** Runs every check, then fails once listing all the pages with violations. */
async function checkPages(j: JourneyContext, language: Language, failures: string[]): Promise<void> {
  const h = headings[language];
  const tag = language === 'English' ? 'en' : 'ar';
  const check = async (page: Page, name: string, heading: string) => {
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
    await j.shot(page, `${name}-${tag}`);
    try {
      await expectNoAxeViolations(page, `${name} (${language})`);
    } catch (err) {
      failures.push((err as Error).message);
    }
  };

  const visitor = await j.newPage();
  await visitor.goto('/sign-in');
  await waitForHeading(visitor, 'Sign in');
  if (language !== 'English') await switchLanguage(visitor, language);
  await check(visitor, 'sign-in', h.signIn);

  const admin = await j.newPage();
  await j.signIn(admin, emails.admin);
  if (language !== 'English') await switchLanguage(admin, language);
  await check(admin, 'dashboard', h.dashboard);
  for (const [path, name, heading] of [
    ['/profile', 'profile', h.profile],
    ['/partners', 'partners', h.partners],
  ] as const) {
    await admin.goto(path);
    if (name === 'partners') await admin.getByRole('table').waitFor();
    await check(admin, name, heading);
  }

  const researcher = await j.newPage();
  await j.signIn(researcher, emails.researcher);
  if (language !== 'English') await switchLanguage(researcher, language);
  await researcher.goto('/admin/audit');
  await check(researcher, 'forbidden', h.forbidden);
}

export default {
  name: 'axe finds no violations on the main pages, in English and Arabic',
  run: async (j) => {
    const failures: string[] = [];
    await checkPages(j, 'English', failures);
    await checkPages(j, 'العربية', failures);
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
