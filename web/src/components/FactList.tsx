import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './FactList.module.css';

export type Fact = { label: string; value: ReactNode };

/** Key facts about a record as a description list: a label and its value, two columns when there is room. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className={classes.list}>
      {facts.map((fact) => (
        <div key={fact.label} className={classes.item}>
          <Text component="dt" size="sm" fw={700} c="dimmed">
            {fact.label}
          </Text>
          <Text component="dd" className={classes.value}>
            {fact.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
