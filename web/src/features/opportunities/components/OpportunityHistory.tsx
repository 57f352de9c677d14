import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { SimpleTable } from '../../../components/SimpleTable';
import { formatDateTime } from '../../../lib/format';
import { valueLabel } from '../../../lib/labels';
import { useOpportunityHistory, type HistoryEntry } from '../api/opportunities';
import { changedFields } from './historyDiff';

/** Every version of an opportunity: who changed it, when, and what changed. */
export function OpportunityHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { data, error, refetch } = useOpportunityHistory(id);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  const rows = [...data.items].sort((a, b) => b.version - a.version);

  return (
    <SimpleTable<HistoryEntry>
      caption={t('opportunity.historyCaption')}
      rows={rows}
      rowKey={(entry) => `${entry.version}-${entry.at}`}
      empty={t('opportunity.noHistory')}
      minWidth={640}
      columns={[
        { key: 'version', header: t('opportunity.version'), render: (entry) => entry.version },
        { key: 'at', header: t('opportunity.when'), render: (entry) => formatDateTime(entry.at, language) },
        {
          key: 'who',
          header: t('opportunity.who'),
          render: (entry) => (entry.actor ? <span dir="ltr">{entry.actor.email}</span> : t('audit.system')),
        },
        {
          key: 'change',
          header: t('opportunity.change'),
          render: (entry) => valueLabel(t, 'opportunity.changes', entry.change),
        },
        {
          key: 'what',
          header: t('opportunity.whatChanged'),
          render: (entry) => {
            if (entry.change === 'create') return t('opportunity.created');
            const changes = changedFields(entry.before, entry.after);
            if (changes.length === 0) return '—';
            return (
              <List size="sm" spacing={2}>
                {changes.map((change) => (
                  <List.Item key={change.field}>
                    <Text span fw={700} size="sm">
                      {valueLabel(t, 'opportunityForm.fields', change.field)}
                    </Text>
                    : <bdi>{change.before}</bdi> → <bdi>{change.after}</bdi>
                  </List.Item>
                ))}
              </List>
            );
          },
        },
      ]}
    />
  );
}
