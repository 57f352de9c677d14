import { Alert, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { AnyChildNode, FormLanguage } from '@getodk/xforms-engine';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useDefinition } from '../api/definition';
import { directionOfLanguage, languageCode, serialise } from '../engine/xform';
import type { OutboxEntry } from '../offline/db';
import { draftOf, queueResponse, syncOutbox } from '../offline/sync';
import { useXForm } from './useXForm';
import { XFormNode } from './XFormNode';

type Saved = { complete: boolean; instanceId: string };

/** `?draft=<instanceID>`: an incomplete response saved on this device (undefined while it is read, null: none). */
function useDraft(instanceId: string | null, onFound: (d: OutboxEntry) => void): OutboxEntry | null | undefined {
  const [read, setRead] = useState<{ id: string; entry: OutboxEntry | null }>();
  useEffect(() => {
    if (!instanceId) return;
    let live = true;
    void draftOf(instanceId).then((d) => {
      if (!live) return;
      setRead({ id: instanceId, entry: d ?? null });
      if (d) onFound(d);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once per draft
  }, [instanceId]);
  if (!instanceId) return null;
  return read?.id === instanceId ? read.entry : undefined;
}

/**
 * The built-in web form: a researcher fills a questionnaire on a phone, in the respondent's language, with or
 * without a connection. Finished and partial responses go to the device's outbox and are synced from there.
 */
export function FillFormPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const definition = useDefinition(id);
  const [attempt, setAttempt] = useState(0);
  const [channel, setChannel] = useState<'web' | 'paper'>('web');
  const draftId = search.get('draft');
  const draft = useDraft(draftId, (d) => setChannel(d.channel));
  const form = useXForm(
    draft === undefined ? undefined : definition.data?.xml,
    i18n.resolvedLanguage ?? 'en',
    attempt,
    draft ? { xml: draft.xml, language: draft.language, media: draft.media } : undefined,
  );
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(definition.data?.title ?? t('research.fill.title'));

  if (definition.error) return <QueryError error={definition.error} onRetry={() => void definition.refetch()} />;
  if (form.error) return <Alert color="red">{t('research.fill.cannotLoad')}</Alert>;
  if (!definition.data || !form.root) return <PageLoader />;
  const { root } = form;
  const d = definition.data;
  const active = root.currentState.activeLanguage;
  const formLanguages = root.languages.filter((l): l is FormLanguage => !l.isSyntheticDefault);
  const dir = active.isSyntheticDefault ? undefined : directionOfLanguage(active.language);
  const lang = active.isSyntheticDefault ? undefined : languageCode(active.language);

  const save = async (complete: boolean) => {
    if (complete && root.validationState.violations.length > 0) {
      setShowErrors(true);
      form.changed();
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const { xml, instanceId, media } = await serialise(root);
      await queueResponse({
        instanceId,
        formId: d.id,
        formTitle: d.title,
        version: d.version,
        xml,
        media,
        channel,
        complete,
        language: active.isSyntheticDefault ? null : active.language,
      });
      setSaved({ complete, instanceId });
      if (navigator.onLine) void syncOutbox();
    } finally {
      setBusy(false);
    }
  };

  if (saved)
    return (
      <Stack gap="md" maw={640}>
        <Title order={1}>{d.title}</Title>
        <Alert color="green" title={t(saved.complete ? 'research.fill.savedComplete' : 'research.fill.savedPartial')}>
          {t('research.fill.savedIntro')}
        </Alert>
        <Group>
          <Button component={Link} to="/research/collect">
            {t('research.fill.toOutbox')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setSaved(null);
              setShowErrors(false);
              setAttempt((n) => n + 1);
              if (draftId) void navigate(`/research/collect/${encodeURIComponent(id)}`, { replace: true });
            }}
          >
            {t('research.fill.another')}
          </Button>
        </Group>
      </Stack>
    );

  return (
    <Stack gap="md" maw={640}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{d.title}</Title>
        {d.offline && <Badge color="orange.9">{t('research.fill.offlineCopy')}</Badge>}
      </Group>
      {d.anonymous && <Alert color="blue">{t('research.fill.anonymous')}</Alert>}
      {draft && <Alert color="blue">{t('research.fill.resumed')}</Alert>}
      {draftId && draft === null && <Alert color="orange">{t('research.fill.draftGone')}</Alert>}
      <Group align="flex-end">
        {formLanguages.length > 1 && (
          <NativeSelect
            label={t('research.fill.language')}
            value={active.language}
            onChange={(e) => {
              const next = formLanguages.find((l) => l.language === e.currentTarget.value);
              if (next) form.setLanguage(next);
            }}
            data={formLanguages.map((l) => ({ value: l.language, label: l.language }))}
          />
        )}
        <div>
          <Text size="sm" fw={500} id="channel-label">
            {t('research.fill.channel')}
          </Text>
          <SegmentedControl
            aria-labelledby="channel-label"
            value={channel}
            onChange={(value) => setChannel(value === 'paper' ? 'paper' : 'web')}
            data={[
              { value: 'web', label: t('research.channels.web') },
              { value: 'paper', label: t('research.channels.paper') },
            ]}
          />
        </div>
      </Group>
      <Paper withBorder p="md" dir={dir} lang={lang} data-revision={form.revision}>
        <Stack gap="lg">
          {(root.currentState.children as AnyChildNode[]).map((node) => (
            <XFormNode key={node.nodeId} node={node} onChange={form.changed} showErrors={showErrors} />
          ))}
        </Stack>
      </Paper>
      {showErrors && root.validationState.violations.length > 0 && (
        <Alert color="red" role="alert">
          {t('research.fill.fixErrors', { count: root.validationState.violations.length })}
        </Alert>
      )}
      <Group>
        <Button loading={busy} onClick={() => void save(true)}>
          {t('research.fill.finish')}
        </Button>
        <Button variant="default" loading={busy} onClick={() => void save(false)}>
          {t('research.fill.savePartial')}
        </Button>
      </Group>
    </Stack>
  );
}
