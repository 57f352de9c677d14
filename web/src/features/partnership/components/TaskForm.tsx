import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { usePeople } from '../api/meetings';
import { useWorkPackages, type TaskDetail } from '../api/tasks';

const blank = { title: '', description: '', owner: '', dueOn: '', workPackage: '' };
type Field = keyof typeof blank;

type Props = {
  id: string;
  heading: string;
  /** the heading's level under the page's: 2 on a page of its own, 3 inside a section */
  headingLevel?: 2 | 3;
  submitLabel: string;
  /** a meeting's action must have a due date; a task may go without */
  requireDue?: boolean;
  save: (body: Record<string, unknown>) => Promise<TaskDetail>;
  onSaved: (task: TaskDetail) => void | Promise<void>;
};

/** A new task (or a meeting's action): title, owner (with their partner), due date, work package. */
export function TaskForm({ id, heading, headingLevel = 3, submitLabel, requireDue = false, save, onSaved }: Props) {
  const { t } = useTranslation();
  const { data: people } = usePeople(true);
  const { data: workPackages } = useWorkPackages();
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const mutation = useMutation({
    mutationFn: () =>
      save({
        title: v.title.trim(),
        owner: v.owner,
        ...(v.description.trim() ? { description: v.description.trim() } : {}),
        ...(v.dueOn ? { dueOn: v.dueOn } : {}),
        ...(v.workPackage ? { workPackage: v.workPackage } : {}),
      }),
    onSuccess: async (task) => {
      setV(blank);
      await onSaved(task);
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      setErrors(Object.fromEntries(error.errors.map((e) => [e.path.split('.')[1] ?? '', e.message])));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Field[] = requireDue ? ['title', 'owner', 'dueOn'] : ['title', 'owner'];
    const found = Object.fromEntries(
      required.filter((f) => !v[f].trim()).map((f) => [f, t('partnership.meetingForm.errors.required')]),
    );
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const set = (f: Field) => (value: string) => setV((old) => ({ ...old, [f]: value }));
  return (
    <form onSubmit={submit} noValidate aria-labelledby={id}>
      <Stack gap="sm" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        <Title order={headingLevel} size="h4" id={id}>
          {heading}
        </Title>
        <TextInput
          label={t('partnership.task.title')}
          required
          maxLength={200}
          value={v.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={errors.title}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('partnership.task.owner')}
            required
            value={v.owner}
            onChange={(e) => set('owner')(e.currentTarget.value)}
            error={errors.owner}
            data={[
              { value: '', label: t('partnership.meeting.chooseOwner') },
              ...(people?.items ?? []).map((p) => ({ value: p.id, label: `${p.displayName} — ${p.partner.name}` })),
            ]}
          />
          <TextInput
            type="date"
            label={t('partnership.task.dueOn')}
            required={requireDue}
            value={v.dueOn}
            onChange={(e) => set('dueOn')(e.currentTarget.value)}
            error={errors.dueOn}
          />
        </Group>
        {!requireDue && (
          <Textarea
            label={t('partnership.task.description')}
            autosize
            minRows={2}
            maxLength={5000}
            value={v.description}
            onChange={(e) => set('description')(e.currentTarget.value)}
            error={errors.description}
          />
        )}
        <NativeSelect
          label={t('partnership.task.workPackage')}
          value={v.workPackage}
          onChange={(e) => set('workPackage')(e.currentTarget.value)}
          error={errors.workPackage}
          data={[
            { value: '', label: t('partnership.none') },
            ...(workPackages?.items ?? []).map((w) => ({ value: w.slug, label: `${w.code} ${w.name}` })),
          ]}
        />
        {mutation.error && !Object.keys(errors).length && (
          <Text c="red.9" role="alert">
            {isApiError(mutation.error) ? mutation.error.detail : t('partnership.saveFailed')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
