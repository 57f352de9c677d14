import { Alert, Anchor, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { isApiError } from '../../../lib/api';
import { formatDateTime, safeReturnPath } from '../../../lib/format';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { consentPurposes, recordConsents, useResidentConsents, type ConsentPurpose } from '../api/consents';

/** Record or withdraw a resident's consent per purpose; each shows who recorded it and when (every change audited). */
export function ResidentConsentsPage() {
  const { t, i18n } = useTranslation();
  const { resident = '' } = useParams();
  const [params] = useSearchParams();
  const back = params.get('back') ? safeReturnPath(params.get('back')) : null;
  const user = useSignedInUser();
  const title = t('coordination.consents.title');
  usePageTitle(title);
  const { data, error } = useResidentConsents(resident);
  const queryClient = useQueryClient();
  const [changes, setChanges] = useState<Partial<Record<ConsentPurpose, boolean>>>({});
  const save = useMutation({
    mutationFn: () => recordConsents(resident, changes),
    onSuccess: (next) => {
      queryClient.setQueryData(['resident-consents', resident], next);
      setChanges({});
    },
  });
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!data) return <PageLoader />;
  const editable = can(user, 'residents.consents.update');
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <Stack gap="md" maw={860}>
      {back && (
        <Anchor component={Link} to={back} size="sm">
          {t('coordination.consents.back')}
        </Anchor>
      )}
      <Title order={1}>
        <bdi>{`${title}: ${data.reference}`}</bdi>
      </Title>
      <Text>{t('coordination.consents.intro')}</Text>
      <Table striped withTableBorder>
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coordination.consents.purpose')}</Table.Th>
            <Table.Th scope="col">{t('coordination.consents.given')}</Table.Th>
            <Table.Th scope="col">{t('coordination.consents.recordedBy')}</Table.Th>
            <Table.Th scope="col">{t('coordination.consents.recordedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consentPurposes.map((purpose) => {
            const record = data.records.find((r) => r.purpose === purpose);
            const label = t(`coordination.consentPurpose.${purpose}`);
            const checked = changes[purpose] ?? record?.granted ?? false;
            return (
              <Table.Tr key={purpose}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>
                  <Checkbox
                    aria-label={label}
                    checked={checked}
                    disabled={!editable}
                    onChange={(e) => setChanges({ ...changes, [purpose]: e.currentTarget.checked })}
                    label={checked ? t('coordination.consents.yes') : t('coordination.consents.no')}
                  />
                </Table.Td>
                <Table.Td>
                  <bdi>{record?.recordedBy?.name ?? '—'}</bdi>
                </Table.Td>
                <Table.Td>
                  {record?.recordedAt ? formatDateTime(record.recordedAt, lang) : t('coordination.consents.never')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {save.error && (
        <Alert color="red" role="alert">
          {isApiError(save.error) ? save.error.detail : String(save.error)}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="green" role="status">
          {t('coordination.consents.saved')}
        </Alert>
      )}
      {editable && (
        <Group>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={Object.keys(changes).length === 0}>
            {t('coordination.consents.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
