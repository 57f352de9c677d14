import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../../lib/usePageTitle';
import { createEnterprise } from '../api/enterprises';
import { EnterpriseForm } from './EnterpriseForm';

/** Add an enterprise to the directory (pending until a coordinator approves it). */
export function NewEnterprisePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = t('enterprises.list.new');
  usePageTitle(title);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <EnterpriseForm
        submitLabel={t('enterprises.form.create')}
        onSubmit={async (body) => {
          const created = await createEnterprise(body);
          await navigate(`/enterprises/e/${encodeURIComponent(created.id)}`);
        }}
      />
    </Stack>
  );
}
