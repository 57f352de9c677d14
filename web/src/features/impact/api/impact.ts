import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, sendJson } from '../../../lib/api';
import { listSchema } from '../../../lib/list';

/** Indicators with live figures, the records behind them, area figures, voices (themes and stories). */
export const statuses = ['on_track', 'at_risk', 'behind', 'no_target'] as const;
const point = z.object({
  start: z.string(),
  end: z.string(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  cumulative: z.number().nullable(),
});
export const indicatorSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(['count', 'gbp', 'percent']),
  period: z.enum(['month', 'quarter', 'year', 'programme']),
  baseline: z.number(),
  workPackageId: z.string().nullable(),
  macroAssetId: z.string().nullable(),
  method: z.enum(['computed', 'manual']),
  source: z.string().nullable(),
  published: z.boolean(),
  headline: z.boolean(),
  suppressed: z.boolean(),
  figure: z.object({
    value: z.number().nullable(),
    target: z.number().nullable(),
    expected: z.number(),
    status: z.enum(statuses),
    series: z.array(point),
  }),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type SeriesPoint = z.infer<typeof point>;

export type IndicatorFilter = { workPackage?: string; macroAsset?: string; headline?: string };

const qs = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

export function useIndicators(filter: IndicatorFilter) {
  return useQuery({
    queryKey: ['impact-indicators', filter],
    queryFn: () =>
      getJson(
        `/api/v1/impact/indicators${qs(filter)}`,
        z.object({ asOf: z.string(), items: z.array(indicatorSchema) }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIndicator(code: string) {
  return useQuery({
    queryKey: ['impact-indicator', code],
    queryFn: () => getJson(`/api/v1/impact/indicators/${encodeURIComponent(code)}`, indicatorSchema),
  });
}

const recordSchema = z.object({
  id: z.string(),
  label: z.string(),
  date: z.string().nullable(),
  area: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  evidence: z.object({ url: z.string().nullable(), name: z.string().nullable() }).nullable(),
});
export type RecordBehind = z.infer<typeof recordSchema>;

export function useRecordsBehind(code: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['impact-records', code, page],
    queryFn: () =>
      getJson(
        `/api/v1/impact/indicators/${encodeURIComponent(code)}/records${qs({ page, pageSize: 25 })}`,
        listSchema(recordSchema).extend({ recordType: z.string() }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useAreaFigures(code: string) {
  return useQuery({
    queryKey: ['impact-areas', code],
    queryFn: () =>
      getJson(
        `/api/v1/impact/indicators/${encodeURIComponent(code)}/areas`,
        z.object({
          items: z.array(
            z.object({ areaId: z.string(), slug: z.string(), name: z.string(), value: z.number().nullable() }),
          ),
        }),
      ),
    enabled: code !== '',
  });
}

export function useVoices() {
  return useQuery({
    queryKey: ['impact-voices'],
    queryFn: () =>
      getJson(
        '/api/v1/impact/voices',
        z.object({
          themes: z.array(
            z.object({
              name: z.string(),
              interviews: z.number().nullable(),
              quotes: z.array(z.object({ text: z.string(), attribution: z.string().nullable() })),
            }),
          ),
          stories: z.array(
            z.object({ id: z.string(), title: z.string(), body: z.string(), personName: z.string().nullable() }),
          ),
        }),
      ),
  });
}

export const openDataUrl = (format: 'csv' | 'json') => `/api/v1/public/impact/open-data.${format}`;
export const reportUrl = (id: string, format: 'pdf' | 'xlsx') => `/api/v1/impact/reports/${id}/report.${format}`;

const reportSchema = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  createdAt: z.string(),
});
export function useReports(enabled: boolean) {
  return useQuery({
    queryKey: ['impact-reports'],
    queryFn: () => getJson('/api/v1/impact/reports?pageSize=5', listSchema(reportSchema)),
    enabled,
  });
}

export function createReport(body: {
  title: string;
  periodStart: string;
  periodEnd: string;
  narrative: { heading: string; body: string }[];
}) {
  return sendJson('POST', '/api/v1/impact/reports', body, z.object({ id: z.string() }));
}
