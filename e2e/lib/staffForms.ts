import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** Opens a staff form's dialog by its button; the dialog is named by the same title. */
export async function openForm(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: title }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

type Tree = { [key: string]: string | Tree };
const arabic = JSON.parse(
  readFileSync(new URL('../../web/src/app/i18n/locales/ar.json', import.meta.url), 'utf8'),
) as Tree;

/** An Arabic message of the app by its key (`{x}` placeholders filled in), so journeys follow the locale file. */
export function ar(key: string, values: Record<string, string> = {}): string {
  const message = key.split('.').reduce<string | Tree | undefined>((node, part) => (node as Tree)?.[part], arabic);
  if (typeof message !== 'string') throw new Error(`no Arabic message ${key}`);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * English words the reader would see or hear in a dialog: its text (but not the options of a select, which are
 * data such as partner names) and its aria-label, placeholder and title attributes. `allowed` are names the
 * journey itself typed or chose (people, programmes), removed before looking.
 */
export async function latinWords(dialog: Locator, allowed: readonly string[]): Promise<string[]> {
  // No named functions inside: tsx wraps them in a helper the page does not have.
  return dialog.evaluate((root, names) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('option, select, style, script')) texts.push(node.textContent ?? '');
    }
    for (const el of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const attr of ['aria-label', 'placeholder', 'title']) texts.push(el.getAttribute(attr) ?? '');
    }
    return texts.filter((text) => /[A-Za-z]{2,}/.test(names.reduce((rest, name) => rest.split(name).join(''), text)));
  }, allowed);
}

/** The text a field's aria-describedby points at: its help and its error, as a screen reader reads them. */
export async function describedBy(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim(),
  );
}

/**
 * The focused element: its id when the app chose it (`cohort-name`), else its tag and label or text
 * (`INPUT:Finance`, `BUTTON:Save`), so a tab order can be written down.
 */
export async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    if (el.id && !el.id.startsWith('mantine-')) return el.id;
    return `${el.tagName}:${(el.labels?.[0]?.textContent ?? el.textContent ?? '').trim()}`;
  });
}

/** Presses Tab until the field with this id has focus (at most `limit` times); answers the ids passed on the way. */
export async function tabTo(page: Page, id: string, limit = 25): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    const now = await focusedId(page);
    if (now === id) return passed;
    passed.push(now);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}; passed ${passed.join(', ')}`);
}
