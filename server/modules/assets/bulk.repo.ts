import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { MicroAssetColumns } from './micro-assets.repo';
import type { OpportunityColumns } from './opportunities.repo';

/**
 * Multi-row statements for imports. Each chunk goes in as one JSON parameter unpacked by jsonb_to_recordset
 * (or arrays by unnest): on PGlite that costs about half of a VALUES list with 17,000 bound parameters, and it
 * stays far from PostgreSQL's 65,535-parameter limit. Column types are spelt out, so the database still checks
 * every value (and every CHECK, foreign key and trigger applies as for a single insert).
 */

export type OpportunityInsert = OpportunityColumns & { id: string };
export type MicroAssetInsert = MicroAssetColumns & { id: string };

const chunkRows = 1000;

async function inChunks<T>(rows: readonly T[], size: number, fn: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await fn(rows.slice(i, i + size));
}

export async function insertOpportunities(db: Db, rows: readonly OpportunityInsert[]): Promise<void> {
  await inChunks(rows, chunkRows, (chunk) =>
    sql`
      insert into opportunities (id, partner_id, macro_asset_id, kind, title, description, qualifications, english_level,
        legal_gates, area_id, lat, lng, quantity, value, opens_on, closes_on, status, updated_at)
      select id, partner_id, macro_asset_id, kind, title, description, qualifications, english_level,
        legal_gates, area_id, lat, lng, quantity, value, opens_on, closes_on, status, now()
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(id uuid, partner_id uuid, macro_asset_id uuid,
        kind text, title text, description text, qualifications jsonb, english_level text, legal_gates jsonb,
        area_id uuid, lat float8, lng float8, quantity integer, value numeric, opens_on date, closes_on date,
        status text)`.execute(db),
  );
}

export async function insertOpportunityOccupations(
  db: Db,
  rows: readonly { opportunity_id: string; occupation_code: string }[],
): Promise<void> {
  await inChunks(rows, chunkRows * 5, (chunk) => {
    const ids = chunk.map((r) => r.opportunity_id);
    const codes = chunk.map((r) => r.occupation_code);
    return sql`
      insert into opportunity_occupations (opportunity_id, occupation_code)
      select * from unnest(${ids}::uuid[], ${codes}::text[])`.execute(db);
  });
}

export interface ChangeInsert {
  opportunity_id: string;
  version: number;
  actor_user_id: string | null;
  actor_email: string | null;
  change: string;
  after: Record<string, unknown>;
}

export async function insertOpportunityChanges(db: Db, rows: readonly ChangeInsert[]): Promise<void> {
  await inChunks(rows, chunkRows, (chunk) =>
    sql`
      insert into opportunity_changes (opportunity_id, version, actor_user_id, actor_email, change, before, after)
      select opportunity_id, version, actor_user_id, actor_email, change, null, after
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(opportunity_id uuid, version integer,
        actor_user_id uuid, actor_email text, change text, after jsonb)`.execute(db),
  );
}

export async function insertMicroAssets(db: Db, rows: readonly MicroAssetInsert[]): Promise<void> {
  await inChunks(rows, chunkRows, (chunk) =>
    sql`
      insert into micro_assets (id, partner_id, category, kind, name, description, occupation_code, owner_type,
        resident_id, owner_partner_id, area_id, lat, lng, provenance, source_ref, visibility, sensitive, updated_at)
      select id, partner_id, category, kind, name, description, occupation_code, owner_type,
        resident_id, owner_partner_id, area_id, lat, lng, provenance, source_ref, visibility, sensitive, now()
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(id uuid, partner_id uuid, category text,
        kind text, name text, description text, occupation_code text, owner_type text, resident_id uuid,
        owner_partner_id uuid, area_id uuid, lat float8, lng float8, provenance text, source_ref text,
        visibility text, sensitive boolean)`.execute(db),
  );
}
