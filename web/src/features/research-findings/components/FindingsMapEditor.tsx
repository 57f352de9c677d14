import { Alert, Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { applyFindings, saveFindingMap, type FindingMap, type FindingRule } from '../api/findings';
import { QuestionRule } from './QuestionRule';

type Props = { formId: string; versionId: string; map: FindingMap };

/** The editable rules of one version's map; it keeps the revision it saved last (a stale one is refused with 409). */
export function FindingsMapEditor({ formId, versionId, map }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [rules, setRules] = useState<FindingRule[]>(map.rules);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(map.revision);
  const failure = (err: unknown) =>
    isApiError(err) && err.status === 409
      ? t('researchFindings.map.stale')
      : isApiError(err) && err.detail
        ? err.detail
        : t('errors.generic');

  const save = async () => {
    setBusy(true);
    try {
      const saved = await saveFindingMap(formId, versionId, { rules, revision });
      setRevision(saved.revision);
      client.setQueryData(['research-findings-map', formId, versionId], saved);
      setMessage({ ok: true, text: t('researchFindings.map.saved') });
    } catch (err) {
      setMessage({ ok: false, text: failure(err) });
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    setBusy(true);
    try {
      await applyFindings(formId);
      setMessage({ ok: true, text: t('researchFindings.map.applyQueued') });
    } catch (err) {
      setMessage({ ok: false, text: failure(err) });
    } finally {
      setBusy(false);
    }
  };
  const change = (path: string, rule: FindingRule | undefined) =>
    setRules((all) => [...all.filter((r) => r.path !== path), ...(rule ? [rule] : [])]);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        {map.questions.map((q) => (
          <QuestionRule
            key={q.path}
            question={q}
            rule={rules.find((r) => r.path === q.path)}
            onChange={(r) => change(q.path, r)}
          />
        ))}
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('researchFindings.map.save')}
          </Button>
          <Button variant="default" onClick={() => void apply()} disabled={busy || revision === 0}>
            {t('researchFindings.map.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
