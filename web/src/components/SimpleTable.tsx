import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './DataTable.module.css';

export type SimpleColumn<T> = { key: string; header: string; render: (row: T) => ReactNode };

type Props<T> = {
  caption: string;
  columns: SimpleColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Said instead of an empty table. */
  empty: ReactNode;
  minWidth?: number;
};

/** A small table of everything it is given (no paging), with a caption and an empty state that explains. */
export function SimpleTable<T>({ caption, columns, rows, rowKey, empty, minWidth }: Props<T>) {
  if (rows.length === 0) return typeof empty === 'string' ? <Text>{empty}</Text> : <>{empty}</>;
  return (
    <Table.ScrollContainer
      minWidth={minWidth ?? 480}
      type="native"
      className={classes.scroll}
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table striped verticalSpacing="xs">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
