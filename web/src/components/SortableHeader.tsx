import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { nextSort, parseSort } from '../lib/list';
import classes from './DataTable.module.css';

type Props = { field: string; sort: string | undefined; onSort: (sort: string) => void; children: ReactNode };

const arrows = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** A column header that sorts on click; aria-sort tells assistive technology the current order. */
export function SortableHeader({ field, sort, onSort, children }: Props) {
  const current = parseSort(sort);
  const state = current?.field !== field ? 'none' : current.direction === 'asc' ? 'ascending' : 'descending';

  return (
    <Table.Th aria-sort={state}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(nextSort(sort, field))}>
        <span>{children}</span>
        <span aria-hidden className={classes.sortIcon} data-active={state !== 'none' || undefined}>
          {arrows[state]}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
