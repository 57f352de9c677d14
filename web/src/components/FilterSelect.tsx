import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Option = { value: string; label: string };
type Props = { label: string; value: string; options: Option[]; onChange: (value: string) => void };

/** A list filter as a native select (every phone and screen reader knows it); the first choice means "any". */
export function FilterSelect({ label, value, options, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: t('filters.any') }, ...options]}
      w={{ base: '100%', xs: 220 }}
    />
  );
}
