/** Choices shared by the mentor and network screens: the consortia markets and the mentoring languages. */
export const markets = ['health_social_care', 'creative', 'built_environment', 'food', 'retail', 'other'];
export const mentorLanguages = ['en', 'ar', 'ur', 'pl', 'ro', 'pa', 'bn', 'so', 'fa', 'ku'];

/** A language code's name in the reader's language (the code itself when the browser cannot name it). */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Names or topics as a list in the reader's language ("a, b" in English, "a، وb" in Arabic). */
export function listText(items: readonly string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format(items);
  } catch {
    return items.join(', ');
  }
}
