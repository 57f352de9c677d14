import { sql } from 'kysely';
import type { Db } from '../../db/tx';

/** A candidate's availability and reminder choices (migration 0020). */

export interface PreferencesRow {
  available_hours_per_week: string | null;
  available_days_per_week: number | null;
  available_from: string | null;
  reminder_channels: string[];
  reminder_language: string | null;
  version: number;
}

export async function preferencesOf(db: Db, id: string) {
  const { rows } = await sql<PreferencesRow>`
    select available_hours_per_week::text as available_hours_per_week, available_days_per_week,
      available_from::text as available_from, reminder_channels, reminder_language, version
    from candidates where id = ${id}`.execute(db);
  return rows[0];
}

/** Applies the change if the version still matches; false when someone changed the record first. */
export async function updatePreferences(db: Db, id: string, version: number, p: Omit<PreferencesRow, 'version'>) {
  const r = await sql`
    update candidates set available_hours_per_week = ${p.available_hours_per_week},
      available_days_per_week = ${p.available_days_per_week}, available_from = ${p.available_from},
      reminder_channels = ${JSON.stringify(p.reminder_channels)}::jsonb, reminder_language = ${p.reminder_language},
      version = version + 1, updated_at = now()
    where id = ${id} and version = ${version}`.execute(db);
  return Number(r.numAffectedRows ?? 0) === 1;
}
