import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ContactRow = { name: string; role: string; email: string; phone: string };
const blank: ContactRow = { name: '', role: '', email: '', phone: '' };

/** An enterprise's contacts (never shown publicly): add, edit and remove rows. */
export function ContactsEditor({ rows, onChange }: { rows: ContactRow[]; onChange: (rows: ContactRow[]) => void }) {
  const { t } = useTranslation();
  const update = (i: number, k: keyof ContactRow, value: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [k]: value } : r)));
  return (
    <Fieldset legend={t('enterprises.fields.contacts')}>
      <Stack gap="sm">
        {rows.map((r, i) => (
          <Group key={i} align="flex-end" gap="xs">
            {(['name', 'role', 'email', 'phone'] as const).map((k) => (
              <TextInput
                key={k}
                label={t(`enterprises.contact.${k}`)}
                value={r[k]}
                type={k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'}
                onChange={(e) => update(i, k, e.currentTarget.value)}
              />
            ))}
            <Button variant="subtle" color="red" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('enterprises.contact.remove', { name: r.name || String(i + 1) })}
            </Button>
          </Group>
        ))}
        {rows.length < 10 && (
          <Button variant="default" w="fit-content" onClick={() => onChange([...rows, { ...blank }])}>
            {t('enterprises.contact.add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
