/** The choices sheet: lists of choices keyed by list name. Pure. */
import { XlsFormError } from './xlsform.errors';
import { mediaOf } from './xlsform.fields';
import { VALID_NAME } from './xlsform.question-types';
import type { NormalSheet } from './xlsform.sheets';
import type { FormChoice, Labels } from './xlsform.types';

export interface ChoiceList {
  name: string;
  choices: FormChoice[];
}

const NOT_FILTERS = new Set(['list_name', 'name', 'label', 'image', 'audio', 'video', 'big-image']);

export function readChoices(sheet: NormalSheet, allowDuplicates: boolean): Map<string, ChoiceList> {
  const lists = new Map<string, ChoiceList>();
  const seen = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const listName = cells.get('list_name');
    const where = (column: string) => ({
      sheet: sheet.name,
      row,
      column: sheet.headers.get(column) ?? column,
    });
    if (listName === undefined) {
      throw new XlsFormError(where('list_name'), 'choice has no list_name');
    }
    if (!VALID_NAME.test(listName)) {
      throw new XlsFormError(where('list_name'), `"${listName}" is not a valid list name`);
    }
    const name = cells.get('name');
    if (name === undefined) throw new XlsFormError(where('name'), 'choice has no name');
    const key = `${listName}\u0000${name}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && !allowDuplicates) {
      throw new XlsFormError(
        where('name'),
        `duplicate choice "${name}" in list "${listName}" (first at row ${earlier}); set allow_choice_duplicates to yes to allow it`,
      );
    }
    seen.set(key, row);
    const labels: Labels = {};
    const filters: Record<string, string> = {};
    for (const [column, value] of cells) {
      const parsed = sheet.columns.get(column);
      if (!parsed) continue;
      if (parsed.base === 'label') labels[parsed.lang ?? 'default'] = value;
      else if (!NOT_FILTERS.has(parsed.base) && parsed.lang === null && VALID_NAME.test(column)) {
        filters[column] = value;
      }
    }
    const list = lists.get(listName) ?? { name: listName, choices: [] };
    const media = mediaOf(sheet, cells);
    list.choices.push({
      name,
      labels,
      ...(media ? { media } : {}),
      ...(Object.keys(filters).length ? { filters } : {}),
    });
    lists.set(listName, list);
  }
  return lists;
}
