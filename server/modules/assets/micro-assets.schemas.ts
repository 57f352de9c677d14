import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { latLng } from './opportunities.schemas';
import {
  allMicroAssetKinds,
  kindProblem,
  microAssetCategories,
  ownerTypes,
  provenances,
  visibilities,
} from './micro-assets.rules';

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const slug = z.string().trim().min(1).max(100);
const occupationCode = z.string().trim().min(1).max(80);

export const microAssetOwner = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('resident'),
    resident: z.string().min(1).max(100).describe('resident id or reference'),
  }),
  z.strictObject({ type: z.literal('partner'), partner: slug.describe('partner slug or id') }),
  z.strictObject({ type: z.literal('area'), area: slug.describe('area slug') }),
]);

const fields = {
  category: z.enum(microAssetCategories),
  kind: z.enum(allMicroAssetKinds),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  occupationCode: occupationCode.nullable().describe('occupation code from GET /api/v1/occupations'),
  area: slug.nullable().describe('area slug'),
  location: latLng.nullable().describe("never for a resident's asset"),
  provenance: z.enum(provenances),
  sourceRef: z.string().trim().min(1).max(500).nullable().describe('link to the source record'),
  visibility: z.enum(visibilities),
  sensitive: z.boolean(),
};

export const createMicroAssetBody = z
  .strictObject({
    category: fields.category,
    kind: fields.kind,
    name: fields.name,
    description: fields.description.default(''),
    occupationCode: fields.occupationCode.optional(),
    owner: microAssetOwner,
    partner: slug
      .optional()
      .describe('recording partner (slug or id); programme admins only, others record for their own'),
    area: fields.area.optional(),
    location: fields.location.optional(),
    provenance: fields.provenance,
    sourceRef: fields.sourceRef.optional(),
    visibility: fields.visibility.optional().describe("default partners; a resident's asset is always private"),
    sensitive: fields.sensitive.default(false),
  })
  .superRefine((body, ctx) => {
    const problem = kindProblem(body.category, body.kind);
    if (problem) ctx.addIssue({ code: 'custom', path: ['kind'], message: problem });
  });

export const updateMicroAssetBody = z.strictObject({
  category: fields.category.optional(),
  kind: fields.kind.optional(),
  name: fields.name.optional(),
  description: fields.description.optional(),
  occupationCode: fields.occupationCode.optional(),
  area: fields.area.optional(),
  location: fields.location.optional(),
  provenance: fields.provenance.optional(),
  sourceRef: fields.sourceRef.optional(),
  visibility: fields.visibility.optional(),
  sensitive: fields.sensitive.optional(),
  updatedAt: z.iso
    .datetime()
    .optional()
    .describe('the updatedAt you read: when given, a copy changed since is refused with 409'),
});

export const microAssetsQuery = listQuery(['name', 'createdAt'], 'name').extend({
  category: z.enum(microAssetCategories).optional(),
  kind: z.enum(allMicroAssetKinds).optional(),
  area: slug.optional(),
  occupation: occupationCode.optional(),
  owner: z.enum(ownerTypes).optional(),
});

export const microAssetView = z.object({
  id: z.string(),
  category: z.enum(microAssetCategories),
  kind: z.string(),
  name: z.string(),
  description: z.string(),
  occupation: z.object({ code: z.string(), label: z.string() }).nullable(),
  owner: z.object({
    type: z.enum(ownerTypes),
    partner: ref.optional(),
    area: ref.optional(),
    resident: z.object({ id: z.string(), reference: z.string() }).optional(),
  }),
  area: ref.nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  provenance: z.string(),
  sourceRef: z.string().nullable(),
  visibility: z.enum(visibilities),
  sensitive: z.boolean(),
  partner: ref.describe('the recording partner'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const microAssetsPage = pageOf(microAssetView);
export const microAssetParams = z.object({ id: z.string().min(1).max(100) });
export const createdResponse = z.object({ id: z.string() });
