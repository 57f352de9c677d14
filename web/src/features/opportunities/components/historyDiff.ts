/** What one entry of an opportunity's history changed, field by field, for people to read. */

export type FieldChange = { field: string; before: string; after: string };

/** Bookkeeping fields that change on every save and say nothing about the opportunity itself. */
const ignored = new Set(['id', 'version', 'createdAt', 'updatedAt', 'created_at', 'updated_at']);

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A stored value as short text: names and labels rather than whole objects. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(displayValue).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['name', 'label', 'title', 'code']) {
      if (typeof record[key] === 'string') return record[key];
    }
    if (typeof record.lat === 'number' && typeof record.lng === 'number') return `${record.lat}, ${record.lng}`;
    return JSON.stringify(value);
  }
  return String(value);
}

export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !ignored.has(key));
  return keys
    .filter((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null))
    .map((key) => ({ field: key, before: displayValue(a[key]), after: displayValue(b[key]) }));
}
