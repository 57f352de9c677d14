import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { describePath } from './uploadPath';

/** Why the server refused an uploaded form: the compiler's message and where in the spreadsheet. */
export function UploadProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error))
    return (
      <Alert color="red" role="alert">
        {t('errors.generic')}
      </Alert>
    );
  return (
    <Alert color="red" role="alert" title={t('research.import.refused')}>
      <Text size="sm">{error.status === 0 ? t('errors.network') : error.detail}</Text>
      {error.errors.length > 0 && (
        <List size="sm" mt="xs">
          {error.errors.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              <strong>{describePath(e.path, t)}</strong>: {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
