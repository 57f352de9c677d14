import { ActionIcon, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetRow } from '../api/indicatorEdit';

type Props = { targets: TargetRow[]; errors: Record<string, string>; onChange: (targets: TargetRow[]) => void };

/** Targets per period: one row each (start, end, target), added and removed in place. */
export function TargetsEditor({ targets, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<TargetRow>) =>
    onChange(targets.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const last = targets.at(-1);
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={2} size="h4" component="legend">
        {t('impact.edit.targets')}
      </Title>
      {targets.map((row, i) => (
        <Group key={i} align="flex-start" gap="sm" role="group" aria-label={t('impact.edit.targetRow', { n: i + 1 })}>
          <TextInput
            type="date"
            label={t('impact.edit.start')}
            value={row.start}
            onChange={(e) => set(i, { start: e.currentTarget.value })}
            error={errors[`targets.${i}.start`]}
          />
          <TextInput
            type="date"
            label={t('impact.edit.end')}
            value={row.end}
            onChange={(e) => set(i, { end: e.currentTarget.value })}
            error={errors[`targets.${i}.end`]}
          />
          <TextInput
            type="number"
            min={0}
            label={t('impact.edit.target')}
            value={String(row.target)}
            onChange={(e) => set(i, { target: Number(e.currentTarget.value) })}
            error={errors[`targets.${i}.target`]}
          />
          <ActionIcon
            mt={28}
            variant="outline"
            color="red.9"
            onClick={() => onChange(targets.filter((_, j) => j !== i))}
            aria-label={t('impact.edit.removeTarget', { n: i + 1 })}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="outline"
          onClick={() => onChange([...targets, { start: last?.end ?? '', end: '', target: last?.target ?? 0 }])}
        >
          {t('impact.edit.addTarget')}
        </Button>
      </Group>
    </Stack>
  );
}
