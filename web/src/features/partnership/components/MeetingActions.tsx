import { Anchor, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { meetingKey, recordAction, type Meeting } from '../api/meetings';
import { Section } from './MeetingSection';
import { TaskForm } from './TaskForm';
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

function NewAction({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <TaskForm
      id="new-action"
      heading={t('partnership.meeting.newAction')}
      submitLabel={t('partnership.meeting.recordAction')}
      requireDue
      save={(body) => recordAction(meeting.id, body)}
      onSaved={async () => {
        await queryClient.invalidateQueries({ queryKey: meetingKey(meeting.id) });
        await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      }}
    />
  );
}
