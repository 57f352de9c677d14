import { Fieldset, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const sexes = ['female', 'male', 'other', 'prefer-not-to-say'];
const ethnicities = ['asian', 'black', 'mixed', 'white', 'other', 'prefer-not-to-say'];

type Props = { sex: string; ethnicity: string; onChange: (key: 'sex' | 'ethnicity', value: string) => void };

/** Optional equality monitoring: encrypted, used only for the fairness report, never for matching. */
export function MonitoringFields({ sex, ethnicity, onChange }: Props) {
  const { t } = useTranslation();
  const select = (key: 'sex' | 'ethnicity', value: string, options: string[]) => (
    <NativeSelect
      label={t(`matching.monitoring.${key}`)}
      value={value}
      onChange={(e) => onChange(key, e.currentTarget.value)}
      data={[
        { value: '', label: t('matching.form.notRecorded') },
        ...options.map((o) => ({ value: o, label: t(`matching.monitoring.${key}Options.${o}`) })),
      ]}
    />
  );
  return (
    <Fieldset legend={t('matching.monitoring.legend')}>
      <Text size="sm" mb="xs">
        {t('matching.monitoring.hint')}
      </Text>
      <Group grow align="flex-start">
        {select('sex', sex, sexes)}
        {select('ethnicity', ethnicity, ethnicities)}
      </Group>
    </Fieldset>
  );
}
