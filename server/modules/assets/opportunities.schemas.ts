import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { englishLevels, legalGates, moneyProblem, opportunityKinds, opportunityStatuses } from './opportunities.rules';

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const slugOrId = z.string().trim().min(1).max(100);
export const latLng = z.strictObject({
  lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  lng: z
    .number()
    .min(-180, 'longitude must be between -180 and 180')
    .max(180, 'longitude must be between -180 and 180'),
});
const occupationCode = z.string().trim().min(1).max(80);
const isoDate = z.iso.date('a date as YYYY-MM-DD');

/** £, exact: a non-negative number or decimal string with at most 2 decimal places; answered as a string. */
export const money = z.union([z.number(), z.string().max(20)]).superRefine((value, ctx) => {
  const problem = moneyProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const fields = {
  kind: z.enum(opportunityKinds),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  partner: slugOrId.describe('publishing partner (slug or id); coordinators may name any, others only their own'),
  macroAsset: slugOrId.nullable().describe('the macro-asset it comes from (slug or id)'),
  occupations: z.array(occupationCode).max(20).describe('occupation codes from GET /api/v1/occupations'),
  qualifications: z.array(z.string().trim().min(1).max(200)).max(20),
  englishLevel: z.enum(englishLevels).nullable().describe('CEFR level'),
  legalGates: z.array(z.enum(legalGates)).max(legalGates.length),
  area: slugOrId.nullable().describe('area slug'),
  location: latLng.nullable(),
  quantity: z.number().int().min(1).max(100_000),
  value: money.nullable(),
  opensOn: isoDate.nullable(),
  closesOn: isoDate.nullable(),
  status: z.enum(opportunityStatuses),
};

export const createOpportunityBody = z.strictObject({
  kind: fields.kind,
  title: fields.title,
  description: fields.description.default(''),
  partner: fields.partner.optional(),
  macroAsset: fields.macroAsset.optional(),
  occupations: fields.occupations.default([]),
  qualifications: fields.qualifications.default([]),
  englishLevel: fields.englishLevel.optional(),
  legalGates: fields.legalGates.default([]),
  area: fields.area.optional(),
  location: fields.location.optional(),
  quantity: fields.quantity.default(1),
  value: fields.value.optional(),
  opensOn: fields.opensOn.optional(),
  closesOn: fields.closesOn.optional(),
  status: fields.status.default('open'),
});

export const updateOpportunityBody = z.strictObject({
  version: z.number().int().min(1).describe('the version you read: a stale one is refused with 409'),
  kind: fields.kind.optional(),
  title: fields.title.optional(),
  description: fields.description.optional(),
  partner: fields.partner.optional(),
  macroAsset: fields.macroAsset.optional(),
  occupations: fields.occupations.optional(),
  qualifications: fields.qualifications.optional(),
  englishLevel: fields.englishLevel.optional(),
  legalGates: fields.legalGates.optional(),
  area: fields.area.optional(),
  location: fields.location.optional(),
  quantity: fields.quantity.optional(),
  value: fields.value.optional(),
  opensOn: fields.opensOn.optional(),
  closesOn: fields.closesOn.optional(),
  status: fields.status.optional(),
});

export const opportunitiesQuery = listQuery(['title', 'closesOn', 'value', 'createdAt'], '-createdAt').extend({
  kind: z.enum(opportunityKinds).optional(),
  status: z.enum(opportunityStatuses).optional(),
  macroAsset: slugOrId.optional(),
  area: slugOrId.optional(),
  occupation: occupationCode.optional(),
});

export const opportunityView = z.object({
  id: z.string(),
  kind: z.enum(opportunityKinds),
  title: z.string(),
  description: z.string(),
  publisher: z.object({ partner: ref, macroAsset: ref.nullable() }),
  occupations: z.array(z.object({ code: z.string(), label: z.string() })),
  qualifications: z.array(z.string()),
  englishLevel: z.string().nullable(),
  legalGates: z.array(z.string()),
  area: ref.nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  quantity: z.number().int(),
  value: z.string().nullable().describe('pounds sterling, exact decimal as a string'),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  status: z.enum(opportunityStatuses),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const opportunitiesPage = pageOf(opportunityView);

export const opportunityParams = z.object({ id: z.string().min(1).max(100) });
export const deleteOpportunityQuery = z.object({
  version: z.coerce.number().int().min(1).optional().describe('when given, a stale version is refused with 409'),
});
export const createdResponse = z.object({ id: z.string() });

export const historyResponse = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      at: z.iso.datetime(),
      actor: z.object({ email: z.string() }).nullable(),
      change: z.enum(['create', 'update', 'delete']),
      before: z.record(z.string(), z.unknown()).nullable(),
      after: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});
