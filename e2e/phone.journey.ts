import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { emails, type Journey } from './lib/journey';
import { settle, waitForHeading } from './lib/ui';

const width = 375;

async function onScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= width + 1;
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `page is ${scrollWidth}px wide at ${width}px: it scrolls sideways`);
}

/** At phone width the dashboard fits the screen and the burger menu opens the navigation. */
export default {
  name: 'dashboard is usable at 375px: burger opens the navigation',
  run: async (j) => {
    const page = await j.newPage({ viewport: { width, height: 812 } });
    await page.goto('/sign-in');
    await waitForHeading(page, 'Sign in');
    await noSidewaysScroll(page);
    await j.shot(page, 'sign-in');

    await j.signIn(page, emails.admin);
    await page.getByRole('heading', { name: 'Programme at a glance' }).waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    const partnersLink = page.getByRole('navigation').getByRole('link', { name: 'Partners', exact: true });
    assert.equal(await onScreen(partnersLink), false, 'navigation hidden until the burger is pressed');
    await j.shot(page, 'dashboard');

    const burger = page.getByRole('button', { name: 'Open navigation' });
    assert.ok(await burger.isVisible(), 'burger button visible');
    await burger.click();
    const close = page.getByRole('button', { name: 'Close navigation' });
    await close.waitFor();
    assert.equal(await close.getAttribute('aria-expanded'), 'true');
    await page.waitForFunction(() => {
      const nav = document.querySelector('nav');
      const box = nav?.getBoundingClientRect();
      return box !== undefined && box.x >= 0 && box.right <= window.innerWidth + 1;
    });
    assert.ok(await onScreen(partnersLink), 'Partners link on screen once the menu is open');
    await j.shot(page, 'menu-open');

    await partnersLink.click();
    await waitForHeading(page, 'Partners');
    assert.equal(new URL(page.url()).pathname, '/partners');
    await page.getByRole('button', { name: 'Open navigation' }).waitFor();
    await page.getByRole('table').waitFor();
    await settle(page);
    await j.shot(page, 'partners');
  },
} satisfies Journey;
