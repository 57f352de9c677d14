import { Fieldset, NativeSelect, Radio, Group, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractChoices } from '../api/contractWrite';
import type { ContractField, ContractValues } from './contractForm';

type Props = {
  values: ContractValues;
  set: <K extends ContractField>(name: K, value: ContractValues[K]) => void;
  errorFor: (name: ContractField) => string | undefined;
  choices: ContractChoices;
  editing: boolean;
  /** the OCDS ocid or 360Giving identifier, once published */
  reference: string | null;
};

export const contractFieldId = (name: ContractField) => `contract-${name}`;
const methods = ['open', 'selective', 'limited', 'direct'];
const categories = ['goods', 'works', 'services'];

/** The fields of the contract-or-grant form, grouped as a buyer or funder thinks of them. */
export function ContractFields({ values, set, errorFor, choices, editing, reference }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const k = (key: string) => t(`enterprisesContracts.form.${key}`);
  const label = (name: ContractField) => k(`fields.${name}`);
  const base = (name: ContractField) => ({
    id: contractFieldId(name),
    label: label(name),
    value: values[name],
    error: errorFor(name),
    onChange: (e: { currentTarget: { value: string } }) => set(name, e.currentTarget.value),
  });
  const none = { value: '', label: k('none') };
  const named = (options: { id: string; name: string }[], empty = none) => [
    empty,
    ...options.map((o) => ({ value: o.id, label: o.name })),
  ];
  const grant = values.kind === 'grant';
  return (
    <>
      <Fieldset legend={k('sections.what')}>
        <Radio.Group
          id={contractFieldId('kind')}
          label={label('kind')}
          value={values.kind}
          onChange={(kind) => set('kind', kind as ContractValues['kind'])}
          error={errorFor('kind')}
          readOnly={editing}
        >
          <Group gap="lg" mt={6}>
            <Radio value="contract" label={t('enterprisesContracts.kinds.contract')} disabled={editing} />
            <Radio value="grant" label={t('enterprisesContracts.kinds.grant')} disabled={editing} />
          </Group>
        </Radio.Group>
        <TextInput {...base('title')} required maxLength={140} mt="sm" dir="auto" />
        <Textarea {...base('description')} autosize minRows={3} maxLength={5000} mt="sm" dir="auto" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
          <NativeSelect
            {...base('market')}
            required
            data={[
              none,
              ...choices.markets.map((m) => ({ value: m.code, label: m.label[lang] ?? m.label.en ?? m.code })),
            ]}
          />
          <TextInput {...base('value')} inputMode="decimal" leftSection="£" dir="ltr" />
        </SimpleGrid>
        <TextInput {...base('capabilities')} description={k('capabilitiesHint')} mt="sm" dir="auto" />
        <NativeSelect
          {...base('status')}
          mt="sm"
          maw={320}
          data={(editing ? ['draft', 'open', 'closed', 'cancelled'] : ['draft', 'open']).map((s) => ({
            value: s,
            label: k(`statuses.${s}`),
          }))}
        />
      </Fieldset>
      <Fieldset legend={k(grant ? 'sections.funder' : 'sections.buyer')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect {...base('macroAsset')} data={named(choices.macroAssets)} />
          {grant ? (
            <NativeSelect {...base('funder')} data={named(choices.partners, { value: '', label: k('ownPartner') })} />
          ) : (
            <NativeSelect {...base('buyer')} data={named(choices.partners, { value: '', label: k('ownPartner') })} />
          )}
          {grant && <TextInput {...base('funderName')} description={k('funderNameHint')} dir="auto" />}
          {grant && <TextInput {...base('funderOrgId')} description={k('funderOrgIdHint')} dir="ltr" />}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={k('sections.where')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...base('area')}
            data={[none, ...choices.areas.map((a) => ({ value: a.slug, label: a.name }))]}
          />
          <div />
          <TextInput {...base('opensOn')} label={k(grant ? 'fields.applicationsOpen' : 'fields.opensOn')} type="date" />
          <TextInput
            {...base('closesOn')}
            label={k(grant ? 'fields.applicationsClose' : 'fields.closesOn')}
            type="date"
          />
          {grant && <TextInput {...base('plannedStart')} type="date" />}
          {grant && <TextInput {...base('plannedEnd')} type="date" />}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={k('sections.reference')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {grant ? (
            <TextInput {...base('grantProgramme')} dir="auto" />
          ) : (
            <>
              <NativeSelect
                {...base('procurementMethod')}
                data={methods.map((m) => ({ value: m, label: k(`methods.${m}`) }))}
              />
              <NativeSelect
                {...base('mainCategory')}
                data={categories.map((c) => ({ value: c, label: k(`categories.${c}`) }))}
              />
              <TextInput {...base('item')} dir="auto" />
              <TextInput {...base('cpv')} description={k('cpvHint')} inputMode="numeric" dir="ltr" />
            </>
          )}
        </SimpleGrid>
        <Text size="sm" mt="sm" data-testid="contract-reference">
          {k('fields.reference')}: <bdi>{reference ?? k('referenceLater')}</bdi>
        </Text>
      </Fieldset>
    </>
  );
}
