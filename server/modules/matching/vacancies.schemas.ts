import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { latLng } from '../assets/opportunities.schemas';

const isoDate = z.iso.date('a date as YYYY-MM-DD');
const regulator = z.enum(['GMC', 'NMC', 'HCPC', 'GPhC', 'GDC']);

export const employerView = z.object({
  partner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  kind: z.enum(['nhs_trust', 'social_care', 'other']),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  active: z.boolean(),
});
export const employersList = z.object({ items: z.array(employerView) });
export const registerEmployerBody = z.strictObject({
  partner: z.string().trim().min(1).max(100).describe('partner slug or id'),
  kind: z.enum(['nhs_trust', 'social_care', 'other']),
  area: z.string().trim().min(1).max(100).nullable().optional(),
  location: latLng.nullable().optional(),
});
export const registerEmployerResponse = z.object({ created: z.boolean() });

export const createVacancyBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  partner: z.string().trim().min(1).max(100).optional().describe('employer partner (coordinators only)'),
  macroAsset: z.string().trim().min(1).max(100).nullable().optional(),
  occupations: z.array(z.string().trim().min(1).max(80)).min(1).max(5).describe('occupation codes'),
  band: z.number().int().min(1).max(9).nullable().optional().describe('Agenda for Change band'),
  payScale: z.enum(['afc', 'medical', 'other']).optional(),
  role: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a role id such as clinical-support-worker')
    .max(80)
    .nullable()
    .optional(),
  registration: regulator.nullable().optional().describe('registration the post needs'),
  dbs: z.enum(['none', 'basic', 'enhanced']).optional(),
  paid: z.boolean().optional(),
  hours: z.enum(['full-time', 'part-time', 'flexible']).optional(),
  englishLevel: z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']).nullable().optional(),
  area: z.string().trim().min(1).max(100).nullable().optional(),
  location: latLng.nullable().optional(),
  quantity: z.number().int().min(1).max(10_000).optional(),
  opensOn: isoDate.nullable().optional(),
  closesOn: isoDate.nullable().optional(),
  status: z.enum(['draft', 'open']).optional(),
});
export const createdVacancy = z.object({ id: z.string() });

export const vacancyView = z.object({
  id: z.string(),
  title: z.string(),
  employer: z.object({ id: z.string() }),
  occupations: z.array(z.string()),
  band: z.number().nullable(),
  registration: z.string().nullable(),
  dbs: z.string(),
  paid: z.boolean(),
  englishLevel: z.string().nullable(),
  quantity: z.number(),
  status: z.string(),
  closesOn: z.string().nullable(),
});
export const vacanciesQuery = listQuery(['title', 'closesOn', 'band', 'quantity'], 'title').extend({
  employer: z.uuid().optional().describe('employer partner id (coordinators and caseworkers)'),
  occupation: z.string().trim().min(1).max(80).optional(),
  band: z.coerce.number().int().min(1).max(9).optional(),
  status: z.enum(['draft', 'open', 'closed', 'filled', 'cancelled']).optional(),
});
export const vacanciesPage = pageOf(vacancyView);
export const vacancyParams = z.object({ id: z.string().min(1).max(100) });
