import { Anchor, Button, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../lib/api';
import { addPlanAction, useTaskOwners, type Plan } from '../api/plans';

const blank = { title: '', owner: '', dueOn: '' };

/** The plan's actions that became partnership tasks, and a form turning one more action into a task. */
export function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const owners = useTaskOwners();
  const [v, setV] = useState(blank);
  const [missing, setMissing] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: () =>
      addPlanAction(plan.id, { title: v.title.trim(), owner: v.owner, ...(v.dueOn ? { dueOn: v.dueOn } : {}) }),
    onSuccess: async () => {
      setV(blank);
      await client.invalidateQueries({ queryKey: ['impact-plan', plan.id] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = (['title', 'owner'] as const).filter((f) => !v[f].trim());
    setMissing(gaps);
    if (gaps.length === 0) mutation.mutate();
  };
  const required = (f: string) => (missing.includes(f) ? t('impact.plans.required') : undefined);
  return (
    <section aria-labelledby="plan-actions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="plan-actions">
          {t('impact.plans.actions')}
        </Title>
        {plan.actions.length === 0 ? (
          <Text>{t('impact.plans.noActions')}</Text>
        ) : (
          <List>
            {plan.actions.map((a) => (
              <List.Item key={a.id}>
                {a.taskId ? (
                  <Anchor component={Link} to={`/partnership/tasks/${a.taskId}`}>
                    {a.title}
                  </Anchor>
                ) : (
                  a.title
                )}
              </List.Item>
            ))}
          </List>
        )}
        <form onSubmit={submit} noValidate aria-labelledby="plan-action-new">
          <Stack gap="xs" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            <Title order={3} size="h4" id="plan-action-new">
              {t('impact.plans.toTask')}
            </Title>
            <TextInput
              label={t('impact.plans.actionTitle')}
              required
              maxLength={200}
              value={v.title}
              onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
              error={required('title')}
            />
            <Group grow align="flex-start">
              <NativeSelect
                label={t('impact.plans.owner')}
                required
                value={v.owner}
                onChange={(e) => setV({ ...v, owner: e.currentTarget.value })}
                error={required('owner')}
                data={[
                  { value: '', label: t('impact.plans.chooseOwner') },
                  ...(owners.data?.items ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.displayName} — ${p.partner.name}`,
                  })),
                ]}
              />
              <TextInput
                type="date"
                label={t('impact.plans.dueOn')}
                value={v.dueOn}
                onChange={(e) => setV({ ...v, dueOn: e.currentTarget.value })}
              />
            </Group>
            {mutation.error && (
              <Text c="red.9" role="alert">
                {isApiError(mutation.error) ? mutation.error.detail : t('impact.plans.saveFailed')}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {t('impact.plans.createTask')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
