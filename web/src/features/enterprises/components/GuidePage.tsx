import { Alert, Button, Card, List, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { askSuggestion, guideQuestions, models, type GuideQuestion } from '../api/directory';
import { GuideFollowUp } from './GuideFollowUp';

const questions = Object.keys(guideQuestions) as GuideQuestion[];

/** Public "which model fits" guide: explains the three models, asks five questions, suggests one with reasons. */
export function GuidePage() {
  const { t } = useTranslation();
  const title = t('enterprises.guide.title');
  usePageTitle(title);
  const [answers, setAnswers] = useState<Partial<Record<GuideQuestion, string>>>({});
  const [error, setError] = useState('');
  const suggestion = useMutation({
    mutationFn: () => askSuggestion(answers as Record<string, string>),
    onError: (e) => setError(isApiError(e) ? e.detail : t('errors.generic')),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = questions.find((q) => !answers[q]);
    if (missing) return setError(t('enterprises.guide.answerAll'));
    setError('');
    suggestion.mutate();
  };
  const result = suggestion.data;
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{title}</Title>
      <Text>{t('enterprises.guide.intro')}</Text>
      <Stack gap="xs" component="section" aria-labelledby="guide-models">
        <Title order={2} id="guide-models" size="h3">
          {t('enterprises.guide.modelsTitle')}
        </Title>
        {models.map((m) => (
          <Text key={m}>
            <strong>{t(`enterprises.guide.models.${m}.name`)}</strong>: {t(`enterprises.guide.models.${m}.about`)}
          </Text>
        ))}
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {questions.map((q) => (
            <Radio.Group
              key={q}
              name={q}
              label={t(`enterprises.guide.questions.${q}.label`)}
              value={answers[q] ?? ''}
              onChange={(value) => setAnswers({ ...answers, [q]: value })}
              required
            >
              <Stack gap={6} mt={6}>
                {guideQuestions[q].map((a) => (
                  <Radio key={a} value={a} label={t(`enterprises.guide.questions.${q}.answers.${a}`)} />
                ))}
              </Stack>
            </Radio.Group>
          ))}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={suggestion.isPending} w="fit-content">
            {t('enterprises.guide.suggest')}
          </Button>
        </Stack>
      </form>
      {result && (
        <Card withBorder padding="lg" role="status" aria-live="polite">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('enterprises.guide.result', { model: t(`enterprises.guide.models.${result.model}.name`) })}
            </Title>
            <Text>{t(`enterprises.guide.models.${result.model}.about`)}</Text>
            <Text fw={600}>{t('enterprises.guide.because')}</Text>
            <List>
              {result.reasons.map((r) => (
                <List.Item key={r.question}>{t(`enterprises.guide.reasons.${r.question}.${r.answer}`)}</List.Item>
              ))}
            </List>
            {result.alsoConsider && (
              <Text>
                {t('enterprises.guide.alsoConsider', {
                  model: t(`enterprises.guide.models.${result.alsoConsider}.name`),
                })}
              </Text>
            )}
          </Stack>
        </Card>
      )}
      {result && <GuideFollowUp answers={answers as Record<string, string>} />}
    </Stack>
  );
}
