import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { PageLoader } from '../../../components/PageLoader';
import { usePathway, type InterimRole, type Pathway } from '../api/pathway';

/** dark enough for white 10px text (WCAG AA 4.5:1) */
const statusColour = { passed: '#1e6b30', current: '#1c4f9c', 'to-do': '#495057', blocked: '#a51d1d' } as const;
const roleColour = { available: '#1e6b30', 'needs-evidence': '#9c3a00', 'not-eligible': '#a51d1d' } as const;

function English({ english }: { english: NonNullable<Pathway['english']> }) {
  const { t } = useTranslation();
  const a = english.assessments[0];
  if (!a) return <Text>{t('matching.pathway.noTest')}</Text>;
  const rows = [
    ...(a.overall ? [{ skill: t('matching.pathway.overall'), ...a.overall }] : []),
    ...a.shortfalls.map((s) => ({ ...s, skill: t(`matching.skills.${s.skill}`) })),
  ];
  return (
    <Stack gap="xs">
      <Text>
        {t(`matching.pathway.english.${english.status}`)} <bdi>({a.reason})</bdi>
      </Text>
      {rows.length > 0 && (
        <Table withTableBorder captionSide="top" maw={520}>
          <Table.Caption>{t('matching.pathway.shortfallCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('matching.pathway.skill')}</Table.Th>
              <Table.Th scope="col">{t('matching.pathway.score')}</Table.Th>
              <Table.Th scope="col">{t('matching.pathway.required')}</Table.Th>
              <Table.Th scope="col">{t('matching.pathway.shortfall')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.skill} data-testid={`shortfall-${r.skill}`}>
                <Table.Th scope="row">{r.skill}</Table.Th>
                <Table.Td>{r.score.toFixed(1)}</Table.Td>
                <Table.Td>{r.required.toFixed(1)}</Table.Td>
                <Table.Td>{r.shortfall.toFixed(1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Route({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const label = (id: string) => pathway.steps.find((s) => s.id === id)?.label ?? id;
  const est = pathway.nextAction?.estimate;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('matching.pathway.route', {
          regulator: pathway.profession?.regulator ?? '',
          route: pathway.profession?.routeName ?? '',
        })}
      </Title>
      <Text>
        <strong>{t('matching.pathway.currentStep')}</strong>{' '}
        <bdi>{pathway.currentStep ? label(pathway.currentStep) : '—'}</bdi>
      </Text>
      {pathway.english && <English english={pathway.english} />}
      <div>
        <Text fw={700}>{t('matching.pathway.examsRemaining')}</Text>
        {pathway.examsRemaining.length === 0 ? (
          <Text>{t('matching.pathway.noExams')}</Text>
        ) : (
          <List data-testid="exams-remaining">
            {pathway.examsRemaining.map((id) => (
              <List.Item key={id}>
                <bdi>{label(id)}</bdi>
              </List.Item>
            ))}
          </List>
        )}
      </div>
      {pathway.nextAction && (
        <Text>
          <strong>{t('matching.pathway.nextAction')}</strong> <bdi>{pathway.nextAction.text}</bdi>{' '}
          {est === 'unknown' || !est
            ? t('matching.pathway.estimateUnknown')
            : t('matching.pathway.estimate', { weeks: est.weeks, basis: est.basis })}
        </Text>
      )}
      <details>
        <summary>{t('matching.pathway.allSteps')}</summary>
        <List>
          {pathway.steps.map((s) => (
            <List.Item key={s.id}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge color={statusColour[s.status]} variant="filled" size="sm">
                  {t(`matching.pathway.stepStatus.${s.status}`)}
                </Badge>
                <bdi>{s.label}</bdi>
              </Group>
            </List.Item>
          ))}
        </List>
      </details>
    </Stack>
  );
}

export function InterimRoles({ roles }: { roles: InterimRole[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('matching.pathway.interimRoles')}
      </Title>
      <List spacing="xs" data-testid="interim-roles">
        {roles.map((r) => (
          <List.Item key={r.id}>
            <Group gap={6}>
              <bdi>
                <strong>{r.title}</strong>
              </bdi>
              {r.band && <Text span>{t('matching.pathway.band', { min: r.band.min, max: r.band.max })}</Text>}
              <Badge color={roleColour[r.status]} variant="filled" size="sm">
                {t(`matching.pathway.roleStatus.${r.status}`)}
              </Badge>
            </Group>
            <Text size="sm">
              <bdi>
                {r.gates
                  .filter((g) => g.outcome !== 'pass')
                  .map((g) => g.reason)
                  .join('; ') || r.notes}
              </bdi>
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Each regulated qualification's route: current step, English shortfall per skill, exams left, next action, interim roles. */
export function PathwayPanel({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const result = usePathway(candidateId);
  if (result.isPending) return <PageLoader />;
  if (result.error) return <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  if (result.data.pathways.length === 0) return <Text>{t('matching.pathway.none')}</Text>;
  return (
    <Stack gap="md">
      {result.data.pathways.map((p) => (
        <Paper key={p.qualification.id} withBorder p="md">
          <Stack gap="md">
            <Route pathway={p.pathway} />
            <InterimRoles roles={p.interimRoles} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
