import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { planStatuses, savePlan, type Plan, type PlanStatus } from '../api/plans';

const fromPlan = (p: Plan) => ({ title: p.title, status: p.status, sections: p.sections, version: p.version });

/**
 * A plan's title, status and sections, saved with the version it was read at: when someone else saved meanwhile
 * the server answers 409 and the editor offers to reload their version (this one's text stays until then).
 */
export function PlanEditor({ plan, onReload }: { plan: Plan; onReload: () => Promise<Plan | undefined> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [v, setV] = useState(() => fromPlan(plan));
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: () => savePlan(plan.id, v),
    onSuccess: (next) => {
      client.setQueryData(['impact-plan', plan.id], next);
      void client.invalidateQueries({ queryKey: ['impact-plans'] });
      setV(fromPlan(next));
      setSaved(true);
    },
  });
  const conflict = isApiError(mutation.error) && mutation.error.status === 409;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    mutation.mutate();
  };
  const reload = async () => {
    const fresh = await onReload();
    if (fresh) setV(fromPlan(fresh));
    mutation.reset();
  };
  const setSection = (i: number, body: string) =>
    setV((old) => ({ ...old, sections: old.sections.map((s, j) => (j === i ? { ...s, body } : s)) }));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-edit">
      <Stack gap="sm">
        <Title order={2} size="h3" id="plan-edit">
          {t('impact.plans.edit')}
        </Title>
        <Group grow align="flex-start">
          <TextInput
            label={t('impact.plans.planTitle')}
            required
            maxLength={200}
            value={v.title}
            onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('impact.plans.statusLabel')}
            value={v.status}
            onChange={(e) => setV({ ...v, status: e.currentTarget.value as PlanStatus })}
            data={planStatuses.map((s) => ({ value: s, label: t(`impact.plans.status.${s}`) }))}
          />
        </Group>
        {v.sections.map((s, i) => (
          <Textarea
            key={`${i}-${s.heading}`}
            label={s.heading}
            autosize
            minRows={3}
            maxRows={16}
            maxLength={20000}
            value={s.body}
            onChange={(e) => setSection(i, e.currentTarget.value)}
          />
        ))}
        {conflict && (
          <Alert color="orange" title={t('impact.plans.conflictTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              {t('impact.plans.conflict')}
              <Button variant="outline" color="orange.9" onClick={() => void reload()}>
                {t('impact.plans.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {mutation.error && !conflict && (
          <Alert color="red" role="alert">
            {isApiError(mutation.error) ? mutation.error.detail : t('impact.plans.saveFailed')}
          </Alert>
        )}
        {saved && (
          <Alert color="teal" role="status">
            {t('impact.plans.saved', { version: v.version })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('impact.plans.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
