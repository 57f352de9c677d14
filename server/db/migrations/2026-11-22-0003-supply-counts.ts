import { sql, type Kysely } from 'kysely';

// Read-side support for linking, gaps, the map and search.
//
// micro_asset_counts keeps how many live (unmerged) micro-assets there are per area, occupation, kind and owner
// type, and area_asset_counts per area and owner type (for the map), both maintained by statement-level
// triggers in the same transaction as the change. Supply per opportunity, hidden talent and the map's per-area
// counts read these small tables instead of counting 100,000s of rows.
// A micro-asset is counted in its own area_id (for a resident's skill: the resident's area, as recorded).
// The tables live in the schema "derived": they are rebuilt from micro_assets, so logical backups (which copy
// the public schema) leave them out, and a restore rebuilds them through the same triggers.
//
// occupation_terms holds each occupation's labels and synonyms one per row (from the normalised search_text and
// the raw labels), kept by a trigger, so search can match short terms through a trigram index instead of
// comparing the query with every occupation's long multilingual search_text.
//
// The partial indexes serve the candidate look-ups (top few per occupation and area, by owner) and search over
// non-personal assets; resident-owned assets are never searched or placed on the map.
const ddl = `
  create schema if not exists derived;
  create table derived.micro_asset_counts (
    area_id uuid,
    occupation_code text,
    kind text not null,
    owner_type text not null,
    n integer not null
  );
  create unique index micro_asset_counts_key on derived.micro_asset_counts (area_id, occupation_code, kind, owner_type) nulls not distinct;

  create index micro_asset_counts_code_idx on derived.micro_asset_counts (occupation_code, kind);

  insert into derived.micro_asset_counts (area_id, occupation_code, kind, owner_type, n)
    select area_id, occupation_code, kind, owner_type, count(*)::int from micro_assets
    where merged_into_id is null group by 1, 2, 3, 4;

  create table derived.area_asset_counts (
    area_id uuid,
    owner_type text not null,
    n integer not null
  );
  create unique index area_asset_counts_key on derived.area_asset_counts (area_id, owner_type) nulls not distinct;
  insert into derived.area_asset_counts (area_id, owner_type, n)
    select area_id, owner_type, count(*)::int from micro_assets where merged_into_id is null group by 1, 2;

  create function micro_asset_counts_apply() returns trigger language plpgsql as $$
  begin
    if tg_op in ('DELETE', 'UPDATE') then
      insert into derived.micro_asset_counts as c (area_id, occupation_code, kind, owner_type, n)
        select area_id, occupation_code, kind, owner_type, -count(*)::int from old_rows
        where merged_into_id is null group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (area_id, occupation_code, kind, owner_type) do update set n = c.n + excluded.n;
      insert into derived.area_asset_counts as c (area_id, owner_type, n)
        select area_id, owner_type, -count(*)::int from old_rows
        where merged_into_id is null group by 1, 2 order by 1, 2
        on conflict (area_id, owner_type) do update set n = c.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      insert into derived.micro_asset_counts as c (area_id, occupation_code, kind, owner_type, n)
        select area_id, occupation_code, kind, owner_type, count(*)::int from new_rows
        where merged_into_id is null group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (area_id, occupation_code, kind, owner_type) do update set n = c.n + excluded.n;
      insert into derived.area_asset_counts as c (area_id, owner_type, n)
        select area_id, owner_type, count(*)::int from new_rows
        where merged_into_id is null group by 1, 2 order by 1, 2
        on conflict (area_id, owner_type) do update set n = c.n + excluded.n;
    end if;
    return null;
  end $$;

  create function micro_asset_counts_reset() returns trigger language plpgsql as $$
  begin
    delete from derived.micro_asset_counts;
    delete from derived.area_asset_counts;
    return null;
  end $$;

  create trigger micro_asset_counts_insert after insert on micro_assets
    referencing new table as new_rows for each statement execute function micro_asset_counts_apply();
  create trigger micro_asset_counts_update after update on micro_assets
    referencing old table as old_rows new table as new_rows for each statement execute function micro_asset_counts_apply();
  create trigger micro_asset_counts_delete after delete on micro_assets
    referencing old table as old_rows for each statement execute function micro_asset_counts_apply();
  create trigger micro_asset_counts_truncate after truncate on micro_assets
    for each statement execute function micro_asset_counts_reset();

  create table derived.occupation_terms (
    code text not null,
    term text not null,
    primary key (code, term)
  );
  create index occupation_terms_trgm on derived.occupation_terms using gin (term gin_trgm_ops);

  create function occupation_terms_apply() returns trigger language plpgsql as $$
  begin
    if tg_op in ('UPDATE', 'DELETE') then
      delete from derived.occupation_terms where code = old.code;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      insert into derived.occupation_terms (code, term)
        select new.code, t from (
          select unnest(string_to_array(new.search_text, ' | ')) as t
          union select lower(value) from jsonb_each_text(new.labels)
          union select lower(jsonb_array_elements_text(value)) from jsonb_each(new.synonyms)
            where jsonb_typeof(value) = 'array') terms
        where t <> ''
        on conflict do nothing;
    end if;
    return null;
  end $$;

  create function occupation_terms_reset() returns trigger language plpgsql as $$
  begin
    delete from derived.occupation_terms;
    return null;
  end $$;

  create trigger occupation_terms_change after insert or update or delete on occupations
    for each row execute function occupation_terms_apply();
  create trigger occupation_terms_truncate after truncate on occupations
    for each statement execute function occupation_terms_reset();
  insert into derived.occupation_terms (code, term)
    select o.code, t from occupations o, lateral (
      select unnest(string_to_array(o.search_text, ' | ')) as t
      union select lower(value) from jsonb_each_text(o.labels)
      union select lower(jsonb_array_elements_text(value)) from jsonb_each(o.synonyms)
        where jsonb_typeof(value) = 'array') terms
    where t <> ''
    on conflict do nothing;

  create index micro_assets_org_supply_idx on micro_assets (occupation_code, area_id)
    where owner_type <> 'resident' and merged_into_id is null;
  create index micro_assets_org_kind_idx on micro_assets (kind, area_id)
    where owner_type <> 'resident' and merged_into_id is null;
  create index micro_assets_resident_supply_idx on micro_assets (kind, occupation_code, area_id, partner_id)
    where owner_type = 'resident' and merged_into_id is null;
  create index micro_assets_org_name_trgm on micro_assets using gin (name gin_trgm_ops)
    where owner_type <> 'resident' and merged_into_id is null;
  create index opportunities_status_idx on opportunities (status, macro_asset_id)
`;

