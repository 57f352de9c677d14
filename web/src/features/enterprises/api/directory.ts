import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, send, sendJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

/** Public reference data, the public directory, statistics, the guide and its leads, and consortia. */

const labels = z.record(z.string(), z.string());
const referenceSchema = z.object({
  legalForms: z.array(z.object({ code: z.string(), label: labels })),
  markets: z.array(z.object({ code: z.string(), label: labels })),
  areas: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Reference = z.infer<typeof referenceSchema>;

export function useReference() {
  return useQuery({
    queryKey: ['enterprise-reference'],
    queryFn: () => getJson('/api/v1/directory/reference', referenceSchema),
    staleTime: 10 * 60_000,
  });
}

/** A label in the reader's language, falling back to English and then the code. */
export function labelIn(ref: Reference | undefined, kind: 'legalForms' | 'markets', code: string, lang: string) {
  const found = ref?.[kind].find((x) => x.code === code);
  return found?.label[lang] ?? found?.label.en ?? code;
}

const areaRef = z.object({ id: z.string(), name: z.string() }).nullable();
const publicEnterpriseSchema = z.object({
  id: z.string(),
  name: z.string(),
  legalForm: z.string(),
  stage: z.string(),
  markets: z.array(z.string()),
  sectors: z.array(z.string()),
  productsServices: z.string(),
  area: areaRef,
  socialMission: z.string(),
  website: z.string().nullable(),
  publicEmail: z.string().nullable(),
  hasLogo: z.boolean(),
});
export type PublicEnterprise = z.infer<typeof publicEnterpriseSchema>;

export function usePublicDirectory(query: ListQuery) {
  return useQuery({
    queryKey: ['public-directory', query],
    queryFn: () =>
      getJson(listUrl('/api/v1/directory', query), listSchema(publicEnterpriseSchema).extend({ area: areaRef })),
    placeholderData: keepPreviousData,
  });
}

const cellsSchema = z.object({
  cells: z.array(z.object({ code: z.string().nullable(), label: z.string().nullable(), count: z.number().nullable() })),
  total: z.number().nullable(),
});
const statsSchema = z.object({
  byMarket: cellsSchema,
  byStage: cellsSchema,
  byLegalForm: cellsSchema,
  byArea: cellsSchema,
  baseline: z.array(
    z.object({
      form: z.object({ id: z.string(), title: z.string() }),
      responses: z.number().nullable(),
      byArea: z.array(
        z.object({ code: z.string().nullable(), label: z.string().nullable(), count: z.number().nullable() }),
      ),
      questions: z.array(
        z.object({
          path: z.string(),
          type: z.enum(['select_one', 'select_multiple', 'integer', 'decimal']),
          label: z.string(),
          answered: z.number().nullable(),
          choices: z.array(z.object({ code: z.string(), label: z.string(), count: z.number().nullable() })),
          median: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type DirectoryStats = z.infer<typeof statsSchema>;
export type BaselineStats = DirectoryStats['baseline'][number];
export type BaselineQuestion = BaselineStats['questions'][number];

/** The statistics, with the baseline survey's labels in the UI language where the questionnaire has it. */
export function useDirectoryStats(lang: string) {
  return useQuery({
    queryKey: ['directory-stats', lang],
    queryFn: () => getJson(`/api/v1/directory/statistics?lang=${encodeURIComponent(lang)}`, statsSchema),
  });
}

const questionnaireSchema = z.object({ id: z.string(), title: z.string(), status: z.string() });

/** Research questionnaires a coordinator may use as the baseline survey (newest first). */
export function useBaselineCandidates(enabled: boolean) {
  return useQuery({
    queryKey: ['baseline-candidates'],
    queryFn: () =>
      getJson(listUrl('/api/v1/research/forms', { page: 1, pageSize: 100 }), listSchema(questionnaireSchema)),
    enabled,
  });
}
export const linkBaseline = (form: string) => send('POST', '/api/v1/directory/baseline-forms', { form });
export const unlinkBaseline = (form: string) =>
  send('DELETE', `/api/v1/directory/baseline-forms/${encodeURIComponent(form)}`);

export const guideQuestions = {
  purpose: ['serve_community', 'trade_for_good', 'meet_members_needs'],
  ownership: ['members', 'founders', 'community'],
  income: ['sales', 'grants_donations', 'member_fees', 'none_yet'],
  profits: ['members_share', 'reinvest_mission', 'no_profit'],
  staff: ['volunteers', 'some_paid', 'mostly_paid'],
} as const;
export type GuideQuestion = keyof typeof guideQuestions;
export const models = ['community_organisation', 'co_operative', 'social_enterprise'] as const;
const reasonSchema = z.object({ question: z.string(), answer: z.string(), points: z.number() });
const suggestionSchema = z.object({
  model: z.enum(models),
  scores: z.record(z.string(), z.number()),
  reasons: z.array(reasonSchema),
  alsoConsider: z.enum(models).nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const askSuggestion = (answers: Record<string, string>) =>
  sendJson('POST', '/api/v1/guide/suggestion', { answers }, suggestionSchema);
export const sendLead = (body: Record<string, unknown>) =>
  sendJson('POST', '/api/v1/guide/leads', body, z.object({ id: z.string(), suggestion: suggestionSchema }));

const leadSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string(),
  idea: z.string(),
  area: areaRef,
  suggestion: z.enum(models),
  reasons: z.array(reasonSchema),
  status: z.enum(['new', 'contacted', 'converted', 'closed']),
  enterprise: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type Lead = z.infer<typeof leadSchema>;

export function useLeads(query: ListQuery) {
  return useQuery({
    queryKey: ['guide-leads', query],
    queryFn: () => getJson(listUrl('/api/v1/guide/leads', query), listSchema(leadSchema)),
    placeholderData: keepPreviousData,
  });
}
export const setLeadStatus = (id: string, status: string, version: number) =>
  sendJson('POST', `/api/v1/guide/leads/${encodeURIComponent(id)}/status`, { status, version }, leadSchema);
export const convertLead = (id: string, body: Record<string, unknown>) =>
  sendJson(
    'POST',
    `/api/v1/guide/leads/${encodeURIComponent(id)}/enterprise`,
    body,
    z.object({ lead: leadSchema, enterprise: z.object({ id: z.string(), name: z.string() }).loose() }),
  );
