import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { formStatuses } from './forms.rules';

export const formParams = z.object({ id: z.string().max(100) });

export const formsQuery = listQuery(['title', 'createdAt', 'status'], '-createdAt').extend({
  status: z.enum(formStatuses).optional(),
});

const versionRef = z.object({ id: z.string(), version: z.string(), md5: z.string(), createdAt: z.string() });

export const formView = z.object({
  id: z.string(),
  formId: z.string().describe('the XForm id (primary instance root id attribute)'),
  title: z.string(),
  partner: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  anonymous: z.boolean(),
  status: z.enum(formStatuses),
  languages: z.array(z.string()),
  voucherPence: z.number().int(),
  currentVersion: versionRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const lintWarning = z.object({
  code: z.enum(['sensitive_before_easy', 'missing_translation', 'required_blocks_partial', 'too_long']),
  message: z.string(),
  field: z.string().nullable(),
  language: z.string().optional(),
});

export const formDetail = formView.extend({
  versions: z.array(versionRef.extend({ source: z.string() })),
  warnings: z.array(z.string()).optional().describe("the compiler's notes on the upload just made"),
  lint: z.array(lintWarning).describe("the doorstep linter's warnings on the newest version"),
});

export const formDefinition = formView.extend({
  version: z.string(),
  md5: z.string(),
  xml: z.string().describe('the XForm of the newest version, as served to ODK Collect'),
  defaultLanguage: z.string().nullable(),
});

export const formsPage = pageOf(formView);

export const updateFormBody = z.strictObject({
  status: z.enum(['open', 'closed']).optional().describe('open or close the form (closed forms accept no responses)'),
  anonymous: z.boolean().optional().describe('only while the form has no responses'),
  voucherPence: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .describe('voucher credit per completed response, in pence'),
});

/** Multipart text fields that come with an uploaded form. */
export const uploadFields = z.strictObject({
  anonymous: z.enum(['true', 'false']).optional(),
  partner: z.string().trim().min(1).max(100).optional(),
  voucherPence: z.coerce.number().int().min(0).max(100_000).optional(),
  open: z.enum(['true', 'false']).optional(),
});
