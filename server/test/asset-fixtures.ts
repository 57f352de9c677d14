import type { Deps } from '../deps';
import { systemContext } from '../http/context';
import type { z } from 'zod';
import type { taxonomyFile } from '../modules/assets/occupations.schemas';
import { importTaxonomy } from '../modules/assets/occupations.service';

/** A small taxonomy for tests, in the format of taxonomies/occupations.json. */
export const testTaxonomy: z.input<typeof taxonomyFile> = {
  version: 'test-1',
  source: 'test fixture',
  occupations: [
    {
      code: 'nurse-adult',
      isco08: '2221',
      soc2020: '2237',
      sector: 'health',
      regulated: true,
      regulator: 'NMC',
      labels: { en: 'Registered nurse (adult)', pl: 'pielęgniarka', ar: 'ممرضة', ro: 'asistentă medicală' },
      synonyms: { en: ['staff nurse', 'RN'], pl: ['pielęgniarz'] },
    },
    {
      code: 'pharmacist',
      isco08: '2262',
      soc2020: '2251',
      sector: 'health',
      regulated: true,
      regulator: 'GPhC',
      labels: { en: 'Pharmacist', ar: 'صيدلي', pl: 'farmaceuta' },
      synonyms: { en: ['chemist'] },
    },
    {
      code: 'kitchen-porter',
      isco08: '9412',
      soc2020: '9263',
      sector: 'food',
      regulated: false,
      regulator: null,
      labels: { en: 'Kitchen porter' },
      synonyms: { en: ['KP', 'pot washer'] },
    },
    {
      code: 'bricklayer',
      isco08: '7112',
      soc2020: '5313',
      sector: 'construction',
      regulated: false,
      regulator: null,
      labels: { en: 'Bricklayer', pl: 'murarz', ro: 'zidar' },
      synonyms: {},
    },
  ],
};

export const loadTestTaxonomy = (deps: Deps) => importTaxonomy(deps, systemContext, testTaxonomy);
