import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import {
  changeStatus,
  leaveReasons,
  researcherStatuses,
  useResearcher,
  type LeaveReason,
  type ResearcherDetail,
  type ResearcherStatus,
} from '../api/programme';
import { MentoringNotes } from './MentoringNotes';
import { ProblemAlert } from './ProblemAlert';
import { StatusBadge } from './ResearchersPage';

export function AccreditationBadge({ level }: { level: ResearcherDetail['accreditation'] }) {
  const { t } = useTranslation();
  const color = level === 'full' ? '#1b5e20' : level === 'level_1' ? 'blue.9' : 'gray.7';
  return (
    <Badge color={color} variant="filled">
      {t(`researchProgramme.accreditation.${level}`)}
    </Badge>
  );
}

function StatusForm({ researcher }: { researcher: ResearcherDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ResearcherStatus>(researcher.status);
  const [reason, setReason] = useState<LeaveReason | ''>(researcher.leaveReason ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      changeStatus(researcher.id, {
        status,
        leaveReason: status === 'left' ? (reason as LeaveReason) : null,
        version: researcher.version,
      }),
    onSuccess: (r) => {
      queryClient.setQueryData(['researcher', r.id], r);
      void queryClient.invalidateQueries({ queryKey: ['researchers'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="status-heading">
      <Stack gap="sm" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        <Title order={2} size="h4" id="status-heading">
          {t('researchProgramme.researcher.changeStatus')}
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label={t('researchProgramme.researcher.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ResearcherStatus)}
            data={researcherStatuses.map((s) => ({ value: s, label: t(`researchProgramme.status.${s}`) }))}
          />
          {status === 'left' && (
            <NativeSelect
              label={t('researchProgramme.researcher.leaveReason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value as LeaveReason)}
              data={[
                { value: '', label: t('researchProgramme.researcher.chooseReason') },
                ...leaveReasons.map((r) => ({ value: r, label: t(`researchProgramme.leaveReason.${r}`) })),
              ]}
            />
          )}
          <Button type="submit" loading={mutation.isPending} disabled={status === 'left' && !reason}>
            {t('researchProgramme.save')}
          </Button>
        </Group>
        <ProblemAlert error={mutation.error} />
      </Stack>
    </form>
  );
}

/** A researcher: status, attendance and accreditation (with what is still needed), and mentoring notes. */
export function ResearcherPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const { data, error, refetch } = useResearcher(id);
  usePageTitle(data?.displayName ?? t('researchProgramme.researchers.title'));
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to="/research/researchers" size="sm">
        {t('researchProgramme.researchers.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>
          <bdi>{data.displayName}</bdi>
        </Title>
        <StatusBadge status={data.status} />
        <AccreditationBadge level={data.accreditation} />
      </Group>
      <FactList
        facts={[
          { label: t('researchProgramme.researcher.role'), value: t(`researchProgramme.role.${data.role}`) },
          { label: t('researchProgramme.researcher.partner'), value: <bdi>{data.partner.name}</bdi> },
          { label: t('researchProgramme.researcher.signedUp'), value: formatDate(data.signedUpOn, lang) },
          { label: t('researchProgramme.researcher.sessionsAttended'), value: String(data.sessionsAttended) },
          { label: t('researchProgramme.researcher.completedInterviews'), value: String(data.completedInterviews) },
          ...(data.leaveReason
            ? [
                {
                  label: t('researchProgramme.researcher.leaveReason'),
                  value: t(`researchProgramme.leaveReason.${data.leaveReason}`),
                },
              ]
            : []),
        ]}
      />
      <Text data-testid="next-step">
        {data.nextStep
          ? t('researchProgramme.researcher.nextStep', {
              sessions: data.nextStep.sessions,
              interviews: data.nextStep.interviews,
            })
          : t('researchProgramme.researcher.fullyQualified')}
      </Text>
      {can(user, 'research.researchers.manage') && <StatusForm key={data.version} researcher={data} />}
      {can(user, 'research.mentoring.read') && user.partner.id === data.partner.id && (
        <MentoringNotes researcherId={data.id} />
      )}
    </Stack>
  );
}
