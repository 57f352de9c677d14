import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { apiGet, hospital } from './assets';
import { emails, type JourneyContext } from './journey';
import { expectNoAxeViolations, switchLanguage } from './ui';

export type Language = 'English' | 'العربية';

/** Each assets page and the top-level heading it shows, per language. */
function pagesFor(opportunityId: string) {
  return [
    { path: '/assets', name: 'macro-assets', en: 'Macro-assets', ar: 'الأصول الكبرى' },
    { path: `/assets/macro-assets/${hospital.slug}`, name: 'hospital', en: hospital.name, ar: hospital.name },
    { path: '/assets/opportunities', name: 'opportunities', en: 'Opportunities', ar: 'الفرص' },
    {
      path: `/assets/opportunities/${opportunityId}`,
      name: 'opportunity',
      en: 'Hospital porter (demo)',
      ar: 'Hospital porter (demo)',
    },
    { path: '/assets/opportunities/new', name: 'new-opportunity', en: 'New opportunity', ar: 'فرصة جديدة' },
    { path: '/assets/opportunities/new', name: 'new-opportunity-errors', en: 'New opportunity', ar: 'فرصة جديدة' },
    {
      path: `/assets/opportunities/${opportunityId}/edit`,
      name: 'edit-opportunity',
      en: 'Edit opportunity',
      ar: 'تعديل الفرصة',
    },
    { path: '/assets/micro-assets', name: 'micro-assets', en: 'Micro-assets', ar: 'الأصول المحلية' },
    { path: '/assets/map', name: 'map', en: 'Map', ar: 'الخريطة' },
    { path: '/assets/map?area=greater-icknield', name: 'map-area', en: 'Map', ar: 'الخريطة' },
    { path: '/assets/gaps', name: 'gaps', en: 'Gaps', ar: 'الفجوات' },
    { path: '/search?q=hospitl', name: 'search', en: 'Search', ar: 'البحث' },
  ];
}

/** Waits for the page's own content (tables, map shapes) so axe sees the finished page. */
async function waitForContent(page: Page, name: string): Promise<void> {
  if (['macro-assets', 'opportunities', 'micro-assets', 'gaps', 'opportunity'].includes(name)) {
    await page.getByRole('table').first().waitFor();
  }
  if (name.startsWith('map') || name === 'hospital') {
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-overlay-pane path').length > 0);
  }
  // The side panel for an area chosen by address, as search results link to it.
  if (name === 'map-area')
    await page.getByRole('complementary').getByRole('heading', { name: 'Greater Icknield' }).waitFor();
  // The form after a submit with nothing filled in: the summary and each field's error.
  if (name === 'new-opportunity-errors') {
    await page.locator('button[type="submit"]').click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
  }
  if (name === 'search') await page.getByRole('link', { name: hospital.name }).first().waitFor();
}

/** Signs in, switches language, and runs axe on every assets page; violations are collected, not thrown. */
export async function checkAssetPages(j: JourneyContext, language: Language, failures: string[]): Promise<void> {
  const page = await j.newPage();
  await j.signIn(page, emails.admin);
  const porter = await apiGet<{ items: { id: string }[] }>(
    page,
    '/api/v1/opportunities?q=Hospital%20porter&pageSize=1',
  );
  const id = porter.items[0]?.id;
  assert.ok(id, 'the demo data has a hospital porter vacancy');
  if (language !== 'English') await switchLanguage(page, language);
  const tag = language === 'English' ? 'en' : 'ar';

  for (const target of pagesFor(id)) {
    await page.goto(target.path);
    await page
      .getByRole('heading', { level: 1, name: tag === 'en' ? target.en : target.ar })
      .first()
      .waitFor();
    await waitForContent(page, target.name);
    await j.shot(page, `${target.name}-${tag}`);
    try {
      await expectNoAxeViolations(page, `${target.path} (${language})`);
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
}
