import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { packDirectory } from '../../seed/city-pack';
import type { EnterpriseReference } from './enterprises.rules';

/**
 * Legal forms and markets are city-pack data (`<pack>/enterprises.json`, ADR 0014): a second city lists its own.
 * A pack without the file gets the codes with their codes as labels, so the module still works.
 */
const code = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const labels = z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().min(1)).refine((l) => 'en' in l, 'needs en');
const file = z.object({
  legalForms: z.array(z.object({ code, label: labels })).min(1),
  markets: z.array(z.object({ code, label: labels, keywords: z.array(z.string().min(1)).default([]) })).min(1),
});

const fallbackCodes = {
  legalForms: [
    'cic',
    'co_operative',
    'charity_trading_arm',
    'company_limited_by_guarantee',
    'sole_trader_social_mission',
    'other',
  ],
  markets: ['health_social_care', 'creative', 'built_environment', 'food', 'retail', 'other'],
};

const cache = new Map<string, EnterpriseReference>();

export function readEnterpriseReference(packDir: string): EnterpriseReference {
  const path = join(packDir, 'enterprises.json');
  if (!existsSync(path))
    return {
      legalForms: fallbackCodes.legalForms.map((c) => ({ code: c, label: { en: c } })),
      markets: fallbackCodes.markets.map((c) => ({ code: c, label: { en: c }, keywords: [] })),
    };
  const parsed = file.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`enterprises.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The running programme's reference data (read once per pack). */
export function enterpriseReference(deps: Pick<Deps, 'config'>): EnterpriseReference {
  const dir = packDirectory(deps.config.CITY_PACK);
  let found = cache.get(dir);
  if (!found) {
    found = readEnterpriseReference(dir);
    cache.set(dir, found);
  }
  return found;
}
