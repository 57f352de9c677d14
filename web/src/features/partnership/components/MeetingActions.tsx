import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../lib/api';
import { meetingKey, recordAction, usePeople, type Meeting } from '../api/meetings';
import { useWorkPackages } from '../api/tasks';
import { Section } from './MeetingSection';
import { DueDate } from './TasksPage';

type Props = { meeting: Meeting; manage: boolean };

/** The meeting's actions: each one is a task for an owner at a partner, with a due date. */
export function MeetingActions({ meeting, manage }: Props) {
  const { t } = useTranslation();
  return (
    <Section id="meeting-actions" title={t('partnership.meeting.actions')}>
      {meeting.actions.length === 0 ? (
        <Text>{t('partnership.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>{t('partnership.meeting.actionsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partnership.task.title')}</Table.Th>
                <Table.Th scope="col">{t('partnership.task.owner')}</Table.Th>
                <Table.Th scope="col">{t('partnership.task.partner')}</Table.Th>
                <Table.Th scope="col">{t('partnership.task.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('partnership.task.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.actions.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/partnership/tasks/${encodeURIComponent(task.id)}`}>
                      <bdi>{task.title}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{task.owner.displayName}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{task.partner.name}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <DueDate task={task} />
                  </Table.Td>
                  <Table.Td>{t(`partnership.statuses.${task.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {manage && <NewAction meeting={meeting} />}
    </Section>
  );
}

const blank = { title: '', owner: '', dueOn: '', workPackage: '' };

function NewAction({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: people } = usePeople(true);
  const { data: workPackages } = useWorkPackages();
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      recordAction(meeting.id, {
        title: v.title.trim(),
        owner: v.owner,
        dueOn: v.dueOn,
        ...(v.workPackage ? { workPackage: v.workPackage } : {}),
      }),
    onSuccess: async () => {
      setV(blank);
      await queryClient.invalidateQueries({ queryKey: meetingKey(meeting.id) });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      setErrors(Object.fromEntries(error.errors.map((e) => [e.path.split('.')[1] ?? '', e.message])));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const f of ['title', 'owner', 'dueOn'] as const)
      if (!v[f].trim()) found[f] = t('partnership.meetingForm.errors.required');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const set = (f: keyof typeof blank) => (value: string) => setV((old) => ({ ...old, [f]: value }));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-action">
      <Stack gap="sm" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        <Title order={3} size="h4" id="new-action">
          {t('partnership.meeting.newAction')}
        </Title>
        <TextInput
          label={t('partnership.task.title')}
          required
          maxLength={200}
          value={v.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={errors.title}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('partnership.task.owner')}
            required
            value={v.owner}
            onChange={(e) => set('owner')(e.currentTarget.value)}
            error={errors.owner}
            data={[
              { value: '', label: t('partnership.meeting.chooseOwner') },
              ...(people?.items ?? []).map((p) => ({ value: p.id, label: `${p.displayName} — ${p.partner.name}` })),
            ]}
          />
          <TextInput
            type="date"
            label={t('partnership.task.dueOn')}
            required
            value={v.dueOn}
            onChange={(e) => set('dueOn')(e.currentTarget.value)}
            error={errors.dueOn}
          />
        </Group>
        <NativeSelect
          label={t('partnership.task.workPackage')}
          value={v.workPackage}
          onChange={(e) => set('workPackage')(e.currentTarget.value)}
          error={errors.workPackage}
          data={[
            { value: '', label: t('partnership.none') },
            ...(workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` })),
          ]}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('partnership.meeting.recordAction')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
