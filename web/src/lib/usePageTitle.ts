import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramme } from './programme';

/** Names the browser tab after the page, so screen-reader users hear where a navigation landed. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const { data: programme } = useProgramme();
  const programmeName = programme?.name ?? t('app.name');

  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page, programme: programmeName }) : programmeName;
  }, [page, programmeName, t]);
}
