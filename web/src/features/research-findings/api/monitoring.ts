import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';

const count = z.number().nullable();
const group = z.object({ key: z.string().nullable(), label: z.string().nullable(), total: count, complete: count });
export type MonitoringGroup = z.infer<typeof group>;

const monitoringSchema = z.object({
  form: z.object({ id: z.string(), title: z.string(), anonymous: z.boolean() }),
  total: count,
  complete: count,
  partial: count,
  completionRate: z.number().nullable(),
  byArea: z.array(group),
  byResearcher: z.array(group),
  byLanguage: z.array(group),
  byChannel: z.array(group),
  byDay: z.array(group),
  dropOff: z.array(z.object({ path: z.string().nullable(), label: z.string().nullable(), count: z.number() })),
  dropOffSample: z.number(),
});
export type Monitoring = z.infer<typeof monitoringSchema>;

export interface MonitoringFilters {
  form: string;
  from?: string | undefined;
  to?: string | undefined;
}

export function useMonitoring(f: MonitoringFilters) {
  const params = new URLSearchParams({ form: f.form });
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  return useQuery({
    queryKey: ['research-monitoring', f],
    queryFn: () => getJson(`/api/v1/research/monitoring?${params}`, monitoringSchema),
    enabled: Boolean(f.form),
    placeholderData: keepPreviousData,
  });
}

/** The download address of an export (a plain GET: the browser streams it to a file). */
export function exportUrl(formId: string, o: { format: 'csv' | 'xlsx'; header: 'labels' | 'codes'; lang?: string }) {
  const params = new URLSearchParams({ header: o.header });
  if (o.header === 'labels' && o.lang) params.set('lang', o.lang);
  return `/api/v1/research/forms/${encodeURIComponent(formId)}/export.${o.format}?${params}`;
}
