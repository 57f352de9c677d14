import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { JourneyContext } from './journey';
import { documentDirection, expectNoAxeViolations, settle, switchLanguage } from './ui';

/** The ids the research-programme pages need, from the demo data, read with the signed-in page's cookies. */
export async function demoProgrammeIds(page: Page) {
  const first = async (url: string) =>
    ((await (await page.request.get(url)).json()) as { items: { id: string }[] }).items[0]!.id;
  return {
    researcher: await first('/api/v1/research/researchers?q=Amina'),
    cohort: await first('/api/v1/research/cohorts'),
    interview: await first('/api/v1/research/interviews?q=neighbours'),
  };
}

/** axe on each path in the given language (Arabic must be right-to-left); violations are collected, then asserted. */
export async function axeSweep(j: JourneyContext, page: Page, paths: string[], tag: 'en' | 'ar'): Promise<void> {
  if (tag === 'ar') await switchLanguage(page, 'العربية');
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settle(page);
    if (tag === 'ar') assert.equal((await documentDirection(page)).dir, 'rtl', `${path} is right-to-left`);
    try {
      await expectNoAxeViolations(page, `${path} (${tag})`);
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  await j.shot(page, `last-${tag}`);
  if (tag === 'ar') await switchLanguage(page, 'English');
  assert.deepEqual(failures, [], failures.join('\n'));
}
