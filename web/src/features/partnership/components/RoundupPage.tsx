import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageLoader } from '../../../components/PageLoader';
import { SimpleTable } from '../../../components/SimpleTable';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { approveRoundup, editRoundup, sendRoundup, useRoundup, type RoundupDetail } from '../api/roundups';

/** One week's round-up: the project manager edits the intro and highlights, approves, and sends it once. */
export function RoundupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: r, error } = useRoundup(id);
  usePageTitle(t('coordination.roundup.title'));
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (!r) return <PageLoader />;
  // keyed by version: a saved or reloaded round-up starts the editor afresh
  return <RoundupEditor key={`${r.id}:${r.version}`} r={r} />;
}

function RoundupEditor({ r }: { r: RoundupDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [intro, setIntro] = useState(r.intro);
  const [highlights, setHighlights] = useState(r.highlights.join('\n'));
  const act = useMutation({
    mutationFn: async (action: 'save' | 'approve' | 'send'): Promise<RoundupDetail> => {
      if (action === 'save')
        return editRoundup(r.id, { intro, highlights: highlights.split('\n'), version: r.version });
      return action === 'approve' ? approveRoundup(r.id, r.version) : sendRoundup(r.id, r.version);
    },
    onSuccess: async (next) => {
      queryClient.setQueryData(['roundup', r.id], next);
      await queryClient.invalidateQueries({ queryKey: ['roundups'] });
    },
  });
  const editable = r.status !== 'sent';
  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to="/partnership/roundups" size="sm">
        {t('coordination.roundup.back')}
      </Anchor>
      <Title order={1}>{`${t('coordination.roundup.title')}: ${r.weekStart}`}</Title>
      <Text>
        <strong>{t('coordination.roundups.status')}:</strong> {t(`coordination.roundupStatus.${r.status}`)}
      </Text>
      <Text size="sm">{t('coordination.roundup.perRecipient')}</Text>
      <Textarea
        label={t('coordination.roundup.intro')}
        value={intro}
        onChange={(e) => setIntro(e.currentTarget.value)}
        readOnly={!editable}
        autosize
        minRows={3}
        maxLength={5000}
      />
      <Textarea
        label={t('coordination.roundup.highlights')}
        description={t('coordination.roundup.highlightsHint')}
        value={highlights}
        onChange={(e) => setHighlights(e.currentTarget.value)}
        readOnly={!editable}
        autosize
        minRows={4}
      />
      {act.error && (
        <Alert color="red" role="alert">
          {isApiError(act.error) ? act.error.detail : String(act.error)}
        </Alert>
      )}
      {editable && (
        <Group>
          <Button variant="outline" onClick={() => act.mutate('save')} loading={act.isPending}>
            {t('coordination.roundup.save')}
          </Button>
          {r.status === 'draft' && (
            <Button variant="outline" onClick={() => act.mutate('approve')}>
              {t('coordination.roundup.approve')}
            </Button>
          )}
          {r.status === 'approved' && (
            <Button onClick={() => act.mutate('send')}>{t('coordination.roundup.send')}</Button>
          )}
        </Group>
      )}
      {r.deliveries.length > 0 && (
        <>
          <Title order={2}>{t('coordination.roundup.deliveries')}</Title>
          <SimpleTable
            caption={t('coordination.roundup.deliveries')}
            columns={[
              { key: 'partner', header: t('coordination.activity.partner'), render: (d) => <bdi>{d.partner}</bdi> },
              { key: 'email', header: t('coordination.roundup.email'), render: (d) => <bdi>{d.email}</bdi> },
              { key: 'language', header: t('coordination.roundup.language'), render: (d) => d.language },
              { key: 'status', header: t('coordination.roundups.status'), render: (d) => d.status },
            ]}
            rows={r.deliveries}
            rowKey={(d) => d.email}
            empty=""
          />
        </>
      )}
    </Stack>
  );
}
