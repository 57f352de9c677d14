import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

/** Places taken of a cohort's capacity, as a bar with a text equivalent. */
export function CapacityBar({ enrolled, capacity }: { enrolled: number; capacity: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const label = t('training.capacity', {
    enrolled: formatNumber(enrolled, language),
    capacity: formatNumber(capacity, language),
  });
  const full = enrolled >= capacity;
  return (
    <Group gap="xs" wrap="nowrap" miw={160}>
      <Progress
        value={Math.min(100, (100 * enrolled) / Math.max(1, capacity))}
        color={full ? 'red' : 'teal'}
        w={90}
        aria-label={label}
      />
      <Text size="sm">{full ? t('training.full') : label}</Text>
    </Group>
  );
}
