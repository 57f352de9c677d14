import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, resetSavedLanguage } from './api';

/** A journey: one file `e2e/<name>.journey.ts` whose default export is this. */
export interface Journey {
  name: string;
  run: (j: JourneyContext) => Promise<void>;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** the browser's language (navigator.language); the app follows it until a language is chosen */
  locale?: string;
}

export interface JourneyContext {
  baseUrl: string;
  /** a page in a fresh browser context: no cookies, no stored language */
  newPage: (options?: PageOptions) => Promise<Page>;
  /** saves e2e/artifacts/<journey>/<nn>-<step>.png */
  shot: (page: Page, step: string) => Promise<void>;
  /** signs in through the sign-in form, starting from an account with no saved language */
  signIn: (page: Page, email: string) => Promise<void>;
}

export const emails = {
  admin: 'admin@demo.useit.example',
  researcher: 'researcher@demo.useit.example',
} as const;

/** Everything a journey opened, so the runner can close it and report uncaught page errors. */
export class JourneySession implements JourneyContext {
  readonly contexts: BrowserContext[] = [];
  readonly pageErrors: string[] = [];
  private step = 0;
  readonly dir: string;

  constructor(
    private readonly browser: Browser,
    readonly baseUrl: string,
    artifactsDir: string,
    slug: string,
  ) {
    this.dir = join(artifactsDir, slug);
    mkdirSync(this.dir, { recursive: true });
  }

  newPage = async (options: PageOptions = {}): Promise<Page> => {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.locale ?? 'en-GB',
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(15_000);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => this.pageErrors.push(`${page.url()}: ${err.message}`));
    return page;
  };

  shot = async (page: Page, step: string): Promise<void> => {
    this.step += 1;
    const name = `${String(this.step).padStart(2, '0')}-${step.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    await page.screenshot({ path: join(this.dir, name), fullPage: true, animations: 'disabled' });
  };

  signIn = async (page: Page, email: string): Promise<void> => {
    await resetSavedLanguage(this.baseUrl, email);
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.getByRole('navigation').first().waitFor();
  };

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.close().catch(() => undefined)));
  }
}
