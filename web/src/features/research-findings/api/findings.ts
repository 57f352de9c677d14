import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { sendJson, getJson } from '../../../lib/api';

export const findingKinds = ['skill', 'idea', 'group', 'need', 'referral'] as const;
export type FindingKind = (typeof findingKinds)[number];
export const referralTargets = ['skills_matching', 'enterprise_support'] as const;

const labels = z.record(z.string(), z.string());
export const ruleSchema = z.object({
  path: z.string(),
  becomes: z.enum(findingKinds),
  target: z.enum(referralTargets).optional(),
  when: z.array(z.string()).optional(),
  resolveOccupation: z.boolean().optional(),
});
export type FindingRule = z.infer<typeof ruleSchema>;

export const questionSchema = z.object({
  path: z.string(),
  type: z.string(),
  labels,
  choices: z.array(z.object({ name: z.string(), labels })),
});
export type MappableQuestion = z.infer<typeof questionSchema>;

const mapSchema = z.object({
  formVersionId: z.string(),
  version: z.string(),
  rules: z.array(ruleSchema),
  revision: z.number(),
  updatedAt: z.string().nullable(),
  questions: z.array(questionSchema),
});
export type FindingMap = z.infer<typeof mapSchema>;

const summarySchema = z.object({
  responses: z.object({ total: z.number(), applied: z.number() }),
  byKind: z.array(z.object({ becomes: z.string(), count: z.number().nullable(), microAssets: z.number().nullable() })),
  byArea: z.array(z.object({ area: z.string().nullable(), becomes: z.string(), count: z.number().nullable() })),
  referrals: z.array(z.object({ target: z.string(), status: z.string(), count: z.number().nullable() })),
});
export type FindingsSummary = z.infer<typeof summarySchema>;

const base = (formId: string) => `/api/v1/research/forms/${encodeURIComponent(formId)}`;
const mapUrl = (formId: string, versionId: string) =>
  `${base(formId)}/versions/${encodeURIComponent(versionId)}/findings-map`;

export function useFindingMap(formId: string, versionId: string | undefined) {
  return useQuery({
    queryKey: ['research-findings-map', formId, versionId],
    queryFn: () => getJson(mapUrl(formId, versionId!), mapSchema),
    enabled: Boolean(versionId),
  });
}

export function saveFindingMap(formId: string, versionId: string, body: { rules: FindingRule[]; revision: number }) {
  return sendJson('PUT', mapUrl(formId, versionId), body, mapSchema);
}

export function applyFindings(formId: string) {
  return sendJson('POST', `${base(formId)}/findings/apply`, { all: true }, z.object({ jobId: z.number().nullable() }));
}

export function useFindingsSummary(formId: string) {
  return useQuery({
    queryKey: ['research-findings-summary', formId],
    queryFn: () => getJson(`${base(formId)}/findings`, summarySchema),
  });
}

/** A label in the UI language when the form has it (`Arabic (ar)` for `ar`), else the first one. */
export function pickLabel(l: Record<string, string>, language: string, fallback: string): string {
  const key = Object.keys(l).find((k) => k.endsWith(`(${language})`));
  return (key && l[key]) || l.default || Object.values(l)[0] || fallback;
}

const formRef = z.object({
  id: z.string(),
  title: z.string(),
  anonymous: z.boolean(),
  languages: z.array(z.string()),
});
const formWithVersions = formRef.extend({
  versions: z.array(z.object({ id: z.string(), version: z.string(), createdAt: z.string() })),
});

/** The questionnaires the user may see (first 100 by title): enough to pick one to monitor or map. */
export function useFormChoices() {
  return useQuery({
    queryKey: ['research-findings-forms'],
    queryFn: () =>
      getJson('/api/v1/research/forms?page=1&pageSize=100&sort=title', z.object({ items: z.array(formRef) })),
  });
}

export function useFormVersions(formId: string) {
  return useQuery({
    queryKey: ['research-findings-form', formId],
    queryFn: () => getJson(base(formId), formWithVersions),
  });
}
