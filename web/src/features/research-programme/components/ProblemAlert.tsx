import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';

/** A refused write, said plainly: the server's detail names the field and the rule. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = isApiError(error) ? error.detail || t('errors.generic') : t('errors.generic');
  return (
    <Alert color="red" role="alert" title={t('researchProgramme.saveFailed')}>
      {detail}
    </Alert>
  );
}
