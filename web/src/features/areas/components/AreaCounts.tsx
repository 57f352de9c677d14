import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Count } from '../../../components/Count';
import { SimpleTable } from '../../../components/SimpleTable';
import { valueLabel } from '../../../lib/labels';
import type { AreaCounts as Counts } from '../api/areas';

type Row = { key: string; label: string; count: number | null; href?: string };

/** Micro-assets by category, residents' included; a count under 5 reads "<5", never 0. */
export function AreaCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const slug = encodeURIComponent(counts.area.slug);
  const rows: Row[] = [
    ...counts.microAssets.byCategory.map((cell) => ({
      key: cell.category,
      label: valueLabel(t, 'microAssets.categories', cell.category),
      count: cell.count,
      href: `/assets/micro-assets?area=${slug}&category=${encodeURIComponent(cell.category)}`,
    })),
    { key: 'total', label: t('area.total'), count: counts.microAssets.total },
  ];

  return (
    <Stack component="section" gap="sm" aria-labelledby="area-counts">
      <Title order={2} size="h3" id="area-counts">
        {t('area.countsTitle')}
      </Title>
      <Text>{t('area.countsIntro')}</Text>
      <SimpleTable<Row>
        caption={t('area.countsCaption')}
        rows={rows}
        rowKey={(row) => row.key}
        empty={t('area.noCounts')}
        minWidth={320}
        columns={[
          {
            key: 'category',
            header: t('microAssets.category'),
            render: (row) =>
              row.href ? (
                <Anchor component={Link} to={row.href} fz="inherit">
                  {row.label}
                </Anchor>
              ) : (
                <Text fz="inherit" fw={700}>
                  {row.label}
                </Text>
              ),
          },
          { key: 'count', header: t('area.count'), render: (row) => <Count value={row.count} /> },
        ]}
      />
      <Text size="sm">{t('map.suppressedNote')}</Text>
    </Stack>
  );
}
