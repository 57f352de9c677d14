import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { stages, turnoverBands } from './enterprises.rules';

/** Request and response shapes of the staff enterprise directory and change approvals. */
const code = z.string().trim().min(1).max(40);
const text = (max: number) => z.string().trim().max(max);
// ranges are checked by the rules (422 naming the limit), so only the type is checked here
const count = z.number().int();
const contact = z.strictObject({
  name: z.string().trim().min(1).max(120),
  role: text(120).default(''),
  email: z.email().max(254).nullable().default(null),
  phone: z.string().trim().min(3).max(40).nullable().default(null),
});

const fields = {
  name: z.string().trim().min(1).max(200),
  legalForm: code,
  stage: z.enum(stages),
  markets: z.array(code).max(10),
  sectors: z.array(z.string().trim().min(1).max(60)).max(20),
  productsServices: text(2000),
  area: z.uuid().nullable(),
  localJobs: count,
  turnoverBand: z.enum(turnoverBands),
  socialMission: text(2000),
  membersCount: count.nullable(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable(),
  publicEmail: z.email().max(254).nullable(),
  listedPublicly: z.boolean(),
  contacts: z.array(contact).max(10),
};

export const createEnterpriseBody = z.strictObject({
  ...fields,
  markets: fields.markets.default([]),
  sectors: fields.sectors.default([]),
  productsServices: fields.productsServices.default(''),
  area: fields.area.default(null),
  localJobs: count.default(0),
  turnoverBand: fields.turnoverBand.default('unknown'),
  socialMission: fields.socialMission.default(''),
  membersCount: fields.membersCount.default(null),
  website: fields.website.default(null),
  publicEmail: fields.publicEmail.default(null),
  listedPublicly: z.boolean().default(false),
  contacts: fields.contacts.default([]),
  partner: z.uuid().nullable().default(null),
});
export type CreateEnterpriseBody = z.infer<typeof createEnterpriseBody>;

export const updateEnterpriseBody = z
  .strictObject(fields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type UpdateEnterpriseBody = z.infer<typeof updateEnterpriseBody>;

const areaRef = z.object({ id: z.string(), name: z.string() }).nullable();
export const enterpriseSummary = z.object({
  id: z.string(),
  name: z.string(),
  legalForm: z.string(),
  stage: z.enum(stages),
  markets: z.array(z.string()),
  area: areaRef,
  localJobs: z.number().int(),
  status: z.enum(['pending', 'approved']),
  listedPublicly: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export const enterpriseView = enterpriseSummary.extend({
  sectors: z.array(z.string()),
  productsServices: z.string(),
  turnoverBand: z.enum(turnoverBands),
  socialMission: z.string(),
  membersCount: z.number().int().nullable(),
  website: z.string().nullable(),
  publicEmail: z.string().nullable(),
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  contacts: z.array(
    z.object({ name: z.string(), role: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  ),
  users: z.array(z.object({ id: z.string(), displayName: z.string(), email: z.string() })),
  hasLogo: z.boolean(),
  pendingChange: z.string().nullable(),
  consortia: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export const updateResult = z.object({
  enterprise: enterpriseView,
  changeRequest: z.string().nullable(),
});
export const enterprisesPage = pageOf(enterpriseSummary);
export const enterprisesQuery = listQuery(['name', 'localJobs', 'updatedAt'], 'name').extend({
  market: code.optional(),
  legalForm: code.optional(),
  stage: z.enum(stages).optional(),
  area: z.uuid().optional(),
  status: z.enum(['pending', 'approved']).optional(),
  listed: z.enum(['yes', 'no']).optional(),
});

export const idParams = z.object({ id: z.uuid() });
export const decideBody = z.strictObject({
  action: z.enum(['approve', 'reject']),
  note: text(2000).default(''),
});
export const approveBody = z.strictObject({ version: z.number().int().min(1) });
export const linkUserBody = z.strictObject({ user: z.uuid() });
const change = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export const changeView = z.object({
  id: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(['pending', 'approved', 'rejected']),
  changes: z.array(change),
  stale: z.boolean(),
  requestedBy: z.string().nullable(),
  requestedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  note: z.string(),
});
export const changesPage = pageOf(changeView);
export const changesQuery = listQuery(['requestedAt'], '-requestedAt').extend({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
});
