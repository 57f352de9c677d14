import { Anchor, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FactList } from '../../../components/FactList';
import { Count } from '../../../components/Count';
import { valueLabel } from '../../../lib/labels';
import type { MapArea, MapData } from '../api/map';
import { pointHref, type PointItem } from './mapItems';
import type { Selection } from './useMapSelection';

const kindPrefix: Record<PointItem['layer'], string> = {
  sites: 'map.siteKinds',
  macroAssets: 'macroAssets.kinds',
  opportunities: 'opportunities.kinds',
  microAssets: 'microAssets.kinds',
};

/** The selected item's details and a link to its page. Its heading takes focus so screen readers announce it. */
type Props = { selection: Selection; data: MapData | undefined; onClose?: () => void; withHeading?: boolean };

export function MapItemPanel({ selection, data, onClose, withHeading = true }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = selection.type === 'area' ? selection.name : selection.item.name;
  useEffect(() => heading.current?.focus(), [name]);

  return (
    <Stack gap="sm">
      {withHeading && (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" ref={heading} tabIndex={-1}>
            <bdi>{name}</bdi>
          </Title>
          {onClose && <CloseButton onClick={onClose} aria-label={t('map.closePanel')} />}
        </Group>
      )}
      {selection.type === 'area' ? (
        <AreaDetails slug={selection.slug} area={data?.areas.find((area) => area.id === selection.id)} />
      ) : (
        <PointDetails item={selection.item} />
      )}
    </Stack>
  );
}

function AreaDetails({ slug: rawSlug, area }: { slug: string; area: MapArea | undefined }) {
  const { t } = useTranslation();
  const slug = encodeURIComponent(rawSlug);
  return (
    <>
      <Text size="sm">{t('map.layers.areas')}</Text>
      {!area ? (
        <Text size="sm">{t('map.countsInView')}</Text>
      ) : (
        <FactList
          facts={[
            { label: t('map.counts.residentAssets'), value: <Count value={area.counts.residentAssets} /> },
            { label: t('map.counts.microAssets'), value: <Count value={area.counts.microAssets} /> },
            { label: t('map.counts.opportunities'), value: <Count value={area.counts.opportunities} /> },
          ]}
        />
      )}
      <Text size="sm">{t('map.suppressedNote')}</Text>
      <Anchor component={Link} to={`/assets/areas/${slug}`} fw={700}>
        {t('map.areaPage')}
      </Anchor>
      <Anchor component={Link} to={`/assets/opportunities?area=${slug}`}>
        {t('map.areaOpportunities')}
      </Anchor>
      <Anchor component={Link} to={`/assets/micro-assets?area=${slug}`}>
        {t('map.areaMicroAssets')}
      </Anchor>
    </>
  );
}

function PointDetails({ item }: { item: PointItem }) {
  const { t } = useTranslation();
  const href = pointHref(item);
  const facts = [
    { label: t('map.type'), value: t(`map.layers.${item.layer}`) },
    { label: t('map.kind'), value: valueLabel(t, kindPrefix[item.layer], item.kind) },
  ];
  if (item.detail && item.layer === 'macroAssets') {
    facts.push({ label: t('macroAssets.status'), value: valueLabel(t, 'macroAssets.statuses', item.detail) });
  }
  if (item.detail && item.layer === 'microAssets') {
    facts.push({ label: t('microAssets.category'), value: valueLabel(t, 'microAssets.categories', item.detail) });
  }
  return (
    <>
      <FactList facts={facts} />
      {href && (
        <Anchor component={Link} to={href} fw={700}>
          {t(`map.open.${item.layer}`, { name: item.name })}
        </Anchor>
      )}
    </>
  );
}
