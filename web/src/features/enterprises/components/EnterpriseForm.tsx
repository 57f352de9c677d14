import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { labelIn, useReference } from '../api/directory';
import { stages, turnoverBands, type Enterprise } from '../api/enterprises';
import { ContactsEditor, type ContactRow } from './ContactsEditor';

type Values = {
  name: string;
  legalForm: string;
  stage: string;
  markets: string[];
  sectors: string;
  productsServices: string;
  area: string;
  localJobs: string;
  turnoverBand: string;
  socialMission: string;
  membersCount: string;
  website: string;
  publicEmail: string;
  listedPublicly: boolean;
  contacts: ContactRow[];
};

const fromEnterprise = (e?: Enterprise): Values => ({
  name: e?.name ?? '',
  legalForm: e?.legalForm ?? 'cic',
  stage: e?.stage ?? 'idea',
  markets: e?.markets ?? [],
  sectors: e?.sectors.join(', ') ?? '',
  productsServices: e?.productsServices ?? '',
  area: e?.area?.id ?? '',
  localJobs: String(e?.localJobs ?? 0),
  turnoverBand: e?.turnoverBand ?? 'unknown',
  socialMission: e?.socialMission ?? '',
  membersCount: e?.membersCount == null ? '' : String(e.membersCount),
  website: e?.website ?? '',
  publicEmail: e?.publicEmail ?? '',
  listedPublicly: e?.listedPublicly ?? false,
  contacts: (e?.contacts ?? []).map((c) => ({
    name: c.name,
    role: c.role,
    email: c.email ?? '',
    phone: c.phone ?? '',
  })),
});

/** The body the API takes; numbers stay numbers even when out of range, so the server names the limit. */
function toBody(v: Values) {
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  return {
    name: v.name.trim(),
    legalForm: v.legalForm,
    stage: v.stage,
    markets: v.markets,
    sectors: v.sectors
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    productsServices: v.productsServices.trim(),
    area: v.area || null,
    localJobs: num(v.localJobs) ?? 0,
    turnoverBand: v.turnoverBand,
    socialMission: v.socialMission.trim(),
    membersCount: num(v.membersCount),
    website: v.website.trim() || null,
    publicEmail: v.publicEmail.trim().toLowerCase() || null,
    listedPublicly: v.listedPublicly,
    contacts: v.contacts
      .filter((c) => c.name.trim())
      .map((c) => ({
        name: c.name.trim(),
        role: c.role.trim(),
        email: c.email.trim() || null,
        phone: c.phone.trim() || null,
      })),
  };
}

/** Create or edit an enterprise; the server's 409/422 messages are shown as they are (they name the field). */
export function EnterpriseForm({
  enterprise,
  onSubmit,
  submitLabel,
}: {
  enterprise?: Enterprise;
  onSubmit: (body: ReturnType<typeof toBody>) => Promise<unknown>;
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data: ref } = useReference();
  const [v, setV] = useState(() => fromEnterprise(enterprise));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((old) => ({ ...old, [k]: value }));
  const text = (k: 'name' | 'sectors' | 'website' | 'publicEmail' | 'localJobs' | 'membersCount', type = 'text') => (
    <TextInput
      type={type}
      label={t(`enterprises.fields.${k}`)}
      required={k === 'name'}
      value={v[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
    />
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!v.name.trim()) return setError(t('enterprises.form.nameNeeded'));
    setBusy(true);
    setError('');
    try {
      await onSubmit(toBody(v));
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={720}>
        {text('name')}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('enterprises.fields.legalForm')}
            value={v.legalForm}
            onChange={(e) => set('legalForm', e.currentTarget.value)}
            data={(ref?.legalForms ?? []).map((f) => ({
              value: f.code,
              label: labelIn(ref, 'legalForms', f.code, lang),
            }))}
          />
          <NativeSelect
            label={t('enterprises.fields.stage')}
            value={v.stage}
            onChange={(e) => set('stage', e.currentTarget.value)}
            data={stages.map((s) => ({ value: s, label: t(`enterprises.stages.${s}`) }))}
          />
        </Group>
        <Checkbox.Group label={t('enterprises.fields.markets')} value={v.markets} onChange={(m) => set('markets', m)}>
          <Group gap="md" mt={4}>
            {(ref?.markets ?? []).map((m) => (
              <Checkbox key={m.code} value={m.code} label={labelIn(ref, 'markets', m.code, lang)} />
            ))}
          </Group>
        </Checkbox.Group>
        {text('sectors')}
        <Textarea
          label={t('enterprises.fields.productsServices')}
          value={v.productsServices}
          onChange={(e) => set('productsServices', e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <NativeSelect
          label={t('enterprises.fields.area')}
          value={v.area}
          onChange={(e) => set('area', e.currentTarget.value)}
          data={[
            { value: '', label: t('enterprises.form.noArea') },
            ...(ref?.areas ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <Group grow align="flex-start">
          {text('localJobs', 'number')}
          <NativeSelect
            label={t('enterprises.fields.turnoverBand')}
            value={v.turnoverBand}
            onChange={(e) => set('turnoverBand', e.currentTarget.value)}
            data={turnoverBands.map((b) => ({ value: b, label: t(`enterprises.turnover.${b}`) }))}
          />
          {text('membersCount', 'number')}
        </Group>
        <Textarea
          label={t('enterprises.fields.socialMission')}
          value={v.socialMission}
          onChange={(e) => set('socialMission', e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group grow align="flex-start">
          {text('website', 'url')}
          {text('publicEmail', 'email')}
        </Group>
        <ContactsEditor rows={v.contacts} onChange={(rows) => set('contacts', rows)} />
        <Checkbox
          label={t('enterprises.form.listPublicly')}
          description={t('enterprises.form.listPubliclyHint')}
          checked={v.listedPublicly}
          onChange={(e) => set('listedPublicly', e.currentTarget.checked)}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy} w="fit-content">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
