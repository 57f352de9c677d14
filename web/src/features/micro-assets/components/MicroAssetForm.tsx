import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { alertStyles, FormErrorSummary, summaryProblems, focusSummary } from '../../../components/FormErrorSummary';
import { isApiError } from '../../../lib/api';
import { useAreas } from '../../../lib/areas';
import { usePartnerOptions } from '../../../lib/options';
import { createMicroAsset, updateMicroAsset } from '../api/microAssets';
import { fieldId, MicroAssetFields } from './MicroAssetFields';
import {
  createBody,
  serverFieldErrors,
  updateBody,
  validate,
  type ErrorCode,
  type FieldName,
  type FormValues,
} from './microAssetForm';

type Props = {
  initial: FormValues;
  /** Editing: the micro-asset and the copy (updatedAt) the form was loaded from. */
  existing?: { id: string; updatedAt: string };
  onSaved: (id: string) => void;
  onReload?: () => void;
  cancelTo: string;
};

/** Record or change a micro-asset: checks before sending, server errors on their fields, and edit conflicts. */
export function MicroAssetForm({ initial, existing, onSaved, onReload, cancelTo }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, ErrorCode>>>({});
  const [serverErrors, setServerErrors] = useState<ReturnType<typeof serverFieldErrors>>({ fields: {}, other: [] });
  const [conflict, setConflict] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const { data: areas = [] } = useAreas();
  const { data: partners = [] } = usePartnerOptions(!existing);

  const save = useMutation({
    mutationFn: async () =>
      existing
        ? (await updateMicroAsset(existing.id, updateBody(initial, values, existing.updatedAt) as never)).id
        : (await createMicroAsset(createBody(values))).id,
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('micro-asset') });
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
    return code ? t(`microAssetForm.errors.${code}`) : serverErrors.fields[name];
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate(values, !existing);
    setClientErrors(errors);
    setServerErrors({ fields: {}, other: [] });
    setConflict(false);
    if (Object.keys(errors).length > 0) focusSummary(summary);
    else save.mutate();
  }

  const problems = summaryProblems(
    Object.keys(values) as FieldName[],
    errorFor,
    (name) => t(`microAssetForm.fields.${name}`),
    fieldId,
  );
  const failed = save.isError && !conflict && problems.length === 0 && serverErrors.other.length === 0;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormErrorSummary
          ref={summary}
          title={t('microAssetForm.problems')}
          problems={problems}
          other={serverErrors.other}
        >
          {conflict && (
            <Alert color="orange" title={t('microAssetForm.conflictTitle')} role="alert" styles={alertStyles('orange')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('microAssetForm.conflict')}</Text>
                {onReload && (
                  <Button size="xs" variant="default" onClick={onReload}>
                    {t('microAssetForm.reload')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {failed && <Alert color="red" title={t('errors.generic')} role="alert" styles={alertStyles('red')} />}
        </FormErrorSummary>
        <MicroAssetFields
          values={values}
          setField={setField}
          errorFor={errorFor}
          areas={areas}
          partners={partners}
          ownerFixed={Boolean(existing)}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {existing ? t('microAssetForm.saveChanges') : t('microAssetForm.create')}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('microAssetForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
