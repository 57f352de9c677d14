import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Count } from '../../../components/Count';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { useAreaHiddenTalent, type LocalTalent } from '../api/areas';

/** Skills recorded in the area that no open opportunity asks for. */
export function AreaHiddenTalent({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useAreaHiddenTalent(areaId, true);

  return (
    <Stack component="section" gap="sm" aria-labelledby="area-talent">
      <Title order={2} size="h3" id="area-talent">
        {t('area.talentTitle')}
      </Title>
      <Text>{t('area.talentIntro')}</Text>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && !error && <PageLoader />}
      {data && (
        <SimpleTable<LocalTalent>
          caption={t('area.talentCaption')}
          rows={data}
          rowKey={(row) => row.code}
          empty={t('area.noTalent')}
          minWidth={320}
          columns={[
            { key: 'occupation', header: t('gaps.occupation'), render: (row) => <bdi>{row.label}</bdi> },
            { key: 'count', header: t('area.count'), render: (row) => <Count value={row.count} /> },
          ]}
        />
      )}
    </Stack>
  );
}
