import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHealthOccupations } from '../../../lib/occupations';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api';
import { useAreas } from '../../../lib/areas';
import { usePageTitle } from '../../../lib/usePageTitle';
import {
  consentPurposes,
  createCandidate,
  immigrationStatuses,
  rightToWorkStatuses,
  type CreatedCandidate,
} from '../api/candidates';
import { blankDraft, candidateBody, fieldErrors, type Draft } from './candidateBody';
import { blankTest, EnglishTestFields } from './EnglishTestFields';
import { MonitoringFields } from './MonitoringFields';

/** Caseworker intake: who they are, their qualification, English results, right to work and consents. */
export function CandidateFormPage() {
  const { t, i18n } = useTranslation();
  const title = t('matching.form.title');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: areas } = useAreas();
  const { data: occupations } = useHealthOccupations(i18n.resolvedLanguage ?? 'en');
  const [d, setD] = useState<Draft>(blankDraft);
  const [tests, setTests] = useState({ ielts: blankTest('academic'), oet: blankTest('medicine') });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedCandidate | null>(null);
  const set = (k: keyof Draft) => (value: string) => setD((old) => ({ ...old, [k]: value }));
  const mutation = useMutation({
    mutationFn: () => createCandidate(candidateBody(d, tests).body),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      if (c.possibleDuplicates.length > 0) setCreated(c);
      else void navigate(`/matching/candidates/${encodeURIComponent(c.id)}`);
    },
    onError: (error) => {
      if (isApiError(error)) setErrors(fieldErrors(error.errors, candidateBody(d, tests).sent));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!d.fullName.trim()) return setErrors({ 'body.fullName': t('matching.form.required') });
    setErrors({});
    mutation.mutate();
  };
  const text = (k: keyof Draft, props: { type?: string; maxLength?: number } = {}) => (
    <TextInput
      label={t(`matching.form.${k}`)}
      value={String(d[k])}
      onChange={(e) => set(k)(e.currentTarget.value)}
      error={errors[`body.${k}`]}
      {...props}
    />
  );

  if (created)
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('matching.form.savedTitle', { reference: created.reference })}</Title>
        <Alert color="orange" title={t('matching.duplicates.title')}>
          <Text>{t('matching.duplicates.intro')}</Text>
          <List>
            {created.possibleDuplicates.map((p) => (
              <List.Item key={p.id}>
                <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(p.id)}`}>
                  {p.reference}
                </Anchor>{' '}
                ({p.reason})
              </List.Item>
            ))}
          </List>
        </Alert>
        <Button component={Link} to={`/matching/candidates/${encodeURIComponent(created.id)}`} w="fit-content">
          {t('matching.form.openNew')}
        </Button>
      </Stack>
    );

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to="/matching" size="sm">
        {t('matching.candidate.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t('matching.form.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Fieldset legend={t('matching.form.person')}>
            <Stack gap="sm">
              <TextInput
                label={t('matching.form.fullName')}
                required
                value={d.fullName}
                onChange={(e) => set('fullName')(e.currentTarget.value)}
                error={errors['body.fullName']}
              />
              <Group grow align="flex-start">
                {text('dateOfBirth', { type: 'date' })}
                {text('phone')}
                {text('email', { type: 'email' })}
              </Group>
              <Group grow align="flex-start">
                <NativeSelect
                  label={t('matching.form.area')}
                  value={d.area}
                  onChange={(e) => set('area')(e.currentTarget.value)}
                  data={[
                    { value: '', label: t('matching.form.none') },
                    ...(areas ?? []).map((a) => ({ value: a.slug, label: a.name })),
                  ]}
                />
                {text('borough')}
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('matching.form.qualification')}>
            <Stack gap="sm">
              <NativeSelect
                label={t('matching.form.occupation')}
                value={d.occupation}
                onChange={(e) => set('occupation')(e.currentTarget.value)}
                error={errors['body.qualifications.0.occupation']}
                data={[
                  { value: '', label: t('matching.form.none') },
                  ...(occupations?.items ?? []).map((o) => ({ value: o.code, label: o.label })),
                ]}
              />
              <Group grow align="flex-start">
                {text('country', { maxLength: 2 })}
                {text('institution')}
                {text('year')}
                {text('yearsOfPractice')}
              </Group>
              <Group grow align="flex-start">
                {text('language', { maxLength: 3 })}
                <NativeSelect
                  label={t('matching.form.languageLevel')}
                  value={d.languageLevel}
                  onChange={(e) => set('languageLevel')(e.currentTarget.value)}
                  data={['native', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']}
                />
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('matching.form.english')}>
            <Stack gap="md">
              <EnglishTestFields
                test="ielts"
                value={tests.ielts}
                onChange={(ielts) => setTests((o) => ({ ...o, ielts }))}
                errors={errors}
              />
              <EnglishTestFields
                test="oet"
                value={tests.oet}
                onChange={(oet) => setTests((o) => ({ ...o, oet }))}
                errors={errors}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('matching.form.legal')}>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('matching.form.rightToWork')}
                value={d.rightToWork}
                onChange={(e) => set('rightToWork')(e.currentTarget.value)}
                data={rightToWorkStatuses.map((s) => ({ value: s, label: t(`matching.rightToWork.${s}`) }))}
              />
              {text('rightToWorkCheckedOn', { type: 'date' })}
              <NativeSelect
                label={t('matching.form.immigrationStatus')}
                description={t('matching.form.immigrationHint')}
                value={d.immigrationStatus}
                onChange={(e) => set('immigrationStatus')(e.currentTarget.value)}
                data={[
                  { value: '', label: t('matching.form.notRecorded') },
                  ...immigrationStatuses.map((s) => ({ value: s, label: t(`matching.immigration.${s}`) })),
                ]}
              />
            </Group>
          </Fieldset>
          <Fieldset legend={t('matching.form.consents')}>
            <Stack gap="xs">
              {consentPurposes.map((p) => (
                <Checkbox
                  key={p}
                  label={t(`matching.consents.${p}`)}
                  checked={d.consents[p]}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setD((o) => ({ ...o, consents: { ...o.consents, [p]: checked } }));
                  }}
                />
              ))}
            </Stack>
          </Fieldset>
          <MonitoringFields sex={d.sex} ethnicity={d.ethnicity} onChange={(k, v) => set(k)(v)} />
          <Textarea
            label={t('matching.form.notes')}
            value={d.notes}
            onChange={(e) => set('notes')(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          {Object.keys(errors).length > 0 && (
            <Alert color="red" title={t('matching.form.problems')} role="alert">
              <List>
                {Object.entries(errors).map(([path, message]) => (
                  <List.Item key={path}>{message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t('matching.form.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
