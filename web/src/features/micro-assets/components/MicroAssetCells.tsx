import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MicroAsset } from '../api/microAssets';

/** Who owns the asset. A resident is shown by their programme reference, never by name. */
export function OwnerCell({ asset }: { asset: MicroAsset }) {
  const { t } = useTranslation();
  const { owner } = asset;
  if (owner.type === 'resident') {
    return (
      <>
        {t('microAssets.ownerTypes.resident')}
        {owner.resident && (
          <Text size="xs" dir="ltr">
            {owner.resident.reference}
          </Text>
        )}
      </>
    );
  }
  if (owner.type === 'partner') return <>{owner.partner?.name ?? t('microAssets.ownerTypes.partner')}</>;
  return <>{owner.area?.name ?? asset.area?.name ?? t('microAssets.ownerTypes.area')}</>;
}

/**
 * Where the asset is. A resident's asset has only an area: it is never placed at a point, which could be
 * where they live, and the table says so rather than leaving a blank.
 */
export function PlaceCell({ asset }: { asset: MicroAsset }) {
  const { t } = useTranslation();
  const area = asset.area?.name ?? t('microAssets.noArea');
  if (asset.owner.type === 'resident') {
    return (
      <>
        {area}
        <Text size="xs">{t('microAssets.locationHidden')}</Text>
      </>
    );
  }
  return (
    <>
      {area}
      {asset.location && (
        <Text size="xs" dir="ltr">
          {asset.location.lat.toFixed(4)}, {asset.location.lng.toFixed(4)}
        </Text>
      )}
    </>
  );
}
