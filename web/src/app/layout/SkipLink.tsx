import { useTranslation } from 'react-i18next';

export const mainContentId = 'main-content';

/** The first stop for keyboard users: jumps past the header and navigation to the page itself. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${mainContentId}`}>
      {t('app.skipToContent')}
    </a>
  );
}
