import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScoreComponent } from '../api/employers';

type Props = {
  score: number;
  readiness: string;
  readyInMonths: number | null;
  components: ScoreComponent[];
  reasons: string[];
  gaps: string[];
};

/** A match's score with its named components, the reasons for it and the gaps still to close. */
export function MatchBreakdown({ score, readiness, readyInMonths, components, reasons, gaps }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge size="lg" variant="filled" color="blue.9">
          {t('matchingEmployers.match.score', { score })}
        </Badge>
        <Badge variant="outline" color={readiness === 'ready' ? 'green.9' : 'red.9'}>
          {readiness === 'future' && readyInMonths !== null
            ? t('matchingEmployers.match.readyIn', { count: readyInMonths })
            : t(`matchingEmployers.readiness.${readiness}`)}
        </Badge>
      </Group>
      <Table withTableBorder fz="sm">
        <Table.Caption>{t('matchingEmployers.match.breakdown')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('matchingEmployers.match.component')}</Table.Th>
            <Table.Th>{t('matchingEmployers.match.points')}</Table.Th>
            <Table.Th>{t('matchingEmployers.match.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {components.map((c) => (
            <Table.Tr key={c.name}>
              <Table.Td>{t(`matchingEmployers.components.${c.name}`)}</Table.Td>
              <Table.Td>{`${Math.round(c.points)} / ${Math.round(c.weight * 100)}`}</Table.Td>
              <Table.Td>
                <bdi>{c.reason}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {reasons.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('matchingEmployers.match.reasons')}
          </Text>
          <List size="sm">
            {reasons.map((r) => (
              <List.Item key={r}>
                <bdi>{r}</bdi>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {gaps.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('matchingEmployers.match.gaps')}
          </Text>
          <List size="sm">
            {gaps.map((g) => (
              <List.Item key={g}>
                <bdi>{g}</bdi>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
