import { readFileSync } from 'node:fs';
import { systemContext } from '../../http/context';
import { packDirectory } from '../../seed/city-pack';
import type { Harness } from '../../test/harness';
import { createArea } from '../places/places.service';
import { sdb } from './startups.tables';

/** Test factory: a demo enterprise straight into the table (the directory's own rules are tested by its module). */
export async function makeEnterprise(h: Pick<Harness, 'deps'>, name: string, stage: string, markets = ['food']) {
  const { id } = await sdb(h.deps.db)
    .insertInto('enterprises')
    .values({ name, legal_form: 'co_operative', stage, markets, sectors: [], updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Test factory: links a user to an enterprise (as an enterprise member editing its entry would be). */
export const linkUser = (h: Pick<Harness, 'deps'>, enterpriseId: string, userId: string) =>
  sdb(h.deps.db).insertInto('enterprise_users').values({ enterprise_id: enterpriseId, user_id: userId }).execute();

/** The Greater Icknield wards, as the seed creates them, for tests of the pack's demo data. */
export async function seedPackAreas(h: Pick<Harness, 'deps'>) {
  const areas = JSON.parse(readFileSync(`${packDirectory('greater-icknield')}/areas.geojson`, 'utf8')) as {
    features: { properties: { slug: string; name: string; kind: string } }[];
  };
  for (const f of areas.features)
    await createArea(h.deps, systemContext, { ...f.properties, code: null, description: '', boundary: null });
}
