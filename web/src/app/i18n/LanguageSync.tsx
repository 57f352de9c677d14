import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../lib/languages';

/** Mirrors Mantine's layout direction to the current language (the <html> attributes are set in i18n.ts). */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { dir, setDirection } = useDirection();
  const wanted = directionOf(i18n.resolvedLanguage ?? i18n.language);

  useEffect(() => {
    if (dir !== wanted) setDirection(wanted);
  }, [dir, wanted, setDirection]);

  return null;
}
