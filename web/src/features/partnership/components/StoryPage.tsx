import { Alert, Anchor, Badge, Blockquote, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../components/FactList';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useStory } from '../api/library';

/** One story as the partnership may see it: the name only where the consent level allows, and what that level means. */
export function StoryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const user = useSignedInUser();
  const { id = '' } = useParams();
  const { data: story, error } = useStory(id);
  usePageTitle(story?.title ?? t('coordination.stories.title'));
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!story) return <PageLoader />;
  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to="/partnership/stories" size="sm">
        {t('coordination.stories.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>
          <bdi>{story.title}</bdi>
        </Title>
        {can(user, 'stories.manage') && (
          <Button component={Link} to={`/partnership/stories/${encodeURIComponent(story.id)}/edit`} variant="default">
            {t('coordination.stories.edit')}
          </Button>
        )}
      </Group>
      <Group>
        <Badge variant="light">{t(`coordination.storyKind.${story.kind}`)}</Badge>
        <Badge color={story.consentLevel === 'internal' ? 'red' : 'teal'}>
          {t(`coordination.consentLevel.${story.consentLevel}`)}
        </Badge>
      </Group>
      <Alert color={story.consentLevel === 'internal' ? 'red' : 'blue'}>
        {t(`coordination.consentMeaning.${story.consentLevel}`)}
      </Alert>
      <Blockquote>
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <bdi>{story.body}</bdi>
        </Text>
      </Blockquote>
      <FactList
        facts={[
          {
            label: t('coordination.stories.person'),
            value: story.personName ? <bdi>{story.personName}</bdi> : t('coordination.stories.nameWithheld'),
          },
          { label: t('coordination.stories.partner'), value: <bdi>{story.partner.name}</bdi> },
          { label: t('coordination.referrals.workPackage'), value: story.workPackage?.code ?? '—' },
          { label: t('coordination.stories.added'), value: formatDateTime(story.createdAt, lang) },
          { label: t('coordination.stories.updated'), value: formatDateTime(story.updatedAt, lang) },
        ]}
      />
    </Stack>
  );
}
