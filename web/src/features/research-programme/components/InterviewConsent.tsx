import {
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  quoteConsents,
  updateInterview,
  uploadInterviewAudio,
  type InterviewDetail,
  type QuoteConsent,
} from '../api/interviews';
import { ProblemAlert } from './ProblemAlert';

const box = { borderRadius: 'var(--mantine-radius-sm)' };

/** Consent (and what may be quoted), status, transcript text while uncoded, and the recording. */
export function InterviewConsent({ interview }: { interview: InterviewDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState({
    consentRecorded: interview.consentRecorded,
    consentOn: interview.consentOn ?? '',
    quoteConsent: interview.quoteConsent,
    status: interview.status,
    transcript: interview.transcript,
  });
  const [file, setFile] = useState<File | null>(null);
  const onSaved = (i: InterviewDetail) => {
    queryClient.setQueryData(['interview', i.id], i);
    void queryClient.invalidateQueries({ queryKey: ['interviews'] });
    void queryClient.invalidateQueries({ queryKey: ['research-themes'] });
  };
  const save = useMutation({
    mutationFn: () =>
      updateInterview(interview.id, {
        consentRecorded: v.consentRecorded,
        consentOn: v.consentOn || null,
        quoteConsent: v.consentRecorded ? v.quoteConsent : 'none',
        status: v.status,
        ...(interview.codedSegments.length === 0 ? { transcript: v.transcript } : {}),
        version: interview.version,
      }),
    onSuccess: onSaved,
  });
  const upload = useMutation({ mutationFn: () => uploadInterviewAudio(interview.id, file!), onSuccess: onSaved });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Stack gap="md">
      <form onSubmit={submit} aria-labelledby="consent-heading">
        <Stack gap="sm" p="md" bg="gray.0" style={box}>
          <Title order={2} size="h4" id="consent-heading">
            {t('researchProgramme.interview.consent')}
          </Title>
          <Checkbox
            label={t('researchProgramme.interview.consentRecorded')}
            checked={v.consentRecorded}
            onChange={(e) => setV({ ...v, consentRecorded: e.currentTarget.checked })}
          />
          <Group grow align="flex-end">
            <TextInput
              type="date"
              label={t('researchProgramme.interview.consentOn')}
              value={v.consentOn}
              onChange={(e) => setV({ ...v, consentOn: e.currentTarget.value })}
              disabled={!v.consentRecorded}
            />
            <NativeSelect
              label={t('researchProgramme.interview.quoteConsent')}
              value={v.consentRecorded ? v.quoteConsent : 'none'}
              disabled={!v.consentRecorded}
              onChange={(e) => setV({ ...v, quoteConsent: e.currentTarget.value as QuoteConsent })}
              data={quoteConsents.map((q) => ({ value: q, label: t(`researchProgramme.quoteConsent.${q}`) }))}
            />
            <NativeSelect
              label={t('researchProgramme.interview.status')}
              value={v.status}
              onChange={(e) => setV({ ...v, status: e.currentTarget.value as typeof v.status })}
              data={(['draft', 'complete'] as const).map((s) => ({
                value: s,
                label: t(`researchProgramme.interviewStatus.${s}`),
              }))}
            />
          </Group>
          {interview.codedSegments.length === 0 ? (
            <Textarea
              label={t('researchProgramme.interview.transcript')}
              autosize
              minRows={6}
              maxLength={500000}
              value={v.transcript}
              onChange={(e) => setV({ ...v, transcript: e.currentTarget.value })}
            />
          ) : (
            <Text size="sm">{t('researchProgramme.interview.transcriptLocked')}</Text>
          )}
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('researchProgramme.save')}
          </Button>
          <ProblemAlert error={save.error} />
        </Stack>
      </form>
      <Stack gap="xs" p="md" bg="gray.0" style={box}>
        <Title order={2} size="h4">
          {t('researchProgramme.interview.recording')}
        </Title>
        {interview.audio && (
          <audio
            controls
            preload="none"
            src={`/api/v1/research/interviews/${encodeURIComponent(interview.id)}/audio`}
            aria-label={t('researchProgramme.interview.recording')}
          />
        )}
        <Group align="flex-end">
          <FileInput
            label={t('researchProgramme.interview.uploadRecording')}
            description={t('researchProgramme.audioHint')}
            accept="audio/mpeg,audio/wav,audio/ogg,audio/webm,audio/mp4"
            value={file}
            onChange={setFile}
            clearable
            w={{ base: '100%', xs: 320 }}
          />
          <Button onClick={() => upload.mutate()} disabled={!file} loading={upload.isPending}>
            {t('researchProgramme.interview.upload')}
          </Button>
        </Group>
        <ProblemAlert error={upload.error} />
      </Stack>
    </Stack>
  );
}
