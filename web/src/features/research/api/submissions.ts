import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listSchema, listUrl, type ListQuery } from '../../../lib/list';

export const submissionSchema = z.object({
  id: z.string(),
  instanceId: z.string(),
  version: z.string(),
  channel: z.string(),
  complete: z.boolean(),
  receivedAt: z.string(),
  language: z.string().nullable(),
  mine: z.boolean(),
  attachments: z.number(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const submissionFilterKeys = ['form', 'complete'] as const;
const submissionList = listSchema(submissionSchema);

/** Responses to one form (a researcher sees their own); `form` is in the query so it lives in the URL. */
export function useSubmissions(query: ListQuery) {
  const { form, ...rest } = query;
  return useQuery({
    queryKey: ['research-submissions', query],
    queryFn: () =>
      getJson(listUrl(`/api/v1/research/forms/${encodeURIComponent(String(form))}/submissions`, rest), submissionList),
    enabled: Boolean(form),
    placeholderData: keepPreviousData,
  });
}
