import { z } from 'zod';
import { pageOf } from '../../http/paging';
import { tallyTypes } from '../research/tally.service';
import { stages } from './enterprises.rules';

/** Shapes of the public directory, its reference data, statistics and the baseline survey link. */
const code = z.string().trim().min(1).max(40);
export const directoryQuery = z.object({
  q: z.string().trim().max(200).optional(),
  market: code.optional(),
  area: z.uuid().optional(),
  legalForm: code.optional(),
  stage: z.enum(stages).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const areaRef = z.object({ id: z.string(), name: z.string() });
export const publicEnterprise = z.object({
  id: z.string(),
  name: z.string(),
  legalForm: z.string(),
  stage: z.string(),
  markets: z.array(z.string()),
  sectors: z.array(z.string()),
  productsServices: z.string(),
  area: areaRef.nullable(),
  socialMission: z.string(),
  website: z.string().nullable(),
  publicEmail: z.string().nullable(),
  hasLogo: z.boolean(),
});
export const directoryPage = pageOf(publicEnterprise).extend({ area: areaRef.nullable() });

const labels = z.record(z.string(), z.string());
export const referenceView = z.object({
  legalForms: z.array(z.object({ code: z.string(), label: labels })),
  markets: z.array(z.object({ code: z.string(), label: labels })),
  areas: z.array(areaRef),
});

const cells = z.object({
  cells: z.array(
    z.object({ code: z.string().nullable(), label: z.string().nullable(), count: z.number().int().nullable() }),
  ),
  total: z.number().int().nullable(),
});
export const statsView = z.object({
  byMarket: cells,
  byStage: cells,
  byLegalForm: cells,
  byArea: cells,
  baseline: z.array(
    z.object({
      form: z.object({ id: z.string(), title: z.string() }),
      responses: z.number().int().nullable(),
      byArea: z.array(
        z.object({ code: z.string().nullable(), label: z.string().nullable(), count: z.number().int().nullable() }),
      ),
      questions: z.array(
        z.object({
          path: z.string(),
          type: z.enum(tallyTypes),
          label: z.string(),
          answered: z.number().int().nullable(),
          choices: z.array(z.object({ code: z.string(), label: z.string(), count: z.number().int().nullable() })),
          median: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export const statsQuery = z.object({
  lang: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as en or ar')
    .optional(),
});
export const baselineBody = z.strictObject({ form: z.uuid() });
export const formParams = z.object({ formId: z.uuid() });
export const logoResult = z.object({
  id: z.string(),
  hasLogo: z.boolean(),
  contentType: z.string(),
  size: z.number().int(),
});
