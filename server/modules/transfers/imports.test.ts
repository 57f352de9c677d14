import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { loadTestTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import {
  commit,
  csvOf,
  dryRun,
  opportunitiesCsv,
  opportunityHeader,
  opportunityRow,
  placesFor,
  settled,
  upload,
  type Job,
} from '../../test/transfer-fixtures';
import { createArea } from '../places/places.service';

interface Problem {
  status: number;
  code: string;
  detail: string;
}

describe('imports of opportunities', () => {
  let h: Harness;
  let member: Client;
  let otherMember: Client;
  let admin: Client;
  let memberEmail: string;
  let partner: { id: string; slug: string };
  const count = async (table: 'opportunities' | 'opportunity_changes') =>
    Number(
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(h.deps.db)).rows[0]!.n,
    );

  beforeAll(async () => {
    h = await harness();
    await loadTestTaxonomy(h.deps);
    partner = await makePartner(h.deps, 'Hospital trust');
    const other = await makePartner(h.deps, 'Canal trust');
    await placesFor(h.deps, partner.slug);
    memberEmail = (await makeUser(h.deps, 'partner_member', partner.slug)).email;
    member = await signedInClient(h, memberEmail);
    otherMember = await signedInClient(h, (await makeUser(h.deps, 'partner_member', other.slug)).email);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', other.slug)).email);
  });
  afterAll(() => h.close());

  it('dry-runs a 5,000-row CSV, reports progress, then commits every row in one go', async () => {
    const res = await upload(member, 'opportunities', opportunitiesCsv(5000));
    expect(res.statusCode, res.body).toBe(202);
    const started = res.json() as Job;
    expect(started).toMatchObject({ status: 'validating', totalRows: 5000 });
    const seen: number[] = [];
    for (let i = 0; i < 200; i++) {
      const job = (await member.request('GET', `/api/v1/imports/${started.id}`)).json() as Job;
      seen.push(job.processedRows);
      if (job.status !== 'validating') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const checked = await settled(member, started.id);
    expect(checked).toMatchObject({ status: 'valid', processedRows: 5000, errorCount: 0 });
    expect(checked.report).toMatchObject({ rows: 5000, valid: 5000, invalid: 0, errors: [] });
    expect(await count('opportunities')).toBe(0);

    const before = await count('opportunity_changes');
    const done = await commit(member, started.id);
    expect(done).toMatchObject({ status: 'done', importedCount: 5000, processedRows: 5000 });
    expect(await count('opportunities')).toBe(5000);
    expect((await count('opportunity_changes')) - before).toBe(5000);

    const list = (
      await member.request('GET', '/api/v1/opportunities?q=Imported%20opportunity%2010&pageSize=100')
    ).json() as {
      items: {
        id: string;
        title: string;
        occupations: { code: string }[];
        value: string | null;
        publisher: { partner: { slug: string } };
      }[];
    };
    const ten = list.items.find((o) => o.title === 'Imported opportunity 10')!;
    expect(ten).toMatchObject({
      value: '1010.50',
      occupations: [{ code: 'nurse-adult' }, { code: 'pharmacist' }],
      publisher: { partner: { slug: partner.slug } },
    });
    const history = (await member.request('GET', `/api/v1/opportunities/${ten.id}/history`)).json() as {
      items: { version: number; change: string; actor: { email: string } }[];
    };
    expect(history.items).toMatchObject([{ version: 1, change: 'create', actor: { email: memberEmail } }]);

    const again = await member.request('POST', `/api/v1/imports/${started.id}/commit`);
    expect([again.statusCode, (again.json() as Problem).code]).toEqual([409, 'conflict']);
  });

  it('reports each bad row by row and column, and commits nothing', async () => {
    const before = await count('opportunities');
    const bad: Record<number, [string, string]> = {
      1: ['occupations', 'nurse-adult;astronaut'],
      2: ['lat', '95'],
      3: ['value', '-5'],
      4: ['closes_on', '2026-12-01'],
      5: ['area', 'atlantis'],
      6: ['macro_asset', 'no-such-hospital'],
      7: ['kind', 'apprenticeship'],
      8: ['quantity', 'four'],
      9: ['title', ''],
      10: ['opens_on', '31/02/2027x'],
    };
    const job = await dryRun(
      member,
      'opportunities',
      opportunitiesCsv(12, (row, i) => {
        const change = bad[i];
        if (change) row[change[0]] = change[1];
        if (i === 2) row.lng = '-1.9';
      }),
    );
    expect(job.status).toBe('invalid');
    expect(job.report).toMatchObject({ rows: 12, valid: 2, invalid: 10 });
    const where = job.report!.errors.map((e) => [e.row, e.column]);
    expect(where).toEqual(Object.entries(bad).map(([i, [column]]) => [Number(i) + 2, column]));
    const byColumn = Object.fromEntries(job.report!.errors.map((e) => [e.column, e.message]));
    expect(byColumn.occupations).toMatch(/unknown occupation code astronaut/);
    expect(byColumn.value).toMatch(/negative/);
    expect(byColumn.closes_on).toMatch(/before it opens/);
    expect(byColumn.area).toMatch(/unknown area atlantis/);
    expect(byColumn.quantity).toMatch(/must be a number/);

    const refused = await member.request('POST', `/api/v1/imports/${job.id}/commit`);
    expect([refused.statusCode, (refused.json() as Problem).detail]).toEqual([409, expect.stringMatching(/invalid/)]);
    expect(await count('opportunities')).toBe(before);
  });

  it('reports every problem of a row in one pass, even after a bad cell', async () => {
    const job = await dryRun(
      member,
      'opportunities',
      opportunitiesCsv(1, (row) =>
        Object.assign(row, { value: '-5', area: 'atlantis', closes_on: '2026-01-01', quantity: 'x' }),
      ),
    );
    expect(job.report!.errors.map((e) => e.column).sort()).toEqual(['area', 'closes_on', 'quantity', 'value']);
  });

  it('writes nothing when the database refuses a row half-way through the commit', async () => {
    const before = await count('opportunities');
    const job = await dryRun(
      member,
      'opportunities',
      opportunitiesCsv(2500, (row, i) => {
        if (i === 2100) row.title = 'refused by the database';
      }),
    );
    expect(job.status).toBe('valid');
    await sql`create function refuse_title() returns trigger language plpgsql as $$
      begin if new.title = 'refused by the database' then raise exception 'refused'; end if; return new; end $$`.execute(
      h.deps.db,
    );
    await sql`create trigger refuse_title before insert on opportunities for each row execute function refuse_title()`.execute(
      h.deps.db,
    );
    try {
      const failed = await commit(member, job.id);
      expect(failed.status).toBe('failed');
      expect(failed.report!.errors[0]).toMatchObject({ row: 0 });
      expect(await count('opportunities')).toBe(before);
    } finally {
      await sql`drop trigger refuse_title on opportunities`.execute(h.deps.db);
      await sql`drop function refuse_title()`.execute(h.deps.db);
    }
  });

  it("files rows under the caller's partner only, and keeps jobs to the partner", async () => {
    const job = await dryRun(
      member,
      'opportunities',
      csvOf(
        [...opportunityHeader, 'partner'],
        [{ ...opportunityRow(1), partner: 'no-such' }, { ...opportunityRow(3) }],
      ),
    );
    expect(job.report!.errors).toEqual([
      { row: 2, column: 'partner', message: expect.stringMatching(/unknown partner/) },
    ]);
    expect((await otherMember.request('GET', `/api/v1/imports/${job.id}`)).statusCode).toBe(404);
    expect((await otherMember.request('POST', `/api/v1/imports/${job.id}/commit`)).statusCode).toBe(404);
  });

  it('checks again when someone else commits, and refuses rows that no longer pass', async () => {
    await createArea(h.deps, systemContext, {
      slug: 'temp-ward',
      name: 'Temp',
      kind: 'ward',
      code: null,
      description: '',
      boundary: null,
    });
    const job = await dryRun(
      member,
      'opportunities',
      opportunitiesCsv(3, (row) => (row.area = 'temp-ward')),
    );
    expect(job.status).toBe('valid');
    await h.deps.db.updateTable('areas').set({ slug: 'renamed-ward' }).where('slug', '=', 'temp-ward').execute();
    const before = await count('opportunities');
    const committed = await commit(admin, job.id);
    expect(committed.status).toBe('invalid');
    expect(committed.report!.errors).toEqual(
      [2, 3, 4].map((row) => ({ row, column: 'area', message: 'unknown area temp-ward' })),
    );
    expect(await count('opportunities')).toBe(before);
  });

  it('marks a job no server has worked on for a long time as failed', async () => {
    const job = await dryRun(member, 'opportunities', opportunitiesCsv(2));
    await h.deps.db
      .updateTable('imports')
      .set({ status: 'validating', updated_at: new Date(Date.now() - 60 * 60 * 1000) })
      .where('id', '=', job.id)
      .execute();
    const read = (await member.request('GET', `/api/v1/imports/${job.id}`)).json() as Job;
    expect(read.status).toBe('failed');
    expect(read.report!.errors[0]!.message).toMatch(/upload the file again/);
  });

  it('accepts headers in other spellings, semicolon-separated files and ignores unknown columns', async () => {
    const text = 'Kind;Title;Opens On;Closes on;Shoe size\nvacancy;Porter;04/01/2027;2027-02-01;44\n';
    const job = await dryRun(member, 'opportunities', text);
    expect(job).toMatchObject({ status: 'valid', report: { ignoredColumns: ['shoe_size'] } });
  });
});
