import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Count } from '../../../components/Count';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatNumber } from '../../../lib/format';
import { useFindingsSummary } from '../api/findings';

/** What the findings maps have produced so far: by kind, by area (suppressed below 5) and referrals. */
export function FindingsSummaryView({ formId }: { formId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { data } = useFindingsSummary(formId);
  if (!data) return null;
  const n = (v: number | null) => <Count value={v} />;
  const kind = (k: string) => t(`researchFindings.kinds.${k}`);
  return (
    <Stack gap="sm" component="section" aria-labelledby="findings-summary">
      <Title order={2} size="h3" id="findings-summary">
        {t('researchFindings.summary.title')}
      </Title>
      <Text>
        {t('researchFindings.summary.applied', {
          applied: formatNumber(data.responses.applied, language),
          total: formatNumber(data.responses.total, language),
        })}
      </Text>
      <SimpleTable
        caption={t('researchFindings.summary.byKind')}
        rows={data.byKind}
        rowKey={(r) => r.becomes}
        empty={t('researchFindings.summary.none')}
        columns={[
          { key: 'kind', header: t('researchFindings.summary.kind'), render: (r) => kind(r.becomes) },
          { key: 'count', header: t('researchFindings.summary.count'), render: (r) => n(r.count) },
          { key: 'assets', header: t('researchFindings.summary.microAssets'), render: (r) => n(r.microAssets) },
        ]}
      />
      <SimpleTable
        caption={t('researchFindings.summary.byArea')}
        rows={data.byArea}
        rowKey={(r) => `${r.area ?? ''}|${r.becomes}`}
        empty={t('researchFindings.summary.none')}
        columns={[
          { key: 'area', header: t('researchFindings.summary.area'), render: (r) => <bdi>{r.area ?? '—'}</bdi> },
          { key: 'kind', header: t('researchFindings.summary.kind'), render: (r) => kind(r.becomes) },
          { key: 'count', header: t('researchFindings.summary.count'), render: (r) => n(r.count) },
        ]}
      />
      <SimpleTable
        caption={t('researchFindings.summary.referrals')}
        rows={data.referrals}
        rowKey={(r) => `${r.target}|${r.status}`}
        empty={t('researchFindings.summary.noReferrals')}
        columns={[
          {
            key: 'target',
            header: t('researchFindings.map.target'),
            render: (r) => t(`researchFindings.targets.${r.target}`),
          },
          {
            key: 'status',
            header: t('researchFindings.summary.status'),
            render: (r) => t(`researchFindings.referralStatus.${r.status}`),
          },
          { key: 'count', header: t('researchFindings.summary.count'), render: (r) => n(r.count) },
        ]}
      />
    </Stack>
  );
}
