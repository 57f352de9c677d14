import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../lib/areas';
import { valueLabel } from '../../../lib/labels';
import type { NamedOption } from '../../../lib/options';
import { microAssetKinds, ownerTypes, provenances, visibilities } from '../api/microAssets';
import { kindFor, type FieldName, type FormValues } from './microAssetForm';
import { OccupationSelect } from './OccupationSelect';

export type FieldsProps = {
  values: FormValues;
  setField: <K extends FieldName>(name: K, value: FormValues[K]) => void;
  errorFor: (name: FieldName) => string | undefined;
  areas: Area[];
  partners: NamedOption[];
  /** Editing: the owner is fixed once recorded. */
  ownerFixed: boolean;
};

export const fieldId = (name: FieldName) => `micro-asset-${name}`;

type TextName = 'name' | 'ownerResident' | 'lat' | 'lng' | 'sourceRef';
type ChoiceName =
  'category' | 'kind' | 'ownerType' | 'ownerPartner' | 'ownerArea' | 'area' | 'provenance' | 'visibility';

/** The micro-asset form's fields: what it is, whose it is, where it is, and who may see it. */
export function MicroAssetFields(props: FieldsProps) {
  const { t } = useTranslation();
  const { values, setField, errorFor } = props;
  const label = (name: FieldName) => t(`microAssetForm.fields.${name}`);
  const text = (name: TextName) => ({
    id: fieldId(name),
    label: label(name),
    value: values[name],
    error: errorFor(name),
    onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value),
  });
  const choice = (name: ChoiceName, data: { value: string; label: string }[]) => ({
    id: fieldId(name),
    label: label(name),
    value: values[name],
    error: errorFor(name),
    data,
    onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value),
  });
  const none = { value: '', label: t('microAssetForm.none') };
  const resident = values.ownerType === 'resident';
  // A resident's asset is never placed at a point; the fields stay only while there is a location to clear.
  const showLocation = !resident || values.lat !== '' || values.lng !== '';
  const areaOptions = [none, ...props.areas.map((a) => ({ value: a.slug, label: a.name }))];

  return (
    <>
      <Fieldset legend={t('microAssetForm.sections.what')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...choice(
              'category',
              Object.keys(microAssetKinds).map((c) => ({
                value: c,
                label: valueLabel(t, 'microAssets.categories', c),
              })),
            )}
            onChange={(event) => {
              const category = event.currentTarget.value;
              setField('category', category);
              setField('kind', kindFor(category, values.kind));
            }}
            required
          />
          <NativeSelect
            {...choice(
              'kind',
              (microAssetKinds[values.category] ?? []).map((k) => ({
                value: k,
                label: valueLabel(t, 'microAssets.kinds', k),
              })),
            )}
            required
          />
        </SimpleGrid>
        <TextInput {...text('name')} required maxLength={200} mt="sm" dir="auto" />
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
        <Stack mt="sm">
          <OccupationSelect
            id={fieldId('occupation')}
            value={values.occupation}
            onChange={(occupation) => setField('occupation', occupation)}
            error={errorFor('occupation')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('microAssetForm.sections.owner')}>
        {props.ownerFixed ? (
          <Text size="sm">{t('microAssetForm.ownerFixed')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              {...choice(
                'ownerType',
                ownerTypes.map((o) => ({ value: o, label: valueLabel(t, 'microAssets.ownerTypes', o) })),
              )}
              required
            />
            {values.ownerType === 'resident' && (
              <TextInput {...text('ownerResident')} description={t('microAssetForm.residentHint')} required dir="ltr" />
            )}
            {values.ownerType === 'partner' && (
              <NativeSelect
                {...choice('ownerPartner', [none, ...props.partners.map((p) => ({ value: p.slug, label: p.name }))])}
                required
              />
            )}
            {values.ownerType === 'area' && <NativeSelect {...choice('ownerArea', areaOptions.slice(1))} required />}
          </SimpleGrid>
        )}
      </Fieldset>
      <Fieldset legend={t('microAssetForm.sections.where')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {values.ownerType !== 'area' ? (
            <NativeSelect {...choice('area', areaOptions)} />
          ) : (
            <Text size="sm">{t('microAssetForm.areaFromOwner')}</Text>
          )}
          <div />
          {showLocation && (
            <>
              <TextInput {...text('lat')} inputMode="decimal" dir="ltr" description={t('microAssetForm.latHint')} />
              <TextInput {...text('lng')} inputMode="decimal" dir="ltr" description={t('microAssetForm.lngHint')} />
            </>
          )}
        </SimpleGrid>
        {resident && (
          <Text size="sm" mt="sm">
            {t('microAssetForm.residentNoLocation')}
          </Text>
        )}
      </Fieldset>
      <Fieldset legend={t('microAssetForm.sections.source')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...choice(
              'provenance',
              provenances.map((p) => ({ value: p, label: valueLabel(t, 'microAssets.provenances', p) })),
            )}
            required
          />
          <TextInput {...text('sourceRef')} maxLength={500} dir="ltr" description={t('microAssetForm.sourceRefHint')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('microAssetForm.sections.sharing')}>
        <Stack gap="sm">
          <NativeSelect
            {...choice(
              'visibility',
              (resident ? ['private'] : visibilities).map((v) => ({
                value: v,
                label: valueLabel(t, 'microAssets.visibilities', v),
              })),
            )}
            value={resident ? 'private' : values.visibility}
            description={resident ? t('microAssetForm.residentPrivate') : t('microAssetForm.visibilityHint')}
            maw={360}
          />
          <Checkbox
            id={fieldId('sensitive')}
            label={label('sensitive')}
            description={t('microAssetForm.sensitiveHint')}
            checked={values.sensitive}
            error={errorFor('sensitive')}
            onChange={(event) => setField('sensitive', event.currentTarget.checked)}
          />
        </Stack>
      </Fieldset>
    </>
  );
}
