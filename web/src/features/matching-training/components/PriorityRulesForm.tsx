import { Alert, Button, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { saveRules, type ProgrammeDetail } from '../api/training';

/** Coordinators switch the waiting-list rules on or off; the order and every explanation follow. */
export function PriorityRulesForm({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rules, setRules] = useState(programme.priorityRules);
  const save = useMutation({
    mutationFn: () => saveRules(programme.slug, programme.version, rules),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
  return (
    <Stack gap="sm" maw={640}>
      <Title order={2} size="h3">
        {t('training.rules')}
      </Title>
      <Text size="sm">{t('training.rulesIntro')}</Text>
      {rules.map((r, i) => (
        <Switch
          key={r.id}
          label={t(`training.rule.${r.id}`, { defaultValue: r.id })}
          checked={r.enabled}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            setRules(rules.map((x, j) => (j === i ? { ...x, enabled } : x)));
          }}
        />
      ))}
      {save.isError && (
        <Alert color="red" role="alert">
          {isApiError(save.error) ? save.error.detail : t('training.failed')}
        </Alert>
      )}
      <Button onClick={() => save.mutate()} loading={save.isPending} w="fit-content">
        {t('training.saveRules')}
      </Button>
    </Stack>
  );
}
