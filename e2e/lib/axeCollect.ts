import type { Page } from 'playwright-core';
import type { JourneyContext } from './journey';
import { expectNoAxeViolations, settle } from './ui';

/**
 * axe on the settled page with a screenshot, collecting a failure instead of stopping, so one run reports every
 * page's violations; the journey asserts `failures` is empty at the end.
 */
export async function collectAxe(j: JourneyContext, page: Page, label: string, failures: string[]): Promise<void> {
  await settle(page);
  await j.shot(page, label);
  try {
    await expectNoAxeViolations(page, label);
  } catch (err) {
    failures.push((err as Error).message);
  }
}
