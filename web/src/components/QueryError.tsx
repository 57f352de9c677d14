import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api';
import { ForbiddenPage } from './ForbiddenPage';

/** The one way a failed load is shown: 403 becomes the Forbidden page, anything else an alert with a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) return <ForbiddenPage />;

  const message = !isApiError(error)
    ? t('errors.generic')
    : error.status === 0
      ? t('errors.network')
      : error.detail || t('errors.generic');

  return (
    <Alert color="red" title={t('errors.generic')} role="alert">
      <Stack gap="xs" align="flex-start">
        {message !== t('errors.generic') && <Text size="sm">{message}</Text>}
        {isApiError(error) && error.requestId && (
          <Text size="sm">{t('errors.reference', { requestId: error.requestId })}</Text>
        )}
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
