import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { roles } from '../../http/policy';

const email = z.email().max(254);
const locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language tag such as en or ar');

export const signInBody = z.strictObject({ email, password: z.string().min(1).max(200) });
export const updateMeBody = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  locale: locale.nullable().optional(),
});
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

const partnerRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  locale: z.string().nullable(),
  partner: partnerRef,
  permissions: z.array(z.string()),
});
export const userEnvelope = z.object({ user: userView });
export const csrfResponse = z.object({ csrfToken: z.string() });

export const partnerView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  website: z.string().nullable(),
  description: z.string(),
});
export const partnersQuery = listQuery(['name', 'kind', 'slug'], 'name');
export const partnersPage = pageOf(partnerView);
export const idOrSlugParams = z.object({ id: z.string().min(1).max(100) });

export const userSummary = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  partner: partnerRef,
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export const usersQuery = listQuery(['email', 'displayName', 'role', 'createdAt'], 'email');
export const usersPage = pageOf(userSummary);
export const createUserBody = z.strictObject({
  email,
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  partner: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  locale: locale.nullable().optional(),
});
export const createdResponse = z.object({ id: z.string() });
