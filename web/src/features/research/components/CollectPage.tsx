import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, isApiError } from '../../../lib/api';
import { listSchema } from '../../../lib/list';
import { formatPounds } from '../../../lib/money';
import { can, useSignedInUser } from '../../../lib/session';
import { usePageTitle } from '../../../lib/usePageTitle';
import { storedForms } from '../api/definition';
import { formSchema } from '../api/forms';
import { useMyVouchers } from '../api/vouchers';
import { syncOutbox, syncWhenOnline } from '../offline/sync';
import { Outbox } from './Outbox';

const openForms = listSchema(formSchema);

/** Open forms from the server, or with no connection the ones kept on this device. */
function useFormsToFill() {
  return useQuery({
    queryKey: ['research-forms', 'to-fill'],
    networkMode: 'always',
    retry: false,
    queryFn: async () => {
      try {
        const page = await getJson('/api/v1/research/forms?status=open&pageSize=100&sort=title', openForms);
        return { offline: false, items: page.items.map((f) => ({ id: f.id, title: f.title })) };
      } catch (error) {
        if (!isApiError(error) || error.status !== 0) throw error;
        return { offline: true, items: (await storedForms()).map((f) => ({ id: f.id, title: f.title })) };
      }
    },
  });
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** Where a researcher starts: forms to fill, the responses waiting on this device, and voucher credit. */
export function CollectPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('research.collect.title'));
  const user = useSignedInUser();
  const online = useOnline();
  const queryClient = useQueryClient();
  const forms = useFormsToFill();
  const vouchers = useMyVouchers(online && can(user, 'research.vouchers.read'));
  const [syncing, setSyncing] = useState(false);
  const afterSync = () => void queryClient.invalidateQueries({ queryKey: ['research-vouchers'] });
  const sync = async (retryFailed: boolean) => {
    setSyncing(true);
    await syncOutbox({ retryFailed });
    setSyncing(false);
    afterSync();
  };
  useEffect(() => {
    if (navigator.onLine) void syncOutbox().then(afterSync);
    return syncWhenOnline(afterSync);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit
  }, []);

  return (
    <Stack gap="md">
      <Title order={1}>{t('research.collect.title')}</Title>
      <Text role="status">{online ? t('research.collect.online') : t('research.collect.offline')}</Text>
      {vouchers.data && (
        <Text data-testid="voucher-balance">
          {t('research.collect.balance', {
            amount: formatPounds(vouchers.data.balancePence / 100, i18n.resolvedLanguage ?? 'en'),
            count: vouchers.data.completedQuestionnaires,
          })}
        </Text>
      )}
      <Title order={2}>{t('research.collect.forms')}</Title>
      {forms.data?.offline && <Text size="sm">{t('research.collect.storedOnly')}</Text>}
      {forms.data && forms.data.items.length === 0 && <Text>{t('research.collect.noForms')}</Text>}
      <List>
        {forms.data?.items.map((f) => (
          <List.Item key={f.id}>
            <Anchor component={Link} to={`/research/collect/${encodeURIComponent(f.id)}`}>
              <bdi>{f.title}</bdi>
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('research.collect.outbox')}</Title>
        <Button variant="default" loading={syncing} disabled={!online} onClick={() => void sync(true)}>
          {t('research.collect.syncNow')}
        </Button>
      </Group>
      <Outbox />
    </Stack>
  );
}
