/**
 * pyxform's `table-list` group appearance: selects sharing one list shown as a grid. The group
 * becomes a field-list, a label-only header select (choices as column titles) goes before the first
 * select, each select hides its choice labels, and a group label moves into a generated note. Pure.
 */
import type { FormField } from './xlsform.types';

export interface TableListPlan {
  /** Fields to insert: [index in the group's children, field]. */
  inserts: [number, FormField][];
  /** Set when the selects do not share a list: [the offending field, message]. */
  error?: [FormField, string];
}

const isSelect = (field: FormField) => field.type === 'select_one' || field.type === 'select_multiple';

export const isTableList = (group: FormField): boolean =>
  group.type === 'group' && /(^|\s)table-list(\s|$)/.test(group.appearance ?? '');

/** Rewrites `group` in place and says which generated fields to add; `rowOf` gives sheet rows. */
export function planTableList(group: FormField, groupRow: number, rowOf: (field: FormField) => number): TableListPlan {
  const children = group.children ?? [];
  const selects = children.filter(isSelect);
  const first = selects[0];
  if (!first) return { inserts: [] };
  const other = selects.find((field) => field.listName !== first.listName);
  if (other) {
    return {
      inserts: [],
      error: [
        other,
        `a table-list group needs one choice list for all its selects ("${first.listName}" and "${other.listName}")`,
      ],
    };
  }
  group.appearance = (group.appearance ?? '').replace(/(^|\s)table-list(?=\s|$)/, '$1field-list');
  for (const select of selects) select.appearance = 'list-nolabel';
  const base = group.xpath;
  const header: FormField = {
    name: `reserved_name_for_field_list_labels_${rowOf(first)}`,
    xpath: `${base}/reserved_name_for_field_list_labels_${rowOf(first)}`,
    type: first.type,
    dataType: first.dataType,
    labels: { default: ' ' },
    hints: {},
    listName: first.listName,
    ...(first.choices ? { choices: first.choices } : {}),
    appearance: 'label',
    required: false,
    readOnly: false,
    sensitive: false,
  };
  const inserts: [number, FormField][] = [[children.indexOf(first), header]];
  if (Object.keys(group.labels).length) {
    const label: FormField = {
      name: `generated_table_list_label_${groupRow}`,
      xpath: `${base}/generated_table_list_label_${groupRow}`,
      type: 'note',
      dataType: 'string',
      labels: group.labels,
      hints: {},
      required: false,
      readOnly: false,
      sensitive: false,
    };
    group.labels = {};
    inserts.unshift([0, label]);
  }
  return { inserts };
}
