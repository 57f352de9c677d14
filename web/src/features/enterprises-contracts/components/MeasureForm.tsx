import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { measureName, measureUnits, putMeasure, type Measure } from '../api/socialValue';
import { Notice } from './Notice';
import { codeFrom } from './measuresList';

type Props = { measure: Measure | null; onDone: (saved: Measure | null) => void };

/**
 * Add a measure (its code comes from the English name) or edit one, in English and Arabic (other languages fall
 * back to English). A stale edit is refused by the server (409) and said so here.
 */
export function MeasureForm({ measure, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const k = (key: string, o?: Record<string, string>) => t(`enterprisesContracts.measures.${key}`, o ?? {});
  const [en, setEn] = useState(measure?.label.en ?? '');
  const [ar, setAr] = useState(measure?.label.ar ?? '');
  const [unit, setUnit] = useState<string>(measure?.unit ?? 'count');
  const [description, setDescription] = useState(measure?.description ?? '');
  const [active, setActive] = useState(measure?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const code = measure?.code ?? codeFrom(en);
  const heading = measure ? k('edit', { name: measureName(measure, i18n.resolvedLanguage ?? 'en') }) : k('add');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    if (!en.trim() || !code) return setErrors({ en: k('required') });
    setErrors({});
    setSaving(true);
    try {
      const label = { ...measure?.label, en: en.trim(), ...(ar.trim() ? { ar: ar.trim() } : {}) };
      if (!ar.trim()) delete label.ar;
      const body = {
        label,
        unit,
        description: description.trim(),
        active,
        ...(measure ? { version: measure.version } : {}),
      };
      onDone(await putMeasure(code, body));
    } catch (e) {
      if (isApiError(e) && e.status === 409) setProblem(k('conflict'));
      else if (isApiError(e) && e.errors.length)
        setErrors(Object.fromEntries(e.errors.map((x) => [x.path.split('.').slice(1).join('.'), x.message])));
      else setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="measure-form-title" noValidate>
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h3" id="measure-form-title">
          {heading}
        </Title>
        {problem && <Notice tone="failed">{problem}</Notice>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={k('nameEn')}
            value={en}
            onChange={(e) => setEn(e.currentTarget.value)}
            error={errors.en ?? errors['label.en'] ?? errors.label ?? errors.code}
            description={measure ? undefined : k('codeHint', { code: code || '…' })}
            required
            maxLength={120}
            dir="ltr"
          />
          <TextInput
            label={k('nameAr')}
            value={ar}
            onChange={(e) => setAr(e.currentTarget.value)}
            maxLength={120}
            dir="rtl"
          />
          <NativeSelect
            label={k('unit')}
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
            error={errors.unit}
            data={measureUnits.map((u) => ({ value: u, label: k(`units.${u}`) }))}
          />
          <Checkbox label={k('active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} mt="lg" />
        </SimpleGrid>
        <Textarea
          label={k('description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          autosize
          minRows={2}
          maxLength={1000}
        />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {k('save')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)}>
            {t('enterprisesContracts.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
