import { Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ieltsOverall } from '../api/ielts';

export const skills = ['listening', 'reading', 'writing', 'speaking'] as const;
export type Skill = (typeof skills)[number];
export type TestDraft = { date: string; variant: string; scores: Record<Skill, string> };
export const blankTest = (variant: string): TestDraft => ({
  date: '',
  variant,
  scores: { listening: '', reading: '', writing: '', speaking: '' },
});

/** The scores typed so far as numbers, or null while any is missing. */
export function scoresOf(draft: TestDraft): Record<Skill, number> | null {
  if (skills.some((s) => draft.scores[s].trim() === '')) return null;
  return Object.fromEntries(skills.map((s) => [s, Number(draft.scores[s])])) as Record<Skill, number>;
}

type Props = {
  test: 'ielts' | 'oet';
  value: TestDraft;
  onChange: (value: TestDraft) => void;
  errors: Record<string, string>;
};

/** One English test result: a score per skill and the date; for IELTS the overall band, worked out as you type. */
export function EnglishTestFields({ test, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const scores = scoresOf(value);
  const overall = test === 'ielts' && scores ? ieltsOverall(skills.map((s) => scores[s])) : null;
  const prefix = `body.englishTests.${test}`;
  const variants =
    test === 'ielts' ? ['academic', 'general-training'] : ['medicine', 'nursing', 'pharmacy', 'dentistry'];
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        {t(`matching.form.${test}`)}
      </Title>
      <Group grow align="flex-start">
        {skills.map((s) => (
          <TextInput
            key={s}
            label={t(`matching.form.${test}Skill`, { skill: t(`matching.skills.${s}`) })}
            inputMode="decimal"
            value={value.scores[s]}
            onChange={(e) => onChange({ ...value, scores: { ...value.scores, [s]: e.currentTarget.value } })}
            error={errors[`${prefix}.scores.${s}`]}
            description={test === 'ielts' ? '0–9' : '0–500'}
          />
        ))}
      </Group>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t(`matching.form.${test}Date`)}
          value={value.date}
          onChange={(e) => onChange({ ...value, date: e.currentTarget.value })}
          error={errors[`${prefix}.date`]}
        />
        <NativeSelect
          label={t(`matching.form.${test}Variant`)}
          value={value.variant}
          onChange={(e) => onChange({ ...value, variant: e.currentTarget.value })}
          data={variants.map((v) => ({ value: v, label: t(`matching.variants.${v}`) }))}
        />
      </Group>
      {test === 'ielts' && (
        <Text aria-live="polite" data-testid="ielts-overall">
          {overall === null
            ? t('matching.form.overallPending')
            : t('matching.form.overall', { overall: overall.toFixed(1) })}
        </Text>
      )}
    </Stack>
  );
}
