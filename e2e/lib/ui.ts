import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

/** The header's language control; its accessible name is translated too. */
export function languageSelect(page: Page): Locator {
  return page.getByRole('combobox', { name: /^(Language|اللغة)$/ });
}

export async function switchLanguage(page: Page, language: 'English' | 'العربية'): Promise<void> {
  await languageSelect(page).first().selectOption({ label: language });
  const lang = language === 'English' ? 'en' : 'ar';
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function documentDirection(page: Page): Promise<{ dir: string; lang: string }> {
  return page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
}

/** Waits for a top-level heading with this text: the page has rendered past its loader. */
export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).first().waitFor();
}

/** Waits until no loader or busy region is left, so screenshots and axe see the finished page. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .mantine-Loader-root'), undefined, {
    timeout: 15_000,
  });
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core on the whole page (WCAG 2.2 A/AA and best practice); fails listing each violation and its nodes.
 * Same rules and tags as the default run, about three times quicker: legacy mode runs axe.run() in the page itself
 * instead of runPartial() plus finishRun() in a newly opened blank page (the app has no iframes, and same-origin
 * frames are still tested), and only violations are collected in detail (passes and incomplete are not read here).
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const lines = results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 3)
      .map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ') ?? ''}`);
    return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${nodes.join('\n')}`;
  });
  assert.equal(
    results.violations.length,
    0,
    `axe found ${results.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`,
  );
}
