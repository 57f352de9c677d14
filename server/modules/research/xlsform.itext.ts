/**
 * Labels, hints and messages of a form being emitted: inline when the form has one unnamed
 * language and no media, otherwise `jr:itext` references collected into `<itext>` translations
 * (pyxform's shape), with `<value form="image">jr://images/...</value>` for label media.
 */
import { labelParts, type RefLookup } from './xlsform.expr';
import { el, txt, type XNode } from './xlsform.xml';
import type { Labels, Language, Media, MediaKind } from './xlsform.types';

/** pyxform fills a missing translation with a dash. */
const MISSING = '-';

const MEDIA_URL: Record<MediaKind, string> = {
  image: 'jr://images/',
  'big-image': 'jr://images/',
  audio: 'jr://audio/',
  video: 'jr://video/',
};

export const onlyDefault = (labels: Labels): boolean => Object.keys(labels).length === 1 && 'default' in labels;

export const hasMedia = (media: Media | undefined): media is Media =>
  media !== undefined && Object.values(media).some((files) => Object.keys(files ?? {}).length > 0);

interface Entry {
  labels: Labels;
  media?: Media;
}

export class TextTable {
  readonly translated: boolean;
  private readonly texts = new Map<string, Entry>();

  constructor(
    readonly languages: Language[],
    readonly defaultLanguage: Language | null,
    private readonly lookup: RefLookup,
    formHasMedia = false,
  ) {
    this.translated = formHasMedia || languages.some((language) => language !== 'default');
  }

  private parts(text: string): XNode[] {
    return labelParts(text, this.lookup).map((part) =>
      'ref' in part ? el('output', { value: part.ref }) : txt(part.text),
    );
  }

  /** Like pyxform: text only from a column without a language stays inline, unless it has media. */
  private inline(labels: Labels, media?: Media): boolean {
    if (hasMedia(media)) return false;
    return !this.translated || onlyDefault(labels);
  }

  /** A `<label>`/`<hint>` element, or null when there is no text. */
  element(tag: 'label' | 'hint', id: string, labels: Labels | undefined, media?: Media): XNode | null {
    const text = labels ?? {};
    if (!Object.keys(text).length && !hasMedia(media)) return null;
    if (this.inline(text, media)) return el(tag, {}, this.parts(Object.values(text)[0] ?? ''));
    this.texts.set(id, { labels: text, media });
    return el(tag, { ref: `jr:itext('${id}')` });
  }

  /** A bind message attribute value (`jr:constraintMsg`, `jr:requiredMsg`). */
  message(id: string, labels: Labels | undefined): string | undefined {
    if (!labels || !Object.keys(labels).length) return undefined;
    if (this.inline(labels)) return Object.values(labels)[0];
    this.texts.set(id, { labels });
    return `jr:itext('${id}')`;
  }

  /** Registers a choice label; returns its itext id. */
  choice(id: string, labels: Labels, media?: Media): string {
    this.texts.set(id, { labels, media });
    return id;
  }

  private values(entry: Entry, language: Language): XNode[] {
    const media = Object.entries(entry.media ?? {}).flatMap(([kind, files]) => {
      // Like pyxform, a file shows only in its own language (no fall-back to `default`).
      const file = files?.[language];
      return file ? [el('value', { form: kind }, [txt(`${MEDIA_URL[kind as MediaKind]}${file}`)])] : [];
    });
    const hasText = Object.keys(entry.labels).length > 0;
    return [...media, ...(hasText ? [el('value', {}, this.parts(entry.labels[language] ?? MISSING))] : [])];
  }

  itext(): XNode | null {
    if (!this.translated || !this.texts.size) return null;
    const translations = this.languages.map((language) =>
      el(
        'translation',
        { lang: language, default: language === this.defaultLanguage ? 'true()' : undefined },
        [...this.texts].map(([id, entry]) => el('text', { id }, this.values(entry, language))),
      ),
    );
    return el('itext', {}, translations);
  }
}
