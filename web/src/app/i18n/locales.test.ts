import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import en from './locales/en.json';
import pl from './locales/pl.json';
import ro from './locales/ro.json';
import ur from './locales/ur.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The placeholders a message uses, so a translation cannot drop or rename one. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((match) => match[1] ?? '').sort();
}

const english = flatten(en);
const locales = { ar, ur, pl, ro } as const;

describe('translations', () => {
  it('Arabic is complete', () => {
    const arabic = flatten(ar);
    expect([...english.keys()].filter((key) => !arabic.has(key))).toEqual([]);
  });

  it.each(Object.entries(locales))('%s has no keys that English lacks', (_code, tree) => {
    expect([...flatten(tree).keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it.each(['ur', 'pl', 'ro'] as const)('%s covers navigation, sign-in and the language label', (code) => {
    const keys = flatten(locales[code]);
    const required = [...english.keys()].filter((key) => /^(nav|signIn)\./.test(key) || key === 'language.label');
    expect(required.filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(Object.entries({ en, ...locales }))(
    'every %s message is valid ICU with the English placeholders',
    (code, tree) => {
      for (const [key, message] of flatten(tree)) {
        expect(() => new IntlMessageFormat(message, code), `${code}:${key}`).not.toThrow();
        expect(argumentsOf(message), `${code}:${key}`).toEqual(argumentsOf(english.get(key) ?? ''));
      }
    },
  );
});
