import { Button, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../../../components/DataTable.module.css';
import { formatDate } from '../../../lib/format';
import { recordAttendance, type CohortDetail } from '../api/programme';
import { ProblemAlert } from './ProblemAlert';
import { AccreditationBadge } from './ResearcherPage';

const key = (session: string, researcher: string) => `${session}|${researcher}`;

/**
 * Sessions across, people down: a table of real checkboxes, so Tab moves between marks and Space toggles one;
 * each checkbox is labelled with the person and the session for screen readers. Changes are saved together.
 */
export function AttendanceGrid({ cohort }: { cohort: CohortDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const saved = useMemo(
    () => new Set(cohort.people.flatMap((p) => p.attended.map((s) => key(s, p.id)))),
    [cohort.people],
  );
  const [marks, setMarks] = useState<Set<string>>(saved);
  const changed = cohort.people.flatMap((p) =>
    cohort.sessions
      .filter((s) => marks.has(key(s.id, p.id)) !== saved.has(key(s.id, p.id)))
      .map((s) => ({ session: s.id, researcher: p.id, attended: marks.has(key(s.id, p.id)) })),
  );
  const mutation = useMutation({
    mutationFn: () => recordAttendance(cohort.id, changed),
    onSuccess: (c) => {
      queryClient.setQueryData(['research-cohort', c.id], c);
      void queryClient.invalidateQueries({ queryKey: ['research-funnel'] });
      void queryClient.invalidateQueries({ queryKey: ['researcher'] });
      setMarks(new Set(c.people.flatMap((p) => p.attended.map((s) => key(s, p.id)))));
    },
  });
  const toggle = (k: string, on: boolean) =>
    setMarks((old) => {
      const next = new Set(old);
      if (on) next.add(k);
      else next.delete(k);
      return next;
    });
  const lang = i18n.resolvedLanguage ?? 'en';
  if (cohort.people.length === 0) return <Text>{t('researchProgramme.cohort.noMembers')}</Text>;
  return (
    <>
      <Table.ScrollContainer
        minWidth={720}
        type="native"
        className={classes.scroll}
        tabIndex={0}
        role="region"
        aria-label={t('researchProgramme.cohort.attendance')}
      >
        <Table striped withColumnBorders verticalSpacing="xs">
          <VisuallyHidden component="caption">{t('researchProgramme.cohort.attendance')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('researchProgramme.researcher.name')}</Table.Th>
              {cohort.sessions.map((s) => (
                <Table.Th key={s.id} scope="col" ta="center">
                  {t('researchProgramme.cohort.session', { number: s.number })}
                  <Text size="xs" c="dimmed">
                    {formatDate(s.heldOn, lang)}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('researchProgramme.researcher.accreditation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cohort.people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row">
                  <bdi>{p.displayName}</bdi>
                </Table.Th>
                {cohort.sessions.map((s) => (
                  <Table.Td key={s.id} ta="center">
                    <Checkbox
                      style={{ display: 'inline-block' }}
                      disabled={!cohort.canManage}
                      checked={marks.has(key(s.id, p.id))}
                      onChange={(e) => toggle(key(s.id, p.id), e.currentTarget.checked)}
                      aria-label={t('researchProgramme.cohort.attendedLabel', {
                        name: p.displayName,
                        number: s.number,
                      })}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <AccreditationBadge level={p.accreditation} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {cohort.canManage && (
        <Group>
          <Button onClick={() => mutation.mutate()} loading={mutation.isPending} disabled={changed.length === 0}>
            {t('researchProgramme.cohort.saveAttendance', { count: changed.length })}
          </Button>
          {mutation.isSuccess && changed.length === 0 && (
            <Text role="status" size="sm">
              {t('researchProgramme.cohort.saved')}
            </Text>
          )}
        </Group>
      )}
      <ProblemAlert error={mutation.error} />
    </>
  );
}
