import { Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DataTable.module.css';
import { Pager } from './Pager';
import { SearchInput } from './SearchInput';
import { SortableHeader } from './SortableHeader';

export type Column<T> = {
  key: string;
  header: string;
  /** The API's sort field; columns without one are not sortable. */
  sortField?: string;
  render: (row: T) => ReactNode;
};

type Props<T> = {
  /** Names the table for screen readers (a visually hidden caption). */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  sort?: string | undefined;
  onSortChange?: (sort: string) => void;
  search?: { value: string; onChange: (value: string) => void; label?: string };
  /** Extra controls shown above the table, such as filters. */
  toolbar?: ReactNode;
  loading?: boolean;
  minWidth?: number;
};

/** A server-paged table: search box, sortable headers (aria-sort) and pagination, all driven by props. */
export function DataTable<T>(props: Props<T>) {
  const { t } = useTranslation();
  const { columns, rows, total, page, pageSize, sort, onSortChange, search } = props;

  return (
    <Stack gap="sm">
      {(search || props.toolbar) && (
        <Group align="flex-end" gap="sm">
          {search && <SearchInput value={search.value} onChange={search.onChange} label={search.label} />}
          {props.toolbar}
        </Group>
      )}
      <Table.ScrollContainer
        minWidth={props.minWidth ?? 560}
        type="native"
        className={classes.scroll}
        tabIndex={0}
        role="region"
        aria-label={props.caption}
      >
        <Table striped highlightOnHover verticalSpacing="xs" aria-busy={props.loading || undefined}>
          <VisuallyHidden component="caption">{props.caption}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) =>
                column.sortField && onSortChange ? (
                  <SortableHeader key={column.key} field={column.sortField} sort={sort} onSort={onSortChange}>
                    {column.header}
                  </SortableHeader>
                ) : (
                  <Table.Th key={column.key}>{column.header}</Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={props.rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text py="md" ta="center">
                    {t('table.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager total={total} page={page} pageSize={pageSize} onPageChange={props.onPageChange} />
    </Stack>
  );
}
