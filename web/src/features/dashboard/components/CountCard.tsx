import { Anchor, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { useCount } from '../api/counts';

type Props = { path: string; label: string; linkTo: string; linkLabel: string };

/** One figure from a list endpoint the user may read, with a link to the full list. */
export function CountCard({ path, label, linkTo, linkLabel }: Props) {
  const { t, i18n } = useTranslation();
  const { data, isPending, isError } = useCount(path, true);

  return (
    <Paper withBorder p="md">
      <Stack gap={4} align="flex-start">
        <Text fw={700} size="sm">
          {label}
        </Text>
        <Text fz={32} fw={700} lh={1.2} aria-live="polite">
          {isPending ? (
            <Skeleton h={36} w={60} component="span" display="block" />
          ) : isError ? (
            '—'
          ) : (
            formatNumber(data, i18n.resolvedLanguage ?? 'en')
          )}
        </Text>
        {isError && <Text size="sm">{t('errors.generic')}</Text>}
        <Anchor component={Link} to={linkTo} size="sm">
          {linkLabel}
        </Anchor>
      </Stack>
    </Paper>
  );
}
