import { Blockquote, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Count } from '../../../components/Count';
import { useVoices } from '../api/impact';

/** The qualitative side beside the figures: interview themes with consented quotes, and publishable stories. */
export function VoicesPanel() {
  const { t } = useTranslation();
  const voices = useVoices();
  if (!voices.data) return null;
  const { themes, stories } = voices.data;
  return (
    <section aria-labelledby="impact-voices">
      <Title order={2} size="h3" id="impact-voices" mb="sm">
        {t('impact.voices.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('impact.voices.themes')}
          </Title>
          {themes.length === 0 && <Text c="dimmed">{t('impact.voices.noThemes')}</Text>}
          {themes.map((theme) => (
            <div key={theme.name}>
              <Text fw={600}>
                {theme.name} (<Count value={theme.interviews} /> {t('impact.voices.interviews')})
              </Text>
              {theme.quotes.slice(0, 2).map((q, i) => (
                <Blockquote key={i} p="xs" mt={4} cite={q.attribution ?? undefined}>
                  {q.text}
                </Blockquote>
              ))}
            </div>
          ))}
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('impact.voices.stories')}
          </Title>
          {stories.length === 0 && <Text c="dimmed">{t('impact.voices.noStories')}</Text>}
          {stories.map((s) => (
            <div key={s.id}>
              <Text fw={600}>{s.title}</Text>
              <Text fz="sm">{s.body}</Text>
              {s.personName && (
                <Text fz="xs" c="dimmed">
                  {s.personName}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      </SimpleGrid>
    </section>
  );
}
