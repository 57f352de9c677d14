import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Journey, JourneyContext } from './lib/journey';
import { documentDirection, expectNoAxeViolations, settle, switchLanguage } from './lib/ui';

/**
 * The partnership's lists, and the first record each one links to (found on the page, not hard-coded). The demo
 * always has work packages and governance bodies; the other lists may be empty on a fresh demo.
 */
const lists = [
  { path: '/partnership/work-packages', detail: /^\/partnership\/work-packages\/[^/]+$/, required: true },
  { path: '/partnership/bodies', detail: /^\/partnership\/bodies\/[^/]+$/, required: true },
  { path: '/partnership/stories', detail: /^\/partnership\/stories\/[0-9a-f-]{36}$/ },
  { path: '/partnership/champions', detail: /^\/partnership\/champions\/[0-9a-f-]{36}$/ },
  { path: '/partnership/referrals', detail: /^\/partnership\/referrals\/[0-9a-f-]{36}$/ },
  { path: '/partnership/roundups', detail: /^\/partnership\/roundups\/[0-9a-f-]{36}$/ },
  { path: '/partnership/activity', detail: null },
  { path: '/partnership/stories/new', detail: null },
  { path: '/partnership/referrals/new', detail: null },
];

async function firstLink(page: Page, pattern: RegExp): Promise<string | null> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

async function check(j: JourneyContext, page: Page, path: string, tag: string, failures: string[]) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await settle(page);
  await j.shot(page, `${path.replaceAll('/', '_')}-${tag}`);
  await expectNoAxeViolations(page, `${path} (${tag})`).catch((err: Error) => failures.push(err.message));
}

/** Every list, first record, form and consent screen of the partnership once, so a missing record is a failure too. */
async function sweep(j: JourneyContext, page: Page, tag: string): Promise<string[]> {
  const failures: string[] = [];
  const details: string[] = [];
  for (const list of lists) {
    await check(j, page, list.path, tag, failures);
    if (!list.detail) continue;
    const detail = await firstLink(page, list.detail);
    if (detail) details.push(detail);
    else if ('required' in list) failures.push(`${list.path} (${tag}): no record linked from the list`);
  }
  for (const detail of details) await check(j, page, detail, tag, failures);
  // the consent screen a refused referral points to, for the resident of the first referral
  const consents = await firstLink(page, /^\/partnership\/residents\/[0-9a-f-]{36}\/consents$/);
  if (consents) await check(j, page, consents, tag, failures);
  return failures;
}

/**
 * axe on the partnership screens that the meeting journey does not visit: work packages, governance bodies, the
 * story library, champions, referrals, round-ups, the activity feed and their records, in English and in Arabic.
 */
export default {
  name: 'partnership accessibility: work packages, bodies, stories, champions, referrals, round-ups, activity (en + ar)',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'admin@demo.useit.example');
    const failures = await sweep(j, page, 'en');
    await page.goto('/partnership/work-packages');
    await switchLanguage(page, 'العربية');
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });
    failures.push(...(await sweep(j, page, 'ar')));
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
