import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { alertStyles, FormErrorSummary, summaryProblems, focusSummary } from '../../../components/FormErrorSummary';
import { useAreas } from '../../../lib/areas';
import { isApiError } from '../../../lib/api';
import { useSignedInUser } from '../../../lib/session';
import { createOpportunity, updateOpportunity } from '../api/opportunities';
import { useMacroAssetOptions, usePartnerOptions } from '../../../lib/options';
import { fieldId, OpportunityFields } from './OpportunityFields';
import {
  createBody,
  serverFieldErrors,
  updateBody,
  validate,
  type ErrorCode,
  type FieldName,
  type FormValues,
} from './opportunityForm';

/** Roles that may publish on behalf of any partner (the server decides; this only offers the choice). */
const coordinatorRoles = ['programme_admin', 'work_package_lead'];

type Props = {
  initial: FormValues;
  /** Editing: the opportunity and the version the form was loaded from. */
  existing?: { id: string; version: number };
  onSaved: (id: string) => void;
  onReload?: () => void;
  cancelTo: string;
};

/** Create or edit an opportunity: checks before sending, server errors on their fields, and edit conflicts. */
export function OpportunityForm({ initial, existing, onSaved, onReload, cancelTo }: Props) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, ErrorCode>>>({});
  const [serverErrors, setServerErrors] = useState<ReturnType<typeof serverFieldErrors>>({ fields: {}, other: [] });
  const [conflict, setConflict] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const isCoordinator = coordinatorRoles.includes(user.role);
  const { data: macroAssets = [] } = useMacroAssetOptions();
  const { data: areas = [] } = useAreas();
  const { data: partners } = usePartnerOptions(isCoordinator);

  const save = useMutation({
    mutationFn: async () =>
      existing
        ? (await updateOpportunity(existing.id, updateBody(initial, values, existing.version) as never)).id
        : (await createOpportunity(createBody(values))).id,
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('opportunit') });
      await queryClient.invalidateQueries({ queryKey: ['macro-asset-links'] });
      onSaved(id);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) setConflict(true);
      else if (isApiError(error)) setServerErrors(serverFieldErrors(error.errors));
      focusSummary(summary);
    },
  });

  function setField<K extends FieldName>(name: K, value: FormValues[K]) {
    setValues((previous) => ({ ...previous, [name]: value }));
    setClientErrors(({ [name]: _, ...rest }) => rest);
    setServerErrors(({ fields: { [name]: _, ...rest }, other }) => ({ fields: rest, other }));
  }

  function errorFor(name: FieldName): string | undefined {
    const code = clientErrors[name];
    return code ? t(`opportunityForm.errors.${code}`) : serverErrors.fields[name];
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate(values);
    setClientErrors(errors);
    setServerErrors({ fields: {}, other: [] });
    setConflict(false);
    if (Object.keys(errors).length > 0) focusSummary(summary);
    else save.mutate();
  }

  const problems = summaryProblems(
    Object.keys(values) as FieldName[],
    errorFor,
    (name) => t(`opportunityForm.fields.${name}`),
    fieldId,
  );
  const failed = save.isError && !conflict && problems.length === 0;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormErrorSummary
          ref={summary}
          title={t('opportunityForm.problems')}
          problems={problems}
          other={serverErrors.other}
        >
          {conflict && (
            <Alert
              color="orange"
              title={t('opportunityForm.conflictTitle')}
              role="alert"
              styles={alertStyles('orange')}
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('opportunityForm.conflict')}</Text>
                {onReload && (
                  <Button size="xs" variant="default" onClick={onReload}>
                    {t('opportunityForm.reload')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {failed && <Alert color="red" title={t('errors.generic')} role="alert" styles={alertStyles('red')} />}
        </FormErrorSummary>
        <OpportunityFields
          values={values}
          setField={setField}
          errorFor={errorFor}
          macroAssets={macroAssets}
          areas={areas}
          partners={isCoordinator ? (partners ?? []) : undefined}
          ownPartnerName={user.partner.name}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {existing ? t('opportunityForm.saveChanges') : t('opportunityForm.create')}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('opportunityForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
