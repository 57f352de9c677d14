import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { directionOf } from '../../../lib/languages';
import type { Indicator } from '../api/impact';
import { formatFigure, statusColor } from './format';
import { TrendChart } from './TrendChart';

/** One headline figure: the result so far against its target, its status in words, and its trend. */
export function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { figure, unit } = indicator;
  const headingId = `indicator-${indicator.code}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} data-testid="indicator-card">
      <Stack gap={6}>
        <Anchor component={Link} to={`/impact/indicators/${indicator.code}`} id={headingId} fw={600}>
          {indicator.name}
        </Anchor>
        <Group gap="xs" align="baseline">
          <Text fz={28} fw={700} dir="ltr">
            {formatFigure(figure.value, unit, language)}
          </Text>
          {figure.target !== null && (
            <Text c="dimmed">{t('impact.ofTarget', { target: formatFigure(figure.target, unit, language) })}</Text>
          )}
        </Group>
        <Group gap="xs">
          <Badge color={statusColor[figure.status]} variant="outline">
            {t(`impact.status.${figure.status}`)}
          </Badge>
          <Text fz="xs" c="dimmed">
            {t(`impact.method.${indicator.method}`)}
          </Text>
        </Group>
        <TrendChart series={figure.series} rtl={directionOf(language) === 'rtl'} />
      </Stack>
    </Card>
  );
}
