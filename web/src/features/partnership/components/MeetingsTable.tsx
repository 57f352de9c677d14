import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SimpleTable, type SimpleColumn } from '../../../components/SimpleTable';
import { formatDateTime } from '../../../lib/format';
import type { MeetingSummary } from '../api/meetings';

type Props = { caption: string; rows: MeetingSummary[]; empty: string; withBody?: boolean };

/** A short table of meetings (a body's, or those with actions for a work package), each linking to its page. */
export function MeetingsTable({ caption, rows, empty, withBody = false }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const columns: SimpleColumn<MeetingSummary>[] = [
    {
      key: 'title',
      header: t('coordination.workPackage.meeting'),
      render: (m) => (
        <Anchor component={Link} to={`/partnership/meetings/${encodeURIComponent(m.id)}`} fz="inherit">
          <bdi>{m.title}</bdi>
        </Anchor>
      ),
    },
    ...(withBody
      ? [
          {
            key: 'body',
            header: t('coordination.bodies.body'),
            render: (m: MeetingSummary) => <bdi>{m.body.name}</bdi>,
          },
        ]
      : []),
    { key: 'startsAt', header: t('coordination.workPackage.when'), render: (m) => formatDateTime(m.startsAt, lang) },
    { key: 'location', header: t('coordination.bodies.location'), render: (m) => <bdi>{m.location || '—'}</bdi> },
  ];
  return <SimpleTable caption={caption} rows={rows} rowKey={(m) => m.id} empty={empty} columns={columns} />;
}
