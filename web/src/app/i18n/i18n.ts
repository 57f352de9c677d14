import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { baseLanguage, directionOf, fallbackLanguage, languageCodes } from '../../lib/languages';
import ar from './locales/ar.json';
import en from './locales/en.json';
import pl from './locales/pl.json';
import ro from './locales/ro.json';
import ur from './locales/ur.json';

/** Where an explicit choice (the switcher, or the user's saved locale) is kept; the detector reads it back. */
export const languageStorageKey = 'useit.lang';

/** Keeps <html lang> and <html dir> in step with the language so screen readers and CSS follow it. */
function applyToDocument(requested: string): void {
  const language = i18next.resolvedLanguage ?? requested;
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
}

i18next.on('languageChanged', applyToDocument);

// Resources are small and bundled, so init completes synchronously and the first render is translated.
void i18next
  .use(ICU)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {
      en: { translation: en },
      ar: { translation: ar },
      ur: { translation: ur },
      pl: { translation: pl },
      ro: { translation: ro },
    },
    supportedLngs: [...languageCodes],
    fallbackLng: fallbackLanguage,
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageStorageKey,
      // Only explicit choices are stored (see chooseLanguage), so a browser's language keeps applying until then.
      caches: [],
      convertDetectedLanguage: (language: string) => baseLanguage(language),
    },
    react: { useSuspense: false },
  });

export { i18next };

/** Switches language and remembers it on this device. */
export async function chooseLanguage(language: string): Promise<void> {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage can be unavailable (private mode, quota); the choice then lasts for this page only.
  }
  await i18next.changeLanguage(language);
}
