import assert from 'node:assert/strict';
import { emails, type Journey } from './lib/journey';
import { documentDirection, settle, switchLanguage } from './lib/ui';

/** Switching to Arabic turns the whole page right-to-left and translates it; switching back restores English. */
export default {
  name: 'language switch to Arabic and back',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, emails.admin);
    const nav = page.getByRole('navigation').first();
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).waitFor();
    assert.deepEqual(await documentDirection(page), { dir: 'ltr', lang: 'en' });
    await settle(page);
    await j.shot(page, 'english');

    await switchLanguage(page, 'العربية');
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });
    await nav.getByRole('link', { name: 'لوحة المعلومات', exact: true }).waitFor();
    await nav.getByRole('link', { name: 'الشركاء', exact: true }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Dashboard', exact: true }).count(), 0, 'no English link left');
    assert.equal(
      await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).count(),
      1,
      'navigation landmark named in Arabic',
    );
    // Mantine mirrors the layout: the navbar moves to the right-hand side.
    const box = await nav.boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    assert.ok(box && box.x > width / 2, `navbar on the right in RTL (x=${box?.x})`);
    await settle(page);
    await j.shot(page, 'arabic');

    // The choice is remembered across a reload.
    await page.reload();
    await nav.getByRole('link', { name: 'لوحة المعلومات', exact: true }).waitFor();
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });

    await switchLanguage(page, 'English');
    assert.deepEqual(await documentDirection(page), { dir: 'ltr', lang: 'en' });
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).waitFor();
    await settle(page);
    await j.shot(page, 'english-again');
  },
} satisfies Journey;
