import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveOccupation } from '../lib/occupations';
import type { OccupationRef } from '../lib/useOccupationOptions';

type Props = { onAdd: (choice: OccupationRef) => void; chosen: string[] };

function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}

/**
 * Free text such as "kitchen porter" or «طبيب أطفال» resolved to occupation codes, each with a confidence.
 * Shared by the opportunity and micro-asset forms.
 */
export function OccupationResolver({ onAdd, chosen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [text, setText] = useState('');
  const resolve = useMutation({ mutationFn: (input: string) => resolveOccupation(input, language) });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });

  function run() {
    if (text.trim()) resolve.mutate(text.trim());
  }

  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs">
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('opportunityForm.resolveLabel')}
            description={t('opportunityForm.resolveHint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter here looks the text up instead of submitting the whole form.
              if (event.key === 'Enter') {
                event.preventDefault();
                run();
              }
            }}
            dir="auto"
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="button" variant="default" onClick={run} loading={resolve.isPending}>
            {t('opportunityForm.resolve')}
          </Button>
        </Group>
        <div aria-live="polite">
          {resolve.isError && <Text c="red.9">{t('errors.generic')}</Text>}
          {resolve.data && resolve.data.candidates.length === 0 && <Text>{t('opportunityForm.noMatches')}</Text>}
          {resolve.data && resolve.data.candidates.length > 0 && (
            <Stack component="ul" gap={6} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {resolve.data.candidates.map((candidate) => (
                <Group component="li" key={candidate.code} justify="space-between" gap="xs" wrap="wrap">
                  <Stack gap={0} miw={0}>
                    <Text fw={700}>{candidate.label}</Text>
                    <Text size="sm">
                      <Text span fw={700} size="sm">
                        {t(`opportunityForm.confidence.${confidenceLevel(candidate.confidence)}`, {
                          value: percent.format(candidate.confidence),
                        })}
                      </Text>
                      {candidate.reason && ` · ${candidate.reason}`}
                    </Text>
                  </Stack>
                  <Button
                    type="button"
                    size="xs"
                    variant="light"
                    disabled={chosen.includes(candidate.code)}
                    onClick={() => onAdd({ code: candidate.code, label: candidate.label })}
                    aria-label={t(
                      chosen.includes(candidate.code)
                        ? 'opportunityForm.addedOccupation'
                        : 'opportunityForm.addOccupation',
                      { label: candidate.label },
                    )}
                  >
                    {chosen.includes(candidate.code) ? t('opportunityForm.added') : t('opportunityForm.add')}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
