import { z } from 'zod';
import { listQuery, pageOf } from '../../http/paging';
import { quoteConsents } from './interviews.rules';

/** Schemas of interviews, the codebook and themes. */
const isoDate = z.iso.date('a date as YYYY-MM-DD');
const id = z.uuid('an id');
const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as en or ar');
export const idParams = z.object({ id: z.string().min(1).max(100) });
export const segmentParams = z.object({ id: z.string().min(1).max(100), segmentId: z.string().min(1).max(100) });
const status = z.enum(['draft', 'complete']);

export const interviewsQuery = listQuery(['interviewedOn', 'title', 'status'], '-interviewedOn').extend({
  status: status.optional(),
  researcher: z.string().max(100).optional(),
  language: language.optional(),
});
export const interviewView = z.object({
  id: z.string(),
  title: z.string(),
  intervieweeLabel: z.string(),
  interviewedOn: z.string(),
  language: z.string(),
  areaId: z.string().nullable(),
  partner: z.object({ id: z.string(), name: z.string() }),
  researcher: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  consentRecorded: z.boolean(),
  consentOn: z.string().nullable(),
  quoteConsent: z.enum(quoteConsents),
  status,
  audio: z.object({ type: z.string(), size: z.number().int() }).nullable(),
  segments: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const interviewsPage = pageOf(interviewView);
export const interviewDetail = interviewView.extend({
  transcript: z.string(),
  codedSegments: z.array(
    z.object({
      id: z.string(),
      codeId: z.string(),
      code: z.string(),
      theme: z.string().nullable(),
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
    }),
  ),
});
const fields = {
  title: z.string().trim().min(1).max(200),
  intervieweeLabel: z.string().trim().min(1).max(120).describe('a pseudonym or code, never a real name'),
  interviewedOn: isoDate,
  language,
  area: id.nullable(),
  researcher: id.nullable(),
  consentRecorded: z.boolean(),
  consentOn: isoDate.nullable(),
  quoteConsent: z.enum(quoteConsents),
  transcript: z.string().max(500_000),
  status,
};
export const createInterviewBody = z.strictObject({
  ...fields,
  language: fields.language.optional(),
  area: fields.area.optional(),
  researcher: fields.researcher.optional(),
  consentRecorded: fields.consentRecorded.optional(),
  consentOn: fields.consentOn.optional(),
  quoteConsent: fields.quoteConsent.optional(),
  transcript: fields.transcript.optional(),
  status: fields.status.optional(),
});
export const updateInterviewBody = createInterviewBody.partial().extend({ version: z.number().int().min(1) });
export const segmentBody = z.strictObject({
  code: id,
  start: z.number().int().min(0).max(500_000),
  end: z.number().int().min(1).max(500_000),
});

export const codebookQuery = z.object({ partner: z.uuid('a partner id').optional() });
export const codebookView = z.object({
  partnerId: z.string(),
  themes: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
  codes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      themeId: z.string().nullable(),
      uses: z.number().int(),
    }),
  ),
});
export const themeBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).optional(),
  partner: id.optional(),
});
export const codeBody = themeBody.extend({ theme: id.nullable().optional() });
export const themesView = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      codes: z.array(z.object({ id: z.string(), name: z.string(), uses: z.number().int() })),
      interviews: z.number().int(),
      segments: z.number().int(),
      quotes: z.array(z.object({ text: z.string(), attribution: z.string().nullable() })),
    }),
  ),
});
