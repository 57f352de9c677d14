import {
  Badge,
  Blockquote,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { addCode, addTheme, useCodebook, useThemes } from '../api/interviews';
import { ProblemAlert } from './ProblemAlert';
import { ProgrammeNav } from './ProgrammeNav';

function CodebookEditor() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: book } = useCodebook();
  const [theme, setTheme] = useState('');
  const [code, setCode] = useState({ name: '', theme: '' });
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: ['codebook'] });
    await queryClient.invalidateQueries({ queryKey: ['research-themes'] });
  };
  const newTheme = useMutation({
    mutationFn: () => addTheme({ name: theme.trim() }),
    onSuccess: async () => {
      setTheme('');
      await done();
    },
  });
  const newCode = useMutation({
    mutationFn: () => addCode({ name: code.name.trim(), theme: code.theme || null }),
    onSuccess: async () => {
      setCode({ name: '', theme: code.theme });
      await done();
    },
  });
  const submitTheme = (e: FormEvent) => {
    e.preventDefault();
    newTheme.mutate();
  };
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    newCode.mutate();
  };
  return (
    <Stack gap="sm" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Title order={2} size="h4">
        {t('researchProgramme.themes.codebook')}
      </Title>
      <form onSubmit={submitTheme}>
        <Group align="flex-end">
          <TextInput
            label={t('researchProgramme.themes.newTheme')}
            maxLength={120}
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value)}
          />
          <Button type="submit" disabled={!theme.trim()} loading={newTheme.isPending}>
            {t('researchProgramme.themes.addTheme')}
          </Button>
        </Group>
      </form>
      <form onSubmit={submitCode}>
        <Group align="flex-end">
          <TextInput
            label={t('researchProgramme.themes.newCode')}
            maxLength={120}
            value={code.name}
            onChange={(e) => setCode({ ...code, name: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('researchProgramme.themes.theme')}
            value={code.theme}
            onChange={(e) => setCode({ ...code, theme: e.currentTarget.value })}
            data={[
              { value: '', label: t('researchProgramme.themes.noTheme') },
              ...(book?.themes ?? []).map((th) => ({ value: th.id, label: th.name })),
            ]}
          />
          <Button type="submit" disabled={!code.name.trim()} loading={newCode.isPending}>
            {t('researchProgramme.themes.addCode')}
          </Button>
        </Group>
      </form>
      <ProblemAlert error={newTheme.error ?? newCode.error} />
    </Stack>
  );
}

/** Themes across interviews: how many interviews and passages, and example quotes only where consent allows. */
export function ThemesPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const title = t('researchProgramme.themes.title');
  usePageTitle(title);
  const { data, error, refetch } = useThemes();
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md">
      <ProgrammeNav part="interviews" />
      <Title order={1}>{title}</Title>
      <Text>{t('researchProgramme.themes.intro')}</Text>
      {can(user, 'research.codebook.manage') && <CodebookEditor />}
      {!data ? (
        <PageLoader />
      ) : data.items.length === 0 ? (
        <Text>{t('researchProgramme.themes.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {data.items.map((th) => (
            <Card
              key={th.id}
              withBorder
              component="section"
              aria-labelledby={`theme-${th.id}`}
              data-testid="theme-card"
            >
              <Stack gap="xs">
                <Title order={2} size="h4" id={`theme-${th.id}`}>
                  <bdi>{th.name}</bdi>
                </Title>
                <Text size="sm">
                  {t('researchProgramme.themes.counts', { interviews: th.interviews, segments: th.segments })}
                </Text>
                <Group gap={6}>
                  {th.codes.map((c) => (
                    <Badge key={c.id} variant="default">
                      {c.name} ({c.uses})
                    </Badge>
                  ))}
                </Group>
                {th.quotes.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('researchProgramme.themes.noQuotes')}
                  </Text>
                ) : (
                  th.quotes.map((q) => (
                    <Blockquote
                      key={q.text}
                      p="sm"
                      cite={q.attribution ? `— ${q.attribution}` : t('researchProgramme.themes.anonymous')}
                    >
                      <bdi>{q.text}</bdi>
                    </Blockquote>
                  ))
                )}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
