import { csvText } from './csv.rules';
import type { PipelineItem } from './pipeline.service';

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
  const rows = items.map((i) => [
    i.reference,
    i.fullName,
    i.stage,
    i.stageChangedAt.slice(0, 10),
    i.status,
    i.withdrawnReason,
    i.rightToWork,
    i.area?.name ?? null,
    i.caseworker,
  ]);
  return csvText(head, rows);
}
