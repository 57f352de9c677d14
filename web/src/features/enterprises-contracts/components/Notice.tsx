import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A short message after an action: saved (a polite status) or failed (an alert). The text is in the page's text
 * colour: the light alert's own (even its darkest green) falls below 4.5:1 on its tinted background.
 */
export function Notice({ tone, children }: { tone: 'saved' | 'failed'; children: ReactNode }) {
  const color = tone === 'saved' ? 'green' : 'red';
  return (
    <Alert color={color} role={tone === 'saved' ? 'status' : 'alert'}>
      <Text size="sm" c="var(--mantine-color-text)">
        {children}
      </Text>
    </Alert>
  );
}
