import { Button, Fieldset, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { auditFilterKeys } from '../api/audit';

type Filters = Record<(typeof auditFilterKeys)[number], string>;
type Props = { initial: Filters; onApply: (filters: Filters) => void };

const empty: Filters = { action: '', entity: '', actor: '', from: '', to: '' };

/** Filters apply on submit rather than per keystroke: several fields usually change together. */
export function AuditFilters({ initial, onApply }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Filters>(initial);

  function field(key: keyof Filters) {
    return {
      value: values[key],
      onChange: (event: { currentTarget: { value: string } }) =>
        setValues({ ...values, [key]: event.currentTarget.value }),
    };
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...values, action: values.action.trim(), entity: values.entity.trim(), actor: values.actor.trim() });
  }

  return (
    <form onSubmit={handleSubmit}>
      <Fieldset legend={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="sm">
          <TextInput label={t('audit.action')} {...field('action')} />
          <TextInput label={t('audit.entity')} {...field('entity')} />
          <TextInput label={t('audit.actor')} type="email" dir="ltr" {...field('actor')} />
          <TextInput label={t('audit.from')} type="date" {...field('from')} />
          <TextInput label={t('audit.to')} type="date" {...field('to')} />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setValues(empty);
              onApply(empty);
            }}
          >
            {t('audit.clear')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
