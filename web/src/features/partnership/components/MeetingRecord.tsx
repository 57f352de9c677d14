import { Button, Group, List, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attendanceStatuses,
  meetingKey,
  recordAttendance,
  recordDecision,
  updateMeeting,
  type AttendanceStatus,
  type Meeting,
} from '../api/meetings';
import { Section } from './MeetingSection';

type Props = { meeting: Meeting; manage: boolean };

function useSaveMeeting(meeting: Meeting) {
  const queryClient = useQueryClient();
  return (saved: Meeting) => queryClient.setQueryData(meetingKey(meeting.id), saved);
}

/** Who was invited, who came, who sent apologies; coordinators record it with a select per person. */
export function MeetingAttendance({ meeting, manage }: Props) {
  const { t } = useTranslation();
  const store = useSaveMeeting(meeting);
  const save = useMutation({
    mutationFn: (v: { user: string; status: AttendanceStatus }) => recordAttendance(meeting.id, v.user, v.status),
    onSuccess: store,
  });
  return (
    <Section id="meeting-attendance" title={t('partnership.meeting.attendance')}>
      {meeting.attendance.length === 0 ? (
        <Text>{t('partnership.meeting.nobodyInvited')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partnership.meeting.person')}</Table.Th>
                <Table.Th scope="col">{t('partnership.task.partner')}</Table.Th>
                <Table.Th scope="col">{t('partnership.meeting.attendanceStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.attendance.map((a) => (
                <Table.Tr key={a.user.id}>
                  <Table.Td>
                    <bdi>{a.user.displayName}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{a.user.partner.name}</bdi>
                  </Table.Td>
                  <Table.Td>
                    {manage ? (
                      <NativeSelect
                        size="xs"
                        aria-label={t('partnership.meeting.attendanceOf', { name: a.user.displayName })}
                        value={a.status}
                        disabled={save.isPending}
                        onChange={(e) =>
                          save.mutate({ user: a.user.id, status: e.currentTarget.value as AttendanceStatus })
                        }
                        data={attendanceStatuses.map((s) => ({ value: s, label: t(`partnership.attendance.${s}`) }))}
                      />
                    ) : (
                      t(`partnership.attendance.${a.status}`)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

export function MeetingMinutes({ meeting, manage }: Props) {
  const { t } = useTranslation();
  const store = useSaveMeeting(meeting);
  const [minutes, setMinutes] = useState(meeting.minutes);
  const save = useMutation({ mutationFn: () => updateMeeting(meeting.id, { minutes }), onSuccess: store });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Section id="meeting-minutes" title={t('partnership.meeting.minutes')}>
      {manage ? (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Textarea
              label={t('partnership.meeting.minutesLabel')}
              autosize
              minRows={4}
              maxLength={50_000}
              value={minutes}
              onChange={(e) => setMinutes(e.currentTarget.value)}
              error={save.error ? t('partnership.saveFailed') : undefined}
            />
            <Group>
              <Button type="submit" loading={save.isPending} disabled={minutes === meeting.minutes}>
                {t('partnership.meeting.saveMinutes')}
              </Button>
              {save.isSuccess && minutes === meeting.minutes && (
                <Text size="sm" role="status">
                  {t('partnership.saved')}
                </Text>
              )}
            </Group>
          </Stack>
        </form>
      ) : (
        <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {meeting.minutes || t('partnership.none')}
        </Text>
      )}
    </Section>
  );
}

export function MeetingDecisions({ meeting, manage }: Props) {
  const { t } = useTranslation();
  const store = useSaveMeeting(meeting);
  const [text, setText] = useState('');
  const save = useMutation({
    mutationFn: () => recordDecision(meeting.id, text),
    onSuccess: (saved) => {
      store(saved);
      setText('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) save.mutate();
  };
  return (
    <Section id="meeting-decisions" title={t('partnership.meeting.decisions')}>
      {meeting.decisions.length === 0 ? (
        <Text>{t('partnership.none')}</Text>
      ) : (
        <List type="ordered">
          {meeting.decisions.map((d) => (
            <List.Item key={d.id}>
              <bdi>{d.text}</bdi>
            </List.Item>
          ))}
        </List>
      )}
      {manage && (
        <form onSubmit={submit}>
          <Group align="flex-end">
            <Textarea
              label={t('partnership.meeting.newDecision')}
              autosize
              minRows={1}
              maxLength={5000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1 }}
              error={save.error ? t('partnership.saveFailed') : undefined}
            />
            <Button type="submit" loading={save.isPending} disabled={!text.trim()}>
              {t('partnership.meeting.recordDecision')}
            </Button>
          </Group>
        </form>
      )}
    </Section>
  );
}
