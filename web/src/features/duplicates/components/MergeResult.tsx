import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeDone } from './DuplicateComparison';

/** What a merge did: which record stayed, and how many references moved from the merged one, by where they were. */
export function MergeResult({ done, onClose }: { done: MergeDone; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  const moved = Object.entries(done.result.moved).filter(([, n]) => n > 0);
  useEffect(() => box.current?.focus(), [done]);

  return (
    <Alert
      ref={box}
      tabIndex={-1}
      color="teal"
      role="status"
      title={t('duplicates.mergedTitle')}
      styles={{ title: { color: 'var(--mantine-color-teal-9)' } }}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('duplicates.merged', { kept: done.kept, merged: done.merged })}</Text>
        {moved.length === 0 ? (
          <Text size="sm">{t('duplicates.nothingMoved')}</Text>
        ) : (
          <>
            <Text size="sm">{t('duplicates.movedIntro')}</Text>
            <List size="sm">
              {moved.map(([where, n]) => (
                <List.Item key={where}>
                  <span dir="ltr">{where}</span>: <span dir="ltr">{number.format(n)}</span>
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Button size="xs" variant="default" onClick={onClose}>
          {t('duplicates.dismiss')}
        </Button>
      </Stack>
    </Alert>
  );
}
