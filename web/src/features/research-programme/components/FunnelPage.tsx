import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useFunnel } from '../api/programme';
import { FunnelChart } from './FunnelChart';
import { ProgrammeNav } from './ProgrammeNav';

/** The retention funnel: signed up -> attended one session -> level 1 -> full -> active now; leavers by reason. */
export function FunnelPage() {
  const { t, i18n } = useTranslation();
  const title = t('researchProgramme.funnel.title');
  usePageTitle(title);
  const { data, error, refetch } = useFunnel();
  const rtl = i18n.dir() === 'rtl';
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const stages = (data?.stages ?? []).map((s) => ({
    label: t(`researchProgramme.funnel.stage.${s.stage}`),
    count: s.count,
  }));
  const leavers = (data?.leavers ?? []).map((l) => ({
    label: t(`researchProgramme.leaveReason.${l.reason}`),
    count: l.count,
  }));
  return (
    <Stack gap="md">
      <ProgrammeNav part="programme" />
      <Title order={1}>{title}</Title>
      <Text>{t('researchProgramme.funnel.intro')}</Text>
      {!data ? (
        <PageLoader />
      ) : (
        <>
          <FunnelChart bars={stages} rtl={rtl} />
          <SimpleTable
            caption={title}
            columns={[
              { key: 'stage', header: t('researchProgramme.funnel.stageHeader'), render: (r) => r.label },
              {
                key: 'count',
                header: t('researchProgramme.funnel.people'),
                render: (r) => <span data-testid="funnel-count">{r.count}</span>,
              },
            ]}
            rows={stages}
            rowKey={(r) => r.label}
            empty={t('researchProgramme.funnel.empty')}
          />
          <Title order={2}>{t('researchProgramme.funnel.leavers')}</Title>
          <FunnelChart bars={leavers} rtl={rtl} color="#8a4b08" />
          <SimpleTable
            caption={t('researchProgramme.funnel.leavers')}
            columns={[
              { key: 'reason', header: t('researchProgramme.researcher.leaveReason'), render: (r) => r.label },
              { key: 'count', header: t('researchProgramme.funnel.people'), render: (r) => r.count },
            ]}
            rows={leavers}
            rowKey={(r) => r.label}
            empty={t('researchProgramme.funnel.empty')}
          />
        </>
      )}
    </Stack>
  );
}
