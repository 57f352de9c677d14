import { isApiError } from '../../../lib/api';
import { placeProblems } from '../../../lib/problems';

/** What the server refused, split into problems that name a form field and the rest. */
export type Problems = { fields: Record<string, string>; other: string[] };
export const noProblems: Problems = { fields: {}, other: [] };

/**
 * Reads a problem+json error: `errors[].path` like `body.capacity` (or `body.speakers.2`) lands on the field
 * `capacity` / `speakers` when the form has it; anything else, or a problem without field errors, is shown whole.
 * `say` puts each server message into the reader's language (see serverText).
 */
export function problemsOf(
  error: unknown,
  known: readonly string[],
  fallback: string,
  say: (message: string) => string = (m) => m,
): Problems {
  if (!isApiError(error)) return { fields: {}, other: [fallback] };
  const { fields, other } = placeProblems(
    error.errors.map((e) => ({ path: e.path, message: say(e.message) })),
    ([field]) => (field !== undefined && known.includes(field) ? field : undefined),
    (e) => (e.path ? `${e.path}: ${e.message}` : e.message),
  );
  if (Object.keys(fields).length === 0 && other.length === 0) other.push(error.detail ? say(error.detail) : fallback);
  return { fields: fields as Record<string, string>, other };
}

/** A `datetime-local` value (the reader's clock) as an ISO instant; '' stays '' so the server names the field. */
export const instantOf = (local: string) => {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : local;
};

/** Comma- (Latin or Arabic `،`) or newline-separated text as a list without blanks. */
export const listOf = (text: string) =>
  text
    .split(/[,،\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A number input's value for the request: a number, or undefined when left blank. */
export const numberOf = (v: string | number) => (v === '' ? undefined : Number(v));
