import { Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useFindingMap, useFormVersions } from '../api/findings';
import { FindingsMapEditor } from './FindingsMapEditor';
import { FindingsSummaryView } from './FindingsSummaryView';

/** The lead's findings map for one form version: per question, what its answers become in the asset graph. */
export function FindingsMapPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const form = useFormVersions(id);
  const versions = form.data?.versions ?? [];
  const versionId = params.get('version') ?? versions[0]?.id;
  const map = useFindingMap(id, versionId);
  const title = t('researchFindings.map.title', { form: form.data?.title ?? '' });
  usePageTitle(title);

  if (form.isPending || (versionId && map.isPending)) return <PageLoader />;
  if (form.isError) return <QueryError error={form.error} />;
  if (map.isError) return <QueryError error={map.error} />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/research/monitoring?form=${id}`}>
        {t('researchFindings.map.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t(form.data.anonymous ? 'researchFindings.map.introAnonymous' : 'researchFindings.map.intro')}</Text>
      {versions.length > 1 && (
        <NativeSelect
          label={t('researchFindings.map.version')}
          value={versionId}
          onChange={(e) => setParams({ version: e.currentTarget.value })}
          data={versions.map((v) => ({ value: v.id, label: v.version }))}
          w={{ base: '100%', xs: 240 }}
        />
      )}
      {!versionId || !map.data ? (
        <Text>{t('researchFindings.map.noVersion')}</Text>
      ) : (
        <FindingsMapEditor key={versionId} formId={id} versionId={versionId} map={map.data} />
      )}
      <FindingsSummaryView formId={id} />
    </Stack>
  );
}
