import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSources } from '../api/indicatorEdit';

/** The fields a definition over this source may use; record-level ones are refused in published indicators. */
export function SourceFields({ name }: { name: string }) {
  const { t } = useTranslation();
  const { data } = useSources();
  const source = data?.items.find((s) => s.name === name);
  if (!data) return null;
  if (!source)
    return (
      <Text fz="sm" c="dimmed">
        {t('impact.edit.sources', { names: data.items.map((s) => s.name).join(', ') })}
      </Text>
    );
  return (
    <section aria-label={t('impact.edit.fieldsOf', { source: source.label })}>
      <Text fz="sm" fw={600}>
        {t('impact.edit.fieldsOf', { source: source.label })}
      </Text>
      <Group gap={6} dir="ltr">
        {source.fields.map((f) => (
          <Badge key={f.name} variant="outline" color={f.aggregateSafe ? 'gray.8' : 'red.9'} tt="none">
            {f.aggregateSafe ? `${f.name} (${f.type})` : `${f.name} (${f.type}) — ${t('impact.edit.recordLevel')}`}
          </Badge>
        ))}
      </Group>
      <Text fz="sm" c="dimmed">
        {t('impact.edit.dates', { dates: source.dates.join(', ') })}
      </Text>
    </section>
  );
}
