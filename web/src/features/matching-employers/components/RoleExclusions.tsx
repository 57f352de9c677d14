import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

const exclusionsSchema = z.object({
  role: z.object({ id: z.string(), title: z.string() }).nullable(),
  items: z.array(
    z.object({
      candidate: z.object({ id: idSchema, reference: z.string(), fullName: z.string() }),
      reasons: z.array(z.string()),
    }),
  ),
});

/**
 * For caseworkers, under the suggestions: candidates the vacancy's interim role rules out (e.g. a Medical Support
 * Worker post after a PLAB 2 pass), with the reasons, so nobody wonders why they are missing.
 */
export function RoleExclusions({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['suggestions', vacancyId, 'role-exclusions'],
    queryFn: () =>
      getJson(`/api/v1/matching/vacancies/${encodeURIComponent(vacancyId)}/role-exclusions`, exclusionsSchema),
  });
  if (!data?.role || data.items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="role-exclusions">
      <Title order={2} size="h3" id="role-exclusions">
        {t('matchingEmployers.exclusions.title', { role: data.role.title })}
      </Title>
      <Text size="sm">{t('matchingEmployers.exclusions.intro')}</Text>
      <List size="sm">
        {data.items.map(({ candidate: c, reasons }) => (
          <List.Item key={c.id}>
            <Anchor component={Link} to={`/matching/candidates/${encodeURIComponent(c.id)}`}>
              <bdi>{c.fullName}</bdi>
            </Anchor>{' '}
            ({c.reference}): {reasons.join('; ')}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
