import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { packDirectory } from '../../seed/city-pack';

/**
 * The start-up programme's modules are city-pack data (`<pack>/startup-programme.json`); a pack without the file
 * gets the five modules with their codes as labels. Mentor skills use the same codes.
 */
const code = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const labels = z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().min(1)).refine((l) => 'en' in l, 'needs en');
const file = z.object({ modules: z.array(z.object({ code, label: labels })).min(1) });
export type ProgrammeModule = z.infer<typeof file>['modules'][number];

const fallback = ['business_planning', 'finance', 'marketing', 'product_service', 'board_recruitment'];
const cache = new Map<string, ProgrammeModule[]>();

export function programmeModules(deps: Pick<Deps, 'config'>): ProgrammeModule[] {
  const dir = packDirectory(deps.config.CITY_PACK);
  let found = cache.get(dir);
  if (!found) {
    const path = join(dir, 'startup-programme.json');
    if (!existsSync(path)) found = fallback.map((c) => ({ code: c, label: { en: c } }));
    else {
      const parsed = file.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`startup-programme.json: ${parsed.error.issues[0]?.message}`);
      found = parsed.data.modules;
    }
    cache.set(dir, found);
  }
  return found;
}
