import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarFigure } from '../../../components/BarFigure';
import { Count } from '../../../components/Count';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatCount } from '../../../lib/counts';
import type { BaselineQuestion, BaselineStats } from '../api/directory';

const idOf = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * One baseline questionnaire's results: how many responded, by ward, and each closed question's answers as a
 * bar chart with the same figures in a table (counts under 5 shown as "<5"); numbers as how many answered and
 * the median. Labels arrive in the UI language where the questionnaire has it.
 */
export function BaselineResults({ baseline }: { baseline: BaselineStats }) {
  const { t } = useTranslation();
  const { form } = baseline;
  const headingId = `baseline-${idOf(form.id)}`;
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId} data-testid="baseline-results">
      <Title order={3} id={headingId}>
        <bdi>{form.title}</bdi>
      </Title>
      <Text>
        <Count value={baseline.responses} /> {t('enterprises.stats.responses')}
      </Text>
      <SimpleTable
        caption={t('enterprises.stats.responsesByArea', { title: form.title })}
        columns={[
          {
            key: 'name',
            header: t('enterprises.fields.area'),
            render: (c) => c.label ?? t('enterprises.stats.noArea'),
          },
          { key: 'count', header: t('baselineStudy.baselineCount'), render: (c) => <Count value={c.count} /> },
        ]}
        rows={baseline.byArea}
        rowKey={(c) => c.code ?? 'none'}
        empty={t('enterprises.stats.none')}
      />
      {baseline.questions.length === 0 ? (
        <Text>{t('baselineStudy.noQuestions')}</Text>
      ) : (
        baseline.questions.map((q) => <QuestionResult key={q.path} question={q} id={`${headingId}-${idOf(q.path)}`} />)
      )}
    </Stack>
  );
}

function QuestionResult({ question: q, id }: { question: BaselineQuestion; id: string }) {
  const { t, i18n } = useTranslation();
  const answered = (
    <Text size="sm">
      <Count value={q.answered} /> {t('baselineStudy.answered')}
      {q.type === 'select_multiple' && ` ${t('baselineStudy.manyAnswers')}`}
    </Text>
  );
  if (q.type === 'integer' || q.type === 'decimal')
    return (
      <Stack gap={4}>
        <Title order={4} size="h4">
          <bdi>{q.label}</bdi>
        </Title>
        {answered}
        <Text size="sm">
          {q.median === null
            ? t('baselineStudy.noMedian')
            : t('baselineStudy.median', { median: formatCount(q.median, i18n.resolvedLanguage ?? 'en') })}
        </Text>
      </Stack>
    );
  return (
    <Stack gap={4}>
      <BarFigure
        level={4}
        id={id}
        title={q.label}
        bars={q.choices.map((c) => ({ key: c.code, label: c.label, value: c.count }))}
        itemHeader={t('baselineStudy.answer')}
        valueHeader={t('baselineStudy.baselineCount')}
        empty={t('enterprises.stats.none')}
      />
      {answered}
    </Stack>
  );
}