// Dollar-quoted function bodies contain semicolons: split only at statement ends outside $$ ... $$.
function statements(text: string): string[] {
  const parts = text.split('$$');
  const out: string[] = [];
  let current = '';
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      current += `$$${part}$$`;
      return;
    }
    const pieces = part.split(/;\s*\n/);
    current += pieces.shift() ?? '';
    for (const piece of pieces) {
      out.push(current);
      current = piece;
    }
  });
  out.push(current);
  return out.filter((s) => s.trim() !== '');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements(ddl)) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop index opportunities_status_idx',
    'drop index micro_assets_org_name_trgm',
    'drop index micro_assets_resident_supply_idx',
    'drop index micro_assets_org_kind_idx',
    'drop index micro_assets_org_supply_idx',
    'drop trigger micro_asset_counts_truncate on micro_assets',
    'drop trigger micro_asset_counts_delete on micro_assets',
    'drop trigger micro_asset_counts_update on micro_assets',
    'drop trigger micro_asset_counts_insert on micro_assets',
    'drop trigger occupation_terms_truncate on occupations',
    'drop trigger occupation_terms_change on occupations',
    'drop function occupation_terms_reset()',
    'drop function occupation_terms_apply()',
    'drop table derived.occupation_terms',
    'drop function micro_asset_counts_reset()',
    'drop function micro_asset_counts_apply()',
    'drop index derived.micro_asset_counts_code_idx',
    'drop table derived.micro_asset_counts',
    'drop table derived.area_asset_counts',
    'drop schema derived',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
