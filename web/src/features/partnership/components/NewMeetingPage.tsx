import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { createMeeting, useGovernanceBodies, usePeople } from '../api/meetings';
import {
  meetingBody,
  serverMeetingErrors,
  validateMeeting,
  type MeetingField,
  type MeetingFormValues,
} from './meetingForm';

const empty: MeetingFormValues = {
  body: '',
  title: '',
  startsAt: '',
  endsAt: '',
  location: '',
  agenda: '',
  papers: '',
  invitees: [],
};

/** Calls a meeting of a governance body; everyone invited is mailed a calendar invitation. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const title = t('partnership.meetings.new');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: bodies } = useGovernanceBodies();
  const { data: people } = usePeople(true);
  const [params] = useSearchParams();
  // a body's page calls a meeting of that body
  const [values, setValues] = useState({ ...empty, body: params.get('body') ?? '' });
  const [errors, setErrors] = useState<Partial<Record<MeetingField, string>>>({});
  const set = (field: keyof MeetingFormValues) => (value: string | string[]) =>
    setValues((v) => ({ ...v, [field]: value }));

  const save = useMutation({
    mutationFn: () => createMeeting(meetingBody(values)),
    onSuccess: async (meeting) => {
      await queryClient.invalidateQueries({ queryKey: ['meetings'] });
      void navigate(`/partnership/meetings/${encodeURIComponent(meeting.id)}`);
    },
    onError: (error) => {
      if (isApiError(error)) setErrors(serverMeetingErrors(error.errors));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateMeeting(values);
    const messages = Object.fromEntries(
      Object.entries(found).map(([f, code]) => [f, t(`partnership.meetingForm.errors.${code}`)]),
    );
    setErrors(messages);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const fieldError = (f: MeetingField) => errors[f];

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{title}</Title>
      <Text>{t('partnership.meetingForm.intro')}</Text>
      {save.error && !Object.keys(errors).length && (
        <Alert
          color="red"
          title={t('partnership.saveFailed')}
          styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
        >
          {isApiError(save.error) ? save.error.detail : null}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NativeSelect
            id="meeting-body"
            label={t('partnership.meeting.body')}
            required
            value={values.body}
            onChange={(e) => set('body')(e.currentTarget.value)}
            error={fieldError('body')}
            data={[
              { value: '', label: t('partnership.meetingForm.chooseBody') },
              ...(bodies?.items ?? []).map((b) => ({ value: b.slug, label: b.name })),
            ]}
          />
          <TextInput
            id="meeting-title"
            label={t('partnership.meeting.title')}
            required
            maxLength={200}
            value={values.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            error={fieldError('title')}
          />
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label={t('partnership.meeting.startsAt')}
              required
              value={values.startsAt}
              onChange={(e) => set('startsAt')(e.currentTarget.value)}
              error={fieldError('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('partnership.meeting.endsAt')}
              required
              value={values.endsAt}
              onChange={(e) => set('endsAt')(e.currentTarget.value)}
              error={fieldError('endsAt')}
            />
          </Group>
          <TextInput
            label={t('partnership.meeting.location')}
            maxLength={300}
            value={values.location}
            onChange={(e) => set('location')(e.currentTarget.value)}
            error={fieldError('location')}
          />
          <Textarea
            label={t('partnership.meeting.agenda')}
            description={t('partnership.meetingForm.agendaHint')}
            autosize
            minRows={3}
            value={values.agenda}
            onChange={(e) => set('agenda')(e.currentTarget.value)}
            error={fieldError('agenda')}
          />
          <Textarea
            label={t('partnership.meeting.papers')}
            description={t('partnership.meetingForm.papersHint')}
            autosize
            minRows={2}
            value={values.papers}
            onChange={(e) => set('papers')(e.currentTarget.value)}
            error={fieldError('papers')}
          />
          <Checkbox.Group
            label={t('partnership.meetingForm.invitees')}
            description={t('partnership.meetingForm.inviteesHint')}
            value={values.invitees}
            onChange={set('invitees')}
            error={fieldError('invitees')}
          >
            <Stack gap={6} mt="xs">
              {(people?.items ?? []).map((p) => (
                <Checkbox key={p.id} value={p.id} label={`${p.displayName} — ${p.partner.name}`} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('partnership.meetingForm.submit')}
            </Button>
            <Button component={Link} to="/partnership/meetings" variant="default">
              {t('partnership.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
