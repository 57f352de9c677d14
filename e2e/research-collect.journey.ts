import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { doorstep, doorstepXlsx } from './fixtures/research-doorstep';
import type { Journey } from './lib/journey';
import { expectNoAxeViolations, settle, switchLanguage, waitForHeading } from './lib/ui';

const lead = 'lead@demo.useit.example';
const researcher = 'researcher@demo.useit.example';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(page: Page, buffer: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name: 'doorstep.xlsx', mimeType: xlsx, buffer });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

/** The lead imports the trilingual XLSForm (a broken copy first: the error names sheet and row) and publishes it. */
async function importAndPublish(page: Page): Promise<string> {
  await page.goto('/research');
  await waitForHeading(page, 'Questionnaires');
  await page.getByRole('link', { name: 'Import an XLSForm' }).click();
  await waitForHeading(page, 'Import a questionnaire');
  await upload(page, await doorstepXlsx(true));
  const refused = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
  await refused.waitFor();
  const text = await refused.innerText();
  assert.match(text, /sheet survey/, 'the error names the sheet');
  assert.match(text, /row \d+/, 'and the row');
  await upload(page, await doorstepXlsx());
  await waitForHeading(page, doorstep.title);
  await page.getByRole('heading', { name: 'Doorstep check' }).waitFor();
  await page.getByText('English (en), Arabic (ar), Urdu (ur)').first().waitFor();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/**
 * Offline, a second respondent has to stop half way: the response is saved as incomplete, the app is closed and
 * reopened with no connection, the outbox offers to continue it, the answers come back, it is finished and synced.
 */
async function resumeOffline(page: Page, formId: string) {
  await page.context().setOffline(true);
  await page.goto('/research/collect');
  await waitForHeading(page, 'جمع الردود');
  await page.getByRole('link', { name: doorstep.title }).click();
  await page.getByRole('textbox', { name: /كم سنة عشت هنا؟/ }).waitFor();
  await page.getByRole('checkbox', { name: 'الخياطة' }).check();
  await page.getByRole('radio', { name: 'سوهو', exact: true }).check();
  await page.getByRole('button', { name: 'حفظ كغير مكتمل' }).click();
  await page.getByText('حُفظ الاستبيان غير المكتمل').waitFor();
  await page.getByRole('link', { name: 'عرض الردود على هذا الجهاز' }).click();
  await waitForHeading(page, 'جمع الردود');
  // the app closed and reopened with no connection: the draft is still on the device
  await page.reload();
  await waitForHeading(page, 'جمع الردود');
  const draft = page.getByTestId('outbox-row').filter({ hasText: 'غير مكتمل' }).first();
  await draft.getByText('في قائمة الانتظار').waitFor();
  await draft.getByRole('link', { name: 'متابعة' }).click();
  const years = page.getByRole('textbox', { name: /كم سنة عشت هنا؟/ });
  await years.waitFor();
  await page.getByText('متابعة استبيان غير مكتمل').waitFor();
  assert.ok(await page.getByRole('checkbox', { name: 'الخياطة' }).isChecked(), 'the skill ticked before is back');
  assert.ok(await page.getByRole('radio', { name: 'سوهو', exact: true }).isChecked(), 'and the ward');
  assert.equal(await years.inputValue(), '', 'the unanswered question is still empty');
  await years.fill('12');
  await page.getByRole('button', { name: 'إنهاء' }).click();
  await page.getByText('حُفظ الاستبيان').first().waitFor();
  await page.getByRole('link', { name: 'عرض الردود على هذا الجهاز' }).click();
  await waitForHeading(page, 'جمع الردود');
  assert.equal(await page.getByTestId('outbox-row').filter({ hasText: 'غير مكتمل' }).count(), 0, 'no draft left');
  await page.context().setOffline(false);
  await page.getByTestId('outbox-row').first().getByText('تمت المزامنة').waitFor({ timeout: 20_000 });
  const responses = (await (await page.request.get(`/api/v1/research/forms/${formId}/submissions`)).json()) as {
    items: { complete: boolean }[];
  };
  assert.deepEqual(
    responses.items.map((r) => r.complete),
    [true, true],
    'the continued response is stored once, complete',
  );
}

/**
 * A lead imports an XLSForm in English, Arabic and Urdu and publishes it; a researcher on a phone fills it in
 * Arabic while offline (a broken constraint is refused, the language is switched mid-interview), sees the response
 * queued on the device, comes back online, sees it synced and a voucher credit. axe in Arabic on both pages.
 */
export default {
  name: 'research: import a trilingual XLSForm, fill it in Arabic offline on a phone, sync, voucher credit; axe in Arabic',
  run: async (j) => {
    const leadPage = await j.newPage();
    await j.signIn(leadPage, lead);
    const formId = await importAndPublish(leadPage);
    await j.shot(leadPage, 'published');

    const page = await j.newPage({ viewport: { width: 390, height: 844 } });
    await j.signIn(page, researcher);
    await switchLanguage(page, 'العربية');
    await page.goto('/research/collect');
    await waitForHeading(page, 'جمع الردود');
    await page.getByRole('link', { name: doorstep.title }).click();
    const years = page.getByRole('textbox', { name: /كم سنة عشت هنا؟/ });
    await years.waitFor();
    const form = page.locator('[data-revision]');
    assert.equal(await form.getAttribute('dir'), 'rtl', 'the questions are right to left');
    await settle(page);
    await expectNoAxeViolations(page, 'the web form (ar)');

    // The installable app: its service worker has cached the app shell before the connection goes.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.waitForFunction(async () => (await caches.match('/api/v1/auth/me')) !== undefined, undefined, {
      timeout: 15_000,
    });
    await page.context().setOffline(true);
    await years.fill('150');
    await page.getByText('بين 0 و100').waitFor();
    await years.fill('7');
    await page.getByRole('checkbox', { name: 'الطبخ' }).check();
    await page.getByLabel('تاريخ الزيارة').fill('2026-12-02');
    // The street list follows the ward (choice_filter); the household is a repeat, counted by a calculation.
    await page.getByRole('radio', { name: 'ليديوود' }).check();
    await page.getByRole('radio', { name: 'شارع مونيومنت' }).check();
    assert.equal(await page.getByRole('radio', { name: 'شارع سوهو' }).count(), 0, 'streets of another ward are hidden');
    const names = page.getByRole('textbox', { name: 'الاسم الأول' });
    if ((await names.count()) === 0) await page.getByRole('button', { name: 'إضافة فرد من الأسرة' }).click();
    await names.first().fill('سلمى');
    await page.getByRole('button', { name: 'إضافة فرد من الأسرة' }).click();
    await names.nth(1).fill('يوسف');
    await page.getByText('أسرة من 2').waitFor();
    await page.getByRole('textbox', { name: 'أين نحن؟' }).fill('52.4862 -1.9190');
    const idea = page.getByRole('textbox', { name: /ما فكرتك؟/ });
    assert.equal(await idea.count(), 0, 'the idea question waits for a yes');
    await page.getByRole('radio', { name: 'نعم' }).check();
    await idea.fill('سوق طعام أسبوعي');
    // The respondent prefers Urdu for a moment: the answers stay, the labels change.
    await page.getByRole('combobox', { name: 'لغة المستجيب' }).selectOption('Urdu (ur)');
    await page.getByRole('textbox', { name: /آپ کا خیال کیا ہے؟/ }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: /آپ کا خیال کیا ہے؟/ }).inputValue(), 'سوق طعام أسبوعي');
    await page.getByRole('combobox', { name: 'لغة المستجيب' }).selectOption('Arabic (ar)');
    await j.shot(page, 'filled-offline-ar');
    await page.getByRole('button', { name: 'إنهاء' }).click();
    await page.getByText('حُفظ الاستبيان').waitFor();
    await page.getByRole('link', { name: 'عرض الردود على هذا الجهاز' }).click();
    await waitForHeading(page, 'جمع الردود');
    const row = page.getByTestId('outbox-row').first();
    await row.getByText('في قائمة الانتظار').waitFor();
    assert.equal(await row.getAttribute('data-status'), 'queued');
    // Closing and reopening the app with no connection: it opens from the service worker, the response still queued.
    await page.reload();
    await waitForHeading(page, 'جمع الردود');
    await page.getByTestId('outbox-row').first().getByText('في قائمة الانتظار').waitFor();
    await j.shot(page, 'queued-offline');
    await expectNoAxeViolations(page, 'the outbox, offline (ar)');

    await page.context().setOffline(false);
    await row.getByText('تمت المزامنة').waitFor({ timeout: 20_000 });
    await row.getByText('أُضيفت').waitFor();
    await page.getByTestId('voucher-balance').waitFor();
    const ledger = (await (await page.request.get('/api/v1/research/vouchers')).json()) as { balancePence: number };
    assert.ok(ledger.balancePence >= 2000, `a £20 credit (balance ${ledger.balancePence}p)`);
    const responses = (await (await page.request.get(`/api/v1/research/forms/${formId}/submissions`)).json()) as {
      items: { complete: boolean; channel: string }[];
    };
    assert.deepEqual(
      responses.items.map((r) => [r.complete, r.channel]),
      [[true, 'web']],
      'stored once, complete, from the web form',
    );
    await j.shot(page, 'synced');
    await resumeOffline(page, formId);
  },
} satisfies Journey;
