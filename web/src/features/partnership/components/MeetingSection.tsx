import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of the meeting page. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={id} maw={960}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
