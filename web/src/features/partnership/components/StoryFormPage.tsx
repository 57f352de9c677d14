import { Alert, Anchor, Button, NativeSelect, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import {
  consentLevels,
  createStory,
  storyKinds,
  updateStory,
  useStory,
  type ConsentLevel,
  type Story,
} from '../api/library';
import { useWorkPackages } from '../api/tasks';

type Values = {
  kind: Story['kind'];
  title: string;
  body: string;
  personName: string;
  consentLevel: ConsentLevel;
  workPackage: string;
};
const blank: Values = {
  kind: 'case_study',
  title: '',
  body: '',
  personName: '',
  consentLevel: 'internal',
  workPackage: '',
};

/** Add a story (at /stories/new) or edit one (at /stories/:id/edit); the consent level is chosen explicitly. */
export function StoryFormPage() {
  const { id } = useParams();
  const { data: story, error } = useStory(id ?? '', id !== undefined);
  if (id === undefined) return <StoryForm />;
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!story) return <PageLoader />;
  return <StoryForm key={story.version} story={story} />;
}

function StoryForm({ story }: { story?: Story }) {
  const { t } = useTranslation();
  const title = story ? t('coordination.stories.edit') : t('coordination.stories.new');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: workPackages } = useWorkPackages();
  const [v, setV] = useState<Values>(
    story ? { ...story, personName: story.personName ?? '', workPackage: story.workPackage?.slug ?? '' } : blank,
  );
  const set = (field: keyof Values) => (value: string) => setV((prev) => ({ ...prev, [field]: value }));
  const save = useMutation({
    mutationFn: async () => {
      const fields = { kind: v.kind, title: v.title, body: v.body, consentLevel: v.consentLevel };
      // a withheld name is kept unless a new one is typed
      const name = v.personName.trim() ? { personName: v.personName.trim() } : story ? {} : { personName: null };
      if (!story) return createStory({ ...fields, ...name, ...(v.workPackage ? { workPackage: v.workPackage } : {}) });
      return updateStory(story.id, { ...fields, ...name, workPackage: v.workPackage || null, version: story.version });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['stories'] });
      await queryClient.invalidateQueries({ queryKey: ['story', saved.id] });
      void navigate(`/partnership/stories/${encodeURIComponent(saved.id)}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const nameError = isApiError(save.error) && save.error.errors.find((e) => e.path === 'body.personName')?.message;
  return (
    <Stack gap="md" maw={760}>
      <Anchor
        component={Link}
        to={story ? `/partnership/stories/${encodeURIComponent(story.id)}` : '/partnership/stories'}
        size="sm"
      >
        {t('coordination.stories.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <form onSubmit={submit} aria-label={title}>
        <Stack gap="sm">
          <NativeSelect
            label={t('coordination.stories.kind')}
            value={v.kind}
            onChange={(e) => set('kind')(e.currentTarget.value)}
            data={storyKinds.map((k) => ({ value: k, label: t(`coordination.storyKind.${k}`) }))}
          />
          <TextInput
            label={t('coordination.stories.storyTitle')}
            required
            maxLength={200}
            value={v.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
          />
          <Textarea
            label={t('coordination.stories.body')}
            required
            maxLength={10000}
            autosize
            minRows={5}
            value={v.body}
            onChange={(e) => set('body')(e.currentTarget.value)}
          />
          <Radio.Group
            label={t('coordination.stories.consentLevel')}
            required
            value={v.consentLevel}
            onChange={set('consentLevel')}
          >
            <Stack gap="xs" mt="xs">
              {consentLevels.map((c) => (
                <Radio
                  key={c}
                  value={c}
                  label={t(`coordination.consentLevel.${c}`)}
                  description={t(`coordination.consentMeaning.${c}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('coordination.stories.person')}
            description={
              story && story.personName === null
                ? t('coordination.stories.nameKept')
                : t('coordination.stories.nameHint')
            }
            required={v.consentLevel === 'public_named'}
            maxLength={120}
            value={v.personName}
            onChange={(e) => set('personName')(e.currentTarget.value)}
            error={nameError || undefined}
          />
          <NativeSelect
            label={t('coordination.referrals.workPackage')}
            value={v.workPackage}
            onChange={(e) => set('workPackage')(e.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...(workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` })),
            ]}
          />
          {save.error && (
            <Alert color="red" role="alert">
              {isApiError(save.error) ? save.error.detail : String(save.error)}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {t('coordination.stories.enforced')}
          </Text>
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('coordination.stories.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
