import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { value: string; onChange: (value: string) => void; label?: string };

/** A labelled search box that reports its value after typing pauses, so each keystroke is not a request. */
export function SearchInput({ value, onChange, label }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (debounced !== value) onChange(debounced);
  }, [debounced, value, onChange]);

  return (
    <TextInput
      type="search"
      label={label ?? t('table.search')}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      maw={360}
      w="100%"
    />
  );
}
