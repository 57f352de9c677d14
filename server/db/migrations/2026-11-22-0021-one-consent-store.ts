import { sql, type Kysely } from 'kysely';

// Issue 7: one store of per-purpose consent. Candidates (matching) kept theirs in candidate_consents while referrals
// read resident_consents, so a candidate who consented at intake was still refused a referral. Every candidate now
// has a resident (made here for those from before the link), their consents move to resident_consents (the newest
// record wins when two candidates are one resident) and candidate_consents goes. Also drops activity_events_news_idx,
// which only repeated activity_events_partner_idx, and gives stories a version for editing (409 on a stale edit).
const up1 = `
  insert into residents (reference, partner_id, display_name, area_id, languages)
  select c.reference, c.partner_id, left(coalesce(nullif(c.preferred_name, ''), c.full_name), 120), c.area_id,
    coalesce((select jsonb_agg(l.language order by l.language) from candidate_languages l where l.candidate_id = c.id),
      '[]'::jsonb)
  from candidates c
  where c.resident_id is null and not exists (select 1 from residents r where r.reference = c.reference);
  update candidates c set resident_id = r.id
  from residents r
  where c.resident_id is null and r.reference = c.reference and r.partner_id = c.partner_id;
  insert into residents (reference, partner_id, display_name, area_id)
  select c.reference || '-' || left(c.id::text, 8), c.partner_id,
    left(coalesce(nullif(c.preferred_name, ''), c.full_name), 120), c.area_id
  from candidates c
  where c.resident_id is null;
  update candidates c set resident_id = r.id
  from residents r
  where c.resident_id is null and r.reference = c.reference || '-' || left(c.id::text, 8);
  insert into resident_consents (resident_id, purpose, granted, recorded_at, recorded_by)
  select distinct on (c.resident_id, cc.purpose) c.resident_id, cc.purpose, cc.granted, cc.recorded_at, cc.recorded_by
  from candidate_consents cc join candidates c on c.id = cc.candidate_id
  where c.resident_id is not null
  order by c.resident_id, cc.purpose, cc.recorded_at desc
  on conflict (resident_id, purpose) do update
    set granted = excluded.granted, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
    where resident_consents.recorded_at < excluded.recorded_at;
  drop table candidate_consents;
  drop index activity_events_news_idx;
  alter table stories add column version integer not null default 1 check (version >= 1);
  alter table stories add column updated_at timestamptz not null default now()
`;

const down1 = `
  create table candidate_consents (
    candidate_id uuid not null references candidates(id) on delete cascade,
    purpose text not null check (purpose in ('contact','referral','matching','publicity')),
    granted boolean not null default false,
    recorded_at timestamptz not null default now(),
    recorded_by uuid references users(id) on delete set null,
    primary key (candidate_id, purpose)
  );
  insert into candidate_consents (candidate_id, purpose, granted, recorded_at, recorded_by)
  select c.id, rc.purpose, rc.granted, rc.recorded_at, rc.recorded_by
  from candidates c join resident_consents rc on rc.resident_id = c.resident_id
  where rc.purpose in ('contact','referral','matching','publicity');
  create index activity_events_news_idx on activity_events (partner_id, occurred_at desc) where visibility = 'partner';
  alter table stories drop column version;
  alter table stories drop column updated_at
`;

const run = async (db: Kysely<unknown>, ddl: string) => {
  for (const statement of ddl.split(/;\s*\n/).filter((s) => s.trim() !== '')) await sql.raw(statement).execute(db);
};

export const up = (db: Kysely<unknown>): Promise<void> => run(db, up1);
export const down = (db: Kysely<unknown>): Promise<void> => run(db, down1);
