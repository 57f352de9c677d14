import type { FormField, FormSchema } from './xlsform.types';

/** Pure decisions about questionnaires: states, uploads, which fields identify a person. */

export const formStatuses = ['draft', 'open', 'closed'] as const;
export type FormStatus = (typeof formStatuses)[number];

/** draft -> open -> closed -> open ...; a form never goes back to draft once it has been opened. */
export function transitionProblem(from: FormStatus, to: FormStatus): string | null {
  if (from === to) return null;
  if (to === 'draft') return 'a form that has been opened cannot go back to draft';
  return null;
}

export type UploadKind = 'xlsform' | 'xform';

/** What an uploaded file is, from its name, type and first bytes. */
export function uploadKind(filename: string | undefined, mime: string | undefined, head: Buffer): UploadKind | null {
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsform';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<')) return 'xform';
  if (/\.xlsx$/i.test(filename ?? '') || /spreadsheetml/.test(mime ?? '')) return 'xlsform';
  return null;
}

/** Meta fields ODK clients fill with who and which device: never kept for an anonymous form. */
export const identifyingMeta = ['deviceID', 'phonenumber', 'username', 'email', 'userID', 'simSerial', 'subscriberID'];

/** Fields whose answers go to the separate prize-draw / follow-up table, never into a stored response. */
export const prizeFields = {
  contact: 'prize_draw_contact',
  draw: 'prize_draw',
  followUp: 'follow_up_consent',
} as const;

const walk = (fields: FormField[]): FormField[] => fields.flatMap((f) => [f, ...walk(f.children ?? [])]);

/** Relative paths (without the root) of every field the schema marks sensitive (identifying). */
export function identifyingPaths(schema: FormSchema): string[] {
  const root = `/${schema.rootName}/`;
  return walk(schema.fields)
    .filter((f) => f.sensitive)
    .map((f) => (f.xpath.startsWith(root) ? f.xpath.slice(root.length) : f.name));
}

/** The leaf fields that become export columns, in form order (groups flattened; notes skipped). */
export function exportColumns(schema: FormSchema): { path: string; field: FormField }[] {
  const root = `/${schema.rootName}/`;
  return walk(schema.fields)
    .filter((f) => f.type !== 'group' && f.type !== 'repeat' && f.type !== 'note' && !f.children?.length)
    .map((f) => ({ path: f.xpath.startsWith(root) ? f.xpath.slice(root.length) : f.name, field: f }))
    .filter((c) => !Object.values(prizeFields).includes(c.path as never));
}

/** A version's export-column paths: the order of its responses' `answer_row`. */
export const answerPaths = (schema: FormSchema): string[] => exportColumns(schema).map((c) => c.path);

/** A column header: the label in the language asked for (or the default), else the field name. */
export function columnHeader(field: FormField, path: string, language: string | null): string {
  const labels = field.labels ?? {};
  const label = (language && labels[language]) || labels.default || Object.values(labels)[0];
  return label ? label.trim() : path;
}
