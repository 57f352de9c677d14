import { Alert, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { postToBoard, useBoard, type Thread } from '../api/startups';

/** The cohort's peer group: threads of posts with one level of replies. */
export function PeerBoard({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const board = useBoard(cohortId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="peer-board">
      <Title order={2} id="peer-board">
        {t('startups.board.title')}
      </Title>
      <Compose cohortId={cohortId} label={t('startups.board.newPost')} />
      {board.data?.length === 0 && <Text>{t('startups.board.empty')}</Text>}
      {(board.data ?? []).map((thread) => (
        <ThreadCard key={thread.id} cohortId={cohortId} thread={thread} />
      ))}
    </Stack>
  );
}

function ThreadCard({ cohortId, thread }: { cohortId: string; thread: Thread }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.resolvedLanguage ?? 'en');
  return (
    <Card withBorder component="article">
      <Text size="sm" c="dimmed">
        {thread.author ?? t('startups.board.someone')} · {when(thread.createdAt)}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{thread.body}</Text>
      <Stack gap={4} ms="lg" mt="xs">
        {thread.replies.map((r) => (
          <div key={r.id}>
            <Text size="sm" c="dimmed">
              {r.author ?? t('startups.board.someone')} · {when(r.createdAt)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Text>
          </div>
        ))}
        <Compose cohortId={cohortId} parent={thread.id} label={t('startups.board.reply')} />
      </Stack>
    </Card>
  );
}

function Compose({ cohortId, parent, label }: { cohortId: string; parent?: string; label: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    setError('');
    try {
      await postToBoard(cohortId, body, parent);
      setBody('');
      await client.invalidateQueries({ queryKey: ['peer-board', cohortId] });
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
    }
  };
  return (
    <Stack gap={4}>
      <Textarea label={label} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Button size="xs" w="fit-content" disabled={!body.trim()} onClick={send}>
        {t('startups.board.send')}
      </Button>
    </Stack>
  );
}
