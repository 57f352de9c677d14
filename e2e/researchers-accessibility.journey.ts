import assert from 'node:assert/strict';
import type { Journey } from './lib/journey';
import { documentDirection, expectNoAxeViolations, settle, switchLanguage } from './lib/ui';

/** axe on every researcher-programme and interview page, in English and in Arabic (right-to-left). */
export default {
  name: 'researchers: every programme and interview page passes axe in English and Arabic',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    await page.goto('/research/researchers');
    // the page's own cookies: the API answers as the signed-in lead
    const first = async (url: string) =>
      ((await (await page.request.get(url)).json()) as { items: { id: string }[] }).items[0]!.id;
    const ids = {
      researcher: await first('/api/v1/research/researchers?q=Amina'),
      cohort: await first('/api/v1/research/cohorts'),
      interview: await first('/api/v1/research/interviews?q=neighbours'),
    };
    const paths = [
      '/research/researchers',
      `/research/researchers/${ids.researcher}`,
      `/research/researchers/cohorts/${ids.cohort}`,
      '/research/researchers/recruitment',
      '/research/researchers/funnel',
      '/research/researchers/reports',
      '/research/researchers/reports/new',
      '/research/interviews',
      `/research/interviews/${ids.interview}`,
    ];
    const failures: string[] = [];
    for (const tag of ['en', 'ar'] as const) {
      if (tag === 'ar') await switchLanguage(page, 'العربية');
      for (const path of tag === 'en' ? paths : paths.filter((_, i) => i % 2 === 0)) {
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
    }
    await j.shot(page, 'last-ar');
    await switchLanguage(page, 'English');
    assert.deepEqual(failures, [], failures.join('\n'));
  },
} satisfies Journey;
