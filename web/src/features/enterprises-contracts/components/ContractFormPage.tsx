import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useContractChoices, useEditableContract } from '../api/contractWrite';
import { ContractForm } from './ContractForm';
import { emptyContract, valuesFromContract } from './contractForm';

const contractPath = (id: string) => `/enterprises/contracts/${encodeURIComponent(id)}`;

/** /enterprises/contracts/new: publish a contract or grant, then open its page (with its suggested suppliers). */
export function NewContractPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = t('enterprisesContracts.form.newTitle');
  usePageTitle(title);
  const choices = useContractChoices();
  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{title}</Title>
      <Text>{t('enterprisesContracts.form.intro')}</Text>
      {choices.error && <QueryError error={choices.error} onRetry={() => void choices.refetch()} />}
      {choices.data ? (
        <ContractForm
          initial={emptyContract}
          choices={choices.data}
          onSaved={(id) => void navigate(contractPath(id))}
          cancelTo="/enterprises/contracts"
        />
      ) : (
        !choices.error && <PageLoader />
      )}
    </Stack>
  );
}

/** /enterprises/contracts/:id/edit: the form is rebuilt from the server's copy whenever its version changes. */
export function EditContractPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const contract = useEditableContract(id);
  const choices = useContractChoices();
  usePageTitle(t('enterprisesContracts.form.editTitle'));
  if (isApiError(contract.error) && contract.error.status === 404) return <NotFoundPage />;
  const error = contract.error ?? choices.error;
  if (error)
    return <QueryError error={error} onRetry={() => void Promise.all([contract.refetch(), choices.refetch()])} />;
  if (!contract.data || !choices.data) return <PageLoader />;
  const c = contract.data;
  const slugs = new Map(choices.data.areas.map((a) => [a.id, a.slug]));
  return (
    <Stack gap="md" maw={900}>
      <Stack gap={4}>
        <Title order={1}>{t('enterprisesContracts.form.editTitle')}</Title>
        <Text size="lg" fw={500}>
          <bdi>{c.title}</bdi>
        </Text>
      </Stack>
      <ContractForm
        key={c.version}
        initial={valuesFromContract(c, slugs)}
        choices={choices.data}
        existing={{ id: c.id, version: c.version, reference: c.contract?.ocid ?? c.grant?.identifier ?? '' }}
        onSaved={(saved) => void navigate(contractPath(saved))}
        onReload={() => void contract.refetch()}
        cancelTo={contractPath(c.id)}
      />
    </Stack>
  );
}
