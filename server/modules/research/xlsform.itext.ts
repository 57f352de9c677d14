/**
 * Labels, hints and messages of a form being emitted: inline when the form has one unnamed
 * language, otherwise `jr:itext` references collected into `<itext>` translations (pyxform's shape).
 */
import { labelParts, type RefLookup } from './xlsform.expr';
import { el, txt, type XNode } from './xlsform.xml';
import type { Labels, Language } from './xlsform.types';

/** pyxform fills a missing translation with a dash. */
const MISSING = '-';

export const onlyDefault = (labels: Labels): boolean => Object.keys(labels).length === 1 && 'default' in labels;

export class TextTable {
  readonly translated: boolean;
  private readonly texts = new Map<string, Labels>();

  constructor(
    readonly languages: Language[],
    readonly defaultLanguage: Language | null,
    private readonly lookup: RefLookup,
  ) {
    this.translated = languages.some((language) => language !== 'default');
  }

  private parts(text: string): XNode[] {
    return labelParts(text, this.lookup).map((part) =>
      'ref' in part ? el('output', { value: part.ref }) : txt(part.text),
    );
  }

  /** A `<label>`/`<hint>` element, or null when there is no text. */
  element(tag: 'label' | 'hint', id: string, labels: Labels | undefined): XNode | null {
    if (!labels || !Object.keys(labels).length) return null;
    // Like pyxform: text from a column without a language stays inline in a translated form.
    if (!this.translated || onlyDefault(labels)) return el(tag, {}, this.parts(Object.values(labels)[0] ?? ''));
    this.texts.set(id, labels);
    return el(tag, { ref: `jr:itext('${id}')` });
  }

  /** A bind message attribute value (`jr:constraintMsg`, `jr:requiredMsg`). */
  message(id: string, labels: Labels | undefined): string | undefined {
    if (!labels || !Object.keys(labels).length) return undefined;
    // Like pyxform: a message column without a language stays a plain attribute.
    if (!this.translated || onlyDefault(labels)) return Object.values(labels)[0];
    this.texts.set(id, labels);
    return `jr:itext('${id}')`;
  }

  /** Registers a choice label; returns its itext id. */
  choice(id: string, labels: Labels): string {
    this.texts.set(id, labels);
    return id;
  }

  itext(): XNode | null {
    if (!this.translated || !this.texts.size) return null;
    const translations = this.languages.map((language) =>
      el(
        'translation',
        { lang: language, default: language === this.defaultLanguage ? 'true()' : undefined },
        [...this.texts].map(([id, labels]) =>
          el('text', { id }, [el('value', {}, this.parts(labels[language] ?? MISSING))]),
        ),
      ),
    );
    return el('itext', {}, translations);
  }
}
