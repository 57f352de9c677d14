import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';

/** "file.survey.row 7.constraint" from the server becomes "sheet survey, row 7, column constraint". */
export function describePath(path: string, t: (key: string, values?: Record<string, unknown>) => string): string {
  const parts = path
    .replace(/^file\.?/, '')
    .split('.')
    .filter(Boolean);
  if (parts.length === 0) return t('research.import.wholeFile');
  const [sheet, maybeRow, ...rest] = parts;
  const row = maybeRow && /^row \d+$/.test(maybeRow) ? maybeRow.slice(4) : undefined;
  const column = (row ? rest : [maybeRow, ...rest]).filter(Boolean).join('.');
  return [
    t('research.import.sheet', { sheet }),
    row ? t('research.import.row', { row }) : null,
    column ? t('research.import.column', { column }) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

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
