import { Badge, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FactList, type Fact } from '../../../components/FactList';
import { PageLoader } from '../../../components/PageLoader';
import { formatDate } from '../../../lib/format';
import { valueLabel } from '../../../lib/labels';
import { useRecordDetail, type DuplicateEntity, type Party, type RecordDetail } from '../api/duplicates';

type Props = { entity: DuplicateEntity; party: Party; suggested: boolean };

/** One side of the comparison: the record's name and the facts that tell two alike records apart. */
export function RecordCard({ entity, party, suggested }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { data, error } = useRecordDetail(entity, party.id);
  const facts: Fact[] = [
    { label: t('duplicates.created'), value: formatDate(party.createdAt, language) },
    ...(data ? detailFacts(data, t) : []),
  ];

  return (
    <Paper withBorder p="sm" h="100%">
      <Stack gap="xs">
        <Text fw={700}>
          <bdi>{party.name}</bdi>
        </Text>
        {suggested && (
          <Badge variant="filled" color="teal.9">
            {t('duplicates.suggested')}
          </Badge>
        )}
        {!data && !error && <PageLoader />}
        {error && <Text size="sm">{t('duplicates.detailUnavailable')}</Text>}
        <FactList facts={facts} />
      </Stack>
    </Paper>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function detailFacts(detail: RecordDetail, t: T): Fact[] {
  const none = t('microAsset.none');
  if (detail.entity === 'partner') {
    const p = detail.record;
    return [
      { label: t('duplicates.kind'), value: valueLabel(t, 'kinds', p.kind) },
      { label: t('duplicates.slug'), value: <span dir="ltr">{p.slug}</span> },
      { label: t('duplicates.website'), value: p.website ? <span dir="ltr">{p.website}</span> : none },
      { label: t('duplicates.description'), value: p.description ? <bdi>{p.description}</bdi> : none },
    ];
  }
  const a = detail.record;
  return [
    { label: t('duplicates.kind'), value: valueLabel(t, 'microAssets.kinds', a.kind) },
    { label: t('microAssets.area'), value: a.area ? <bdi>{a.area.name}</bdi> : none },
    { label: t('microAsset.recordedBy'), value: <bdi>{a.partner.name}</bdi> },
    { label: t('microAssets.provenance'), value: valueLabel(t, 'microAssets.provenances', a.provenance) },
    { label: t('microAssets.visibility'), value: valueLabel(t, 'microAssets.visibilities', a.visibility) },
    { label: t('duplicates.description'), value: a.description ? <bdi>{a.description}</bdi> : none },
  ];
}
