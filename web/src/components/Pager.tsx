import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

type Props = { total: number; page: number; pageSize: number; onPageChange: (page: number) => void };

/** "Showing 1–25 of 5,001" and page buttons, for any server-paged list. */
export function Pager({ total, page, pageSize, onPageChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" aria-live="polite">
        {t('table.summary', { from, to, total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('table.pagination')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPageChange}
            siblings={1}
            boundaries={1}
            getItemProps={(item) => ({
              'aria-label': t('table.page', { page: item }),
              children: formatNumber(item, language),
            })}
            getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}
