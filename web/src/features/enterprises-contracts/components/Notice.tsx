import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A short message after an action: saved (a polite status) or failed (an alert). The text is in the darkest shade,
 * because the light alert's own text colour falls below 4.5:1 on its tinted background.
 */
export function Notice({ tone, children }: { tone: 'saved' | 'failed'; children: ReactNode }) {
  const color = tone === 'saved' ? 'green' : 'red';
  return (
    <Alert color={color} role={tone === 'saved' ? 'status' : 'alert'}>
      <Text size="sm" c={`${color}.9`}>
        {children}
      </Text>
    </Alert>
  );
}
