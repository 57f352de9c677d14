import {
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { valueLabel } from '../../../lib/labels';
import { englishLevels, legalGates, opportunityKinds, opportunityStatuses } from '../api/opportunities';
import type { NamedOption } from '../../../lib/options';
import { OccupationPicker } from './OccupationPicker';
import type { FieldName, FormValues } from './opportunityForm';

export type FieldsProps = {
  values: FormValues;
  setField: <K extends FieldName>(name: K, value: FormValues[K]) => void;
  errorFor: (name: FieldName) => string | undefined;
  macroAssets: NamedOption[];
  areas: NamedOption[];
  /** Present only for coordinators, who may publish for any partner. */
  partners: NamedOption[] | undefined;
  ownPartnerName: string;
};

export const fieldId = (name: FieldName) => `opportunity-${name}`;

/** The opportunity form's fields, grouped as a publisher would think about them. */
export function OpportunityFields(props: FieldsProps) {
  const { t } = useTranslation();
  const { values, setField, errorFor } = props;
  const label = (name: FieldName) => t(`opportunityForm.fields.${name}`);
  const text = (name: 'title' | 'lat' | 'lng' | 'quantity' | 'value' | 'opensOn' | 'closesOn') => ({
    id: fieldId(name),
    label: label(name),
    value: values[name],
    error: errorFor(name),
    onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value),
  });
  const choice = (
    name: 'kind' | 'status' | 'englishLevel' | 'macroAsset' | 'area' | 'partner',
    data: { value: string; label: string }[],
  ) => ({
    id: fieldId(name),
    label: label(name),
    value: values[name],
    error: errorFor(name),
    data,
    onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value),
  });
  const none = { value: '', label: t('opportunityForm.none') };
  const named = (options: NamedOption[]) => [none, ...options.map((o) => ({ value: o.slug, label: o.name }))];

  return (
    <>
      <Fieldset legend={t('opportunityForm.sections.what')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...choice(
              'kind',
              opportunityKinds.map((k) => ({ value: k, label: valueLabel(t, 'opportunities.kinds', k) })),
            )}
            required
          />
          <NativeSelect
            {...choice(
              'status',
              opportunityStatuses.map((s) => ({ value: s, label: valueLabel(t, 'opportunities.statuses', s) })),
            )}
          />
        </SimpleGrid>
        <TextInput {...text('title')} required maxLength={200} mt="sm" dir="auto" />
        <Textarea
          id={fieldId('description')}
          label={label('description')}
          value={values.description}
          error={errorFor('description')}
          onChange={(event) => setField('description', event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
          mt="sm"
          dir="auto"
        />
      </Fieldset>
      <Fieldset legend={t('opportunityForm.sections.publisher')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {props.partners ? (
            <NativeSelect
              {...choice(
                'partner',
                props.partners.map((o) => ({ value: o.slug, label: o.name })),
              )}
            />
          ) : (
            <div>
              <Text size="sm" fw={500}>
                {label('partner')}
              </Text>
              <Text>{props.ownPartnerName}</Text>
            </div>
          )}
          <NativeSelect {...choice('macroAsset', named(props.macroAssets))} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('opportunityForm.sections.requirements')}>
        <Stack>
          <OccupationPicker
            value={values.occupations}
            onChange={(occupations) => setField('occupations', occupations)}
            error={errorFor('occupations')}
          />
          <TagsInput
            id={fieldId('qualifications')}
            label={label('qualifications')}
            description={t('opportunityForm.qualificationsHint')}
            value={values.qualifications}
            onChange={(qualifications) => setField('qualifications', qualifications)}
            error={errorFor('qualifications')}
            maxTags={20}
          />
          <NativeSelect
            {...choice('englishLevel', [none, ...englishLevels.map((l) => ({ value: l, label: l }))])}
            maw={320}
          />
          <Checkbox.Group
            id={fieldId('legalGates')}
            label={label('legalGates')}
            value={values.legalGates}
            onChange={(gates) => setField('legalGates', gates)}
            error={errorFor('legalGates')}
          >
            <Group gap="md" mt={6}>
              {legalGates.map((gate) => (
                <Checkbox key={gate} value={gate} label={valueLabel(t, 'opportunities.legalGates', gate)} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('opportunityForm.sections.whereWhen')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect {...choice('area', named(props.areas))} />
          <div />
          <TextInput {...text('lat')} inputMode="decimal" dir="ltr" description={t('opportunityForm.latHint')} />
          <TextInput {...text('lng')} inputMode="decimal" dir="ltr" description={t('opportunityForm.lngHint')} />
          <TextInput {...text('opensOn')} type="date" />
          <TextInput {...text('closesOn')} type="date" />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('opportunityForm.sections.amount')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput {...text('quantity')} type="number" min={1} max={100000} step={1} inputMode="numeric" required />
          <TextInput
            {...text('value')}
            inputMode="decimal"
            leftSection="£"
            dir="ltr"
            description={t('opportunityForm.valueHint')}
          />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
