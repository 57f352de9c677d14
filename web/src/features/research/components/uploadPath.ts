/** "file.survey.row 7.constraint" from the server becomes "sheet survey, row 7, column constraint". */
export function describePath(path: string, t: (key: string, values?: Record<string, unknown>) => string): string {
  const parts = path
    .replace(/^file\.?/, '')
    .split('.')
    .filter(Boolean);
  if (parts.length === 0) return t('research.import.wholeFile');
  const [sheet, maybeRow, ...rest] = parts;
  const row = maybeRow && /^row \d+$/.test(maybeRow) ? maybeRow.slice(4) : undefined;
  const column = (row ? rest : [maybeRow, ...rest]).filter(Boolean).join('.');
  return [
    t('research.import.sheet', { sheet }),
    row ? t('research.import.row', { row }) : null,
    column ? t('research.import.column', { column }) : null,
  ]
    .filter(Boolean)
    .join(', ');
}
