import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { alertStyles, FormErrorSummary, summaryProblems, focusSummary } from '../../../components/FormErrorSummary';
import { isApiError } from '../../../lib/api';
import { editContract, publishContract, type ContractChoices } from '../api/contractWrite';
import { ContractFields, contractFieldId } from './ContractFields';
import {
  checkContract,
  contractBody,
  placeServerErrors,
  type ContractField,
  type ContractProblem,
  type ContractValues,
} from './contractForm';

type Props = {
  initial: ContractValues;
  choices: ContractChoices;
  /** editing: the contract or grant, the version the form was loaded at, and its OCDS / 360Giving reference */
  existing?: { id: string; version: number; reference: string };
  onSaved: (id: string) => void;
  onReload?: () => void;
  cancelTo: string;
};

/** Publish or edit a contract or grant: checks before sending, the server's problems on their fields, conflicts. */
export function ContractForm({ initial, choices, existing, onSaved, onReload, cancelTo }: Props) {
  const { t } = useTranslation();
  const k = (key: string) => t(`enterprisesContracts.form.${key}`);
  const client = useQueryClient();
  const [values, setValues] = useState(initial);
  const [mine, setMine] = useState<Partial<Record<ContractField, ContractProblem>>>({});
  const [server, setServer] = useState<ReturnType<typeof placeServerErrors>>({ fields: {}, other: [] });
  const [conflict, setConflict] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const save = useMutation({
    mutationFn: async () =>
      existing
        ? (await editContract(existing.id, contractBody(values, existing.version))).id
        : (await publishContract(contractBody(values))).id,
    onSuccess: async (id) => {
      await client.invalidateQueries({ queryKey: ['contracts'] });
      await client.invalidateQueries({ queryKey: ['contract', id] });
      onSaved(id);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) setConflict(true);
      else if (isApiError(error)) setServer(placeServerErrors(error.errors.length ? error.errors : []));
      focusSummary(summary);
    },
  });

  const set = <K extends ContractField>(name: K, value: ContractValues[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setMine(({ [name]: _, ...rest }) => rest);
    setServer(({ fields: { [name]: _, ...rest }, other }) => ({ fields: rest, other }));
  };
  const errorFor = (name: ContractField) => (mine[name] ? k(`errors.${mine[name]}`) : server.fields[name]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkContract(values);
    setMine(problems);
    setServer({ fields: {}, other: [] });
    setConflict(false);
    if (Object.keys(problems).length > 0) focusSummary(summary);
    else save.mutate();
  };

  const named = summaryProblems(
    Object.keys(values) as ContractField[],
    errorFor,
    (f) => k(`fields.${f}`),
    contractFieldId,
  );
  const unexplained = save.isError && !conflict && named.length === 0 && server.other.length === 0;
  const detail = isApiError(save.error) ? save.error.detail : '';
  return (
    <form onSubmit={submit} noValidate aria-label={existing ? k('editTitle') : k('newTitle')}>
      <Stack gap="md">
        <FormErrorSummary ref={summary} title={k('problems')} problems={named} other={server.other}>
          {conflict && (
            <Alert color="orange" title={k('conflictTitle')} role="alert" styles={alertStyles('orange')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{k('conflict')}</Text>
                {onReload && (
                  <Button size="xs" variant="default" onClick={onReload}>
                    {k('reload')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {unexplained && (
            <Alert color="red" title={t('errors.generic')} role="alert" styles={alertStyles('red')}>
              {detail}
            </Alert>
          )}
        </FormErrorSummary>
        <ContractFields
          values={values}
          set={set}
          errorFor={errorFor}
          choices={choices}
          editing={!!existing}
          reference={existing?.reference ?? null}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {existing ? k('save') : k('publish')}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {k('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
