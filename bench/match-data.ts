/**
 * Bench data for `npm run bench -- match`: candidates with qualifications, English tests and pathway progress, and
 * vacancies at three anchor employers, generated inside the database (seeded random) on a seeded city pack.
 */
import { sql } from 'kysely';
import type { Db } from '../server/db/tx';

const text = (values: string[]) => sql`${values}::text[]`;
const uuids = (values: string[]) => sql`${values}::uuid[]`;

// Candidates' qualifications, weighted towards the health professions the programme found (repeats = weight).
const candidateCodes = [
  ...Array<string>(6).fill('medical-doctor'),
  ...Array<string>(2).fill('general-practitioner'),
  'surgeon',
  'surgeon-paediatric',
  ...Array<string>(6).fill('nurse-adult'),
  'nurse-child',
  'nurse-mental-health',
  ...Array<string>(3).fill('midwife'),
  ...Array<string>(3).fill('healthcare-assistant'),
  ...Array<string>(3).fill('care-worker'),
  'pharmacist',
  'dentist',
  'physiotherapist',
  'radiographer-diagnostic',
  'biomedical-scientist',
  'phlebotomist',
  'medical-interpreter',
  'electrician',
  'chef',
  'software-developer',
];
const vacancyCodes = [
  ...Array<string>(5).fill('healthcare-assistant'),
  ...Array<string>(4).fill('nurse-adult'),
  'nurse-child',
  'midwife',
  'maternity-support-worker',
  'medical-doctor',
  'care-worker',
  'care-worker',
  'phlebotomist',
  'pharmacist',
  'physiotherapist',
  'medical-support-worker',
];

export async function generateMatchData(
  db: Db,
  sizes: { candidates: number; vacancies: number },
): Promise<{ employers: string[] }> {
  return db.transaction().execute(async (trx) => {
    await sql`select setseed(0.2026)`.execute(trx);
    const known = new Set((await trx.selectFrom('occupations').select('code').execute()).map((o) => o.code));
    const cand = candidateCodes.filter((c) => known.has(c));
    const vac = vacancyCodes.filter((c) => known.has(c));
    const partners = await trx.selectFrom('partners').select(['id', 'slug']).orderBy('slug').execute();
    const employers = partners
      .filter((p) => /nhs|council|settlement/.test(p.slug))
      .map((p) => p.id)
      .slice(0, 3);
    for (const id of employers)
      await sql`insert into employers (partner_id, kind) values (${id}::uuid, 'nhs_trust') on conflict do nothing`.execute(
        trx,
      );
    const areas = (await trx.selectFrom('areas').select('id').execute()).map((a) => a.id);

    await sql`insert into candidates (reference, partner_id, status, source, full_name, name_key, right_to_work, dbs,
                area_id, updated_at)
      select 'MC-' || lpad(upper(to_hex(g + 268435456)), 8, '0'), (${uuids(employers)})[1 + (g % ${employers.length})],
             'active', 'intake', 'Bench candidate ' || g, 'bench candidate ' || g,
             (array['full','full','full','full','full','full','full','full','full','full','full','full','full','full',
                    'full','full','asylum-seeker','asylum-seeker-permitted','unknown','restricted-visa'])[1 + floor(random() * 20)::int],
             (array['enhanced-clear','enhanced-clear','in-progress','unknown','basic-clear'])[1 + floor(random() * 5)::int],
             (${uuids(areas)})[1 + floor(random() * ${areas.length})::int], now() - interval '1 day'
      from generate_series(1, ${sizes.candidates}) g`.execute(trx);
    await sql`insert into candidate_qualifications (candidate_id, position, occupation_code, years_of_practice, specialties)
      select c.id, p.pos, (${text(cand)})[1 + floor(random() * ${cand.length})::int], floor(random() * 20),
             '["medicine"]'::jsonb
      from candidates c cross join lateral (select 0 as pos union all select 1 where random() < 0.15) p
      where c.full_name like 'Bench candidate %'`.execute(trx);
    await sql`insert into candidate_english_tests (candidate_id, test, variant, taken_on, listening, reading, writing,
                speaking, overall)
      select id, 'ielts', 'academic', current_date - (floor(random() * 600))::int, l, r, w, s,
             floor((l + r + w + s) / 4 * 2 + 0.5) / 2
      from (select id, 5 + floor(random() * 8) / 2 as l, 5 + floor(random() * 8) / 2 as r,
                   4.5 + floor(random() * 8) / 2 as w, 5 + floor(random() * 8) / 2 as s
            from candidates where full_name like 'Bench candidate %' and random() < 0.7) t`.execute(trx);
    await sql`insert into candidate_languages (candidate_id, language, level)
      select id, 'en', (array['B1','B2','C1','native'])[1 + floor(random() * 4)::int] from candidates
      where full_name like 'Bench candidate %'`.execute(trx);
    for (const [doctor, nurse, share] of [
      ['pmq-acceptable', 'eligibility', 0.8],
      ['plab1', 'cbt', 0.3],
    ] as const)
      await sql`insert into candidate_progress (candidate_id, step, outcome, on_date)
        select q.candidate_id,
               case when q.occupation_code in ('medical-doctor','general-practitioner','surgeon','surgeon-paediatric')
                    then ${doctor} else ${nurse} end, 'passed', current_date - 200
        from candidate_qualifications q
        join candidates bc on bc.id = q.candidate_id and bc.full_name like 'Bench candidate %'
        where q.occupation_code in ('medical-doctor','general-practitioner','surgeon','surgeon-paediatric',
                                    'nurse-adult','nurse-child','nurse-mental-health','midwife')
          and random() < ${share}`.execute(trx);
    const ids = await sql<{ id: string }>`
      insert into opportunities (partner_id, kind, title, english_level, legal_gates, lat, lng, quantity, status)
      select (${uuids(employers)})[1 + (g % ${employers.length})], 'vacancy', 'Bench vacancy ' || g,
             (array['B1','B2','C1',null])[1 + floor(random() * 4)::int], '["right_to_work","dbs_enhanced"]'::jsonb,
             52.46 + random() * 0.08, -2.0 + random() * 0.12, 1 + floor(random() * 10)::int, 'open'
      from generate_series(1, ${sizes.vacancies}) g returning id`.execute(trx);
    await sql`insert into opportunity_occupations (opportunity_id, occupation_code)
      select id, (${text(vac)})[1 + floor(random() * ${vac.length})::int] from unnest(${uuids(ids.rows.map((r) => r.id))}) id`.execute(
      trx,
    );
    await sql`insert into vacancy_details (opportunity_id, employer_partner_id, band, dbs)
      select o.id, o.partner_id, 2 + floor(random() * 5)::int, 'enhanced'
      from opportunities o where o.title like 'Bench vacancy %'`.execute(trx);
    return { employers };
  });
}
