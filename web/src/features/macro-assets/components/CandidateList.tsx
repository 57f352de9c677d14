import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueLabel } from '../../../lib/labels';
import type { Candidate } from '../api/links';
import { formatScore } from './score';

const firstShown = 3;

/** Micro-assets that could meet an opportunity, best first, each with the reasons the rules gave. */
export function CandidateList({ candidates, headingId }: { candidates: Candidate[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const language = i18n.resolvedLanguage ?? 'en';
  if (candidates.length === 0) return <Text>{t('macroAsset.noCandidates')}</Text>;
  const shown = all ? candidates : candidates.slice(0, firstShown);

  return (
    <Stack gap="xs">
      <Stack component="ul" gap="xs" aria-labelledby={headingId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((candidate) => (
          <Paper component="li" key={candidate.microAsset.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <Stack gap={2} miw={0}>
                <Text fw={700}>
                  <bdi>{candidate.microAsset.name}</bdi>
                </Text>
                <Group gap={6}>
                  <Badge variant="outline" color="teal.9" size="sm">
                    {valueLabel(t, 'microAssets.kinds', candidate.microAsset.kind)}
                  </Badge>
                  <Text size="sm">{valueLabel(t, 'microAssets.ownerTypes', candidate.microAsset.owner.type)}</Text>
                </Group>
              </Stack>
              <Text fw={700} size="sm">
                {t('macroAsset.score', { score: formatScore(candidate.score, language) })}
              </Text>
            </Group>
            {candidate.reasons.length > 0 && (
              <>
                <Text size="sm" fw={700} mt="xs">
                  {t('macroAsset.why')}
                </Text>
                <List size="sm" spacing={2}>
                  {candidate.reasons.map((reason) => (
                    <List.Item key={reason}>
                      <bdi>{reason}</bdi>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Paper>
        ))}
      </Stack>
      {candidates.length > firstShown && (
        <Button variant="default" size="xs" onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
          {all ? t('macroAsset.showFewer') : t('macroAsset.showAll', { count: candidates.length })}
        </Button>
      )}
    </Stack>
  );
}
