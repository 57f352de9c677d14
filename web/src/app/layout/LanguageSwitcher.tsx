import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages } from '../../lib/languages';

function GlobeIcon() {
  return (
    <svg aria-hidden width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="12" cy="12" r="10" />
      <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
    </svg>
  );
}

/**
 * A native select: every screen reader and phone knows how to operate it. Each language is written
 * in its own script and tagged with lang, so it is read out correctly whatever the current language.
 */
export function LanguageSwitcher({ onChange }: { onChange: (language: string) => void }) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';

  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={current}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<GlobeIcon />}
      size="sm"
      w={{ base: 140, sm: 150 }}
    >
      {languages.map((language) => (
        <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
          {language.name}
        </option>
      ))}
    </NativeSelect>
  );
}
