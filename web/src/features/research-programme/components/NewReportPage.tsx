import {
  Anchor,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAreas } from '../../../lib/areas';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { createReport, uploadReportAudio } from '../api/reports';
import { ProblemAlert } from './ProblemAlert';

/** One item per line (or separated by commas), blanks dropped. */
export const listOf = (text: string) =>
  text
    .split(/[\n,،]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A mentor logs what was heard at a local meeting: a few structured fields, written or spoken (audio). */
export function NewReportPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const title = t('researchProgramme.reports.new');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: areas } = useAreas();
  const [v, setV] = useState({
    meetingTitle: '',
    metOn: '',
    kind: 'written',
    body: '',
    ideas: '',
    needs: '',
    skills: '',
    area: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const mutation = useMutation({
    mutationFn: async () => {
      const report = await createReport({
        meetingTitle: v.meetingTitle.trim(),
        metOn: v.metOn,
        kind: v.kind,
        ...(v.body.trim() ? { body: v.body.trim() } : {}),
        ideas: listOf(v.ideas),
        needs: listOf(v.needs),
        skills: listOf(v.skills),
        ...(v.area ? { area: v.area } : {}),
      });
      return v.kind === 'spoken' && file ? uploadReportAudio(report.id, file) : report;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['community-reports'] });
      void navigate(can(user, 'research.community-reports.list') ? '/research/researchers/reports' : '/research');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/research/researchers/reports" size="sm">
        {t('researchProgramme.reports.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t('researchProgramme.reports.newIntro')}</Text>
      <form onSubmit={submit} aria-label={title}>
        <Stack gap="sm">
          <TextInput
            label={t('researchProgramme.reports.meeting')}
            required
            maxLength={200}
            value={v.meetingTitle}
            onChange={(e) => set('meetingTitle')(e.currentTarget.value)}
          />
          <Group grow align="flex-end">
            <TextInput
              type="date"
              label={t('researchProgramme.reports.metOn')}
              required
              value={v.metOn}
              onChange={(e) => set('metOn')(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('researchProgramme.reports.area')}
              value={v.area}
              onChange={(e) => set('area')(e.currentTarget.value)}
              data={[
                { value: '', label: t('researchProgramme.reports.noArea') },
                ...(areas ?? []).map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          </Group>
          <Radio.Group label={t('researchProgramme.reports.kind')} value={v.kind} onChange={set('kind')}>
            <Group mt="xs">
              <Radio value="written" label={t('researchProgramme.reports.kinds.written')} />
              <Radio value="spoken" label={t('researchProgramme.reports.kinds.spoken')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('researchProgramme.reports.body')}
            autosize
            minRows={4}
            maxLength={20000}
            value={v.body}
            onChange={(e) => set('body')(e.currentTarget.value)}
          />
          {v.kind === 'spoken' && (
            <FileInput
              label={t('researchProgramme.reports.audio')}
              description={t('researchProgramme.audioHint')}
              accept="audio/mpeg,audio/wav,audio/ogg,audio/webm,audio/mp4"
              value={file}
              onChange={setFile}
              clearable
            />
          )}
          <Textarea
            label={t('researchProgramme.reports.ideas')}
            description={t('researchProgramme.reports.onePerLine')}
            autosize
            minRows={2}
            value={v.ideas}
            onChange={(e) => set('ideas')(e.currentTarget.value)}
          />
          <Textarea
            label={t('researchProgramme.reports.needs')}
            description={t('researchProgramme.reports.onePerLine')}
            autosize
            minRows={2}
            value={v.needs}
            onChange={(e) => set('needs')(e.currentTarget.value)}
          />
          <Textarea
            label={t('researchProgramme.reports.skills')}
            description={t('researchProgramme.reports.onePerLine')}
            autosize
            minRows={2}
            value={v.skills}
            onChange={(e) => set('skills')(e.currentTarget.value)}
          />
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={!v.meetingTitle.trim() || !v.metOn}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('researchProgramme.reports.save')}
          </Button>
          <ProblemAlert error={mutation.error} />
        </Stack>
      </form>
    </Stack>
  );
}
