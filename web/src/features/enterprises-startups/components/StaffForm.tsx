import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, summaryProblems, focusSummary } from '../../../components/FormErrorSummary';
import { noProblems, problemsOf, type Problems } from './problems';
import { serverText } from './serverText';

export type FieldProps = { id: string; label: string; error: string | undefined };

type Props<F extends string> = {
  /** the button that opens the form, and the dialog's title */
  title: string;
  /** field names, in form order, with their labels (for the problem summary) */
  fields: Record<F, string>;
  /** the id prefix of the fields: a field is `${id}-${name}` */
  id: string;
  send: () => Promise<{ id: string }>;
  /** query keys (first segment) to refresh after a save */
  refresh: string[];
  onSaved?: (id: string) => void;
  /** renders the fields; `field(name)` gives each its id, label and the server's problem */
  children: (field: (name: F) => FieldProps) => ReactNode;
};

/**
 * A staff form in a dialog: sends once, shows what the server refused next to each field (problem+json `errors`),
 * and a summary at the top that takes focus and links to each field. Closes and refreshes lists when saved.
 */
export function StaffForm<F extends string>({ title, fields, id, send, refresh, onSaved, children }: Props<F>) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [problems, setProblems] = useState<Problems>(noProblems);
  const summary = useRef<HTMLDivElement>(null);
  const names = Object.keys(fields) as F[];
  const save = useMutation({
    mutationFn: send,
    onSuccess: async (created) => {
      await client.invalidateQueries({ predicate: (q) => refresh.includes(String(q.queryKey[0])) });
      setOpened(false);
      setProblems(noProblems);
      onSaved?.(created.id);
    },
    onError: (error) => {
      const say = serverText(t, i18n.resolvedLanguage ?? 'en');
      setProblems(problemsOf(error, names, t('errors.generic'), say));
      focusSummary(summary);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate();
  };
  const listed = summaryProblems(
    names,
    (n) => problems.fields[n],
    (n) => fields[n],
    (n) => `${id}-${n}`,
  );
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {title}
      </Button>
      <Modal.Root opened={opened} onClose={() => setOpened(false)} size="lg">
        <Modal.Overlay />
        <Modal.Content>
          {/* A div, not Mantine's default <header>: a second banner landmark confuses screen-reader navigation. */}
          <Modal.Header {...({ component: 'div' } as object)}>
            <Modal.Title>{title}</Modal.Title>
            <Modal.CloseButton aria-label={t('enterpriseForms.cancel')} />
          </Modal.Header>
          <Modal.Body>
            <form onSubmit={submit} noValidate aria-label={title}>
              <Stack gap="sm">
                <FormErrorSummary
                  ref={summary}
                  title={t('enterpriseForms.problems')}
                  problems={listed}
                  other={problems.other}
                />
                {children((name) => ({ id: `${id}-${name}`, label: fields[name], error: problems.fields[name] }))}
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setOpened(false)}>
                    {t('enterpriseForms.cancel')}
                  </Button>
                  <Button type="submit" loading={save.isPending}>
                    {t('enterpriseForms.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
