import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useHealthOccupations } from '../../../lib/occupations';
import { createVacancy } from '../api/employers';

const blank = {
  title: '',
  description: '',
  occupation: '',
  band: '',
  registration: '',
  dbs: 'enhanced',
  englishLevel: '',
  quantity: '1',
  closesOn: '',
};
type Field = keyof typeof blank;

/** An employer posts a vacancy: occupation, band, requirements and how many places. */
export function NewVacancyPage() {
  const { t, i18n } = useTranslation();
  const title = t('matchingEmployers.vacancies.new');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: occupations } = useHealthOccupations(i18n.resolvedLanguage ?? 'en');
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      createVacancy({
        title: v.title.trim(),
        ...(v.description.trim() ? { description: v.description.trim() } : {}),
        occupations: [v.occupation],
        band: v.band ? Number(v.band) : null,
        registration: v.registration || null,
        dbs: v.dbs as 'none' | 'basic' | 'enhanced',
        englishLevel: v.englishLevel || null,
        quantity: Number(v.quantity),
        closesOn: v.closesOn || null,
      }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['vacancies'] });
      void navigate(`/matching/vacancies/${encodeURIComponent(id)}`);
    },
    onError: (error) => {
      if (!isApiError(error)) return setProblem(String(error));
      setProblem(error.message);
      setErrors(
        Object.fromEntries(
          error.errors.map((e) => {
            const field = e.path.split('.')[1] ?? '';
            return [field === 'occupations' ? 'occupation' : field, e.message];
          }),
        ),
      );
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Field[] = ['title', 'occupation', 'quantity'];
    const found = Object.fromEntries(
      required.filter((f) => !v[f].trim()).map((f) => [f, t('matchingEmployers.form.required')]),
    );
    if (v.quantity && !(Number(v.quantity) >= 1)) found.quantity = t('matchingEmployers.form.quantityMin');
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const set = (f: Field) => (value: string) => setV((old) => ({ ...old, [f]: value }));
  const none = { value: '', label: t('matchingEmployers.form.none') };
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/matching/vacancies" size="sm">
        {t('matchingEmployers.vacancies.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t('matchingEmployers.form.intro')}</Text>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <TextInput
            label={t('matchingEmployers.vacancy.title')}
            required
            maxLength={200}
            value={v.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            error={errors.title}
          />
          <NativeSelect
            label={t('matchingEmployers.vacancy.occupation')}
            required
            value={v.occupation}
            onChange={(e) => set('occupation')(e.currentTarget.value)}
            error={errors.occupation}
            data={[
              { value: '', label: '—' },
              ...(occupations?.items ?? []).map((o) => ({ value: o.code, label: o.label })),
            ]}
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('matchingEmployers.vacancy.band')}
              value={v.band}
              onChange={(e) => set('band')(e.currentTarget.value)}
              error={errors.band}
              data={[none, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => ({ value: String(b), label: String(b) }))]}
            />
            <TextInput
              label={t('matchingEmployers.vacancy.quantity')}
              required
              inputMode="numeric"
              value={v.quantity}
              onChange={(e) => set('quantity')(e.currentTarget.value)}
              error={errors.quantity}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('matchingEmployers.vacancy.registration')}
              value={v.registration}
              onChange={(e) => set('registration')(e.currentTarget.value)}
              data={[none, ...['GMC', 'NMC', 'HCPC', 'GPhC', 'GDC'].map((r) => ({ value: r, label: r }))]}
            />
            <NativeSelect
              label={t('matchingEmployers.vacancy.dbs')}
              value={v.dbs}
              onChange={(e) => set('dbs')(e.currentTarget.value)}
              data={['enhanced', 'basic', 'none'].map((d) => ({ value: d, label: t(`matchingEmployers.dbs.${d}`) }))}
            />
            <NativeSelect
              label={t('matchingEmployers.vacancy.englishLevel')}
              value={v.englishLevel}
              onChange={(e) => set('englishLevel')(e.currentTarget.value)}
              data={[none, ...['A2', 'B1', 'B2', 'C1', 'C2'].map((l) => ({ value: l, label: l }))]}
            />
          </Group>
          <TextInput
            type="date"
            label={t('matchingEmployers.vacancy.closesOn')}
            value={v.closesOn}
            onChange={(e) => set('closesOn')(e.currentTarget.value)}
            error={errors.closesOn}
          />
          <Textarea
            label={t('matchingEmployers.vacancy.description')}
            autosize
            minRows={3}
            maxLength={5000}
            value={v.description}
            onChange={(e) => set('description')(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('matchingEmployers.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
