import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { measureName, recordAwardMeasures, useAward, useMeasures, type AwardMeasures } from '../api/socialValue';

type Props = { awardId: string; bidder: string; onDone: () => void };

/** Social value delivered under an award: a figure (and a note) per measure in use; blank ones are left alone. */
export function AwardMeasuresForm(props: Props) {
  const award = useAward(props.awardId);
  const measures = useMeasures();
  const error = award.error ?? measures.error;
  if (error)
    return <QueryError error={error} onRetry={() => void Promise.all([award.refetch(), measures.refetch()])} />;
  if (!award.data || !measures.data) return <PageLoader />;
  return <Filled {...props} award={award.data} measures={measures.data.items.filter((m) => m.active)} />;
}

function Filled({
  award,
  measures,
  bidder,
  onDone,
}: Props & { award: AwardMeasures; measures: NonNullable<ReturnType<typeof useMeasures>['data']>['items'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const k = (key: string, o?: Record<string, string>) => t(`enterprisesContracts.awardMeasures.${key}`, o ?? {});
  const client = useQueryClient();
  const known = new Map(award.measures.map((m) => [m.code, m]));
  const [values, setValues] = useState(
    () => new Map(measures.map((m) => [m.code, String(known.get(m.code)?.value ?? '')])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const given = measures.filter((m) => values.get(m.code)?.trim());
    const bad = given.filter((m) => !Number.isFinite(Number(values.get(m.code))));
    setErrors(Object.fromEntries(bad.map((m) => [m.code, k('number')])));
    setProblem(given.length === 0 ? k('none') : null);
    setSaved(false);
    if (bad.length || given.length === 0) return;
    const body = given.map((m) => ({ code: m.code, value: Number(values.get(m.code)) }));
    try {
      await recordAwardMeasures(award.id, body);
      await client.invalidateQueries({ queryKey: ['award', award.id] });
      setSaved(true);
    } catch (e) {
      const placed = isApiError(e) ? e.errors.map((x) => [body[Number(x.path.split('.')[2])]?.code, x.message]) : [];
      if (placed.length && placed.every(([code]) => code)) setErrors(Object.fromEntries(placed));
      else setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={k('title', { name: bidder })} noValidate>
      <Stack gap="xs" maw={640}>
        <Text fw={600}>{k('title', { name: bidder })}</Text>
        {problem && <Notice tone="failed">{problem}</Notice>}
        {saved && <Notice tone="saved">{k('saved')}</Notice>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {measures.map((m) => (
            <TextInput
              key={m.code}
              label={measureName(m, lang)}
              description={t(`enterprisesContracts.measures.units.${m.unit}`)}
              value={values.get(m.code) ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setValues((prev) => new Map(prev).set(m.code, v));
              }}
              error={errors[m.code]}
              inputMode="decimal"
              dir="ltr"
            />
          ))}
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">{k('save')}</Button>
          <Button variant="default" onClick={onDone}>
            {k('close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
