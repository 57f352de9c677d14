import type { PipelineItem } from './pipeline.service';

/** A cell a spreadsheet will not run as a formula (a leading = + - @ tab or CR gets a quote mark). */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function pipelineCsv(items: readonly PipelineItem[]): string {
  const head = [
    'reference',
    'full_name',
    'stage',
    'since',
    'status',
    'withdrawn_reason',
    'right_to_work',
    'area',
    'caseworker',
  ];
  const lines = items.map((i) =>
    [
      i.reference,
      i.fullName,
      i.stage,
      i.stageChangedAt.slice(0, 10),
      i.status,
      i.withdrawnReason,
      i.rightToWork,
      i.area?.name ?? null,
      i.caseworker,
    ]
      .map(csvCell)
      .join(','),
  );
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}
