import type { Page } from 'playwright-core';

/** The demo city pack's anchor macro-asset: the hospital the USE-IT! skills work was built around. */
export const hospital = {
  name: 'Midland Metropolitan University Hospital',
  slug: 'midland-metropolitan-university-hospital',
} as const;

/** GET a JSON API path with the page's session (cookies), from inside the browser. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }, path);
}

/** Waits until Leaflet has drawn at least `count` shapes (area outlines and boundaries are SVG paths). */
export async function waitForMapShapes(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.leaflet-overlay-pane path').length >= n, count, {
    timeout: 15_000,
  });
}

/** No tile server is configured in the e2e run, so no tile image may be requested or drawn. */
export async function tileCount(page: Page): Promise<number> {
  return page.locator('.leaflet-tile').count();
}

/** POST/PATCH a JSON API path with the page's session and CSRF token, from inside the browser; returns the body. */
export async function apiSend<T>(page: Page, method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const csrf = (await (await fetch('/api/v1/auth/csrf')).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method,
        headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    { method, url: path, body },
  );
}
