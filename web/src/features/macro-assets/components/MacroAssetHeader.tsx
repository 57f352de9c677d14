import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FactList } from '../../../components/FactList';
import { valueLabel } from '../../../lib/labels';
import { formatPounds } from '../../../lib/money';
import type { MacroAsset } from '../api/macroAssets';

/** Who owns the project, what it is worth, where it stands and which ad-hoc group follows it. */
export function MacroAssetHeader({ asset }: { asset: MacroAsset }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/assets" size="sm">
        {t('macroAsset.back')}
      </Anchor>
      <Title order={1}>
        <bdi>{asset.name}</bdi>
      </Title>
      <Group gap="xs">
        <Badge variant="light" color="indigo">
          {valueLabel(t, 'macroAssets.kinds', asset.kind)}
        </Badge>
        <Badge variant="filled" color="gray.8">
          {valueLabel(t, 'macroAssets.statuses', asset.status)}
        </Badge>
      </Group>
      <FactList
        facts={[
          {
            label: t('macroAssets.owner'),
            value: (
              <Anchor component={Link} to={`/partners?q=${encodeURIComponent(asset.owner.name)}`}>
                <bdi>{asset.owner.name}</bdi>
              </Anchor>
            ),
          },
          {
            label: t('macroAssets.value'),
            value: formatPounds(asset.investmentValue, language) ?? t('macroAssets.noValue'),
          },
          { label: t('macroAssets.status'), value: valueLabel(t, 'macroAssets.statuses', asset.status) },
          { label: t('macroAsset.group'), value: asset.group ? <bdi>{asset.group}</bdi> : t('macroAsset.noGroup') },
        ]}
      />
      {asset.description && (
        <Text maw={820} dir="auto">
          {asset.description}
        </Text>
      )}
    </Stack>
  );
}
