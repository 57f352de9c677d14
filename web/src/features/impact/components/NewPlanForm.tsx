import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api';
import { useAreas } from '../../../lib/areas';
import { createPlan } from '../api/plans';

/** Drafts a plan for an area: the server pulls in its assets, gaps, opportunities and indicators. */
export function NewPlanForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: areas } = useAreas();
  const [area, setArea] = useState('');
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => createPlan({ area, ...(title.trim() ? { title: title.trim() } : {}) }),
    onSuccess: (plan) => navigate(`/impact/plans/${plan.id}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(area === '');
    if (area !== '') mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('impact.plans.new')}>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('impact.plans.area')}
          required
          value={area}
          onChange={(e) => setArea(e.currentTarget.value)}
          error={missing ? t('impact.plans.chooseArea') : undefined}
          data={[
            { value: '', label: t('impact.plans.chooseArea') },
            ...(areas ?? []).map((a) => ({ value: a.slug, label: a.name })),
          ]}
        />
        <TextInput
          label={t('impact.plans.titleOptional')}
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Button type="submit" loading={mutation.isPending}>
          {t('impact.plans.draft')}
        </Button>
      </Group>
      {mutation.error && (
        <Text c="red.9" role="alert" mt="xs">
          {isApiError(mutation.error) ? mutation.error.detail : t('impact.plans.saveFailed')}
        </Text>
      )}
    </form>
  );
}
