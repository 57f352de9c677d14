import type { ImportJob } from '../api/imports';

/** How far a job has got, 0 to 100; a finished job is full, a queued one empty. */
export function progressOf(job: Pick<ImportJob, 'status' | 'processedRows' | 'totalRows'>): number {
  if (['valid', 'invalid', 'done'].includes(job.status)) return 100;
  if (job.totalRows <= 0) return 0;
  return Math.min(100, Math.round((job.processedRows / job.totalRows) * 100));
}

/** The colour of the bar: what happened, not only whether it is running. */
export function progressColour(status: ImportJob['status']): string {
  if (status === 'invalid' || status === 'failed') return 'red.9';
  if (status === 'valid' || status === 'done') return 'teal.9';
  return 'blue.8';
}
