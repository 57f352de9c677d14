import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount, isSuppressed, suppressedCount } from '../lib/counts';

/**
 * A published count. A suppressed one (null) shows "<5", kept left-to-right so it is not mirrored in Arabic,
 * and is read out as words ("fewer than 5").
 */
export function Count({ value }: { value: number | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!isSuppressed(value)) return <span dir="ltr">{formatCount(value, i18n.resolvedLanguage ?? 'en')}</span>;
  return (
    <span>
      <span aria-hidden dir="ltr" title={t('counts.suppressedHint')}>
        {suppressedCount}
      </span>
      <VisuallyHidden>{t('counts.suppressed')}</VisuallyHidden>
    </span>
  );
}
