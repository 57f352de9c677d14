import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/usePageTitle';
import { saveIndicator, useIndicatorDefinition, type IndicatorDefinition } from '../api/indicatorEdit';
import { SourceFields } from './SourceFields';
import { TargetsEditor } from './TargetsEditor';

const units = ['count', 'gbp', 'percent'] as const;
const periods = ['month', 'quarter', 'year', 'programme'] as const;

/** Edits an indicator's name, definition (declarative, as JSON checked by the server) and targets. */
export function IndicatorEditPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('impact.edit.title'));
  const current = useIndicatorDefinition(code);
  if (current.isPending) return <PageLoader />;
  if (current.isError) return <QueryError error={current.error} onRetry={() => void current.refetch()} />;
  return <EditForm key={current.data.version} initial={current.data} />;
}

function EditForm({ initial }: { initial: IndicatorDefinition }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { code, ...rest } = initial;
  const [v, setV] = useState(rest);
  const [queryText, setQueryText] = useState(initial.query ? JSON.stringify(initial.query, null, 2) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (query: unknown) => saveIndicator(code, { ...v, query }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['impact-indicator', code] });
      await client.invalidateQueries({ queryKey: ['impact-indicators'] });
      await navigate(`/impact/indicators/${code}`);
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const found: Record<string, string> = {};
      for (const e of error.errors) {
        const path = e.path.replace(/^body\./, '');
        const key = path.startsWith('query') ? 'query' : path;
        found[key] = found[key]
          ? `${found[key]}; ${path}: ${e.message}`
          : key === 'query'
            ? `${path}: ${e.message}`
            : e.message;
      }
      setErrors(found);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    let query: unknown;
    if (v.method === 'computed') {
      try {
        query = JSON.parse(queryText);
      } catch {
        setErrors({ query: t('impact.edit.badJson') });
        return;
      }
    }
    setErrors({});
    mutation.mutate(query);
  };
  const conflict = isApiError(mutation.error) && mutation.error.status === 409;
  const source = v.method === 'computed' ? (/"source"\s*:\s*"([^"]+)"/.exec(queryText)?.[1] ?? '') : '';
  return (
    <form onSubmit={submit} noValidate aria-labelledby="indicator-edit">
      <Stack gap="md" maw={900}>
        <Anchor component={Link} to={`/impact/indicators/${code}`}>
          {t('impact.edit.back')}
        </Anchor>
        <Title order={1} id="indicator-edit">
          {t('impact.edit.heading', { name: initial.name })}
        </Title>
        <TextInput
          label={t('impact.edit.name')}
          required
          maxLength={200}
          value={v.name}
          onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
          error={errors.name}
        />
        <Textarea
          label={t('impact.edit.definitionText')}
          autosize
          minRows={2}
          maxLength={4000}
          value={v.definition}
          onChange={(e) => setV({ ...v, definition: e.currentTarget.value })}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('impact.edit.unit')}
            value={v.unit}
            onChange={(e) => setV({ ...v, unit: e.currentTarget.value as (typeof units)[number] })}
            data={units.map((u) => ({ value: u, label: t(`impact.edit.units.${u}`) }))}
          />
          <NativeSelect
            label={t('impact.edit.period')}
            value={v.period}
            onChange={(e) => setV({ ...v, period: e.currentTarget.value as (typeof periods)[number] })}
            data={periods.map((p) => ({ value: p, label: t(`impact.edit.periods.${p}`) }))}
          />
          <TextInput
            type="number"
            min={0}
            label={t('impact.edit.baseline')}
            value={String(v.baseline)}
            onChange={(e) => setV({ ...v, baseline: Number(e.currentTarget.value) })}
            error={errors.baseline}
          />
        </Group>
        <Group>
          <Checkbox
            label={t('impact.edit.published')}
            checked={v.published}
            onChange={(e) => setV({ ...v, published: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('impact.edit.headline')}
            checked={v.headline}
            onChange={(e) => setV({ ...v, headline: e.currentTarget.checked })}
          />
        </Group>
        {v.method === 'computed' && (
          <>
            <Textarea
              label={t('impact.edit.query')}
              description={t('impact.edit.queryHelp')}
              autosize
              minRows={6}
              dir="ltr"
              styles={{ input: { fontFamily: 'monospace' } }}
              value={queryText}
              onChange={(e) => setQueryText(e.currentTarget.value)}
              error={errors.query}
            />
            <SourceFields name={source} />
          </>
        )}
        <TargetsEditor targets={v.targets} errors={errors} onChange={(targets) => setV({ ...v, targets })} />
        {conflict && (
          <Alert color="orange" role="alert" title={t('impact.edit.conflictTitle')}>
            <Stack gap="xs" align="flex-start">
              {t('impact.edit.conflict')}
              <Button
                variant="outline"
                color="orange.9"
                onClick={() => void client.invalidateQueries({ queryKey: ['impact-indicator-definition', code] })}
              >
                {t('impact.edit.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {mutation.error && !conflict && (
          <Alert color="red" role="alert" title={t('impact.edit.failed')}>
            {isApiError(mutation.error) && mutation.error.errors.length ? (
              <List>
                {mutation.error.errors.map((e) => (
                  <List.Item key={e.path}>{`${e.path.replace(/^body\./, '')}: ${e.message}`}</List.Item>
                ))}
              </List>
            ) : isApiError(mutation.error) ? (
              mutation.error.detail
            ) : null}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('impact.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
