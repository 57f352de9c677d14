/** Languages with a resource file. Each is named in its own language so people can find theirs. */
export const languages = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

export const languageCodes: readonly LanguageCode[] = languages.map((language) => language.code);

export const fallbackLanguage: LanguageCode = 'en';

/** Right-to-left scripts, including languages we may add before their resources are complete. */
const rtlLanguages = new Set(['ar', 'ur', 'fa', 'ps', 'ckb', 'he', 'yi', 'dv', 'sd', 'ug']);

export function baseLanguage(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0] ?? code;
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(baseLanguage(code)) ? 'rtl' : 'ltr';
}

export function isSupportedLanguage(code: string | null | undefined): code is LanguageCode {
  return code != null && (languageCodes as readonly string[]).includes(code);
}

/** Maps "ar-EG" or "AR" to a supported code, or undefined. */
export function toSupportedLanguage(code: string | null | undefined): LanguageCode | undefined {
  if (!code) return undefined;
  const base = baseLanguage(code);
  return isSupportedLanguage(base) ? base : undefined;
}
