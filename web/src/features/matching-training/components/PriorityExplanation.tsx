import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriorityPart } from '../api/training';

/** The points behind a waiting-list place, rule by rule, so anyone can check the order. */
export function PriorityExplanation({ parts }: { parts: PriorityPart[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {parts.map((p) => (
        <List.Item key={p.rule}>
          <Text span fw={600} size="sm">
            {t(`training.rule.${p.rule}`, { defaultValue: p.rule })}: {t('training.points', { count: p.points })}
          </Text>{' '}
          <Text span size="sm" c="dimmed">
            (<bdi>{t(`training.reason.${p.reason}`, { ...p.facts, defaultValue: p.text })}</bdi>)
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
